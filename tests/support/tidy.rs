//! Checks that a store holds exactly one whole state of the layout: every project key
//! is named by the index (no leftovers of a save cut short), and nothing was moved aside.

use cx_workbench::storage::{index, keys, repository, KeyValueStore};

/// The project keys in the store, sorted.
pub fn project_keys(store: &impl KeyValueStore) -> Vec<String> {
    let mut k: Vec<String> = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(keys::PROJECT_PREFIX))
        .collect();
    k.sort();
    k
}

/// The project keys (and complaint-log chunk keys) the stored index names, sorted (none without an index).
pub fn index_keys(store: &impl KeyValueStore) -> Vec<String> {
    let Some(text) = store.get(keys::INDEX).unwrap() else {
        return Vec::new();
    };
    let mut k: Vec<String> = index::read(&text)
        .unwrap()
        .projects
        .into_iter()
        .flat_map(|e| std::iter::once(e.key).chain(e.chunks))
        .collect();
    k.sort();
    k
}

/// Panics unless the store holds one whole state and no recovered copy; `when` says
/// which case failed.
pub fn assert_tidy(store: &impl KeyValueStore, when: &str) {
    assert_eq!(
        project_keys(store),
        index_keys(store),
        "leftover keys {when}"
    );
    assert!(
        repository::recovered_copies(store).is_empty(),
        "a copy was moved aside {when}"
    );
}
