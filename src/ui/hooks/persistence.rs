//! Saving the workspace: shortly after each change, at once when the page is hidden,
//! and never over data this tab did not read (another tab's save, unreadable data).
//! Persistence keeps what it last saved (or read): a save writes only the projects that
//! are not shared with it, then the index.

use super::storage_status::{StatusAction, StorageStatus};
use crate::domain::Workspace;
use crate::state::{AppAction, AppState};
use crate::storage::envelope::Stamp;
use crate::storage::local::LocalStorage;
use crate::storage::packed::{looks_packed, unpack};
use crate::storage::repository::{self, Opened, SaveError};
use crate::storage::snapshot::Snapshot;
use crate::storage::{keys, KeyValueStore, StoreError};
use crate::ui::browser::{mark, measure, now, now_iso, random_u32};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long after a change the workspace is saved. Long enough that a burst of changes
/// is written once; short enough that closing the tab loses nothing (pagehide saves too).
pub const SAVE_DELAY_MS: u32 = 300;

/// Bookkeeping for writes from this tab.
pub struct Persistence {
    pub(crate) store: Option<LocalStorage>,
    /// What this tab last read or wrote: a different stamp in storage means another tab
    /// saved; its projects are the ones a save need not write again.
    pub(crate) last: Option<Snapshot>,
    writer: String,
    pending: Option<Timeout>,
    /// Automatic saving is held back until the user decides (a conflict with another
    /// tab, or stored data this tab could not read and could not move aside).
    pub(crate) paused: bool,
    /// The last save failed (full or unavailable storage): the work is only in this tab.
    pub(crate) save_failed: bool,
}

impl Persistence {
    /// Opens localStorage and reads the workspace (moving unreadable data aside).
    pub fn open() -> (Self, Opened) {
        mark("cx:load-start");
        let store = LocalStorage::open();
        let opened = match &store {
            Ok(store) => repository::open(store, &now_iso()),
            Err(e) => Opened {
                workspace: Workspace::default(),
                stored: None,
                problem: Some(repository::StartupProblem::Unavailable(e.clone())),
            },
        };
        measure("cx:load", "cx:load-start");
        let paused = matches!(
            opened.problem,
            Some(repository::StartupProblem::LeftInPlace { .. })
        );
        let persistence = Persistence {
            paused,
            store: store.ok(),
            last: opened.stored.clone(),
            writer: format!("t{:08x}", random_u32()),
            pending: None,
            save_failed: false,
        };
        (persistence, opened)
    }
}

/// Everything the provider's listeners and the banners need to save or resolve.
#[derive(Clone)]
pub struct StorageControl {
    pub(crate) persistence: Rc<RefCell<Persistence>>,
    /// The state as of the latest render.
    pub(crate) latest: Rc<RefCell<UseReducerHandle<AppState>>>,
    /// Where changes of the storage status go. The control only tells the status, never
    /// reads it, so it stays the same value for the life of the app: the components that
    /// hold it (every editor, every journey card) are not drawn again when a save lands.
    pub(crate) status: UseReducerDispatcher<StorageStatus>,
}

impl PartialEq for StorageControl {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.persistence, &other.persistence)
    }
}

impl StorageControl {
    pub(crate) fn state(&self) -> UseReducerHandle<AppState> {
        self.latest.borrow().clone()
    }

    /// Saves after [`SAVE_DELAY_MS`], replacing any save already waiting.
    pub fn schedule_save(&self) {
        let this = self.clone();
        let timer = Timeout::new(SAVE_DELAY_MS, move || {
            this.save_now();
        });
        self.persistence.borrow_mut().pending = Some(timer);
    }

    /// Saves now if there is anything unsaved and saving is not paused. Returns true
    /// when everything this tab holds is in storage afterwards.
    pub fn save_now(&self) -> bool {
        self.persistence.borrow_mut().pending = None;
        let state = self.state();
        if !state.has_unsaved_changes() {
            return true;
        }
        if self.persistence.borrow().paused {
            return false;
        }
        self.write(&state, false)
    }

    /// True while this tab cannot save: saving is paused, or the last save failed (read
    /// at the moment of asking, not from the last drawing).
    pub fn saving_blocked(&self) -> bool {
        let p = self.persistence.borrow();
        p.paused || p.save_failed
    }

    /// True when closing the tab now would lose work: changes not saved because saving
    /// is paused or failed.
    pub fn work_at_risk(&self) -> bool {
        let p = self.persistence.borrow();
        self.state().has_unsaved_changes() && (p.paused || p.save_failed)
    }

    /// Writes this tab's workspace over what another tab saved: the user chose to keep
    /// it. Stored text this version cannot read is copied aside first.
    pub fn keep_mine(&self) {
        let state = self.state();
        let result = {
            let mut p = self.persistence.borrow_mut();
            let Some(store) = &p.store else { return };
            let stamp = Stamp {
                saved_at: now_iso(),
                writer: p.writer.clone(),
            };
            let result = repository::keep_this_version(
                store,
                state.workspace(),
                p.last.as_ref(),
                &stamp,
                &now_iso(),
            );
            result.map(|(snapshot, copied)| {
                p.last = Some(snapshot);
                p.paused = false;
                p.save_failed = false;
                copied
            })
        };
        match result {
            Ok(copied) => {
                state.dispatch(AppAction::MarkSaved(state.revision));
                self.status.dispatch(StatusAction::ConflictResolved);
                self.status.dispatch(StatusAction::Saved(now()));
                if let Some(key) = copied {
                    self.status.dispatch(StatusAction::CopiedAside(key));
                }
            }
            Err(SaveError::Store(e)) => {
                self.persistence.borrow_mut().save_failed = true;
                self.status.dispatch(StatusAction::SaveFailed(e));
            }
            Err(SaveError::Conflict) => self.pause(StatusAction::Conflict),
        }
    }

    /// After the user downloaded data that could not be read nor moved aside, lets
    /// saving resume over it.
    pub fn discard_unreadable(&self) {
        self.persistence.borrow_mut().paused = false;
        self.status.dispatch(StatusAction::DismissStartupProblem);
        let state = self.state();
        self.write(&state, true);
    }

    /// Holds automatic saving back and tells the user why.
    pub(crate) fn pause(&self, why: StatusAction) {
        self.persistence.borrow_mut().paused = true;
        self.status.dispatch(why);
    }

    /// Lets saving go on after the situation that paused it has gone (another tab
    /// saved readable data, and this tab has loaded it).
    pub(crate) fn resume(&self) {
        self.persistence.borrow_mut().paused = false;
        self.status.dispatch(StatusAction::ConflictResolved);
        self.status.dispatch(StatusAction::DismissLeftInPlace);
    }

    /// Tries the failed save again.
    pub fn retry(&self) {
        let state = self.state();
        self.write(&state, false);
    }

    /// Removes every key of this app from localStorage and empties the workspace.
    pub fn erase_all(&self) -> Result<(), StoreError> {
        {
            let mut p = self.persistence.borrow_mut();
            p.pending = None;
            if let Some(store) = &p.store {
                repository::erase_all(store, &now_iso())?;
            }
            p.last = None;
            p.paused = false;
            p.save_failed = false;
        }
        self.state().dispatch(AppAction::EraseAll);
        self.status.dispatch(StatusAction::ErasedHere);
        Ok(())
    }

    /// Hides the start-up recovery banner.
    pub fn dismiss_startup_problem(&self) {
        self.status.dispatch(StatusAction::DismissStartupProblem);
    }

    /// A stored value by key, for downloading a recovered copy: a packed value is
    /// unpacked, so the download is the JSON it holds; anything else comes as stored.
    pub fn read_key(&self, key: &str) -> Option<String> {
        let p = self.persistence.borrow();
        let text = p.store.as_ref()?.get(key).ok().flatten()?;
        if looks_packed(&text) {
            if let Ok(json) = unpack(&text) {
                return Some(json);
            }
        }
        Some(text)
    }

    /// What is stored now, for downloading data another tab saved that this tab cannot
    /// read: the single key of schema 2 as it is, or each key of the layout (packed
    /// values unpacked) as one JSON object.
    pub fn stored_for_download(&self) -> Option<String> {
        if let Some(text) = self.read_key(keys::WORKSPACE) {
            return Some(text);
        }
        let names: Vec<String> = {
            let p = self.persistence.borrow();
            p.store.as_ref()?.keys().ok()?
        };
        // Inserted one by one: collecting into the map would build a sort of its own.
        let mut all = serde_json::Map::new();
        for k in names {
            if k == keys::INDEX || k.starts_with(keys::PROJECT_PREFIX) {
                if let Some(text) = self.read_key(&k) {
                    all.insert(k, serde_json::Value::String(text));
                }
            }
        }
        crate::domain::pretty_json::to_string_pretty(&all)
    }

    /// Removes one stored key of this app (a recovered copy the user no longer needs).
    pub fn remove_key(&self, key: &str) -> Result<(), StoreError> {
        let p = self.persistence.borrow();
        match &p.store {
            Some(store) if key.starts_with(keys::UNREADABLE_PREFIX) => store.remove(key),
            _ => Ok(()),
        }
    }

    /// Copies of unreadable data kept on this device.
    pub fn recovered_copies(&self) -> Vec<repository::RecoveredCopy> {
        let p = self.persistence.borrow();
        p.store
            .as_ref()
            .map(repository::recovered_copies)
            .unwrap_or_default()
    }

    /// Bytes this app uses in localStorage.
    pub fn bytes_used(&self) -> usize {
        let p = self.persistence.borrow();
        p.store.as_ref().map(repository::bytes_used).unwrap_or(0)
    }

    /// Writes the workspace; `force` skips the check for another tab's save. Returns
    /// true when it was written.
    /// Applies a user's change and writes the result at once: for a change made as the
    /// page is being hidden or closed, when there is no time to redraw and then save.
    /// (The reducer is pure, so the state written is the one the app goes on with.)
    pub fn apply_and_save_now(&self, action: crate::state::Action) -> bool {
        let handle = self.state();
        self.persistence.borrow_mut().pending = None;
        let Some(next) = handle.next(AppAction::Apply(action.clone())) else {
            return self.save_now();
        };
        handle.dispatch(AppAction::Apply(action));
        if self.persistence.borrow().paused {
            return false;
        }
        self.write(&next, false)
    }

    pub(crate) fn write(&self, state: &AppState, force: bool) -> bool {
        let result = {
            let mut p = self.persistence.borrow_mut();
            let Some(store) = &p.store else {
                p.save_failed = true;
                drop(p);
                self.status
                    .dispatch(StatusAction::SaveFailed(StoreError::Unavailable(
                        "localStorage is not available in this browser".into(),
                    )));
                return false;
            };
            let stamp = Stamp {
                saved_at: now_iso(),
                writer: p.writer.clone(),
            };
            mark("cx:save-start");
            let result = if force {
                repository::save_over(store, state.workspace(), p.last.as_ref(), &stamp)
            } else {
                repository::save(store, state.workspace(), p.last.as_ref(), &stamp)
            };
            measure("cx:save", "cx:save-start");
            p.save_failed = matches!(result, Err(SaveError::Store(_)));
            result.map(|snapshot| p.last = Some(snapshot))
        };
        match result {
            Ok(()) => {
                self.state().dispatch(AppAction::MarkSaved(state.revision));
                self.status.dispatch(StatusAction::Saved(now()));
                true
            }
            Err(SaveError::Conflict) => {
                self.pause(StatusAction::Conflict);
                false
            }
            Err(SaveError::Store(e)) => {
                self.status.dispatch(StatusAction::SaveFailed(e));
                false
            }
        }
    }
}
