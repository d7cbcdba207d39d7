//! Writing the workspace across keys, all or nothing.
//!
//! 1. Each project that changed since `previous` is written under a fresh key (one the
//!    stored index does not name), so the stored state stays whole while this goes on;
//!    so is each chunk of its complaint log not stored already (an edit of one entry of
//!    50,000 writes one chunk of 256 and the project's key, not the log).
//! 2. The index naming every project's key is written: this one write is the commit.
//!    Before it, a start-up finds the previous index and the previous keys, intact;
//!    after it, the new ones.
//! 3. What the new index no longer names is removed (the previous keys of changed
//!    projects, the single key of schema 2). A leftover of a save cut short before or
//!    after the commit is a key no index names: start-up removes it.
//!
//! A write refused before the commit (storage full) removes the fresh keys again, so
//! a failed save leaves the store exactly as it was.

use super::envelope::Stamp;
use super::index::{self, Entry};
use super::keys;
use super::kv::{KeyValueStore, StoreError};
use super::snapshot::{encode_chunk, encode_project, Snapshot};
use crate::domain::Workspace;
use std::collections::{HashMap, HashSet};

/// What the save builds on.
#[derive(Default)]
pub(crate) struct Base<'a> {
    /// What this tab knows to be stored: its unchanged projects are not written again,
    /// and its keys that the new index does not name are removed after the commit.
    pub previous: Option<&'a Snapshot>,
    /// Highest save number seen in storage: the new save takes the next.
    pub generation: u64,
    /// Stamp of the single key of schema 2 that is stored now (readable), if any.
    pub single_key: Option<Stamp>,
    /// Remove the single key after the commit (it is present).
    pub remove_single_key: bool,
    /// Also remove every project key the new index does not name (when what was stored
    /// before is not known key by key).
    pub sweep: bool,
}

/// Writes `workspace` with stamp `new` over `base`; returns what is now stored.
pub(crate) fn write(
    store: &impl KeyValueStore,
    workspace: &Workspace,
    base: Base,
    new: &Stamp,
) -> Result<Snapshot, StoreError> {
    let generation = base.generation + 1;
    let unchanged = base
        .previous
        .map(Snapshot::keys_by_project)
        .unwrap_or_default();
    let stored_chunks = base
        .previous
        .map(Snapshot::keys_by_chunk)
        .unwrap_or_default();
    let previous_chunks: HashMap<&str, &Vec<String>> = base
        .previous
        .map(|s| {
            s.keys
                .iter()
                .zip(&s.chunks)
                .filter_map(|(k, c)| Some((k.as_deref()?, c)))
                .collect()
        })
        .unwrap_or_default();
    let mut written: Vec<String> = Vec::new();
    let mut entries = Vec::with_capacity(workspace.projects.len());
    let put = |key: String, text: String, written: &mut Vec<String>| {
        store.set(&key, &text).map(|()| {
            written.push(key.clone());
            key
        })
    };
    for project in &workspace.projects {
        let (key, chunks) = match unchanged.get(&std::rc::Rc::as_ptr(project)) {
            Some(key) => {
                let chunks = previous_chunks.get(key).map(|c| c.to_vec());
                (key.to_string(), chunks.unwrap_or_default())
            }
            None => {
                let mut chunks = Vec::with_capacity(project.complaints.chunks().len());
                for (k, chunk) in project.complaints.chunks().iter().enumerate() {
                    let key = match stored_chunks.get(&std::rc::Rc::as_ptr(chunk)) {
                        Some(key) => key.to_string(),
                        None => {
                            let key = keys::chunk_key(&project.id.0, generation, &new.writer, k);
                            match put(key, encode_chunk(chunk), &mut written) {
                                Ok(key) => key,
                                Err(e) => {
                                    roll_back(store, &written);
                                    return Err(e);
                                }
                            }
                        }
                    };
                    chunks.push(key);
                }
                let key = keys::project_key(&project.id.0, generation, &new.writer);
                match put(key, encode_project(project), &mut written) {
                    Ok(key) => (key, chunks),
                    Err(e) => {
                        roll_back(store, &written);
                        return Err(e);
                    }
                }
            }
        };
        entries.push(Entry {
            id: project.id.0.clone(),
            name: project.name.clone(),
            key,
            chunks,
        });
    }
    let text = index::write(
        new,
        generation,
        &workspace.settings,
        &entries,
        base.single_key.as_ref(),
    );
    if let Err(e) = store.set(keys::INDEX, &text) {
        roll_back(store, &written);
        return Err(e);
    }
    // Committed. Failures from here on leave only keys no index names.
    let named: HashSet<&str> = entries.iter().flat_map(Entry::all_keys).collect();
    if base.remove_single_key {
        let _ = store.remove(keys::WORKSPACE);
    }
    if let Some(previous) = base.previous {
        for key in previous.named_keys() {
            if !named.contains(key) {
                let _ = store.remove(key);
            }
        }
    }
    if base.sweep {
        remove_unnamed(store, &named);
    }
    Ok(Snapshot {
        stamp: new.clone(),
        workspace: workspace.clone(),
        chunks: entries.iter().map(|e| e.chunks.clone()).collect(),
        keys: entries.into_iter().map(|e| Some(e.key)).collect(),
        generation,
    })
}

/// Removes the keys written by a save that did not commit.
fn roll_back(store: &impl KeyValueStore, written: &[String]) {
    for key in written {
        let _ = store.remove(key);
    }
}

/// Removes every project key not in `named`: leftovers of saves cut short, or the keys
/// of a layout just replaced.
pub(crate) fn remove_unnamed(store: &impl KeyValueStore, named: &HashSet<&str>) {
    let Ok(all) = store.keys() else { return };
    for key in all {
        if key.starts_with(keys::PROJECT_PREFIX) && !named.contains(key.as_str()) {
            let _ = store.remove(&key);
        }
    }
}
