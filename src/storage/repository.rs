//! Reads and writes the workspace through a [`KeyValueStore`], with the rules that keep
//! a user's data safe: what cannot be read is moved aside untouched, never overwritten;
//! a save notices when another tab saved in between; erase removes only our keys.
//!
//! The stored workspace is, in order of precedence:
//! - the single key of schema 1 and 2 ([`keys::WORKSPACE`]), when it is there and is not
//!   the leftover of its own migration (an older version of the app, or another
//!   program, wrote it after the index);
//! - else the index ([`keys::INDEX`]) and the project keys it names;
//! - else nothing.

use super::commit::{self, Base};
use super::envelope::{decode, read_stamp, Stamp};
use super::index;
use super::keys;
use super::kv::{KeyValueStore, StoreError};
use super::read_error::ReadError;
use super::snapshot::{check_index, decode_project, read_projects, stored_text, Snapshot};
use crate::domain::Workspace;

pub use super::startup::{open, MovedProject, Opened, StartupProblem};

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

/// Where the stored workspace is, read as far as its stamp.
pub(crate) enum Located {
    Nothing,
    /// The single key holds it (`stamp` is `None` when that text cannot be read).
    SingleKey {
        text: String,
        stamp: Option<Stamp>,
    },
    /// The index holds it; `leftover` when the single key it was migrated from is
    /// still there.
    Index {
        text: String,
        leftover: bool,
    },
}

impl Located {
    /// The stamp of what is stored: `None` when nothing is, `Some(None)` when what is
    /// stored has no stamp this version can read.
    fn stamp(&self) -> Option<Option<Stamp>> {
        match self {
            Located::Nothing => None,
            Located::SingleKey { stamp, .. } => Some(stamp.clone()),
            Located::Index { text, .. } => Some(index::read_stamp(text)),
        }
    }
}

/// Finds the stored workspace. Reads the index and the single key (absent once
/// migrated), never a project.
pub(crate) fn locate(store: &impl KeyValueStore) -> Result<Located, StoreError> {
    let single = store.get(keys::WORKSPACE)?;
    let index = store.get(keys::INDEX)?;
    Ok(match (single, index) {
        (None, None) => Located::Nothing,
        (None, Some(text)) => Located::Index {
            text,
            leftover: false,
        },
        (Some(single), index) => {
            let stamp = read_stamp(&single);
            let migrated_from = index
                .as_deref()
                .and_then(|t| index::read(t).ok())
                .and_then(|i| i.replaces);
            match index {
                Some(text) if stamp.is_some() && migrated_from == stamp => Located::Index {
                    text,
                    leftover: true,
                },
                _ => Located::SingleKey {
                    text: single,
                    stamp,
                },
            }
        }
    })
}

/// The stamp of what is stored (see [`Located`]); compared with what a tab last read
/// or wrote to tell that another tab saved.
pub fn stored_stamp(store: &impl KeyValueStore) -> Result<Option<Option<Stamp>>, StoreError> {
    Ok(locate(store)?.stamp())
}

/// Saves `workspace` with stamp `new`, unless the stored data is no longer what this tab
/// last read or wrote (`last`): then another tab has saved, and the caller must ask
/// the user before anything is overwritten. Writes only the projects that are not
/// `last`'s own (`Rc::ptr_eq`), then the index. Returns what is stored now.
pub fn save(
    store: &impl KeyValueStore,
    workspace: &Workspace,
    last: Option<&Snapshot>,
    new: &Stamp,
) -> Result<Snapshot, SaveError> {
    let located = locate(store)?;
    if located.stamp() != last.map(|s| Some(s.stamp.clone())) {
        return Err(SaveError::Conflict);
    }
    write_over(store, workspace, located, last, new)
}

/// Saves without checking what is stored (the user chose to replace it). `last` is
/// what this tab last read or wrote, if anything.
pub fn save_over(
    store: &impl KeyValueStore,
    workspace: &Workspace,
    last: Option<&Snapshot>,
    new: &Stamp,
) -> Result<Snapshot, SaveError> {
    let located = locate(store)?;
    write_over(store, workspace, located, last, new)
}

fn write_over(
    store: &impl KeyValueStore,
    workspace: &Workspace,
    located: Located,
    last: Option<&Snapshot>,
    new: &Stamp,
) -> Result<Snapshot, SaveError> {
    let mut base = Base {
        previous: last,
        generation: last.map_or(0, |s| s.generation),
        sweep: last.is_none(),
        ..Base::default()
    };
    match &located {
        Located::Nothing => {}
        Located::SingleKey { stamp, .. } => {
            base.single_key = stamp.clone();
            base.remove_single_key = true;
            base.sweep = true;
            keep_replaced_layout(store, last, &new.saved_at)?;
        }
        Located::Index { text, leftover } => match index::read(text) {
            Ok(stored) => {
                base.generation = base.generation.max(stored.generation);
                if last.map(|s| &s.stamp) != Some(&stored.stamp) {
                    base.sweep = true;
                }
                if *leftover {
                    base.single_key = stored.replaces;
                    base.remove_single_key = true;
                }
            }
            Err(_) => base.sweep = true,
        },
    }
    Ok(commit::write(store, workspace, base, new)?)
}

/// The single key was written after the index (by an older version of the app) and
/// this save replaces both. The layout the index describes is work this tab never
/// read (unless it is this tab's own last save): it is kept as a recovered copy — a
/// backup file of it, packed, when it can be read; else its keys untouched — before
/// the sweep after the commit removes it. Nothing is written if the copy fails.
fn keep_replaced_layout(
    store: &impl KeyValueStore,
    last: Option<&Snapshot>,
    now: &str,
) -> Result<(), StoreError> {
    let Some(text) = store.get(keys::INDEX)? else {
        return Ok(());
    };
    if last.is_some_and(|s| index::read_stamp(&text).as_ref() == Some(&s.stamp)) {
        return Ok(());
    }
    let readable = index::read(&text)
        .and_then(|i| check_index(&i).map(|s| (i, s)))
        .ok()
        .map(|(i, settings)| read_projects(store, &i, settings, None))
        .transpose()?;
    match readable {
        Some((snapshot, unreadable)) if unreadable.is_empty() => {
            let backup = super::backup::export_workspace(&snapshot.workspace, now);
            super::startup::copy_aside(store, &super::packed::pack(&backup), now)?;
        }
        _ => {
            super::startup::copy_layout_aside(store, &text, now)?;
        }
    }
    Ok(())
}

/// Saves this tab's workspace over another tab's save, as the user chose. Stored data
/// this version cannot read is first copied aside (and nothing is written if that copy
/// fails), so even this never overwrites what the app could not read. Returns what is
/// stored now and the key of the first such copy.
pub fn keep_this_version(
    store: &impl KeyValueStore,
    workspace: &Workspace,
    last: Option<&Snapshot>,
    new: &Stamp,
    now: &str,
) -> Result<(Snapshot, Option<String>), SaveError> {
    let located = locate(store)?;
    let copied = match &located {
        Located::Nothing => None,
        Located::SingleKey { text, .. } => match decode(text) {
            Ok(_) => None,
            Err(_) => Some(super::startup::copy_aside(store, text, now)?),
        },
        Located::Index { text, .. } => copy_unreadable_layout(store, text, now)?,
    };
    let snapshot = write_over(store, workspace, located, last, new)?;
    Ok((snapshot, copied))
}

/// Copies aside whatever of the stored layout cannot be read: all of it when its index
/// cannot be, else each project key that cannot be.
fn copy_unreadable_layout(
    store: &impl KeyValueStore,
    text: &str,
    now: &str,
) -> Result<Option<String>, StoreError> {
    let index = match index::read(text).and_then(|i| check_index(&i).map(|_| i)) {
        Ok(index) => index,
        Err(_) => return super::startup::copy_layout_aside(store, text, now).map(Some),
    };
    let mut first = None;
    for entry in &index.projects {
        if decode_project(store, entry, &Default::default())?.is_ok() {
            continue;
        }
        if let Some(value) = stored_text(store, entry)? {
            let key = super::startup::copy_aside(store, &value, now)?;
            first.get_or_insert(key);
        }
    }
    Ok(first)
}

/// What another tab (or program) left in storage.
#[derive(Clone, Debug, PartialEq)]
// Read once per save of another tab: the size of the snapshot is not worth a box.
#[allow(clippy::large_enum_variant)]
pub enum Found {
    Nothing,
    Stored(Snapshot),
    /// There is data, but this version cannot read it (or part of it).
    Unreadable(ReadError),
}

/// Reads the stored workspace, taking from `reuse` every project whose key it already
/// holds: after another tab's save, only the projects it changed are read.
pub fn read_current(
    store: &impl KeyValueStore,
    reuse: Option<&Snapshot>,
) -> Result<Found, StoreError> {
    Ok(match locate(store)? {
        Located::Nothing => Found::Nothing,
        Located::SingleKey { text, .. } => match decode(&text) {
            Ok((workspace, stamp)) => Found::Stored(Snapshot::single_key(workspace, stamp)),
            Err(e) => Found::Unreadable(e),
        },
        Located::Index { text, .. } => {
            match index::read(&text).and_then(|i| check_index(&i).map(|s| (i, s))) {
                Err(e) => Found::Unreadable(e),
                Ok((index, settings)) => {
                    let (snapshot, unreadable) = read_projects(store, &index, settings, reuse)?;
                    match unreadable.into_iter().next() {
                        Some(u) => Found::Unreadable(u.reason),
                        None => Found::Stored(snapshot),
                    }
                }
            }
        }
    })
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
    crate::domain::sort::sort_by(&mut copies, |a, b| a.moved_at.cmp(&b.moved_at));
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
/// other tabs can tell this erase from data removed by something else, and follow it;
/// the index goes next, so an erase cut short leaves keys no index names, which the
/// next start removes.
pub fn erase_all(store: &impl KeyValueStore, now: &str) -> Result<(), StoreError> {
    store.set(keys::ERASED, now)?;
    store.remove(keys::INDEX)?;
    store.remove(keys::WORKSPACE)?;
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
    matches!(store.get(keys::ERASED), Ok(Some(_)))
        && matches!(store.get(keys::INDEX), Ok(None))
        && matches!(store.get(keys::WORKSPACE), Ok(None))
}
