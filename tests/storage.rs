//! Stored data: saved samples of every schema version load, and the repository's
//! rules (move aside, conflicts, quota, saves cut short) hold against an in-memory store.

#[path = "support/big.rs"]
mod big;
#[path = "support/interrupt.rs"]
mod interrupt;
#[path = "support/sample.rs"]
mod sample;
#[path = "support/tidy.rs"]
mod tidy;

use cx_workbench::domain::workspace::SCHEMA_VERSION;
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
    assert_eq!(opened.stamp(), Some(&stamp("a")));
    assert_eq!(opened.problem, None);
}

#[test]
fn empty_storage_opens_an_empty_workspace() {
    let opened = repository::open(&MemoryStore::default(), "now");
    assert_eq!(opened.workspace, Workspace::default());
    assert_eq!(opened.stamp(), None);
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
    let newer = V1.replace(
        "\"schema_version\":1",
        &format!("\"schema_version\":{}", SCHEMA_VERSION + 1),
    );
    store.set(keys::WORKSPACE, &newer).unwrap();
    let opened = repository::open(&store, "t");
    let Some(StartupProblem::MovedAside { key, reason }) = opened.problem else {
        panic!("expected MovedAside")
    };
    assert_eq!(
        reason,
        ReadError::NewerVersion {
            found: u64::from(SCHEMA_VERSION + 1),
            known: SCHEMA_VERSION
        }
    );
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
    let mine = repository::save(&store, &ws, None, &stamp("mine")).unwrap();
    // Same stamp: fine.
    let mine = repository::save(&store, &ws, Some(&mine), &stamp("mine")).unwrap();
    // Another tab writes.
    let theirs =
        repository::save(&store, &Workspace::default(), Some(&mine), &stamp("theirs")).unwrap();
    assert_eq!(
        repository::save(&store, &ws, Some(&mine), &stamp("mine")),
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
        repository::save(&store, &ws, Some(&theirs), &stamp("mine")),
        Err(SaveError::Conflict)
    );
    // The user chose to keep theirs over it.
    repository::save_over(&store, &ws, Some(&theirs), &stamp("mine")).unwrap();
    assert_eq!(repository::open(&store, "t").workspace, ws);
}

/// Text that compresses about as badly as text can, so a size limit is reached.
fn noise(chars: usize) -> String {
    let mut x = 0x2545_f491_4f6c_dd1du64;
    (0..chars)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            char::from(b'!' + (x % 90) as u8)
        })
        .collect()
}

#[test]
fn a_full_store_reports_quota_and_keeps_the_last_save() {
    let (ws, _) = decode(V1).unwrap();
    let sizing = MemoryStore::default();
    repository::save(&sizing, &ws, None, &stamp("a")).unwrap();
    let store = MemoryStore::with_limit(repository::bytes_used(&sizing) / 2 + 100);
    let saved = repository::save(&store, &ws, None, &stamp("a")).unwrap();
    let mut bigger = ws.clone();
    std::rc::Rc::make_mut(&mut bigger.projects[0]).description = noise(5_000);
    let before = store.keys().unwrap();
    assert_eq!(
        repository::save(&store, &bigger, Some(&saved), &stamp("b")),
        Err(SaveError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(repository::open(&store, "t").workspace, ws);
    assert_eq!(
        store.keys().unwrap(),
        before,
        "nothing of the failed save is left"
    );
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
    let (_, copied) =
        repository::keep_this_version(&store, &ws, None, &stamp("mine"), "t").unwrap();
    let copied = copied.expect("a copy");
    assert_eq!(store.get(&copied).unwrap(), Some(newer.clone()));
    assert_eq!(repository::open(&store, "t").workspace, ws);

    // No room for the copy: nothing is written at all.
    let tight = MemoryStore::with_limit(newer.len() + keys::WORKSPACE.len() + 10);
    tight.set(keys::WORKSPACE, &newer).unwrap();
    assert_eq!(
        repository::keep_this_version(&tight, &ws, None, &stamp("mine"), "t"),
        Err(SaveError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(tight.get(keys::WORKSPACE).unwrap(), Some(newer));

    // Readable data of another tab is simply replaced (the user chose).
    let readable = MemoryStore::default();
    repository::save(&readable, &Workspace::default(), None, &stamp("theirs")).unwrap();
    let (_, copied) =
        repository::keep_this_version(&readable, &ws, None, &stamp("mine"), "t").unwrap();
    assert_eq!(copied, None);
}

// ---- The layout of schema 3: an index and one key per project --------------------

use cx_workbench::storage::repository::Found;
use cx_workbench::storage::snapshot::Snapshot;
use interrupt::{Interrupted, Write};
use sample::workspace as projects;
use std::rc::Rc;
use tidy::{assert_tidy, project_keys};

const V3: &str = include_str!("fixtures/storage/v3-local-storage.json");

#[test]
fn a_save_writes_only_the_projects_that_changed_then_the_index() {
    let store = MemoryStore::default();
    let ws = projects(&["A", "B", "C"]);
    let first = repository::save(&store, &ws, None, &stamp("t1")).unwrap();
    assert_eq!(project_keys(&store).len(), 3);

    let mut edited = ws.clone();
    Rc::make_mut(&mut edited.projects[1]).name = "B renamed".into();
    let spy = Interrupted::new(&store, usize::MAX);
    let second = repository::save(&spy, &edited, Some(&first), &stamp("t1")).unwrap();
    let log = spy.log.borrow().clone();
    let old_b = first.project_keys()[1].clone();
    let new_b = second.project_keys()[1].clone();
    assert_ne!(old_b, new_b, "a changed project goes under a fresh key");
    assert_eq!(
        log,
        vec![
            Write::Set(new_b.clone()),
            Write::Set(keys::INDEX.into()),
            Write::Remove(old_b)
        ]
    );
    assert_tidy(&store, "");
    assert_eq!(repository::open(&store, "t").workspace, edited);

    // Settings only: just the index.
    let mut settings = edited.clone();
    settings.settings.organisation = "Acme Retail".into();
    let spy = Interrupted::new(&store, usize::MAX);
    repository::save(&spy, &settings, Some(&second), &stamp("t1")).unwrap();
    assert_eq!(*spy.log.borrow(), vec![Write::Set(keys::INDEX.into())]);
    assert_eq!(repository::open(&store, "t").workspace, settings);
}

/// Each case: what is stored before, and the save (from what the tab read) that is cut
/// short after every number of writes in turn.
fn interrupted_saves_leave_the_old_state_or_the_new(
    prepare: impl Fn(&MemoryStore) -> (Workspace, Option<Snapshot>),
    change: impl Fn(&Workspace) -> Workspace,
) {
    let mut n = 0;
    loop {
        let store = MemoryStore::default();
        let (old, last) = prepare(&store);
        let new = change(&old);
        let cut = Interrupted::new(&store, n);
        let result = repository::save(&cut, &new, last.as_ref(), &stamp("t2"));
        let opened = repository::open(&store, "2026-11-24T12:00:00.000Z");
        assert_eq!(opened.problem, None, "after {n} writes");
        assert!(
            opened.workspace == old || opened.workspace == new,
            "after {n} writes the store holds a mix"
        );
        if result.is_err() && opened.workspace == new {
            // The commit happened; only the tidying after it was cut.
            assert!(cut.log.borrow().contains(&Write::Set(keys::INDEX.into())));
        }
        assert_tidy(&store, &format!("after {n} writes"));
        assert_eq!(
            store.get(keys::WORKSPACE).unwrap().is_some(),
            opened.workspace == old && last.as_ref().is_some_and(|l| l.stamp.writer == "t1a2b3c4d")
        );
        // And it reads the same once more: start-up finished the tidying.
        assert_eq!(repository::open(&store, "t").workspace, opened.workspace);
        if result.is_ok() {
            assert_eq!(opened.workspace, new);
            break;
        }
        n += 1;
    }
    assert!(n >= 2, "the save took several writes");
}

#[test]
fn a_save_cut_short_after_any_write_leaves_a_whole_state() {
    // An edit of one project and the removal of another, with a project added.
    interrupted_saves_leave_the_old_state_or_the_new(
        |store| {
            let ws = projects(&["A", "B", "C"]);
            let last = repository::save(store, &ws, None, &stamp("t1")).unwrap();
            (ws, Some(last))
        },
        |old| {
            let mut new = old.clone();
            Rc::make_mut(&mut new.projects[0]).description = "Edited".into();
            new.projects.remove(1);
            new.projects
                .push(projects(&["D", "E", "F", "G"]).projects[3].clone());
            new.settings.organisation = "Acme".into();
            new
        },
    );
}

#[test]
fn a_migration_cut_short_after_any_write_leaves_a_whole_state() {
    // The first save after reading the single key of schema 2 writes every project,
    // then the index, and only then removes the single key.
    interrupted_saves_leave_the_old_state_or_the_new(
        |store| {
            store.set(keys::WORKSPACE, V1).unwrap();
            let opened = repository::open(store, "t");
            (opened.workspace, opened.stored)
        },
        |old| {
            let mut new = old.clone();
            Rc::make_mut(&mut new.projects[1]).name = "Renamed after the update".into();
            new
        },
    );
}

#[test]
fn the_single_key_is_removed_only_after_the_new_index_is_written() {
    let store = MemoryStore::default();
    store.set(keys::WORKSPACE, V2).unwrap();
    let opened = repository::open(&store, "t");
    assert_eq!(opened.problem, None);
    let spy = Interrupted::new(&store, usize::MAX);
    repository::save(
        &spy,
        &opened.workspace,
        opened.stored.as_ref(),
        &stamp("t9"),
    )
    .unwrap();
    let log = spy.log.borrow().clone();
    let index_at = log
        .iter()
        .position(|w| *w == Write::Set(keys::INDEX.into()))
        .unwrap();
    let removed_at = log
        .iter()
        .position(|w| *w == Write::Remove(keys::WORKSPACE.into()))
        .unwrap();
    assert!(index_at < removed_at);
    assert_eq!(
        spy.sets(keys::PROJECT_PREFIX).len(),
        opened.workspace.projects.len()
    );
    assert_eq!(store.get(keys::WORKSPACE).unwrap(), None);
    let again = repository::open(&store, "t");
    assert_eq!(again.workspace, opened.workspace);
    assert_eq!(
        again.workspace.projects[0].datasets[0].name,
        "survey-october.csv"
    );
}

#[test]
fn an_older_version_writing_the_single_key_later_is_seen_as_the_newest_save() {
    let store = MemoryStore::default();
    let mine = repository::save(&store, &projects(&["A"]), None, &stamp("t1")).unwrap();
    // A tab of the previous version saves (it reads and writes only the single key).
    store.set(keys::WORKSPACE, V1).unwrap();
    assert_eq!(
        repository::save(&store, &projects(&["A", "B"]), Some(&mine), &stamp("t1")),
        Err(SaveError::Conflict)
    );
    let Found::Stored(theirs) = repository::read_current(&store, Some(&mine)).unwrap() else {
        panic!("the single key reads")
    };
    assert_eq!(theirs.workspace, decode(V1).unwrap().0);
}

#[test]
fn schema_3_sample_loads() {
    let store = MemoryStore::default();
    let saved: std::collections::BTreeMap<String, String> = serde_json::from_str(V3).unwrap();
    for (k, v) in &saved {
        store.set(k, v).unwrap();
    }
    let opened = repository::open(&store, "t");
    assert_eq!(opened.problem, None);
    assert_eq!(opened.stamp().unwrap().writer, "t5ca1ab1e");
    let ws = &opened.workspace;
    assert_eq!(ws.settings.organisation, "Acme Retail");
    assert_eq!(
        ws.projects
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Late deliveries, Q3", "Billing errors"]
    );
    assert_eq!(ws.projects[0].datasets[0].target, Some(30.0));
    assert_eq!(
        ws.projects[1].journeys[0].cards[0].text,
        "Charged twice for one order ✓"
    );
    // Nothing was tidied away: the sample is one whole, current state.
    let mut now: Vec<String> = store.keys().unwrap();
    now.sort();
    assert_eq!(now, saved.keys().cloned().collect::<Vec<_>>());
}

#[test]
fn one_unreadable_project_is_moved_aside_and_the_others_open() {
    let store = MemoryStore::default();
    let ws = projects(&["A", "B", "C"]);
    let saved = repository::save(&store, &ws, None, &stamp("t1")).unwrap();
    let damaged_key = saved.project_keys()[1].clone();
    store.set(&damaged_key, "zdamaged").unwrap();
    let opened = repository::open(&store, "2026-11-24T12:00:00.000Z");
    let Some(StartupProblem::ProjectsMovedAside(moved)) = &opened.problem else {
        panic!(
            "expected the project to be moved aside, got {:?}",
            opened.problem
        )
    };
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].name, "B");
    let copy = moved[0].copy.clone().unwrap();
    assert_eq!(store.get(&copy).unwrap().as_deref(), Some("zdamaged"));
    assert_eq!(
        opened
            .workspace
            .projects
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["A", "C"]
    );
    assert_eq!(store.get(&damaged_key).unwrap(), None);
    // The index was written again without it: the next start is clean.
    let again = repository::open(&store, "t");
    assert_eq!(again.problem, None);
    assert_eq!(again.workspace, opened.workspace);
    assert_eq!(repository::recovered_copies(&store).len(), 1);
}

#[test]
fn an_index_from_a_newer_version_is_moved_aside_with_every_project_key() {
    let store = MemoryStore::default();
    repository::save(&store, &projects(&["A", "B"]), None, &stamp("t1")).unwrap();
    let index = store.get(keys::INDEX).unwrap().unwrap().replace(
        &format!("\"schema_version\":{SCHEMA_VERSION}"),
        &format!("\"schema_version\":{}", SCHEMA_VERSION + 1),
    );
    store.set(keys::INDEX, &index).unwrap();
    let values: Vec<String> = project_keys(&store)
        .iter()
        .map(|k| store.get(k).unwrap().unwrap())
        .collect();
    let opened = repository::open(&store, "2026-11-24T12:00:00.000Z");
    let Some(StartupProblem::MovedAside { key, reason }) = opened.problem else {
        panic!("expected MovedAside")
    };
    assert_eq!(
        reason,
        ReadError::NewerVersion {
            found: u64::from(SCHEMA_VERSION + 1),
            known: SCHEMA_VERSION
        }
    );
    assert_eq!(store.get(&key).unwrap(), Some(index));
    let copies: Vec<String> = repository::recovered_copies(&store)
        .iter()
        .map(|c| store.get(&c.key).unwrap().unwrap())
        .collect();
    assert_eq!(copies.len(), 3);
    for v in values {
        assert!(copies.contains(&v), "every project value is kept untouched");
    }
    assert!(opened.workspace.projects.is_empty());
    assert_eq!(store.get(keys::INDEX).unwrap(), None);
    assert!(project_keys(&store).is_empty());
}

#[test]
fn another_tabs_save_is_read_project_by_project() {
    let store = MemoryStore::default();
    let ws = projects(&["A", "B", "C"]);
    let mine = repository::save(&store, &ws, None, &stamp("t1")).unwrap();
    let mut theirs = ws.clone();
    Rc::make_mut(&mut theirs.projects[2]).name = "C, edited elsewhere".into();
    repository::save(&store, &theirs, Some(&mine), &stamp("t2")).unwrap();
    let Found::Stored(read) = repository::read_current(&store, Some(&mine)).unwrap() else {
        panic!("readable")
    };
    assert_eq!(read.workspace, theirs);
    assert!(Rc::ptr_eq(&read.workspace.projects[0], &ws.projects[0]));
    assert!(Rc::ptr_eq(&read.workspace.projects[1], &ws.projects[1]));
    assert!(!Rc::ptr_eq(&read.workspace.projects[2], &ws.projects[2]));
    // Saving after following writes nothing but the index.
    let spy = Interrupted::new(&store, usize::MAX);
    repository::save(&spy, &read.workspace, Some(&read), &stamp("t1")).unwrap();
    assert_eq!(*spy.log.borrow(), vec![Write::Set(keys::INDEX.into())]);
}

#[test]
fn erase_removes_every_key_of_the_layout() {
    let store = MemoryStore::default();
    repository::save(&store, &projects(&["A", "B"]), None, &stamp("t1")).unwrap();
    store.set(&keys::unreadable_key("x"), "kept").unwrap();
    store.set("other-app", "1").unwrap();
    repository::erase_all(&store, "now").unwrap();
    assert_eq!(
        store.keys().unwrap(),
        vec![keys::ERASED.to_string(), "other-app".to_string()]
    );
    assert!(repository::was_erased(&store));
}

#[test]
fn a_workspace_three_times_the_quota_is_saved_and_read_back() {
    let store = MemoryStore::with_limit(big::QUOTA);
    let (plain, units) = big::assert_three_quotas_round_trip(&store);
    eprintln!("plain JSON {plain} characters, stored {units} UTF-16 units");
}

#[test]
fn a_layout_replaced_by_a_later_single_key_is_kept_as_a_backup() {
    let store = MemoryStore::default();
    let layout = projects(&["Written by this version"]);
    repository::save(&store, &layout, None, &stamp("t1")).unwrap();
    // A tab of the previous version, started after the update, saves its own work.
    store.set(keys::WORKSPACE, V1).unwrap();
    let opened = repository::open(&store, "t");
    assert_eq!(opened.workspace, decode(V1).unwrap().0);
    repository::save(
        &store,
        &opened.workspace,
        opened.stored.as_ref(),
        &stamp("t3"),
    )
    .unwrap();
    let copies = repository::recovered_copies(&store);
    assert_eq!(copies.len(), 1);
    let packed = store.get(&copies[0].key).unwrap().unwrap();
    let backup = cx_workbench::storage::packed::unpack(&packed).unwrap();
    let kept = cx_workbench::storage::backup::read_backup(&backup).unwrap();
    assert_eq!(kept.workspace, layout);
    assert_eq!(repository::open(&store, "t").workspace, opened.workspace);
}
