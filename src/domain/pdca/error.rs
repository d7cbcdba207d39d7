//! Why an edit of a PDCA cycle was refused, in words the page shows.

use super::model::{MAX_ITEMS, MAX_SCORE, MAX_WEIGHT};

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoSuchOption,
    NoSuchCriterion,
    NoSuchConstraint,
    NoSuchAction,
    NoSuchStakeholder,
    /// Text is needed here (a title, an option's name, an action).
    EmptyText,
    /// Longer than the limit, in characters.
    TooLong(usize),
    IdInUse,
    /// More than [`MAX_ITEMS`] of one kind.
    TooMany,
    /// A weight over [`MAX_WEIGHT`].
    BadWeight,
    /// A score outside 1 to [`MAX_SCORE`].
    BadScore,
    /// A target that is not a finite number.
    BadTarget,
    /// The link is already there.
    AlreadyLinked,
    /// The link was not there to remove.
    NotLinked,
    /// The phase cannot move on yet; the reason, in words.
    NotReady(String),
    /// Phases move forward one at a time.
    SkipsAPhase,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            EditError::TooLong(n) => return write!(f, "it must be {n} characters or fewer"),
            EditError::TooMany => return write!(f, "a plan keeps at most {MAX_ITEMS} of these"),
            EditError::BadWeight => {
                return write!(f, "a weight runs from 0 (ignored) to {MAX_WEIGHT}")
            }
            EditError::BadScore => {
                return write!(f, "a score runs from 1 (poor) to {MAX_SCORE} (very good)")
            }
            EditError::NotReady(why) => return f.write_str(why),
            EditError::NoSuchOption => "that option is no longer in the plan",
            EditError::NoSuchCriterion => "that criterion is no longer in the matrix",
            EditError::NoSuchConstraint => "that constraint is no longer in the plan",
            EditError::NoSuchAction => "that action is no longer in the plan",
            EditError::NoSuchStakeholder => "that stakeholder is no longer in the plan",
            EditError::EmptyText => "type something first",
            EditError::IdInUse => "something with that id is already in the plan",
            EditError::BadTarget => "the target must be a number",
            EditError::AlreadyLinked => "that is already linked to this plan",
            EditError::NotLinked => "that is no longer linked to this plan",
            EditError::SkipsAPhase => "a cycle moves on one phase at a time",
        };
        f.write_str(text)
    }
}
