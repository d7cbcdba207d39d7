//! What an analysis has found: the question each step asks, how deep each answer is,
//! the root causes and what is being done about them, a verdict the fishbone shows on
//! the cause the analysis was asked on, and a summary for the project page.

use super::model::{Answer, WhysAnalysis};
use super::question::why;
use super::tree::Visit;
use crate::domain::wording::counted;
use serde::{Deserialize, Serialize};

/// What an analysis has found so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// Still being asked: no root cause marked, not ruled out.
    Open,
    /// A root cause is marked; confirmed when at least one root cause is checked and
    /// has evidence, suspected until then.
    RootCauseFound { confirmed: bool },
    /// The line of enquiry was closed with a reason: this is not why the problem happens.
    RuledOut,
}

impl Verdict {
    /// The verdict in words, for the fishbone bone and the project page.
    pub fn words(self) -> &'static str {
        match self {
            Verdict::Open => "analysis open",
            Verdict::RootCauseFound { confirmed: true } => "root cause confirmed",
            Verdict::RootCauseFound { confirmed: false } => "root cause suspected",
            Verdict::RuledOut => "ruled out",
        }
    }
}

/// The figures of an analysis for the project page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub answers: usize,
    /// Answers checked against the facts.
    pub checked: usize,
    pub root_causes: usize,
    /// Root causes with at least one countermeasure.
    pub with_countermeasures: usize,
}

impl Summary {
    /// "2 root causes, 1 with countermeasures; 4 of 6 answers checked".
    pub fn words(&self) -> String {
        format!(
            "{}, {} with countermeasures; {} of {} checked",
            counted(self.root_causes as u64, "root cause", "root causes"),
            self.with_countermeasures,
            self.checked,
            counted(self.answers as u64, "answer", "answers"),
        )
    }
}

/// "Why #3", the step an answer at `depth` answers.
pub fn step(depth: usize) -> String {
    format!("Why #{depth}")
}

impl WhysAnalysis {
    /// The question asked of the problem: the first why.
    pub fn first_question(&self) -> String {
        why(&self.problem)
    }

    /// The question the answers below `parent` answer: the first why for `None`, else
    /// the why asked of that answer. `None` when there is no such answer.
    pub fn question_below(&self, parent: Option<&str>) -> Option<String> {
        match parent {
            None => Some(self.first_question()),
            Some(id) => self.answer(id).map(|a| why(&a.text)),
        }
    }

    /// The question an answer answers.
    pub fn question_of(&self, answer: &str) -> Option<String> {
        let parent = self.parent(answer)?;
        self.question_below(parent.map(|p| p.id.as_str()))
    }

    /// The answers marked as root causes, in reading order, with their depths.
    pub fn root_causes(&self) -> Vec<Visit<'_>> {
        self.walk()
            .into_iter()
            .filter(|v| v.answer.root_cause)
            .collect()
    }

    /// Root causes nothing is being done about yet: what the resolve step still needs.
    pub fn root_causes_without_countermeasures(&self) -> Vec<&Answer> {
        self.root_causes()
            .into_iter()
            .map(|v| v.answer)
            .filter(|a| a.countermeasures.is_empty())
            .collect()
    }

    /// Root causes with at least one countermeasure.
    pub fn root_causes_with_countermeasures(&self) -> Vec<&Answer> {
        self.root_causes()
            .into_iter()
            .map(|v| v.answer)
            .filter(|a| !a.countermeasures.is_empty())
            .collect()
    }

    /// What the analysis has found. A marked root cause wins over a stale "ruled out"
    /// in data read from outside (the edits never allow both).
    pub fn verdict(&self) -> Verdict {
        let roots = self.root_causes();
        if !roots.is_empty() {
            Verdict::RootCauseFound {
                confirmed: roots.iter().any(|v| v.answer.confirmed()),
            }
        } else if self.ruled_out.is_some() {
            Verdict::RuledOut
        } else {
            Verdict::Open
        }
    }

    /// The figures for the project page.
    pub fn summary(&self) -> Summary {
        let walk = self.walk();
        Summary {
            answers: walk.len(),
            checked: walk.iter().filter(|v| v.answer.checked).count(),
            root_causes: walk.iter().filter(|v| v.answer.root_cause).count(),
            with_countermeasures: self.root_causes_with_countermeasures().len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evidence::Evidence;
    use crate::domain::whys::tree::sample;
    use crate::domain::whys::Strength;

    #[test]
    fn each_step_asks_of_the_one_above() {
        let w = sample();
        assert_eq!(
            w.first_question(),
            "Why are customers transferred three times?"
        );
        assert_eq!(w.question_of("a1").unwrap(), w.first_question());
        assert_eq!(
            w.question_of("a2").unwrap(),
            "Why can't agents change an address?"
        );
        assert_eq!(
            w.question_below(Some("a2")).unwrap(),
            "Why is the address screen billing-only?"
        );
        assert_eq!(w.question_of("gone"), None);
        assert_eq!(w.question_below(Some("gone")), None);
        assert_eq!(step(w.depth("a3").unwrap()), "Why #3");
    }

    #[test]
    fn the_verdict_follows_the_root_causes() {
        let mut w = sample();
        assert_eq!(w.verdict(), Verdict::RootCauseFound { confirmed: false });
        assert_eq!(w.verdict().words(), "root cause suspected");
        w.answer_mut("a3").unwrap().checked = true;
        assert_eq!(
            w.verdict().words(),
            "root cause suspected",
            "checked, but nothing shows it"
        );
        w.answer_mut("a3")
            .unwrap()
            .evidence
            .push(Evidence::note("Licence schedule"));
        assert_eq!(w.verdict(), Verdict::RootCauseFound { confirmed: true });
        assert_eq!(w.verdict().words(), "root cause confirmed");
        w.answer_mut("a3").unwrap().root_cause = false;
        assert_eq!(w.verdict(), Verdict::Open);
        assert_eq!(w.verdict().words(), "analysis open");
        w.ruled_out = Some("Transfers are about billing".into());
        assert_eq!(w.verdict(), Verdict::RuledOut);
        assert_eq!(w.verdict().words(), "ruled out");
        let json = serde_json::to_string(&Verdict::RootCauseFound { confirmed: true }).unwrap();
        assert_eq!(json, r#"{"verdict":"root_cause_found","confirmed":true}"#);
    }

    #[test]
    fn root_causes_with_and_without_countermeasures() {
        let mut w = sample();
        w.answer_mut("a4").unwrap().root_cause = true;
        w.add_countermeasure(
            "m1".into(),
            &"a3".into(),
            "Buy seats",
            "IT",
            None,
            Strength::Strong,
        )
        .unwrap();
        let roots: Vec<(&str, usize)> = w
            .root_causes()
            .iter()
            .map(|v| (v.answer.id.as_str(), v.depth))
            .collect();
        assert_eq!(roots, [("a3", 3), ("a4", 1)]);
        assert_eq!(w.root_causes_with_countermeasures()[0].id, "a3");
        assert_eq!(w.root_causes_without_countermeasures()[0].id, "a4");
        w.answer_mut("a1").unwrap().checked = true;
        let s = w.summary();
        assert_eq!(
            s,
            Summary {
                answers: 4,
                checked: 1,
                root_causes: 2,
                with_countermeasures: 1
            }
        );
        assert_eq!(
            s.words(),
            "2 root causes, 1 with countermeasures; 1 of 4 answers checked"
        );
        assert_eq!(
            WhysAnalysis::new("w".into(), "x").summary().words(),
            "0 root causes, 0 with countermeasures; 0 of 0 answers checked"
        );
    }
}
