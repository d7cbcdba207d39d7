//! Opening the stored workspace at start-up: migrating the single key of schema 1 and 2,
//! finishing or undoing what a save cut short left behind, and moving aside, untouched,
//! whatever cannot be read.
//!
//! When one project's key cannot be read but the index and the other projects can, the
//! readable projects open; the unreadable value is moved to a recovered copy (offered
//! for download on the Backup page) and the index is written again without it, so the
//! next start does not report it again. When the index itself cannot be read (damaged,
//! or written by a newer version), nothing of the layout is used: the index and every
//! project key are moved aside, untouched, one recovered copy each.

use super::commit::{self, Base};
use super::envelope::{decode, Stamp};
use super::index;
use super::keys;
use super::kv::{KeyValueStore, StoreError};
use super::read_error::ReadError;
use super::repository::{locate, Located};
use super::snapshot::{check_index, read_projects, stored_text, Snapshot};
use crate::domain::Workspace;
use std::collections::HashSet;

/// What went wrong when opening the stored workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum StartupProblem {
    /// The stored workspace could not be read; it was moved, untouched, to `key` (and,
    /// for the layout of schema 3, its project keys to the copies after it).
    MovedAside { key: String, reason: ReadError },
    /// Some projects could not be read; the others opened.
    ProjectsMovedAside(Vec<MovedProject>),
    /// The stored text at `key` could not be read, and there was no room to move it
    /// aside: it is left where it was and nothing may be saved over it.
    LeftInPlace {
        key: String,
        reason: ReadError,
        error: StoreError,
    },
    /// Storage itself cannot be used; work lives only in this tab.
    Unavailable(StoreError),
}

/// A project that could not be read at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct MovedProject {
    /// Its name as the index gives it.
    pub name: String,
    /// The recovered copy of its stored value (`None`: its key was missing).
    pub copy: Option<String>,
    pub reason: ReadError,
}

/// The result of opening storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub workspace: Workspace,
    /// What is stored, as read (`None`: nothing was stored).
    pub stored: Option<Snapshot>,
    pub problem: Option<StartupProblem>,
}

impl Opened {
    /// Stamp of the stored data the workspace came from (`None`: nothing was stored).
    pub fn stamp(&self) -> Option<&Stamp> {
        self.stored.as_ref().map(|s| &s.stamp)
    }
}

fn empty(problem: Option<StartupProblem>) -> Opened {
    Opened {
        workspace: Workspace::default(),
        stored: None,
        problem,
    }
}

/// Opens the stored workspace. `now` (ISO 8601) names the keys unreadable data is
/// moved to.
pub fn open(store: &impl KeyValueStore, now: &str) -> Opened {
    match try_open(store, now) {
        Ok(opened) => opened,
        Err(e) => empty(Some(StartupProblem::Unavailable(e))),
    }
}

fn try_open(store: &impl KeyValueStore, now: &str) -> Result<Opened, StoreError> {
    let mut problem = None;
    match locate(store)? {
        Located::Nothing => {}
        Located::SingleKey { text, .. } => match decode(&text) {
            Ok((workspace, stamp)) => {
                if store.get(keys::INDEX)?.is_none() {
                    // Leftovers of a first save of the new layout cut short.
                    commit::remove_unnamed(store, &HashSet::new());
                }
                return Ok(Opened {
                    stored: Some(Snapshot::single_key(workspace.clone(), stamp)),
                    workspace,
                    problem: None,
                });
            }
            Err(reason) => match copy_aside(store, &text, now) {
                Ok(key) => {
                    // The copy is safe, so the key is freed; an index, if any, is the
                    // last complete save of this version and opens below.
                    store.remove(keys::WORKSPACE)?;
                    problem = Some(StartupProblem::MovedAside { key, reason });
                }
                Err(error) => {
                    return Ok(empty(Some(StartupProblem::LeftInPlace {
                        key: keys::WORKSPACE.into(),
                        reason,
                        error,
                    })))
                }
            },
        },
        Located::Index { leftover, .. } => {
            if leftover {
                store.remove(keys::WORKSPACE)?;
            }
        }
    }
    let Some(text) = store.get(keys::INDEX)? else {
        // Only leftovers of a first save cut short can be here.
        commit::remove_unnamed(store, &HashSet::new());
        return Ok(empty(problem));
    };
    let mut opened = open_index(store, &text, now)?;
    if problem.is_some() {
        opened.problem = problem;
    }
    Ok(opened)
}

fn open_index(store: &impl KeyValueStore, text: &str, now: &str) -> Result<Opened, StoreError> {
    let (index, settings) = match index::read(text).and_then(|i| check_index(&i).map(|s| (i, s))) {
        Ok(read) => read,
        Err(reason) => {
            let problem = match copy_layout_aside(store, text, now) {
                Ok(key) => {
                    commit::remove_unnamed(store, &HashSet::new());
                    store.remove(keys::INDEX)?;
                    StartupProblem::MovedAside { key, reason }
                }
                Err(error) => StartupProblem::LeftInPlace {
                    key: keys::INDEX.into(),
                    reason,
                    error,
                },
            };
            return Ok(empty(Some(problem)));
        }
    };
    // Keys no index names are what a save cut short left behind.
    let named: HashSet<&str> = index.projects.iter().flat_map(|e| e.all_keys()).collect();
    commit::remove_unnamed(store, &named);
    let (snapshot, unreadable) = read_projects(store, &index, settings, None)?;
    if unreadable.is_empty() {
        return Ok(Opened {
            workspace: snapshot.workspace.clone(),
            stored: Some(snapshot),
            problem: None,
        });
    }
    let mut moved = Vec::new();
    for u in unreadable {
        let copy = match stored_text(store, &u.entry)? {
            None => None,
            Some(value) => match copy_aside(store, &value, now) {
                Ok(copy) => {
                    for key in u.entry.all_keys() {
                        store.remove(key)?;
                    }
                    Some(copy)
                }
                Err(error) => {
                    return Ok(Opened {
                        workspace: snapshot.workspace.clone(),
                        stored: Some(snapshot),
                        problem: Some(StartupProblem::LeftInPlace {
                            key: u.entry.key,
                            reason: u.reason,
                            error,
                        }),
                    })
                }
            },
        };
        moved.push(MovedProject {
            name: u.entry.name,
            copy,
            reason: u.reason,
        });
    }
    // The index is written again naming only what is there (no project is written).
    let stamp = Stamp {
        saved_at: now.to_string(),
        writer: index.stamp.writer.clone(),
    };
    let base = Base {
        previous: Some(&snapshot),
        generation: index.generation,
        ..Base::default()
    };
    let stored = commit::write(store, &snapshot.workspace, base, &stamp).unwrap_or(snapshot);
    Ok(Opened {
        workspace: stored.workspace.clone(),
        stored: Some(stored),
        problem: Some(StartupProblem::ProjectsMovedAside(moved)),
    })
}

/// Copies `text` to a fresh unreadable-data key named after `now`; never replaces an
/// earlier copy.
pub(crate) fn copy_aside(
    store: &impl KeyValueStore,
    text: &str,
    now: &str,
) -> Result<String, StoreError> {
    let mut key = keys::unreadable_key(now);
    let mut n = 2;
    while matches!(store.get(&key), Ok(Some(_))) {
        key = format!("{}-{n}", keys::unreadable_key(now));
        n += 1;
    }
    store.set(&key, text)?;
    Ok(key)
}

/// Copies an unreadable index (`text`) and every project key aside, untouched; all or
/// none (the copies made are removed again if one fails). Returns the index's copy.
pub(crate) fn copy_layout_aside(
    store: &impl KeyValueStore,
    text: &str,
    now: &str,
) -> Result<String, StoreError> {
    let first = copy_aside(store, text, now)?;
    let mut made = vec![first.clone()];
    for key in store.keys()? {
        if !key.starts_with(keys::PROJECT_PREFIX) {
            continue;
        }
        let copied = match store.get(&key)? {
            Some(value) => copy_aside(store, &value, now).map(Some),
            None => Ok(None),
        };
        match copied {
            Ok(copy) => made.extend(copy),
            Err(e) => {
                for key in &made {
                    let _ = store.remove(key);
                }
                return Err(e);
            }
        }
    }
    Ok(first)
}
