//! How strong a countermeasure is, in the usual hierarchy of fixes: removing the cause
//! or making the mistake impossible beats making it easier to avoid, which beats
//! asking people to try harder. The page offers [`Strength::suggest`] as the default
//! when a countermeasure is typed, and the user can change it.

use super::words::Words;
use serde::{Deserialize, Serialize};

/// How strong a countermeasure is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Removes the cause, forces the right outcome or automates it.
    Strong,
    /// Standardises or simplifies the work.
    Medium,
    /// Trains, reminds or warns people. Also what an unrated countermeasure read from a
    /// file counts as, so a plan never claims more than it was given.
    #[default]
    Weak,
}

/// Word stems (matched at the start of a word) and phrases that suggest each strength.
/// Small on purpose: a suggestion the user can overrule, not a classifier.
const STRONG: &[&str] = &[
    "automat",
    "remov",
    "eliminat",
    "block",
    "prevent",
    "system check",
    "mandatory",
    "validat",
    "lock",
    "error-proof",
    "error proof",
    "poka",
    "hard stop",
    "enforc",
    "forc",
    "redesign",
    "replace",
];
const MEDIUM: &[&str] = &[
    "checklist",
    "standard",
    "simplif",
    "templat",
    "script",
    "procedure",
    "guide",
    "process map",
    "audit",
    "review",
    "checkpoint",
];
const WEAK: &[&str] = &[
    "train",
    "retrain",
    "remind",
    "email",
    "e-mail",
    "poster",
    "warn",
    "memo",
    "brief",
    "coach",
    "tell",
    "ask staff",
    "ask agents",
    "encourage",
    "newsletter",
    "awareness",
];

impl Strength {
    /// All strengths, strongest first (the order of a select box).
    pub const ALL: [Strength; 3] = [Strength::Strong, Strength::Medium, Strength::Weak];

    /// The strength in one word: "strong", "medium", "weak".
    pub fn label(self) -> &'static str {
        match self {
            Strength::Strong => "strong",
            Strength::Medium => "medium",
            Strength::Weak => "weak",
        }
    }

    /// What the strength means, for the select box's help text.
    pub fn meaning(self) -> &'static str {
        match self {
            Strength::Strong => "removes the cause, forces or automates",
            Strength::Medium => "standardises or simplifies",
            Strength::Weak => "trains, reminds or warns",
        }
    }

    /// The strength a countermeasure's text suggests, or `None` when it names none of
    /// the known kinds of fix. When several kinds are named ("automate the check and
    /// email the team") the strongest wins: the measure includes that fix.
    pub fn suggest(what: &str) -> Option<Strength> {
        let words = Words::new(what);
        [
            (Strength::Strong, STRONG),
            (Strength::Medium, MEDIUM),
            (Strength::Weak, WEAK),
        ]
        .into_iter()
        .find(|(_, stems)| stems.iter().any(|s| words.find_stem(s).is_some()))
        .map(|(strength, _)| strength)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_follow_the_kind_of_fix() {
        let s = Strength::suggest;
        assert_eq!(s("Automate the address change"), Some(Strength::Strong));
        assert_eq!(s("Remove the second form"), Some(Strength::Strong));
        assert_eq!(
            s("Add a system check before refunds"),
            Some(Strength::Strong)
        );
        assert_eq!(s("Block orders without a postcode"), Some(Strength::Strong));
        assert_eq!(s("A checklist for new starters"), Some(Strength::Medium));
        assert_eq!(s("Standardise the refund steps"), Some(Strength::Medium));
        assert_eq!(s("Simplify the letter"), Some(Strength::Medium));
        assert_eq!(
            s("New email template"),
            Some(Strength::Medium),
            "template outranks email"
        );
        assert_eq!(s("Train agents on refunds"), Some(Strength::Weak));
        assert_eq!(s("Remind staff at huddles"), Some(Strength::Weak));
        assert_eq!(s("Send an email to the team"), Some(Strength::Weak));
        assert_eq!(s("Put up a poster"), Some(Strength::Weak));
        assert_eq!(s("Warn customers about delays"), Some(Strength::Weak));
    }

    #[test]
    fn words_only_count_at_their_start() {
        let s = Strength::suggest;
        // "constraint" holds "train", "unblocked" holds "block": neither is the word.
        assert_eq!(s("Agree the constraint with finance"), None);
        assert_eq!(s("Nothing to do"), None);
        assert_eq!(s(""), None);
        assert_eq!(
            s("TRAINING for all"),
            Some(Strength::Weak),
            "case does not matter"
        );
    }

    #[test]
    fn strengths_have_words_and_read_back() {
        assert_eq!(Strength::Strong.label(), "strong");
        assert!(Strength::Medium.meaning().contains("standardises"));
        assert!(Strength::Weak.meaning().contains("reminds"));
        for s in Strength::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.label()));
            assert_eq!(serde_json::from_str::<Strength>(&json).unwrap(), s);
        }
        assert_eq!(Strength::default(), Strength::Weak);
    }
}
