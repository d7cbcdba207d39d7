use super::*;
use crate::domain::complaints::log::{ComplaintLog, CHUNK};
use crate::domain::complaints::model::{Complaint, ComplaintId};
use crate::domain::{Project, ProjectId, ProjectText};
use chrono::{NaiveDate, TimeZone};

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap()
}

fn entry(n: u64, category: &str) -> Complaint {
    let received = NaiveDate::from_ymd_opt(2026, 11, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let mut c = Complaint::new(ComplaintId::fresh(n), received, &format!("complaint {n}"));
    c.category = category.into();
    c
}

fn project(id: &str, entries: impl IntoIterator<Item = Complaint>) -> Rc<Project> {
    let then = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap();
    let mut p = Project::new(
        ProjectId(id.into()),
        ProjectText::parse(id, "").unwrap(),
        then,
    );
    p.complaints = ComplaintLog::from_entries(entries);
    Rc::new(p)
}

/// The default categories (Late delivery first, Billing error second); project "a" has
/// a big log, one chunk of which holds late deliveries, "b" a late delivery typed with
/// spaces around it, "c" none.
fn workspace() -> Workspace {
    let mut ws = Workspace::default();
    ws.settings.complaints.user_name = "Sam".into();
    let big = (0..(3 * CHUNK) as u64).map(|i| {
        let late = (CHUNK as u64..CHUNK as u64 + 10).contains(&i);
        entry(
            i,
            if late {
                "Late delivery"
            } else {
                "Billing error"
            },
        )
    });
    ws.projects = vec![
        project("a", big),
        project(
            "b",
            [entry(10_000, " Late delivery "), entry(10_001, "Long wait")],
        ),
        project("c", [entry(20_000, "Policy")]),
    ];
    ws
}

#[test]
fn a_rename_renames_the_category_and_every_complaint_logged_under_it() {
    let before = workspace();
    let mut ws = before.clone();
    let done = rename_category(&mut ws, 0, "  Courier delays ", at())
        .unwrap()
        .unwrap();
    assert_eq!(
        done,
        Renamed {
            from: "Late delivery".into(),
            to: "Courier delays".into(),
            complaints: 11,
        }
    );
    assert_eq!(ws.settings.complaints.categories[0].name, "Courier delays");
    assert_eq!(logged_under(&ws, "Courier delays"), 11);
    assert_eq!(logged_under(&ws, "Late delivery"), 0);
    let counts = logged_counts(&ws);
    assert_eq!(counts.get("Courier delays"), Some(&11));
    assert_eq!(counts.get("Late delivery"), None);
    assert_eq!(counts.get("Long wait"), Some(&1));
    // Other categories and their entries are left as they were.
    assert_eq!(logged_under(&ws, "Billing error"), 3 * CHUNK - 10);
    assert_eq!(
        ws.settings.complaints.categories[1],
        before.settings.complaints.categories[1]
    );
    // Each renamed entry says so in its audit trail, by the device's user.
    let e = ws.projects[1]
        .complaints
        .get(&ComplaintId::fresh(10_000))
        .unwrap();
    let last = e.audit.last().unwrap();
    assert_eq!(
        last.what,
        "category renamed from \u{201c}Late delivery\u{201d} to \u{201c}Courier delays\u{201d} in Settings"
    );
    assert_eq!((last.by.as_str(), last.at), ("Sam", at()));
    assert!(ws.projects[1]
        .complaints
        .get(&ComplaintId::fresh(10_001))
        .unwrap()
        .audit
        .is_empty());
    assert!(ws.projects[0]
        .complaints
        .get(&ComplaintId::fresh(0))
        .unwrap()
        .audit
        .is_empty());
}

#[test]
fn only_what_changes_is_copied() {
    let before = workspace();
    let mut ws = before.clone();
    rename_category(&mut ws, 0, "Courier delays", at()).unwrap();
    // The project without the category is shared, and untouched.
    assert!(Rc::ptr_eq(&ws.projects[2], &before.projects[2]));
    assert_eq!(ws.projects[2].updated_at, before.projects[2].updated_at);
    // In the big log, only the chunk holding late deliveries was copied.
    assert_eq!(
        ws.projects[0]
            .complaints
            .shared_chunks(&before.projects[0].complaints),
        2
    );
    assert_eq!(ws.projects[0].updated_at, at());
    // The step before is unchanged (undo brings it back as it was).
    assert_eq!(before, workspace());
}

#[test]
fn a_name_that_cannot_be_used_is_refused_and_changes_nothing() {
    let mut ws = workspace();
    for (to, why) in [
        ("", "Give the category a name."),
        ("  ", "Give the category a name."),
        (
            "billing ERROR",
            "There is already a category \u{201c}billing ERROR\u{201d}.",
        ),
    ] {
        assert_eq!(rename_category(&mut ws, 0, to, at()), Err(why.into()));
    }
    let long = "x".repeat(MAX_LINE_CHARS + 1);
    assert!(rename_category(&mut ws, 0, &long, at())
        .unwrap_err()
        .contains("characters or fewer"));
    assert_eq!(ws, workspace());
}

#[test]
fn the_same_name_or_no_such_category_is_no_change() {
    let mut ws = workspace();
    assert_eq!(
        rename_category(&mut ws, 0, " Late delivery ", at()),
        Ok(None)
    );
    assert_eq!(rename_category(&mut ws, 99, "Anything", at()), Ok(None));
    assert_eq!(ws, workspace());
    // A change of case alone is a rename: it is the category's own name, not another's.
    let done = rename_category(&mut ws, 0, "Late Delivery", at())
        .unwrap()
        .unwrap();
    assert_eq!(done.complaints, 11);
}

#[test]
fn name_problem_tells_what_is_wrong_and_accepts_a_good_name() {
    let s = crate::domain::complaints::settings::ComplaintSettings::default();
    assert_eq!(name_problem("Courier delays", &s.categories), None);
    assert_eq!(
        name_problem(" late delivery", &s.categories),
        Some("There is already a category \u{201c}late delivery\u{201d}.".into())
    );
    assert_eq!(
        name_problem("", &s.categories),
        Some("Give the category a name.".into())
    );
}
