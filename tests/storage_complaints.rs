//! The complaint log in storage (schema 6): each chunk of entries under a key of its
//! own, named by the index, so a save after one edit writes that chunk and the
//! project's key, not the log; a save cut short after any write leaves the old state or
//! the new; a damaged chunk moves its project aside whole; and a stored sample of schema
//! 6 (a log with every field of an entry filled in, and the complaint settings) reads
//! back whole. `CX_WRITE_FIXTURE=1 cargo test --test storage_complaints` writes the
//! sample again (only when its shape changes on purpose, with a new schema version).

#[path = "support/interrupt.rs"]
mod interrupt;
#[path = "support/store_fixture.rs"]
mod store_fixture;
#[path = "support/tidy.rs"]
mod tidy;

use chrono::{DateTime, NaiveDate, Utc};
use cx_workbench::domain::complaints::deadlines::{Clock, Span, Start};
use cx_workbench::domain::complaints::edit::{ComplaintEdit, EntryChange};
use cx_workbench::domain::complaints::log::{ComplaintLog, CHUNK};
use cx_workbench::domain::complaints::model::{
    Channel, Complaint, ComplaintId, Escalation, Remedy, Severity,
};
use cx_workbench::domain::complaints::settings::Category;
use cx_workbench::domain::edit::PartEdit;
use cx_workbench::domain::{Project, ProjectId, ProjectText, Workspace};
use cx_workbench::storage::envelope::Stamp;
use cx_workbench::storage::repository::{self, StartupProblem};
use cx_workbench::storage::{keys, KeyValueStore, MemoryStore};
use interrupt::{Interrupted, Write};
use std::rc::Rc;
use tidy::assert_tidy;

const V6: &str = include_str!("fixtures/storage/v6-local-storage.json");

fn stamp(w: &str) -> Stamp {
    Stamp {
        saved_at: format!("2026-12-01T10:00:00.000Z-{w}"),
        writer: w.into(),
    }
}

fn at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z")
        .unwrap()
        .to_utc()
}

fn entry(n: u64) -> Complaint {
    let received = NaiveDate::from_ymd_opt(2026, 1, 1)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
        + chrono::Duration::minutes(n as i64 * 37);
    let mut c = Complaint::new(
        ComplaintId::fresh(n),
        received,
        &format!("Parcel {n} left in the rain"),
    );
    c.customer = format!("ACC-{n:05}");
    c
}

/// Two projects; the first with a log of `entries`.
fn workspace(entries: u64) -> Workspace {
    let mut a = Project::new(
        ProjectId("pa".into()),
        ProjectText::parse("Complaints", "").unwrap(),
        at(),
    );
    a.complaints = ComplaintLog::from_entries((0..entries).map(entry));
    let b = Project::new(
        ProjectId("pb".into()),
        ProjectText::parse("Other", "").unwrap(),
        at(),
    );
    Workspace {
        projects: vec![Rc::new(a), Rc::new(b)],
        ..Default::default()
    }
}

fn edit_entry(ws: &Workspace, n: u64, summary: &str) -> Workspace {
    let mut next = ws.clone();
    let p = Rc::make_mut(&mut next.projects[0]);
    ComplaintEdit::Change {
        entry: ComplaintId::fresh(n),
        change: EntryChange::Summary(summary.into()),
        at: at(),
        by: "Sam".into(),
    }
    .apply(&mut p.complaints)
    .unwrap();
    next
}

#[test]
fn a_log_is_kept_a_chunk_per_key_and_read_back_whole() {
    let store = MemoryStore::default();
    let ws = workspace(3 * CHUNK as u64 + 10);
    let saved = repository::save(&store, &ws, None, &stamp("t1")).unwrap();
    assert_eq!(saved.chunk_keys()[0].len(), 4);
    assert!(saved.chunk_keys()[1].is_empty());
    // The project's own key holds no entry.
    let head = store.get(&saved.project_keys()[0]).unwrap().unwrap();
    assert!(head.len() < 2_000, "the project key holds only the project");
    assert_tidy(&store, "after the first save");
    let opened = repository::open(&store, "t");
    assert_eq!(opened.problem, None);
    assert_eq!(opened.workspace, ws);
    assert_eq!(
        opened.workspace.projects[0].complaints.len(),
        3 * CHUNK + 10
    );
}

#[test]
fn an_edit_of_one_entry_writes_its_chunk_and_the_project_then_the_index() {
    let store = MemoryStore::default();
    let ws = workspace(5 * CHUNK as u64);
    let first = repository::save(&store, &ws, None, &stamp("t1")).unwrap();
    let edited = edit_entry(&ws, 2 * CHUNK as u64 + 3, "Parcel soaked through");
    let spy = Interrupted::new(&store, usize::MAX);
    let second = repository::save(&spy, &edited, Some(&first), &stamp("t1")).unwrap();
    let old = first.chunk_keys()[0].clone();
    let new = second.chunk_keys()[0].clone();
    assert_eq!(new.iter().zip(&old).filter(|(a, b)| a != b).count(), 1);
    assert_ne!(
        new[2], old[2],
        "the edited entry's chunk goes under a fresh key"
    );
    assert_eq!(
        *spy.log.borrow(),
        vec![
            Write::Set(new[2].clone()),
            Write::Set(second.project_keys()[0].clone()),
            Write::Set(keys::INDEX.into()),
            Write::Remove(first.project_keys()[0].clone()),
            Write::Remove(old[2].clone()),
        ]
    );
    assert_eq!(
        spy.sets(keys::PROJECT_PREFIX).len(),
        2,
        "one chunk and the project"
    );
    assert_tidy(&store, "after the edit");
    assert_eq!(repository::open(&store, "t").workspace, edited);
}

#[test]
fn a_save_of_the_log_cut_short_after_any_write_leaves_the_old_state_or_the_new() {
    let mut n = 0;
    loop {
        let store = MemoryStore::default();
        let old = workspace(2 * CHUNK as u64 + 5);
        let last = repository::save(&store, &old, None, &stamp("t1")).unwrap();
        // One entry edited, one added (the last chunk grows), one project renamed.
        let mut new = edit_entry(&old, 1, "Soaked");
        ComplaintEdit::Log {
            complaint: Box::new(entry(9_999)),
            at: at(),
            by: "Sam".into(),
        }
        .apply(&mut Rc::make_mut(&mut new.projects[0]).complaints)
        .unwrap();
        Rc::make_mut(&mut new.projects[1]).name = "Renamed".into();
        let cut = Interrupted::new(&store, n);
        let result = repository::save(&cut, &new, Some(&last), &stamp("t2"));
        let opened = repository::open(&store, "2026-12-01T12:00:00.000Z");
        assert_eq!(opened.problem, None, "after {n} writes");
        assert!(
            opened.workspace == old || opened.workspace == new,
            "after {n} writes the store holds a mix"
        );
        assert_tidy(&store, &format!("after {n} writes"));
        if result.is_ok() {
            assert_eq!(opened.workspace, new);
            break;
        }
        n += 1;
    }
    assert!(n >= 4, "the save took several writes ({n})");
}

#[test]
fn a_damaged_chunk_moves_its_project_aside_whole_and_the_others_open() {
    let store = MemoryStore::default();
    let ws = workspace(2 * CHUNK as u64);
    let saved = repository::save(&store, &ws, None, &stamp("t1")).unwrap();
    let damaged = saved.chunk_keys()[0][1].clone();
    store.set(&damaged, "zdamaged").unwrap();
    let opened = repository::open(&store, "2026-12-01T12:00:00.000Z");
    let Some(StartupProblem::ProjectsMovedAside(moved)) = &opened.problem else {
        panic!(
            "expected the project to be moved aside, got {:?}",
            opened.problem
        )
    };
    assert_eq!(moved[0].name, "Complaints");
    let copy = store.get(moved[0].copy.as_ref().unwrap()).unwrap().unwrap();
    let copy: serde_json::Value = serde_json::from_str(&copy).unwrap();
    assert_eq!(copy["complaint_chunks"][1], "zdamaged", "kept untouched");
    assert_eq!(copy["complaint_chunks"].as_array().unwrap().len(), 2);
    assert_eq!(opened.workspace.projects.len(), 1);
    assert_eq!(opened.workspace.projects[0].name, "Other");
    for key in saved.chunk_keys()[0].iter() {
        assert_eq!(
            store.get(key).unwrap(),
            None,
            "its keys are gone from the layout"
        );
    }
    let again = repository::open(&store, "t");
    assert_eq!(again.problem, None);
}

#[test]
fn another_tabs_edit_of_the_log_is_read_chunk_by_chunk() {
    let store = MemoryStore::default();
    let ws = workspace(4 * CHUNK as u64);
    let mine = repository::save(&store, &ws, None, &stamp("t1")).unwrap();
    let theirs = edit_entry(&ws, 5, "Edited in another tab");
    repository::save(&store, &theirs, Some(&mine), &stamp("t2")).unwrap();
    let repository::Found::Stored(read) = repository::read_current(&store, Some(&mine)).unwrap()
    else {
        panic!("readable")
    };
    assert_eq!(read.workspace, theirs);
    let (a, b) = (
        &read.workspace.projects[0].complaints,
        &ws.projects[0].complaints,
    );
    assert_eq!(
        a.shared_chunks(b),
        3,
        "the chunks it did not change are not read"
    );
}

/// Every field of an entry filled in, and the complaint settings changed from their
/// defaults.
fn sample() -> Workspace {
    let mut ws = workspace(0);
    let mut c = entry(1);
    c.channel = Channel::Phone;
    c.category = "Late delivery".into();
    c.severity = Severity::High;
    c.first_contact = Some(false);
    c.escalation = Some(Escalation {
        level: 2,
        to: "Team leader".into(),
        at: NaiveDate::from_ymd_opt(2026, 1, 2),
        why: "Third late parcel".into(),
    });
    c.resolution = "Refund and apology".into();
    c.remedies = vec![Remedy::Refund, Remedy::Apology];
    c.upheld = Some(true);
    c.checklist = vec!["Hear".into(), "Empathise".into()];
    c.follow_up = NaiveDate::from_ymd_opt(2026, 1, 20);
    c.follow_up_done = true;
    c.met.insert(
        "Acknowledge".into(),
        NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
    );
    c.closed = NaiveDate::from_ymd_opt(2026, 1, 9);
    let mut log = ComplaintLog::default();
    ComplaintEdit::Log {
        complaint: Box::new(c),
        at: at(),
        by: "Sam".into(),
    }
    .apply(&mut log)
    .unwrap();
    ComplaintEdit::Log {
        complaint: Box::new(entry(2)),
        at: at(),
        by: "Priya".into(),
    }
    .apply(&mut log)
    .unwrap();
    Rc::make_mut(&mut ws.projects[0]).complaints = log;
    let s = &mut ws.settings.complaints;
    s.user_name = "Sam Patel".into();
    s.scheme.clocks.push(Clock::new(
        "Internal review",
        Span::WorkingDays(3),
        Start::Clock(0),
    ));
    s.holidays
        .add(NaiveDate::from_ymd_opt(2026, 12, 29).unwrap());
    s.categories.push(Category {
        name: "Website".into(),
        fishbone: "Technology".into(),
    });
    s.recurrence.at_least = 5;
    s.retention.months = Some(24);
    ws
}

#[test]
fn a_schema_6_sample_with_a_complaint_log_reads_back_whole() {
    if store_fixture::write_if_asked(&sample(), "v6-local-storage.json") {
        return;
    }
    let opened = store_fixture::open(V6);
    assert_eq!(opened.problem, None);
    assert_eq!(opened.workspace, sample());
    let log = &opened.workspace.projects[0].complaints;
    assert_eq!(log.len(), 2);
    assert_eq!(log.iter().next().unwrap().audit[0].by, "Sam");
}
