//! One line per project about its PDCA cycles, for the project page, and the dates a
//! cycle puts in a calendar.

use super::ics::{uid, CalendarEntry};
use super::model::PdcaCycle;
use super::phase::Phase;
use crate::domain::project::Project;
use crate::domain::wording::counted;

/// "No PDCA plans yet", or "2 plans: 1 in Plan, 1 in Do".
pub fn pdca_summary(project: &Project) -> String {
    if project.pdca.is_empty() {
        return "No PDCA plans yet".into();
    }
    let by_phase: Vec<String> = Phase::ALL
        .iter()
        .filter_map(|p| {
            let n = project.pdca.iter().filter(|c| c.phase == *p).count();
            (n > 0).then(|| match p {
                Phase::Closed => format!("{n} closed"),
                p => format!("{n} in {}", p.name()),
            })
        })
        .collect();
    format!(
        "{}: {}",
        counted(project.pdca.len() as u64, "plan", "plans"),
        by_phase.join(", ")
    )
}

/// The cycle's dated actions (those still open) and its follow-up, as calendar entries
/// whose UIDs stay the same from one export to the next.
pub fn calendar_entries(project: &Project, cycle: &PdcaCycle) -> Vec<CalendarEntry> {
    let mut out: Vec<CalendarEntry> = cycle
        .actions
        .iter()
        .filter(|a| a.status.open())
        .filter_map(|a| {
            Some(CalendarEntry {
                uid: uid(&[&project.id.0, &cycle.id, &a.id]),
                date: a.due?,
                summary: a.what.clone(),
                description: format!(
                    "{}PDCA plan \u{201c}{}\u{201d} in project \u{201c}{}\u{201d}.",
                    if a.owner.is_empty() {
                        String::new()
                    } else {
                        format!("Owner: {}. ", a.owner)
                    },
                    cycle.title,
                    project.name
                ),
            })
        })
        .collect();
    if let (Some(due), false) = (cycle.follow_up.due, cycle.follow_up.done) {
        out.push(CalendarEntry {
            uid: uid(&[&project.id.0, &cycle.id, "follow-up"]),
            date: due,
            summary: format!(
                "Follow-up: has \u{201c}{}\u{201d} come back?",
                cycle.problem_or_title()
            ),
            description: format!(
                "Check the problem has not come back after PDCA plan \u{201c}{}\u{201d}.",
                cycle.title
            ),
        });
    }
    out
}

impl PdcaCycle {
    /// The problem statement, or the title while there is none.
    pub fn problem_or_title(&self) -> &str {
        if self.problem.trim().is_empty() {
            &self.title
        } else {
            &self.problem
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdca::ids::{ActionId, PdcaId};
    use crate::domain::pdca::model::{ActionStatus, PlanAction};
    use crate::domain::{ProjectId, ProjectText};
    use std::rc::Rc;

    fn project() -> Project {
        Project::new(
            ProjectId("p1".into()),
            ProjectText::parse("Q3", "").unwrap(),
            chrono::DateTime::UNIX_EPOCH,
        )
    }

    #[test]
    fn the_summary_counts_plans_by_phase() {
        let mut p = project();
        assert_eq!(pdca_summary(&p), "No PDCA plans yet");
        let mut a = PdcaCycle::new(PdcaId::from("d1"), "A", || 1);
        p.pdca.push(Rc::new(a.clone()));
        a.phase = Phase::Do;
        p.pdca.push(Rc::new(a.clone()));
        a.phase = Phase::Closed;
        p.pdca.push(Rc::new(a));
        assert_eq!(pdca_summary(&p), "3 plans: 1 in Plan, 1 in Do, 1 closed");
    }

    #[test]
    fn open_dated_actions_and_the_follow_up_go_in_the_calendar() {
        let p = project();
        let mut c = PdcaCycle::new(PdcaId::from("d1"), "Fewer transfers", || 1);
        let day = chrono::NaiveDate::from_ymd_opt(2027, 1, 12);
        for (id, due, status) in [
            ("t1", day, ActionStatus::NotStarted),
            ("t2", None, ActionStatus::NotStarted),
            ("t3", day, ActionStatus::Done),
        ] {
            c.actions.push(PlanAction {
                id: ActionId::from(id),
                what: format!("do {id}"),
                owner: "Sam".into(),
                due,
                status,
                notes: String::new(),
            });
        }
        c.follow_up.due = day;
        let e = calendar_entries(&p, &c);
        assert_eq!(
            e.len(),
            2,
            "t1 and the follow-up: t2 has no date, t3 is done"
        );
        assert_eq!(e[0].summary, "do t1");
        assert!(e[0].description.starts_with("Owner: Sam. "));
        assert_ne!(e[0].uid, e[1].uid);
        assert_eq!(calendar_entries(&p, &c)[0].uid, e[0].uid, "stable");
    }
}
