//! What a plan can answer, picked rather than typed: the project's pain points (cards
//! of a journey map's pain-point lane) and root causes (confirmed fishbone causes, 5
//! Whys answers marked as root causes), each with a label in words.

use super::ids::PdcaId;
use super::model::{PainPointRef, PdcaCycle, RootCauseRef, MAX_LINE_CHARS, MAX_TEXT_CHARS};
use crate::domain::fishbone::model::CauseStatus;
use crate::domain::journey::LaneKind;
use crate::domain::project::Project;

/// Every pain point of the project's maps: "Wait on hold (Contact us, map “Complaint call”)".
pub fn pain_point_choices(project: &Project) -> Vec<(PainPointRef, String)> {
    let mut out = Vec::new();
    for map in &project.journeys {
        for card in &map.cards {
            if map
                .lane_of(card)
                .is_some_and(|l| l.kind == LaneKind::PainPoints)
            {
                out.push((
                    PainPointRef {
                        journey: map.id.to_string(),
                        card: card.id.to_string(),
                    },
                    format!(
                        "{} ({}, map \u{201c}{}\u{201d})",
                        card.text,
                        map.stage_name(&card.stage),
                        map.title
                    ),
                ));
            }
        }
    }
    out
}

/// Every confirmed fishbone cause and every 5 Whys root cause of the project.
pub fn root_cause_choices(project: &Project) -> Vec<(RootCauseRef, String)> {
    let mut out = Vec::new();
    for f in &project.fishbones {
        for row in f.outline() {
            if row.cause.status == CauseStatus::Confirmed {
                out.push((
                    RootCauseRef::FishboneCause {
                        fishbone: f.id.to_string(),
                        cause: row.cause.id.to_string(),
                    },
                    format!(
                        "{} (confirmed cause, fishbone \u{201c}{}\u{201d})",
                        row.cause.text, f.effect
                    ),
                ));
            }
        }
    }
    for w in &project.whys {
        for v in w.root_causes() {
            out.push((
                RootCauseRef::WhysAnswer {
                    whys: w.id.to_string(),
                    answer: v.answer.id.to_string(),
                },
                format!(
                    "{} (root cause{}, 5 Whys \u{201c}{}\u{201d})",
                    v.answer.text,
                    if v.answer.confirmed() {
                        ", confirmed"
                    } else {
                        ", suspected"
                    },
                    w.problem
                ),
            ));
        }
    }
    out
}

/// A linked pain point in words, or that it has gone.
pub fn pain_point_label(project: &Project, link: &PainPointRef) -> String {
    pain_point_choices(project)
        .into_iter()
        .find(|(l, _)| l == link)
        .map_or_else(|| "a pain point no longer on its map".into(), |(_, t)| t)
}

/// A linked root cause in words, or that it has gone.
pub fn root_cause_label(project: &Project, link: &RootCauseRef) -> String {
    root_cause_choices(project)
        .into_iter()
        .find(|(l, _)| l == link)
        .map_or_else(
            || "a root cause no longer in its analysis (or no longer confirmed)".into(),
            |(_, t)| t,
        )
}

/// The project's plans that answer `link`.
pub fn plans_for<'a>(project: &'a Project, link: &RootCauseRef) -> Vec<&'a PdcaCycle> {
    project
        .pdca
        .iter()
        .filter(|c| c.root_causes.contains(link))
        .map(|c| c.as_ref())
        .collect()
}

/// The project's plans that follow on from fishbone diagram `fishbone`: those answering
/// one of its causes (or a 5 Whys asked of one), or the pain point it looks into.
pub fn plans_for_fishbone<'a>(project: &'a Project, fishbone: &str) -> Vec<&'a PdcaCycle> {
    let source = project.fishbone(fishbone).and_then(|f| f.source.as_ref());
    project
        .pdca
        .iter()
        .map(|c| c.as_ref())
        .filter(|c| {
            c.root_causes
                .iter()
                .any(|r| fishbone_of(project, r).is_some_and(|f| f.id == fishbone))
                || source.is_some_and(|s| {
                    c.pain_points
                        .iter()
                        .any(|p| p.journey == s.journey && p.card == s.card)
                })
        })
        .collect()
}

/// The fishbone a root cause sits in or was asked of, for the pain point it looks into.
fn fishbone_of<'a>(
    project: &'a Project,
    link: &RootCauseRef,
) -> Option<&'a crate::domain::fishbone::Fishbone> {
    match link {
        RootCauseRef::FishboneCause { fishbone, .. } => project.fishbone(fishbone),
        RootCauseRef::WhysAnswer { whys, .. } => {
            let origin = project.whys_analysis(whys)?.origin.as_ref()?;
            project.fishbone(&origin.fishbone)
        }
    }
}

/// A new plan that answers `link`: titled after the root cause, with the problem its
/// analysis asked about, and linked to the pain point that analysis looks into (so the
/// chain runs from the pain point to this plan). `None` when the root cause is gone.
pub fn plan_for_root_cause(
    project: &Project,
    id: PdcaId,
    link: &RootCauseRef,
    next_id: impl FnMut() -> u64,
) -> Option<PdcaCycle> {
    let (cause, problem) = match link {
        RootCauseRef::FishboneCause { fishbone, cause } => {
            let f = project.fishbone(fishbone)?;
            (f.cause(cause)?.text.clone(), f.effect.clone())
        }
        RootCauseRef::WhysAnswer { whys, answer } => {
            let w = project.whys_analysis(whys)?;
            let text = w
                .walk()
                .into_iter()
                .find(|v| v.answer.id == answer.as_str())?
                .answer
                .text
                .clone();
            (text, w.problem.clone())
        }
    };
    let title: String = format!("Fix: {cause}")
        .chars()
        .take(MAX_LINE_CHARS)
        .collect();
    let mut c = PdcaCycle::new(id, &title, next_id);
    c.problem = problem.chars().take(MAX_TEXT_CHARS).collect();
    c.root_causes.push(link.clone());
    if let Some(source) = fishbone_of(project, link).and_then(|f| f.source.as_ref()) {
        c.pain_points.push(PainPointRef {
            journey: source.journey.clone(),
            card: source.card.clone(),
        });
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::edit::PartEdit;
    use crate::domain::journey::templates::Template;
    use crate::domain::whys::{AnswerId, WhysAnalysis, WhysEdit, WhysId};
    use crate::domain::{ProjectId, ProjectText};
    use std::rc::Rc;

    #[test]
    fn pain_points_and_root_causes_are_offered_with_where_they_are() {
        let mut p = Project::new(
            ProjectId("p1".into()),
            ProjectText::parse("Q3", "").unwrap(),
            chrono::DateTime::UNIX_EPOCH,
        );
        let mut n = 0;
        p.journeys
            .push(Rc::new(Template::ContactCentreComplaint.build(
                "j1".into(),
                "Complaint call",
                || {
                    n += 1;
                    format!("x{n}")
                },
            )));
        let pains = pain_point_choices(&p);
        assert!(!pains.is_empty());
        assert!(
            pains[0].1.ends_with("map \u{201c}Complaint call\u{201d})"),
            "{}",
            pains[0].1
        );
        assert_eq!(pain_point_label(&p, &pains[0].0), pains[0].1);
        let mut w = WhysAnalysis::new(WhysId::from("w1"), "Transfers");
        WhysEdit::AddAnswer {
            id: AnswerId::from("a1"),
            parent: None,
            text: "No address form".into(),
            at: None,
        }
        .apply(&mut w)
        .unwrap();
        assert!(
            root_cause_choices(&Project {
                whys: vec![Rc::new(w.clone())],
                ..p.clone()
            })
            .is_empty(),
            "not a root cause yet"
        );
        WhysEdit::SetRootCause {
            answer: AnswerId::from("a1"),
            root: true,
        }
        .apply(&mut w)
        .unwrap();
        p.whys.push(Rc::new(w));
        let roots = root_cause_choices(&p);
        assert_eq!(roots.len(), 1);
        assert_eq!(
            roots[0].1,
            "No address form (root cause, suspected, 5 Whys \u{201c}Transfers\u{201d})"
        );
        let gone = RootCauseRef::WhysAnswer {
            whys: "w1".into(),
            answer: "gone".into(),
        };
        assert!(root_cause_label(&p, &gone).starts_with("a root cause no longer"));

        // A plan started from the root cause answers it, and is found from it.
        let plan = plan_for_root_cause(&p, PdcaId::from("d1"), &roots[0].0, || 1).unwrap();
        assert_eq!(plan.title, "Fix: No address form");
        assert_eq!(plan.problem, "Transfers");
        assert_eq!(plan.root_causes, vec![roots[0].0.clone()]);
        assert!(plans_for(&p, &roots[0].0).is_empty());
        p.pdca.push(Rc::new(plan));
        assert_eq!(plans_for(&p, &roots[0].0).len(), 1);
        assert_eq!(
            plan_for_root_cause(&p, PdcaId::from("d2"), &gone, || 1),
            None
        );
        assert!(plans_for_fishbone(&p, "f-none").is_empty());
    }
}
