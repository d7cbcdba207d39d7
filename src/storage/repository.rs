//! Reads and writes the workspace through a [`KeyValueStore`], with the rules that keep
//! a user's data safe: what cannot be read is moved aside untouched, never overwritten;
//! a save notices when another tab saved in between; erase removes only our keys.

use super::envelope::{decode, encode, read_stamp, Stamp};
use super::keys;
use super::kv::{KeyValueStore, StoreError};
use super::read_error::ReadError;
use crate::domain::Workspace;

/// What went wrong when opening the stored workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum StartupProblem {
    /// The stored text could not be read; it was moved, untouched, to `key`.
    MovedAside { key: String, reason: ReadError },
    /// The stored text could not be read, and there was no room to move it aside: it is
    /// left where it was and nothing may be saved over it.
    LeftInPlace {
        reason: ReadError,
        error: StoreError,
    },
    /// Storage itself cannot be used; work lives only in this tab.
    Unavailable(StoreError),
}

/// The result of opening storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub workspace: Workspace,
    /// Stamp of the stored text the workspace came from (`None`: nothing was stored).
    pub stamp: Option<Stamp>,
    pub problem: Option<StartupProblem>,
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved (or erased) since this tab last read or wrote.
    Conflict,
    Store(StoreError),
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::Store(e)
    }
}

/// A copy of unreadable data kept under its own key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveredCopy {
    pub key: String,
    /// When it was moved aside (ISO 8601, from the key).
    pub moved_at: String,
    /// Its size in UTF-16 code units, as the browser counts it.
    pub size: usize,
}

/// Opens the stored workspace. `now` (ISO 8601) names the key unreadable data is moved to.
pub fn open(store: &impl KeyValueStore, now: &str) -> Opened {
    let empty = |problem| Opened {
        workspace: Workspace::default(),
        stamp: None,
        problem,
    };
    let text = match store.get(keys::WORKSPACE) {
        Ok(Some(text)) => text,
        Ok(None) => return empty(None),
        Err(e) => return empty(Some(StartupProblem::Unavailable(e))),
    };
    match decode(&text) {
        Ok((workspace, stamp)) => Opened {
            workspace,
            stamp: Some(stamp),
            problem: None,
        },
        Err(reason) => empty(Some(move_aside(store, &text, now, reason))),
    }
}

fn move_aside(
    store: &impl KeyValueStore,
    text: &str,
    now: &str,
    reason: ReadError,
) -> StartupProblem {
    match copy_aside(store, text, now) {
        Ok(key) => {
            // The copy is safe, so the main key is freed for new work.
            let _ = store.remove(keys::WORKSPACE);
            StartupProblem::MovedAside { key, reason }
        }
        Err(error) => StartupProblem::LeftInPlace { reason, error },
    }
}

/// Copies `text` to a fresh unreadable-data key named after `now`; never replaces an
/// earlier copy.
fn copy_aside(store: &impl KeyValueStore, text: &str, now: &str) -> Result<String, StoreError> {
    let mut key = keys::unreadable_key(now);
    let mut n = 2;
    while matches!(store.get(&key), Ok(Some(_))) {
        key = format!("{}-{n}", keys::unreadable_key(now));
        n += 1;
    }
    store.set(&key, text)?;
    Ok(key)
}

/// Saves `workspace` with stamp `new`, unless the stored data is no longer what this tab
/// last read or wrote (`expected`): then another tab has saved, and the caller must ask
/// the user before anything is overwritten.
pub fn save(
    store: &impl KeyValueStore,
    workspace: &Workspace,
    expected: Option<&Stamp>,
    new: &Stamp,
) -> Result<(), SaveError> {
    let current = store.get(keys::WORKSPACE)?;
    let current_stamp = current.as_deref().map(read_stamp);
    let unchanged = match (current_stamp, expected) {
        (None, None) => true,
        (Some(stamp), Some(expected)) => stamp.as_ref() == Some(expected),
        _ => false,
    };
    if !unchanged {
        return Err(SaveError::Conflict);
    }
    save_over(store, workspace, new)
}

/// Saves this tab's workspace over another tab's save, as the user chose. Stored text
/// this version cannot read is first copied aside (and nothing is written if that copy
/// fails), so even this never overwrites what the app could not read. Returns the key of
/// such a copy.
pub fn keep_this_version(
    store: &impl KeyValueStore,
    workspace: &Workspace,
    new: &Stamp,
    now: &str,
) -> Result<Option<String>, SaveError> {
    let copied = match store.get(keys::WORKSPACE)? {
        Some(text) if decode(&text).is_err() => Some(copy_aside(store, &text, now)?),
        _ => None,
    };
    save_over(store, workspace, new)?;
    Ok(copied)
}

/// Saves without checking what is stored.
pub fn save_over(
    store: &impl KeyValueStore,
    workspace: &Workspace,
    new: &Stamp,
) -> Result<(), SaveError> {
    store.set(keys::WORKSPACE, &encode(workspace, new))?;
    Ok(())
}

/// Copies of unreadable data kept on this device, oldest first.
pub fn recovered_copies(store: &impl KeyValueStore) -> Vec<RecoveredCopy> {
    let Ok(keys) = store.keys() else {
        return Vec::new();
    };
    let mut copies: Vec<RecoveredCopy> = keys
        .into_iter()
        .filter_map(|key| {
            let moved_at = key.strip_prefix(keys::UNREADABLE_PREFIX)?.to_string();
            let size = store.get(&key).ok()??.encode_utf16().count();
            Some(RecoveredCopy {
                key,
                moved_at,
                size,
            })
        })
        .collect();
    copies.sort_by(|a, b| a.moved_at.cmp(&b.moved_at));
    copies
}

/// Bytes this app's keys take in the store (UTF-16: two bytes a code unit).
pub fn bytes_used(store: &impl KeyValueStore) -> usize {
    let Ok(keys) = store.keys() else { return 0 };
    keys.iter()
        .filter(|k| k.starts_with(keys::PREFIX))
        .map(|k| {
            let value = store.get(k).ok().flatten().unwrap_or_default();
            2 * (k.encode_utf16().count() + value.encode_utf16().count())
        })
        .sum()
}

/// Removes every key this app owns (and no other site data on the same origin), leaving
/// only a marker holding the time of the erase (`now`). The marker is written first, so
/// other tabs can tell this erase from data removed by something else, and follow it.
pub fn erase_all(store: &impl KeyValueStore, now: &str) -> Result<(), StoreError> {
    store.set(keys::ERASED, now)?;
    for key in store.keys()? {
        if key.starts_with(keys::PREFIX) && key != keys::ERASED {
            store.remove(&key)?;
        }
    }
    Ok(())
}

/// True when the stored data was removed by this app's "Erase all data" (its marker is
/// there and no workspace), rather than by something else.
pub fn was_erased(store: &impl KeyValueStore) -> bool {
    matches!(store.get(keys::ERASED), Ok(Some(_))) && matches!(store.get(keys::WORKSPACE), Ok(None))
}
