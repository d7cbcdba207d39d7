//! The Do phase's actions: which are overdue or due soon, and the timeline they make.

use super::model::{PdcaCycle, PlanAction};
use chrono::NaiveDate;

/// Days ahead within which an open action counts as due soon.
pub const DUE_SOON_DAYS: i64 = 7;

/// Where an action stands against its due date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// Done or dropped.
    Finished,
    /// Open with no due date.
    NoDate,
    /// Open, due later than [`DUE_SOON_DAYS`] from today.
    OnTrack,
    /// Open, due within [`DUE_SOON_DAYS`] (today included).
    DueSoon,
    /// Open and past its due date, by this many days.
    Overdue(i64),
}

impl Timing {
    /// In words, for a badge shown with an icon (never colour alone).
    pub fn words(self) -> String {
        match self {
            Timing::Finished => "finished".into(),
            Timing::NoDate => "no due date".into(),
            Timing::OnTrack => "on track".into(),
            Timing::DueSoon => "due soon".into(),
            Timing::Overdue(1) => "overdue by 1 day".into(),
            Timing::Overdue(n) => format!("overdue by {n} days"),
        }
    }

    /// The icon shown beside the words.
    pub fn icon(self) -> &'static str {
        match self {
            Timing::Finished => "✓",
            Timing::NoDate => "○",
            Timing::OnTrack => "●",
            Timing::DueSoon => "◔",
            Timing::Overdue(_) => "⚠",
        }
    }
}

/// How `action` stands on `today`.
pub fn timing(action: &PlanAction, today: NaiveDate) -> Timing {
    if !action.status.open() {
        return Timing::Finished;
    }
    match action.due {
        None => Timing::NoDate,
        Some(due) if due < today => Timing::Overdue((today - due).num_days()),
        Some(due) if (due - today).num_days() < DUE_SOON_DAYS => Timing::DueSoon,
        Some(_) => Timing::OnTrack,
    }
}

/// How many of the cycle's actions are overdue on `today`.
pub fn overdue_count(cycle: &PdcaCycle, today: NaiveDate) -> usize {
    cycle
        .actions
        .iter()
        .filter(|a| matches!(timing(a, today), Timing::Overdue(_)))
        .count()
}

/// The open action due first (actions without a date after those with one).
pub fn next_due(cycle: &PdcaCycle) -> Option<&PlanAction> {
    cycle
        .actions
        .iter()
        .filter(|a| a.status.open())
        .min_by_key(|a| (a.due.is_none(), a.due))
}

/// The actions in date order for the timeline: dated ones by due date (then as listed),
/// then those with no date.
pub fn timeline(cycle: &PdcaCycle) -> Vec<&PlanAction> {
    let mut out: Vec<&PlanAction> = cycle.actions.iter().collect();
    crate::domain::sort::sort_by_key(&mut out, |a| (a.due.is_none(), a.due));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdca::ids::{ActionId, PdcaId};
    use crate::domain::pdca::model::ActionStatus;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn action(id: &str, due: Option<NaiveDate>, status: ActionStatus) -> PlanAction {
        PlanAction {
            id: ActionId::from(id),
            what: format!("action {id}"),
            owner: "Sam".into(),
            due,
            status,
            notes: String::new(),
        }
    }

    #[test]
    fn timing_against_today() {
        let today = day(10);
        assert_eq!(
            timing(&action("1", Some(day(9)), ActionStatus::InProgress), today),
            Timing::Overdue(1)
        );
        assert_eq!(
            timing(&action("1", Some(day(1)), ActionStatus::NotStarted), today),
            Timing::Overdue(9)
        );
        assert_eq!(
            timing(&action("1", Some(day(1)), ActionStatus::Done), today),
            Timing::Finished
        );
        assert_eq!(
            timing(&action("1", Some(day(10)), ActionStatus::NotStarted), today),
            Timing::DueSoon
        );
        assert_eq!(
            timing(&action("1", Some(day(16)), ActionStatus::NotStarted), today),
            Timing::DueSoon
        );
        assert_eq!(
            timing(&action("1", Some(day(17)), ActionStatus::NotStarted), today),
            Timing::OnTrack
        );
        assert_eq!(
            timing(&action("1", None, ActionStatus::NotStarted), today),
            Timing::NoDate
        );
        assert_eq!(Timing::Overdue(1).words(), "overdue by 1 day");
        assert_eq!(Timing::Overdue(3).words(), "overdue by 3 days");
    }

    #[test]
    fn overdue_next_due_and_timeline() {
        let mut c = PdcaCycle::new(PdcaId::from("d1"), "x", || 1);
        c.actions = vec![
            action("a", None, ActionStatus::NotStarted),
            action("b", Some(day(20)), ActionStatus::NotStarted),
            action("c", Some(day(2)), ActionStatus::Done),
            action("d", Some(day(5)), ActionStatus::InProgress),
            action("e", Some(day(8)), ActionStatus::Dropped),
        ];
        assert_eq!(
            overdue_count(&c, day(10)),
            1,
            "only d: c is done, e dropped"
        );
        assert_eq!(next_due(&c).unwrap().id.as_str(), "d");
        let order: Vec<&str> = timeline(&c).iter().map(|a| a.id.as_str()).collect();
        assert_eq!(order, ["c", "d", "e", "b", "a"]);
    }
}
