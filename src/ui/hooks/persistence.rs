//! Saving the workspace: shortly after each change, at once when the page is hidden,
//! and never over data this tab did not read (another tab's save, unreadable data).

use super::storage_status::{StatusAction, StorageStatus};
use crate::domain::Workspace;
use crate::state::{AppAction, AppState};
use crate::storage::envelope::{decode, Stamp};
use crate::storage::local::LocalStorage;
use crate::storage::repository::{self, Opened, SaveError};
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
    /// Stamp of what this tab last read or wrote; a different stamp in storage means
    /// another tab saved.
    pub(crate) last_stamp: Option<Stamp>,
    writer: String,
    pending: Option<Timeout>,
    /// Automatic saving is held back until the user decides (a conflict with another
    /// tab, or stored data this tab could not read and could not move aside).
    paused: bool,
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
                stamp: None,
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
            last_stamp: opened.stamp.clone(),
            writer: format!("t{:08x}", random_u32()),
            pending: None,
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
    pub(crate) status: UseReducerHandle<StorageStatus>,
}

impl PartialEq for StorageControl {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.persistence, &other.persistence) && self.status == other.status
    }
}

impl StorageControl {
    fn state(&self) -> UseReducerHandle<AppState> {
        self.latest.borrow().clone()
    }

    /// Saves after [`SAVE_DELAY_MS`], replacing any save already waiting.
    pub fn schedule_save(&self) {
        let this = self.clone();
        let timer = Timeout::new(SAVE_DELAY_MS, move || this.save_now());
        self.persistence.borrow_mut().pending = Some(timer);
    }

    /// Saves now if there is anything unsaved and saving is not paused.
    pub fn save_now(&self) {
        self.persistence.borrow_mut().pending = None;
        let state = self.state();
        if !state.has_unsaved_changes() || self.persistence.borrow().paused {
            return;
        }
        self.write(&state, false);
    }

    /// Writes this tab's workspace over whatever is stored: the user chose to keep it.
    pub fn keep_mine(&self) {
        let state = self.state();
        self.persistence.borrow_mut().paused = false;
        self.status.dispatch(StatusAction::ConflictResolved);
        self.write(&state, true);
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
    fn pause(&self, why: StatusAction) {
        self.persistence.borrow_mut().paused = true;
        self.status.dispatch(why);
    }

    /// Replaces this tab's workspace with what is stored (undo brings this tab's back).
    pub fn load_theirs(&self) {
        let state = self.state();
        let stored = {
            let p = self.persistence.borrow();
            let Some(store) = &p.store else { return };
            store.get(keys::WORKSPACE)
        };
        match stored {
            Ok(Some(text)) => match decode(&text) {
                Ok((workspace, stamp)) => {
                    let mut p = self.persistence.borrow_mut();
                    p.last_stamp = Some(stamp);
                    p.paused = false;
                    drop(p);
                    state.dispatch(AppAction::LoadFromOtherTab(workspace));
                    self.status.dispatch(StatusAction::ConflictResolved);
                }
                Err(e) => self.pause(StatusAction::ForeignUnreadable(e)),
            },
            Ok(None) => {
                let mut p = self.persistence.borrow_mut();
                p.last_stamp = None;
                p.paused = false;
                drop(p);
                state.dispatch(AppAction::LoadFromOtherTab(Workspace::default()));
                self.status.dispatch(StatusAction::ConflictResolved);
            }
            Err(e) => self.status.dispatch(StatusAction::SaveFailed(e)),
        }
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
                repository::erase_all(store)?;
            }
            p.last_stamp = None;
            p.paused = false;
        }
        self.state().dispatch(AppAction::EraseAll);
        self.status.dispatch(StatusAction::ErasedHere);
        Ok(())
    }

    /// Hides the start-up recovery banner.
    pub fn dismiss_startup_problem(&self) {
        self.status.dispatch(StatusAction::DismissStartupProblem);
    }

    /// A stored value by key (for downloading a recovered copy).
    pub fn read_key(&self, key: &str) -> Option<String> {
        let p = self.persistence.borrow();
        p.store.as_ref()?.get(key).ok().flatten()
    }

    /// Removes one stored key of this app (a recovered copy the user no longer needs).
    pub fn remove_key(&self, key: &str) -> Result<(), StoreError> {
        let p = self.persistence.borrow();
        match &p.store {
            Some(store) if key.starts_with(keys::PREFIX) && key != keys::WORKSPACE => {
                store.remove(key)
            }
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

    fn write(&self, state: &UseReducerHandle<AppState>, force: bool) {
        let result = {
            let mut p = self.persistence.borrow_mut();
            let Some(store) = &p.store else {
                drop(p);
                self.status
                    .dispatch(StatusAction::SaveFailed(StoreError::Unavailable(
                        "localStorage is not available in this browser".into(),
                    )));
                return;
            };
            let stamp = Stamp {
                saved_at: now_iso(),
                writer: p.writer.clone(),
            };
            mark("cx:save-start");
            let result = if force {
                repository::save_over(store, state.workspace(), &stamp)
            } else {
                repository::save(store, state.workspace(), p.last_stamp.as_ref(), &stamp)
            };
            measure("cx:save", "cx:save-start");
            if result.is_ok() {
                p.last_stamp = Some(stamp);
            }
            result
        };
        match result {
            Ok(()) => {
                state.dispatch(AppAction::MarkSaved(state.revision));
                self.status.dispatch(StatusAction::Saved(now()));
            }
            Err(SaveError::Conflict) => self.pause(StatusAction::Conflict),
            Err(SaveError::Store(e)) => self.status.dispatch(StatusAction::SaveFailed(e)),
        }
    }

    /// Handles another tab's write to the workspace key (`new_value` is `None` when it
    /// erased everything).
    pub fn on_other_tab_write(&self, new_value: Option<String>) {
        let state = self.state();
        let unsaved = state.has_unsaved_changes();
        match new_value {
            None => {
                if unsaved {
                    self.pause(StatusAction::Conflict);
                } else {
                    self.persistence.borrow_mut().last_stamp = None;
                    state.dispatch(AppAction::EraseAll);
                    self.status.dispatch(StatusAction::ErasedElsewhere);
                }
            }
            Some(text) => match decode(&text) {
                Ok((workspace, stamp)) => {
                    if self.persistence.borrow().last_stamp.as_ref() == Some(&stamp) {
                        return;
                    }
                    if unsaved {
                        self.pause(StatusAction::Conflict);
                    } else {
                        self.persistence.borrow_mut().last_stamp = Some(stamp);
                        state.dispatch(AppAction::LoadFromOtherTab(workspace));
                    }
                }
                Err(e) => self.pause(StatusAction::ForeignUnreadable(e)),
            },
        }
    }
}
