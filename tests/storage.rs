//! Stored data: saved samples of every schema version load, and the repository's
//! rules (move aside, conflicts, quota) hold against an in-memory store.

use cx_workbench::domain::{ComplaintModel, Workspace};
use cx_workbench::storage::envelope::{decode, encode, Stamp};
use cx_workbench::storage::repository::{self, SaveError, StartupProblem};
use cx_workbench::storage::{keys, KeyValueStore, MemoryStore, ReadError, StoreError};

const V1: &str = include_str!("fixtures/storage/v1-workspace.json");

fn stamp(w: &str) -> Stamp {
    Stamp {
        saved_at: "2026-11-24T10:00:00.000Z".into(),
        writer: w.into(),
    }
}

const V2: &str = include_str!("fixtures/storage/v2-workspace.json");

/// Every schema version ever written has a sample here, and each loads into today's
/// shape through the migrations.
#[test]
fn schema_2_sample_loads() {
    let (ws, _) = decode(V2).expect("the v2 sample reads");
    let d = &ws.projects[0].datasets[0];
    assert_eq!(d.name, "survey-october.csv");
    assert_eq!(d.counts.segments, ["phone", "email"]);
    assert_eq!(d.target, Some(30.0));
}

#[test]
fn schema_1_sample_loads() {
    let (ws, stamp) = decode(V1).expect("the v1 sample reads");
    assert_eq!(stamp.writer, "t1a2b3c4d");
    assert_eq!(ws.settings.organisation, "Acme Retail");
    assert_eq!(ws.settings.complaint_model, ComplaintModel::Lass);
    assert_eq!(ws.projects.len(), 2);
    assert_eq!(ws.projects[0].name, "Late deliveries, Q3");
    assert!(ws.projects[0].description.contains('\n'));
    // Version 1 had no KPI datasets; migrated projects have none.
    assert!(ws.projects.iter().all(|p| p.datasets.is_empty()));
    // Re-encoding keeps everything.
    let (again, _) = decode(&encode(&ws, &stamp)).unwrap();
    assert_eq!(again, ws);
}

#[test]
fn open_reads_what_save_wrote() {
    let store = MemoryStore::default();
    let (ws, _) = decode(V1).unwrap();
    repository::save(&store, &ws, None, &stamp("a")).unwrap();
    let opened = repository::open(&store, "now");
    assert_eq!(opened.workspace, ws);
    assert_eq!(opened.stamp, Some(stamp("a")));
    assert_eq!(opened.problem, None);
}

#[test]
fn empty_storage_opens_an_empty_workspace() {
    let opened = repository::open(&MemoryStore::default(), "now");
    assert_eq!(opened.workspace, Workspace::default());
    assert_eq!(opened.stamp, None);
    assert_eq!(opened.problem, None);
}

#[test]
fn unreadable_text_is_moved_aside_byte_for_byte_and_never_overwritten() {
    let store = MemoryStore::default();
    let damaged = &V1[..V1.len() / 2];
    store.set(keys::WORKSPACE, damaged).unwrap();
    // A copy from an earlier start with the same time is not overwritten either.
    store.set(&keys::unreadable_key("t"), "older copy").unwrap();
    let opened = repository::open(&store, "t");
    let Some(StartupProblem::MovedAside { key, reason }) = opened.problem else {
        panic!("expected MovedAside")
    };
    assert!(matches!(reason, ReadError::NotJson { .. }));
    assert_eq!(key, format!("{}-2", keys::unreadable_key("t")));
    assert_eq!(store.get(&key).unwrap().as_deref(), Some(damaged));
    assert_eq!(
        store.get(&keys::unreadable_key("t")).unwrap().as_deref(),
        Some("older copy")
    );
    assert_eq!(store.get(keys::WORKSPACE).unwrap(), None);
    assert_eq!(repository::recovered_copies(&store).len(), 2);
}

#[test]
fn newer_data_is_moved_aside_with_its_reason() {
    let store = MemoryStore::default();
    let newer = V1.replace("\"schema_version\":1", "\"schema_version\":3");
    store.set(keys::WORKSPACE, &newer).unwrap();
    let opened = repository::open(&store, "t");
    let Some(StartupProblem::MovedAside { key, reason }) = opened.problem else {
        panic!("expected MovedAside")
    };
    assert!(matches!(
        reason,
        ReadError::NewerVersion { found: 3, known: 2 }
    ));
    assert_eq!(store.get(&key).unwrap(), Some(newer));
}

#[test]
fn with_no_room_for_a_copy_the_text_stays_where_it_was() {
    let store = MemoryStore::with_limit(V1.len() + 40);
    let damaged = format!("{}!", &V1[..V1.len() - 1]);
    store.set(keys::WORKSPACE, &damaged).unwrap();
    let opened = repository::open(&store, "t");
    assert!(matches!(
        opened.problem,
        Some(StartupProblem::LeftInPlace {
            error: StoreError::QuotaExceeded,
            ..
        })
    ));
    assert_eq!(store.get(keys::WORKSPACE).unwrap(), Some(damaged));
}

#[test]
fn saves_notice_another_tabs_write() {
    let store = MemoryStore::default();
    let (ws, _) = decode(V1).unwrap();
    repository::save(&store, &ws, None, &stamp("mine")).unwrap();
    // Same stamp: fine.
    repository::save(&store, &ws, Some(&stamp("mine")), &stamp("mine")).unwrap();
    // Another tab writes.
    repository::save(
        &store,
        &Workspace::default(),
        Some(&stamp("mine")),
        &stamp("theirs"),
    )
    .unwrap();
    assert_eq!(
        repository::save(&store, &ws, Some(&stamp("mine")), &stamp("mine")),
        Err(SaveError::Conflict)
    );
    // This tab thought storage was empty, but another tab has saved since.
    assert_eq!(
        repository::save(&store, &ws, None, &stamp("mine")),
        Err(SaveError::Conflict)
    );
    // Another tab erased everything.
    repository::erase_all(&store, "t").unwrap();
    assert!(repository::was_erased(&store));
    assert_eq!(
        repository::save(&store, &ws, Some(&stamp("theirs")), &stamp("mine")),
        Err(SaveError::Conflict)
    );
    // The user chose to keep theirs over it.
    repository::save_over(&store, &ws, &stamp("mine")).unwrap();
    assert_eq!(repository::open(&store, "t").workspace, ws);
}

#[test]
fn a_full_store_reports_quota_and_keeps_the_last_save() {
    let (ws, _) = decode(V1).unwrap();
    let store = MemoryStore::with_limit(encode(&ws, &stamp("a")).len() + 100);
    repository::save(&store, &ws, None, &stamp("a")).unwrap();
    let mut bigger = ws.clone();
    std::rc::Rc::make_mut(&mut bigger.projects[0]).description = "x".repeat(5_000);
    assert_eq!(
        repository::save(&store, &bigger, Some(&stamp("a")), &stamp("b")),
        Err(SaveError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(repository::open(&store, "t").workspace, ws);
}

#[test]
fn erase_and_usage_touch_only_our_keys() {
    let store = MemoryStore::default();
    store.set(keys::WORKSPACE, "abc").unwrap();
    store.set("other-app", "12345").unwrap();
    let ours = 2 * (keys::WORKSPACE.len() + 3);
    assert_eq!(repository::bytes_used(&store), ours);
    repository::erase_all(&store, "2026-11-24T10:00:00.000Z").unwrap();
    assert_eq!(
        store.keys().unwrap(),
        vec![keys::ERASED.to_string(), "other-app".to_string()]
    );
    assert_eq!(
        store.get(keys::ERASED).unwrap().as_deref(),
        Some("2026-11-24T10:00:00.000Z"),
        "only the time of the erase is left"
    );
    assert!(repository::was_erased(&store));
}

#[test]
fn keeping_this_version_copies_unreadable_text_aside_first() {
    let (ws, _) = decode(V1).unwrap();
    let store = MemoryStore::default();
    let newer = V1.replace("\"schema_version\":1", "\"schema_version\":9");
    store.set(keys::WORKSPACE, &newer).unwrap();
    let copied = repository::keep_this_version(&store, &ws, &stamp("mine"), "t")
        .unwrap()
        .expect("a copy");
    assert_eq!(store.get(&copied).unwrap(), Some(newer.clone()));
    assert_eq!(repository::open(&store, "t").workspace, ws);

    // No room for the copy: nothing is written at all.
    let tight = MemoryStore::with_limit(newer.len() + keys::WORKSPACE.len() + 10);
    tight.set(keys::WORKSPACE, &newer).unwrap();
    assert_eq!(
        repository::keep_this_version(&tight, &ws, &stamp("mine"), "t"),
        Err(SaveError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(tight.get(keys::WORKSPACE).unwrap(), Some(newer));

    // Readable data of another tab is simply replaced (the user chose).
    let readable = MemoryStore::default();
    repository::save(&readable, &Workspace::default(), None, &stamp("theirs")).unwrap();
    assert_eq!(
        repository::keep_this_version(&readable, &ws, &stamp("mine"), "t"),
        Ok(None)
    );
}
