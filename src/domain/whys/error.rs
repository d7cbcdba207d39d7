//! Why an edit of a 5 Whys analysis was refused, in words the page shows.

use super::model::{MAX_ANSWERS, MAX_COUNTERMEASURES, MAX_DEPTH};
use crate::domain::evidence::{EvidenceRefusal, MAX_EVIDENCE};

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoSuchAnswer,
    NoSuchCountermeasure,
    NoSuchEvidence,
    /// Text is needed here (a problem, an answer, a countermeasure, a reason).
    EmptyText,
    /// Longer than the limit, in characters.
    TooLong(usize),
    IdInUse,
    /// Deeper than [`MAX_DEPTH`] whys.
    TooDeep,
    /// More than [`MAX_ANSWERS`] answers.
    TooManyAnswers,
    /// More than [`MAX_COUNTERMEASURES`] on one root cause.
    TooManyCountermeasures,
    /// More than [`MAX_EVIDENCE`] pieces of evidence on one answer.
    TooMuchEvidence,
    /// The evidence has a problem (empty, note too long), in words.
    BadEvidence(String),
    /// Countermeasures go on root causes only.
    NotARootCause,
    /// A root cause with countermeasures stays one until they are removed.
    HasCountermeasures,
    /// An analysis with a root cause cannot be ruled out.
    HasRootCause,
    /// A ruled-out analysis takes no root cause until it is reopened.
    RuledOut,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            EditError::TooLong(n) => return write!(f, "it must be {n} characters or fewer"),
            EditError::TooDeep => return write!(f, "a chain goes at most {MAX_DEPTH} whys deep"),
            EditError::TooManyAnswers => {
                return write!(f, "an analysis keeps at most {MAX_ANSWERS} answers")
            }
            EditError::TooManyCountermeasures => {
                return write!(
                    f,
                    "a root cause keeps at most {MAX_COUNTERMEASURES} countermeasures"
                )
            }
            EditError::TooMuchEvidence => {
                return write!(
                    f,
                    "an answer keeps at most {MAX_EVIDENCE} pieces of evidence"
                )
            }
            EditError::BadEvidence(why) => return f.write_str(why),
            EditError::NoSuchAnswer => "that answer is no longer in the analysis",
            EditError::NoSuchCountermeasure => "that countermeasure is no longer in the analysis",
            EditError::NoSuchEvidence => "that evidence is no longer on the answer",
            EditError::EmptyText => "some text is needed",
            EditError::IdInUse => "that id is already used",
            EditError::NotARootCause => {
                "countermeasures go on a root cause: mark the answer as a root cause first"
            }
            EditError::HasCountermeasures => {
                "this root cause has countermeasures: remove them before unmarking it"
            }
            EditError::HasRootCause => {
                "a root cause is marked: unmark it before ruling the analysis out"
            }
            EditError::RuledOut => {
                "this analysis is ruled out: reopen it before marking a root cause"
            }
        };
        f.write_str(text)
    }
}

impl From<EvidenceRefusal> for EditError {
    fn from(r: EvidenceRefusal) -> Self {
        match r {
            EvidenceRefusal::TooMany => EditError::TooMuchEvidence,
            EvidenceRefusal::NoSuch => EditError::NoSuchEvidence,
            EvidenceRefusal::Bad(why) => EditError::BadEvidence(why),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_read_as_words() {
        assert_eq!(
            EditError::TooLong(300).to_string(),
            "it must be 300 characters or fewer"
        );
        assert_eq!(
            EditError::TooDeep.to_string(),
            "a chain goes at most 10 whys deep"
        );
        assert!(EditError::NotARootCause
            .to_string()
            .contains("mark the answer as a root cause"));
        assert_eq!(
            EditError::BadEvidence("evidence needs a note or a link".into()).to_string(),
            "evidence needs a note or a link"
        );
    }
}
