//! A 5 Whys analysis: a problem, the answers to "why did it happen?", and for each
//! answer the answers to "why?" asked of it in turn. A step may have several answers,
//! so the analysis is a tree; a single chain of five is the simple case. The answers
//! where the asking stops are marked as root causes and carry the countermeasures.

use super::ids::{AnswerId, CountermeasureId, WhysId};
use super::strength::Strength;
use crate::domain::evidence::Evidence;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Most whys deep one chain may go: five is the rule of thumb, ten leaves room for a
/// long chain and bounds what a hostile file can make the page draw.
pub const MAX_DEPTH: usize = 10;
/// Most answers one analysis keeps, at every level together.
pub const MAX_ANSWERS: usize = 200;
/// Most countermeasures one root cause keeps.
pub const MAX_COUNTERMEASURES: usize = 20;
/// Longest problem statement, answer or countermeasure, in characters.
pub const MAX_TEXT_CHARS: usize = 300;
/// Longest owner's name, in characters.
pub const MAX_OWNER_CHARS: usize = 80;
/// Longest reason for ruling an analysis out, in characters.
pub const MAX_REASON_CHARS: usize = 1_000;

/// The fishbone cause an analysis was asked on. Ids are plain text here so this tool
/// does not depend on the fishbone's types; the fishbone shows this analysis's
/// verdict on that cause.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CauseLink {
    pub fishbone: String,
    pub cause: String,
}

/// A 5 Whys analysis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhysAnalysis {
    pub id: WhysId,
    /// The problem asked about ("Customers are transferred three times to change an
    /// address").
    pub problem: String,
    /// The answers to "why did the problem happen?".
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// The fishbone cause this analysis looks into, if it was started from one.
    #[serde(default)]
    pub origin: Option<CauseLink>,
    /// Why the line of enquiry was closed without a root cause ("call recordings show
    /// transfers are not about addresses"), once it has been.
    #[serde(default)]
    pub ruled_out: Option<String>,
}

/// One answer: "because …", and what was asked of it in turn. Whether a root cause
/// lies outside the organisation's control is read from its words (a hint, see
/// `hints.rs`) rather than stored, so it follows the answer as it is reworded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub id: AnswerId,
    /// The "because …" ("the address form is only on the billing team's screen").
    pub text: String,
    /// Checked against the facts (calls listened to, data looked at), not just agreed.
    #[serde(default)]
    pub checked: bool,
    /// What shows the answer is true.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Where the asking stops: fixing this stops the problem coming back.
    #[serde(default)]
    pub root_cause: bool,
    /// What will be done about it; only a root cause has countermeasures.
    #[serde(default)]
    pub countermeasures: Vec<Countermeasure>,
    /// The answers to "why?" asked of this answer.
    #[serde(default)]
    pub children: Vec<Answer>,
}

/// What will be done about a root cause, by whom and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Countermeasure {
    pub id: CountermeasureId,
    pub what: String,
    /// Who will do it (may be left blank while it is being agreed).
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub strength: Strength,
}

/// A change to one field of a countermeasure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountermeasureField {
    What(String),
    Owner(String),
    Due(Option<NaiveDate>),
    Strength(Strength),
}

impl Answer {
    /// A new answer with nothing checked and nothing asked of it yet.
    pub fn new(id: AnswerId, text: &str) -> Self {
        Answer {
            id,
            text: text.trim().to_string(),
            checked: false,
            evidence: Vec::new(),
            root_cause: false,
            countermeasures: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Checked, and something shows it: what makes a root cause confirmed rather than
    /// suspected.
    pub fn confirmed(&self) -> bool {
        self.checked && !self.evidence.is_empty()
    }
}

impl WhysAnalysis {
    /// A new analysis of `problem`, with no answers yet.
    pub fn new(id: WhysId, problem: &str) -> Self {
        WhysAnalysis {
            id,
            problem: problem.trim().to_string(),
            answers: Vec::new(),
            origin: None,
            ruled_out: None,
        }
    }
}

impl crate::domain::project::ProjectPart for WhysAnalysis {
    fn id(&self) -> &str {
        &self.id
    }
    fn problems(&self) -> Vec<(String, String)> {
        WhysAnalysis::problems(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evidence::EvidenceLink;

    #[test]
    fn short_data_reads_with_defaults() {
        let json = r#"{"id":"w1","problem":"Repeat calls",
            "answers":[{"id":"a1","text":"No callback","children":[
                {"id":"a2","text":"Rota","root_cause":true,
                 "countermeasures":[{"id":"m1","what":"Automate callbacks"}]}]}]}"#;
        let w: WhysAnalysis = serde_json::from_str(json).unwrap();
        assert_eq!(w.origin, None);
        assert_eq!(w.ruled_out, None);
        let a = &w.answers[0];
        assert!(!a.checked && !a.root_cause && a.evidence.is_empty());
        let m = &a.children[0].countermeasures[0];
        assert_eq!(
            (m.owner.as_str(), m.due, m.strength),
            ("", None, Strength::Weak)
        );
        assert!(w.problems().is_empty(), "{:?}", w.problems());
    }

    #[test]
    fn a_full_analysis_round_trips() {
        let mut w = WhysAnalysis::new("w1".into(), "  Refunds late ");
        assert_eq!(w.problem, "Refunds late");
        w.origin = Some(CauseLink {
            fishbone: "f1".into(),
            cause: "k1".into(),
        });
        let mut a = Answer::new("a1".into(), "Batch runs weekly");
        a.checked = true;
        a.root_cause = true;
        a.evidence.push(Evidence {
            note: "Finance rota".into(),
            link: EvidenceLink::Document {
                reference: "rota.xlsx".into(),
            },
        });
        a.countermeasures.push(Countermeasure {
            id: "m1".into(),
            what: "Daily batch".into(),
            owner: "Finance".into(),
            due: NaiveDate::from_ymd_opt(2026, 3, 1),
            strength: Strength::Strong,
        });
        assert!(a.confirmed());
        w.answers.push(a);
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(serde_json::from_str::<WhysAnalysis>(&json).unwrap(), w);
        assert!(json.contains("\"due\":\"2026-03-01\""), "{json}");
    }
}
