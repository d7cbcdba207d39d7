//! The chain of a project, from each pain point to the fix that proved itself: pain
//! point → root cause → plan → KPI result → follow-up, each link named, and the first
//! gap said in words ("root cause confirmed, no plan yet"; "plan done, no after
//! figure"; "follow-up due 12 Jan 2027").

use super::actions::overdue_count;
use super::check::check;
use super::ids::PdcaId;
use super::links::{pain_point_choices, root_cause_label};
use super::model::{ActDecision, PainPointRef, PdcaCycle, RootCauseRef};
use super::phase::Phase;
use crate::domain::dates::show_day;
use crate::domain::fishbone::model::CauseStatus;
use crate::domain::project::Project;
use crate::domain::root_cause::findings;
use crate::domain::wording::counted;
use chrono::NaiveDate;

/// One line of the chain.
#[derive(Clone, Debug, PartialEq)]
pub struct ChainRow {
    /// The pain point and its label, when the line starts from one.
    pub pain_point: Option<(PainPointRef, String)>,
    /// The fishbone diagram the pain point leads to, if any.
    pub analysis: Option<String>,
    /// The root cause(s), in words.
    pub root_cause: Option<String>,
    /// The plan: its id, title and phase.
    pub plan: Option<(PdcaId, String, Phase)>,
    /// The KPI result, in words.
    pub result: Option<String>,
    /// The follow-up, in words.
    pub follow_up: Option<String>,
    /// The first link still missing, in words; `None` when the chain is complete.
    pub gap: Option<String>,
}

fn day(d: NaiveDate) -> String {
    show_day(d)
}

/// Whether `cycle` answers the pain point, directly or through the analysis it leads to.
fn answers(
    project: &Project,
    cycle: &PdcaCycle,
    pain: &PainPointRef,
    analysis: Option<&str>,
) -> bool {
    cycle.pain_points.contains(pain)
        || analysis.is_some_and(|f| {
            cycle.root_causes.iter().any(|r| match r {
                RootCauseRef::FishboneCause { fishbone, .. } => fishbone == f,
                RootCauseRef::WhysAnswer { whys, .. } => project
                    .whys_analysis(whys)
                    .and_then(|w| w.origin.as_ref())
                    .is_some_and(|o| o.fishbone == f),
            })
        })
}

/// The root cause found by an analysis, in words, if it found one.
fn found(project: &Project, fishbone: &str) -> Option<String> {
    let f = project.fishbone(fishbone)?;
    let r = findings(project, f);
    let confirmed: Vec<&str> = f
        .outline()
        .into_iter()
        .filter(|row| row.cause.status == CauseStatus::Confirmed)
        .map(|row| row.cause.text.as_str())
        .collect();
    match (confirmed.as_slice(), r.root_causes) {
        ([], 0) => None,
        ([one], _) => Some(format!("{one} (confirmed)")),
        ([], n) => Some(format!("{n} root cause(s) found by 5 Whys")),
        (many, _) => Some(format!("{} confirmed causes", many.len())),
    }
}

/// The plan's part of the line: result, follow-up and the first gap.
fn plan_links(
    project: &Project,
    c: &PdcaCycle,
    today: NaiveDate,
) -> (Option<String>, Option<String>, Option<String>) {
    let result = check(c, project).ok().map(|r| {
        let mut s = format!("{}: {}", r.verdict.words(), r.comparison.change_text());
        if let Some(met) = r.target_met {
            s.push_str(if met {
                "; target met"
            } else {
                "; target not met"
            });
        }
        s
    });
    let f = &c.follow_up;
    let follow_up = match (f.due, f.done) {
        (_, true) => Some(format!(
            "done: {}",
            if f.result.is_empty() {
                "no finding written"
            } else {
                &f.result
            }
        )),
        (Some(d), false) => Some(format!("due {}", day(d))),
        (None, false) => None,
    };
    let gap = match c.phase {
        Phase::Plan => Some("plan being made: no option chosen and started yet".to_string()),
        Phase::Do => {
            let open = c.actions.iter().filter(|a| a.status.open()).count();
            let late = overdue_count(c, today);
            Some(match (open, late) {
                (0, _) => "actions done, no after figure yet".to_string(),
                (n, 0) => format!(
                    "plan in Do: {} open",
                    counted(n as u64, "action", "actions")
                ),
                (n, l) => format!(
                    "plan in Do: {} open, {l} overdue",
                    counted(n as u64, "action", "actions")
                ),
            })
        }
        _ if result.is_none() => Some("plan done, no after figure".into()),
        Phase::Check => Some(format!(
            "checked ({}), no decision yet",
            result.clone().unwrap_or_default()
        )),
        Phase::Act | Phase::Closed => match &c.decision {
            None => Some("checked, no decision yet".into()),
            Some(ActDecision::Abandon { .. }) => Some("abandoned".into()),
            Some(ActDecision::Adjust { .. }) => {
                Some(match c.next.as_ref().and_then(|n| project.pdca_cycle(n)) {
                    Some(n) => format!("adjusted: carried on in \u{201c}{}\u{201d}", n.title),
                    None => "adjusted: the next cycle is not started yet".into(),
                })
            }
            Some(ActDecision::Standardise { .. }) => match (f.due, f.done) {
                (_, true) => None,
                (Some(d), false) if d < today => {
                    Some(format!("follow-up overdue since {}", day(d)))
                }
                (Some(d), false) => Some(format!("follow-up due {}", day(d))),
                (None, false) => Some("standardised, no follow-up date".into()),
            },
        },
    };
    (result, follow_up, gap)
}

fn plan_row(
    project: &Project,
    c: &PdcaCycle,
    pain: Option<(PainPointRef, String)>,
    analysis: Option<String>,
    today: NaiveDate,
) -> ChainRow {
    let root_cause = if c.root_causes.is_empty() {
        analysis.as_deref().and_then(|f| found(project, f))
    } else {
        Some(
            c.root_causes
                .iter()
                .map(|r| root_cause_label(project, r))
                .collect::<Vec<_>>()
                .join("; "),
        )
    };
    let (result, follow_up, gap) = plan_links(project, c, today);
    let gap = if root_cause.is_none() {
        Some("plan with no root cause linked".into())
    } else {
        gap
    };
    ChainRow {
        pain_point: pain,
        analysis,
        root_cause,
        plan: Some((c.id.clone(), c.title.clone(), c.phase)),
        result,
        follow_up,
        gap,
    }
}

/// The project's chain: a line per pain point (per plan that answers it), then a line
/// per plan that answers no pain point.
pub fn chain(project: &Project, today: NaiveDate) -> Vec<ChainRow> {
    let mut rows = Vec::new();
    let mut shown: Vec<&PdcaId> = Vec::new();
    for (pain, label) in pain_point_choices(project) {
        let analysis = project
            .journey(&pain.journey)
            .and_then(|m| m.cards.iter().find(|c| c.id == pain.card.as_str()))
            .and_then(|c| c.analysis.clone())
            .filter(|f| project.fishbone(f).is_some());
        let plans: Vec<&PdcaCycle> = project
            .pdca
            .iter()
            .map(|c| c.as_ref())
            .filter(|c| answers(project, c, &pain, analysis.as_deref()))
            .collect();
        if plans.is_empty() {
            let root_cause = analysis.as_deref().and_then(|f| found(project, f));
            let gap = match (&analysis, &root_cause) {
                (None, _) => "no root-cause analysis yet",
                (Some(_), None) => "analysis started, no root cause confirmed yet",
                (Some(_), Some(_)) => "root cause confirmed, no plan yet",
            };
            rows.push(ChainRow {
                pain_point: Some((pain.clone(), label.clone())),
                analysis: analysis.clone(),
                root_cause,
                plan: None,
                result: None,
                follow_up: None,
                gap: Some(gap.into()),
            });
        }
        for c in plans {
            shown.push(&c.id);
            rows.push(plan_row(
                project,
                c,
                Some((pain.clone(), label.clone())),
                analysis.clone(),
                today,
            ));
        }
    }
    for c in project.pdca.iter().filter(|c| !shown.contains(&&c.id)) {
        rows.push(plan_row(project, c, None, None, today));
    }
    rows
}

#[cfg(test)]
#[path = "chain_tests.rs"]
mod tests;
