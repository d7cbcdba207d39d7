//! Saved samples of what the app keeps in localStorage: every key of a workspace saved
//! through the repository, as one JSON object of key → value, written again on purpose
//! with `CX_WRITE_FIXTURE=1` and read back into a store by the tests.

use cx_workbench::domain::Workspace;
use cx_workbench::storage::envelope::Stamp;
use cx_workbench::storage::repository::{self, Opened};
use cx_workbench::storage::{KeyValueStore, MemoryStore};
use std::collections::BTreeMap;

/// Writes `ws` as the sample `tests/fixtures/storage/<name>` and returns true when the
/// run was asked to write samples (`CX_WRITE_FIXTURE`), else does nothing. Only a sample
/// of the version this build writes can be written.
pub fn write_if_asked(ws: &Workspace, name: &str) -> bool {
    if std::env::var("CX_WRITE_FIXTURE").is_err() {
        return false;
    }
    // A sample of an older version is what that version wrote: never written again.
    let current = format!("v{}-", cx_workbench::domain::workspace::SCHEMA_VERSION);
    assert!(
        name.starts_with(&current),
        "{name} is a sample of an older schema version; only {current}… samples are written"
    );
    let store = MemoryStore::default();
    let stamp = Stamp {
        saved_at: "2026-12-01T09:00:00.000Z".into(),
        writer: "t5ca1ab1e".into(),
    };
    repository::save(&store, ws, None, &stamp).unwrap();
    let all: BTreeMap<String, String> = store
        .keys()
        .unwrap()
        .into_iter()
        .map(|k| {
            let v = store.get(&k).unwrap().unwrap();
            (k, v)
        })
        .collect();
    let path = format!(
        "{}/tests/fixtures/storage/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::write(path, serde_json::to_string_pretty(&all).unwrap() + "\n").unwrap();
    true
}

/// Opens the saved sample `text` as the app would on start.
pub fn open(text: &str) -> Opened {
    let saved: BTreeMap<String, String> = serde_json::from_str(text).unwrap();
    let store = MemoryStore::default();
    for (k, v) in &saved {
        store.set(k, v).unwrap();
    }
    repository::open(&store, "t")
}
