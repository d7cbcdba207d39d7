//! Every PDCA cycle across the projects at a glance: each cycle's phase, its next
//! action due and how many are overdue; and the open actions by owner.

use super::actions::{next_due, overdue_count, timing, Timing};
use super::ids::PdcaId;
use super::phase::Phase;
use crate::domain::workspace::Workspace;
use crate::domain::ProjectId;
use chrono::NaiveDate;

/// One cycle's line.
#[derive(Clone, Debug, PartialEq)]
pub struct CycleLine {
    pub project: ProjectId,
    pub project_name: String,
    pub cycle: PdcaId,
    pub title: String,
    pub phase: Phase,
    /// The open action due first: what, and when.
    pub next_action: Option<(String, Option<NaiveDate>)>,
    pub overdue: usize,
}

/// One open action, with where it belongs.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnedAction {
    pub project: ProjectId,
    pub cycle: PdcaId,
    pub cycle_title: String,
    pub what: String,
    pub due: Option<NaiveDate>,
    pub timing: Timing,
}

/// An owner's open actions, due first first.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnerActions {
    /// As typed; "No owner" for actions nobody owns yet.
    pub owner: String,
    pub actions: Vec<OwnedAction>,
}

/// The cycles not closed, most overdue first, then by their next due date; closed
/// cycles after them.
pub fn cycles(ws: &Workspace, today: NaiveDate) -> Vec<CycleLine> {
    let mut out: Vec<CycleLine> = ws
        .projects
        .iter()
        .flat_map(|p| {
            p.pdca.iter().map(move |c| CycleLine {
                project: p.id.clone(),
                project_name: p.name.clone(),
                cycle: c.id.clone(),
                title: c.title.clone(),
                phase: c.phase,
                next_action: next_due(c).map(|a| (a.what.clone(), a.due)),
                overdue: overdue_count(c, today),
            })
        })
        .collect();
    crate::domain::sort::sort_by_key(&mut out, |l| {
        (
            l.phase == Phase::Closed,
            std::cmp::Reverse(l.overdue),
            l.next_action.as_ref().map(|(_, d)| (d.is_none(), *d)),
        )
    });
    out
}

/// The open actions of every cycle by owner (names compared ignoring case and the
/// spaces around them), owners in alphabetical order with "No owner" last.
pub fn by_owner(ws: &Workspace, today: NaiveDate) -> Vec<OwnerActions> {
    let mut owners: Vec<OwnerActions> = Vec::new();
    for p in &ws.projects {
        for c in &p.pdca {
            for a in c.actions.iter().filter(|a| a.status.open()) {
                let name = if a.owner.trim().is_empty() {
                    "No owner".to_string()
                } else {
                    a.owner.trim().to_string()
                };
                let action = OwnedAction {
                    project: p.id.clone(),
                    cycle: c.id.clone(),
                    cycle_title: c.title.clone(),
                    what: a.what.clone(),
                    due: a.due,
                    timing: timing(a, today),
                };
                match owners
                    .iter_mut()
                    .find(|o| o.owner.to_lowercase() == name.to_lowercase())
                {
                    Some(o) => o.actions.push(action),
                    None => owners.push(OwnerActions {
                        owner: name,
                        actions: vec![action],
                    }),
                }
            }
        }
    }
    for o in &mut owners {
        crate::domain::sort::sort_by_key(&mut o.actions, |a| (a.due.is_none(), a.due));
    }
    crate::domain::sort::sort_by_key(&mut owners, |o| {
        (o.owner == "No owner", o.owner.to_lowercase())
    });
    owners
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdca::ids::ActionId;
    use crate::domain::pdca::model::{ActionStatus, PdcaCycle, PlanAction};
    use crate::domain::{Project, ProjectText};
    use std::rc::Rc;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn action(id: &str, owner: &str, due: Option<NaiveDate>, status: ActionStatus) -> PlanAction {
        PlanAction {
            id: ActionId::from(id),
            what: format!("do {id}"),
            owner: owner.into(),
            due,
            status,
            notes: String::new(),
        }
    }

    fn workspace() -> Workspace {
        let mut a = PdcaCycle::new("d1".into(), "Calm plan", || 1);
        a.actions = vec![action("t1", "Sam", Some(day(20)), ActionStatus::NotStarted)];
        let mut b = PdcaCycle::new("d2".into(), "Late plan", || 1);
        b.phase = Phase::Do;
        b.actions = vec![
            action("t2", "sam ", Some(day(2)), ActionStatus::InProgress),
            action("t3", "", None, ActionStatus::NotStarted),
            action("t4", "Priya", Some(day(1)), ActionStatus::Done),
        ];
        let mut c = PdcaCycle::new("d3".into(), "Done plan", || 1);
        c.phase = Phase::Closed;
        let mut p1 = Project::new(
            ProjectId("p1".into()),
            ProjectText::parse("One", "").unwrap(),
            chrono::DateTime::UNIX_EPOCH,
        );
        p1.pdca = vec![Rc::new(a), Rc::new(c)];
        let mut p2 = Project::new(
            ProjectId("p2".into()),
            ProjectText::parse("Two", "").unwrap(),
            chrono::DateTime::UNIX_EPOCH,
        );
        p2.pdca = vec![Rc::new(b)];
        Workspace {
            projects: vec![Rc::new(p1), Rc::new(p2)],
            ..Default::default()
        }
    }

    #[test]
    fn cycles_with_overdue_actions_come_first_and_closed_ones_last() {
        let lines = cycles(&workspace(), day(10));
        let titles: Vec<&str> = lines.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(titles, ["Late plan", "Calm plan", "Done plan"]);
        assert_eq!(lines[0].overdue, 1);
        assert_eq!(lines[0].project_name, "Two");
        assert_eq!(lines[1].next_action, Some(("do t1".into(), Some(day(20)))));
    }

    #[test]
    fn open_actions_are_grouped_by_owner() {
        let owners = by_owner(&workspace(), day(10));
        let names: Vec<&str> = owners.iter().map(|o| o.owner.as_str()).collect();
        assert_eq!(
            names,
            ["Sam", "No owner"],
            "Priya's action is done; \"sam \" is Sam"
        );
        let sam: Vec<&str> = owners[0].actions.iter().map(|a| a.what.as_str()).collect();
        assert_eq!(sam, ["do t2", "do t1"], "due first first");
        assert_eq!(owners[0].actions[0].timing, Timing::Overdue(8));
    }
}
