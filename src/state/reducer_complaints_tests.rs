//! The reducer with complaint logs: an edit of one entry of a big log copies only that
//! entry's chunk (the undo step shares the rest), a refusal comes back in words, a whole
//! import or redaction is one step, and "erase a customer" reaches every project.

use super::*;
use crate::domain::complaints::edit::{ComplaintEdit, EntryChange};
use crate::domain::complaints::log::{ComplaintLog, CHUNK};
use crate::domain::complaints::model::{Complaint, ComplaintId};
use crate::domain::{ProjectText, Workspace};
use crate::state::action::Action;
use chrono::{NaiveDate, TimeZone};

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, 9, 0, 0).unwrap()
}

fn entry(n: u64, customer: &str) -> Complaint {
    let received = NaiveDate::from_ymd_opt(2026, 11, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let mut c = Complaint::new(ComplaintId::fresh(n), received, &format!("late parcel {n}"));
    c.customer = customer.into();
    c
}

/// Projects "a" (a log of `n` entries, customers CUS0..CUS9) and "b" (one entry of CUS1).
fn workspace(n: u64) -> Workspace {
    let mut ws = Workspace::default();
    for (id, name) in [("a", "Deliveries"), ("b", "Billing")] {
        ws = apply(
            &ws,
            &Action::CreateProject {
                id: ProjectId(id.into()),
                text: ProjectText::parse(name, "").unwrap(),
                at: at(1),
            },
        )
        .unwrap();
    }
    let a = ws.project_mut(&ProjectId("a".into())).unwrap();
    a.complaints = ComplaintLog::from_entries((0..n).map(|i| entry(i, &format!("CUS{}", i % 10))));
    let b = ws.project_mut(&ProjectId("b".into())).unwrap();
    b.complaints = ComplaintLog::from_entries([entry(1_000_000, "CUS1")]);
    ws
}

fn edit(project: &str, edit: ComplaintEdit) -> Action {
    Action::Complaints {
        project: ProjectId(project.into()),
        edit,
        at: at(3),
    }
}

fn summary(n: u64, text: &str) -> ComplaintEdit {
    ComplaintEdit::Change {
        entry: ComplaintId::fresh(n),
        change: EntryChange::Summary(text.into()),
        at: at(3),
        by: "Sam".into(),
    }
}

#[test]
fn an_edit_of_one_entry_shares_every_other_chunk_with_the_undo_step() {
    let ws = workspace(40 * CHUNK as u64);
    let next = apply(&ws, &edit("a", summary(17, "soaked parcel"))).unwrap();
    let (before, after) = (&ws.projects[0].complaints, &next.projects[0].complaints);
    assert_eq!(after.shared_chunks(before), 39);
    assert!(!after.shares_chunk_of(before, &ComplaintId::fresh(17)));
    assert!(Rc::ptr_eq(&ws.projects[1], &next.projects[1]));
    let e = after.get(&ComplaintId::fresh(17)).unwrap();
    assert_eq!(e.summary, "soaked parcel");
    assert_eq!(e.audit.last().unwrap().by, "Sam");
    assert_eq!(next.projects[0].updated_at, at(3));
    assert_eq!(
        Action::Complaints {
            project: ProjectId("a".into()),
            edit: summary(17, "x"),
            at: at(3)
        }
        .describe(&ws),
        "change the summary of a complaint"
    );
}

#[test]
fn a_refused_edit_says_why_and_changes_nothing() {
    let ws = workspace(3);
    let err = try_apply(&ws, &edit("a", summary(1, "   "))).unwrap_err();
    assert_eq!(
        err,
        "Could not change the summary of a complaint: say what the complaint is about."
    );
    assert_eq!(apply(&ws, &edit("nope", summary(1, "x"))), None);
}

#[test]
fn an_import_and_a_redaction_are_one_step_each() {
    let ws = workspace(2);
    let mut with_email = entry(50, "C9");
    with_email.summary = "Call me on 07700 900123 or jo@example.com".into();
    let imported = apply(
        &ws,
        &edit(
            "a",
            ComplaintEdit::Import {
                complaints: vec![with_email, entry(51, "C9")],
                at: at(3),
                by: "Sam".into(),
            },
        ),
    )
    .unwrap();
    assert_eq!(imported.projects[0].complaints.len(), 4);
    let redacted = apply(
        &imported,
        &edit(
            "a",
            ComplaintEdit::Redact {
                entry: None,
                at: at(4),
                by: "Sam".into(),
            },
        ),
    )
    .unwrap();
    let e = redacted.projects[0]
        .complaints
        .get(&ComplaintId::fresh(50))
        .unwrap();
    assert!(!e.summary.contains("07700"), "{}", e.summary);
    assert!(!e.summary.contains("jo@example.com"), "{}", e.summary);
    assert!(e
        .audit
        .last()
        .unwrap()
        .what
        .starts_with("personal data redacted"));
    // Nothing left to redact: refused, no step.
    assert!(try_apply(
        &redacted,
        &edit(
            "a",
            ComplaintEdit::Redact {
                entry: None,
                at: at(5),
                by: "Sam".into()
            }
        )
    )
    .is_err());
}

#[test]
fn erasing_a_customer_reaches_every_project_and_only_changes_those() {
    let ws = workspace(20);
    let next = apply(
        &ws,
        &Action::EraseCustomer {
            reference: "CUS1".into(),
            at: at(6),
        },
    )
    .unwrap();
    assert_eq!(next.projects[0].complaints.len(), 18);
    assert_eq!(next.projects[1].complaints.len(), 0);
    assert!(next
        .projects
        .iter()
        .all(|p| p.complaints.iter().all(|c| c.customer != "CUS1")));
    assert_eq!(
        apply(
            &ws,
            &Action::EraseCustomer {
                reference: "nobody".into(),
                at: at(6)
            }
        ),
        None
    );
}

#[test]
fn renaming_a_category_renames_the_logged_complaints_in_one_step() {
    let mut ws = workspace(3);
    for (p, i) in [("a", 0), ("b", 1_000_000)] {
        let log = &mut ws.project_mut(&ProjectId(p.into())).unwrap().complaints;
        log.get_mut(&ComplaintId::fresh(i)).unwrap().category = "Late delivery".into();
    }
    let rename = Action::RenameComplaintCategory {
        index: 0,
        to: "Courier delays".into(),
        at: at(3),
    };
    assert_eq!(
        rename.describe(&ws),
        "rename complaint category \"Late delivery\" to \"Courier delays\" and the 2 complaints logged under it"
    );
    let after = apply(&ws, &rename).unwrap();
    assert_eq!(
        after.settings.complaints.categories[0].name,
        "Courier delays"
    );
    for (p, i) in [("a", 0), ("b", 1_000_000)] {
        let c = after
            .project(&ProjectId(p.into()))
            .unwrap()
            .complaints
            .get(&ComplaintId::fresh(i))
            .unwrap();
        assert_eq!(c.category, "Courier delays");
    }
    let untouched = after
        .project(&ProjectId("a".into()))
        .unwrap()
        .complaints
        .get(&ComplaintId::fresh(1))
        .unwrap();
    assert_eq!(untouched.category, "");
    // The step before is kept whole, so undo brings the old name back everywhere.
    assert_eq!(ws.settings.complaints.categories[0].name, "Late delivery");
    // A name in use, or the same name, is no step.
    for to in ["Billing error", "Late delivery"] {
        let again = Action::RenameComplaintCategory {
            index: 0,
            to: to.into(),
            at: at(3),
        };
        assert!(apply(&ws, &again).is_none());
    }
}
