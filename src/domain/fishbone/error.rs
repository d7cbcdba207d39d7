//! Why an edit of a fishbone diagram was refused, in words the page shows.

use super::model::MAX_DEPTH;
use crate::domain::evidence::{EvidenceRefusal, MAX_EVIDENCE};

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoSuchCategory,
    NoSuchCause,
    /// A category name (or participant name) is needed.
    EmptyName,
    IdInUse,
    /// Ids go into element ids and addresses: 1 to 64 letters, digits, '-' or '_'.
    BadId,
    /// Longer than the limit, in characters.
    TooLong(usize),
    /// More than the limit of the named things.
    TooMany(&'static str, usize),
    /// Deeper than [`MAX_DEPTH`] levels of causes.
    TooDeep,
    /// Nest (Tab) needs a cause just above, on the same level, to go under.
    NoCauseAbove,
    /// Un-nest (Shift+Tab) of a main cause: it would leave its category.
    AlreadyMainCause,
    /// A cause cannot move under itself or one of its own causes.
    IntoItself,
    NoSuchEvidence,
    /// Evidence that breaks a rule of `domain::evidence`, in its words.
    BadEvidence(String),
    /// Only workshop participants place dots.
    NotTakingPart,
    /// That name is already taking part in the workshop.
    AlreadyTakingPart,
    /// The participant has placed all their dots.
    NoDotsLeft,
    /// The participant has no dot on that cause.
    NoVoteToTake,
    /// Dots per participant run from 1 to 20.
    DotsOutOfRange,
    /// A preset was applied with fewer new ids than categories to add.
    NotEnoughIds,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            EditError::TooLong(n) => return write!(f, "it must be {n} characters or fewer"),
            EditError::TooMany(what, n) => {
                return write!(f, "a fishbone diagram keeps at most {n} {what}")
            }
            EditError::TooDeep => {
                return write!(
                    f,
                    "causes go at most {MAX_DEPTH} levels deep under a category"
                )
            }
            EditError::BadEvidence(why) => return f.write_str(why),
            EditError::NoSuchCategory => "that category is no longer on the diagram",
            EditError::NoSuchCause => "that cause is no longer on the diagram",
            EditError::EmptyName => "a name is needed",
            EditError::IdInUse => "that id is already used",
            EditError::BadId => "an id is 1 to 64 letters, digits, '-' or '_'",
            EditError::NoCauseAbove => {
                "there is no cause just above it on the same level to put it under"
            }
            EditError::AlreadyMainCause => {
                "it is already a main cause of its category; drag it to move it to another category"
            }
            EditError::IntoItself => "a cause cannot go under itself or one of its own causes",
            EditError::NoSuchEvidence => "that piece of evidence is no longer there",
            EditError::NotTakingPart => "only workshop participants place dots; add them first",
            EditError::AlreadyTakingPart => "that name is already taking part",
            EditError::NoDotsLeft => "this participant has placed all their dots",
            EditError::NoVoteToTake => "this participant has no dot on that cause",
            EditError::DotsOutOfRange => "each participant has from 1 to 20 dots",
            EditError::NotEnoughIds => "the preset needs a new id for each category it adds",
        };
        f.write_str(text)
    }
}

impl From<EvidenceRefusal> for EditError {
    fn from(r: EvidenceRefusal) -> Self {
        match r {
            EvidenceRefusal::TooMany => {
                EditError::TooMany("pieces of evidence on a cause", MAX_EVIDENCE)
            }
            EvidenceRefusal::NoSuch => EditError::NoSuchEvidence,
            EvidenceRefusal::Bad(why) => EditError::BadEvidence(why),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fishbone::model::MAX_CAUSES;

    #[test]
    fn refusals_read_as_words() {
        assert_eq!(
            EditError::TooMany("causes", MAX_CAUSES).to_string(),
            "a fishbone diagram keeps at most 2000 causes"
        );
        assert_eq!(
            EditError::TooDeep.to_string(),
            "causes go at most 6 levels deep under a category"
        );
        assert!(EditError::NoCauseAbove.to_string().contains("just above"));
    }
}
