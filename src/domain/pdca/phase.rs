//! The four phases and what each needs before the cycle moves on: a phase moves forward
//! only when its essentials are there, and the page shows what is missing.

use super::model::{ActDecision, PdcaCycle};
use serde::{Deserialize, Serialize};

/// Where a cycle is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    #[default]
    Plan,
    Do,
    Check,
    Act,
    /// Acted on: standardised, adjusted into a new cycle, or abandoned.
    Closed,
}

impl Phase {
    /// The four phases and the end, in order.
    pub const ALL: [Phase; 5] = [
        Phase::Plan,
        Phase::Do,
        Phase::Check,
        Phase::Act,
        Phase::Closed,
    ];

    /// The phase's name.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Plan => "Plan",
            Phase::Do => "Do",
            Phase::Check => "Check",
            Phase::Act => "Act",
            Phase::Closed => "Closed",
        }
    }

    /// The phase after this one.
    pub fn next(self) -> Option<Phase> {
        match self {
            Phase::Plan => Some(Phase::Do),
            Phase::Do => Some(Phase::Check),
            Phase::Check => Some(Phase::Act),
            Phase::Act => Some(Phase::Closed),
            Phase::Closed => None,
        }
    }

    /// The phase before this one.
    pub fn previous(self) -> Option<Phase> {
        Phase::ALL
            .iter()
            .position(|p| *p == self)
            .and_then(|i| i.checked_sub(1))
            .map(|i| Phase::ALL[i])
    }
}

/// What `cycle` still needs before it can move from its phase to the next, in words;
/// empty when it can move.
pub fn missing_for_next(cycle: &PdcaCycle) -> Vec<String> {
    let mut out = Vec::new();
    match cycle.phase {
        Phase::Plan => {
            if cycle.problem.trim().is_empty() {
                out.push("a problem statement".into());
            }
            if cycle.objective.trim().is_empty() {
                out.push("an objective".into());
            }
            if cycle.options.len() < 2 {
                out.push(format!(
                    "at least two options to weigh (there {})",
                    match cycle.options.len() {
                        0 => "are none".to_string(),
                        1 => "is one".to_string(),
                        n => format!("are {n}"),
                    }
                ));
            }
            match cycle.chosen_option() {
                None => out.push("a chosen option".into()),
                Some(o) => {
                    if !cycle.failed_musts(o).is_empty() {
                        out.push(format!(
                            "a chosen option that meets every \"must\" ({} does not)",
                            o.name
                        ));
                    }
                }
            }
            if cycle.chosen.is_some() && cycle.justification.trim().is_empty() {
                out.push("a justification of the choice".into());
            }
        }
        Phase::Do => out.extend(missing_for_check(cycle)),
        Phase::Check => out.extend(missing_for_check(cycle)),
        Phase::Act => match &cycle.decision {
            None => out.push("a decision: standardise, adjust and run again, or abandon".into()),
            Some(ActDecision::Standardise { what, .. }) => {
                if what.trim().is_empty() {
                    out.push("what becomes the new way of working".into());
                }
                if cycle.follow_up.due.is_none() {
                    out.push("a follow-up date to confirm the problem has not come back".into());
                }
            }
            Some(ActDecision::Adjust { .. }) => {
                if cycle.next.is_none() {
                    out.push("the next cycle, started from this one".into());
                }
            }
            Some(ActDecision::Abandon { reason }) => {
                if reason.trim().is_empty() {
                    out.push("the reason for abandoning".into());
                }
            }
        },
        Phase::Closed => {}
    }
    out
}

/// Check compares the KPI after the change with the baseline: both are needed, from the
/// same data, the after figure later than the baseline.
fn missing_for_check(cycle: &PdcaCycle) -> Vec<String> {
    let mut out = Vec::new();
    match (&cycle.baseline, &cycle.after) {
        (None, after) => {
            out.push("a baseline KPI figure".into());
            if after.is_none() {
                out.push("the KPI figure after the change".into());
            }
        }
        (Some(_), None) => out.push("the KPI figure after the change".into()),
        (Some(b), Some(a)) => {
            if b.dataset != a.dataset || b.kpi != a.kpi || b.granularity != a.granularity {
                out.push(
                    "an after figure of the same KPI, from the same data, as the baseline".into(),
                );
            } else if a.period <= b.period {
                out.push("an after figure from a later period than the baseline".into());
            }
        }
    }
    out
}

/// The phases, in words, that stop `cycle` moving on: "Do needs a chosen option and a
/// justification of the choice."
pub fn why_not_next(cycle: &PdcaCycle) -> Option<String> {
    let missing = missing_for_next(cycle);
    let next = cycle.phase.next()?;
    if missing.is_empty() {
        return None;
    }
    let list = match missing.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    Some(format!("{} needs {list}.", next.name()))
}

#[cfg(test)]
#[path = "phase_tests.rs"]
mod tests;
