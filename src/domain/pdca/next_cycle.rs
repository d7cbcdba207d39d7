//! "Adjust and run again": a new cycle pre-filled from one that did not get there, and
//! linked to it.

use super::ids::PdcaId;
use super::model::{FollowUp, PdcaCycle};
use super::phase::Phase;

impl PdcaCycle {
    /// The next cycle after this one: the same problem, links, objective, target,
    /// matrix (criteria, "musts", options and scores), stakeholders and compliance
    /// notes; this cycle's after figure becomes its baseline. What has to be decided
    /// again starts empty: the choice and its justification, the actions, the after
    /// figure, the decision and the follow-up.
    pub fn next_cycle(&self, id: PdcaId) -> PdcaCycle {
        PdcaCycle {
            id,
            title: next_title(&self.title),
            phase: Phase::Plan,
            baseline: self.after.clone().or_else(|| self.baseline.clone()),
            chosen: None,
            justification: String::new(),
            actions: Vec::new(),
            after: None,
            decision: None,
            lessons: String::new(),
            follow_up: FollowUp::default(),
            previous: Some(self.id.clone()),
            next: None,
            ..self.clone()
        }
    }
}

/// "Fewer transfers" → "Fewer transfers (cycle 2)"; "… (cycle 2)" → "… (cycle 3)".
fn next_title(title: &str) -> String {
    if let Some(rest) = title.strip_suffix(')') {
        if let Some((base, n)) = rest.rsplit_once(" (cycle ") {
            if let Ok(n) = n.parse::<u32>() {
                return format!("{base} (cycle {})", n + 1);
            }
        }
    }
    format!("{title} (cycle 2)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdca::ids::{ActionId, OptionId};
    use crate::domain::pdca::model::{ActDecision, PlanAction};

    #[test]
    fn the_next_cycle_keeps_the_analysis_and_starts_the_decisions_again() {
        let mut c = PdcaCycle::new(PdcaId::from("d1"), "Fewer transfers", || 1);
        c.problem = "34% transferred".into();
        c.phase = Phase::Act;
        c.chosen = Some(OptionId::from("o1"));
        c.justification = "cheap".into();
        c.actions.push(PlanAction {
            id: ActionId::from("t1"),
            what: "x".into(),
            owner: String::new(),
            due: None,
            status: Default::default(),
            notes: String::new(),
        });
        c.decision = Some(ActDecision::Adjust {
            what: "try B".into(),
        });
        let n = c.next_cycle(PdcaId::from("d2"));
        assert_eq!(n.title, "Fewer transfers (cycle 2)");
        assert_eq!(n.problem, c.problem);
        assert_eq!(n.criteria, c.criteria);
        assert_eq!(n.phase, Phase::Plan);
        assert_eq!(
            (n.chosen.clone(), n.actions.len(), n.decision.clone()),
            (None, 0, None)
        );
        assert_eq!(n.previous, Some(PdcaId::from("d1")));
        assert_eq!(
            n.next_cycle(PdcaId::from("d3")).title,
            "Fewer transfers (cycle 3)"
        );
    }
}
