//! Following other tabs of the same browser: their saves appear here; their erase is
//! followed; data removed by anything else is saved again from this tab's copy. A tab
//! with unsaved changes of its own is never overwritten: it pauses and asks.
//!
//! Another tab's save ends with its index (or, from an older version of the app, the
//! single key of schema 2): that is the event followed. Only the projects whose keys the
//! new index changed are read; the others are this tab's own, shared.

use super::persistence::StorageControl;
use super::storage_status::StatusAction;
use crate::domain::Workspace;
use crate::state::AppAction;
use crate::storage::keys;
use crate::storage::repository::{self, Found};

impl StorageControl {
    /// Handles a `storage` event (`key` is `None` when all of localStorage was cleared).
    pub fn on_storage_event(&self, key: Option<String>, new_value: Option<String>) {
        match key.as_deref() {
            Some(keys::ERASED) if new_value.is_some() => self.follow_erase(),
            Some(keys::INDEX) => match new_value {
                Some(_) => self.follow_save(),
                None => self.on_removed(),
            },
            // Written by an older version of the app, or by another program. Its removal
            // is the end of a migration, which the index's event already brought.
            Some(keys::WORKSPACE) if new_value.is_some() => self.follow_save(),
            None => self.on_removed(),
            Some(_) => {}
        }
    }

    /// Compares what is stored with what this tab last read or wrote, and catches up;
    /// for events this tab could not see (before it listened, or while frozen).
    pub fn check_stored(&self) {
        let (stored, last) = {
            let p = self.persistence.borrow();
            let Some(store) = &p.store else { return };
            match repository::stored_stamp(store) {
                Ok(stamp) => (stamp, p.last.as_ref().map(|s| s.stamp.clone())),
                Err(_) => return,
            }
        };
        match (stored, last) {
            (Some(stamp), last) if stamp != last => self.follow_save(),
            (None, Some(_)) => self.on_removed(),
            _ => {}
        }
    }

    /// Reads what is stored, reusing this tab's projects where their keys are unchanged.
    fn read_stored(&self) -> Option<Result<Found, crate::storage::StoreError>> {
        let p = self.persistence.borrow();
        let store = p.store.as_ref()?;
        Some(repository::read_current(store, p.last.as_ref()))
    }

    /// Replaces this tab's workspace with what is stored, as the user chose (undo
    /// brings this tab's version back).
    pub fn load_theirs(&self) {
        let Some(found) = self.read_stored() else {
            return;
        };
        let erased = {
            let p = self.persistence.borrow();
            p.store.as_ref().is_some_and(repository::was_erased)
        };
        let state = self.state();
        match found {
            Ok(Found::Stored(snapshot)) => {
                let workspace = snapshot.workspace.clone();
                self.persistence.borrow_mut().last = Some(snapshot);
                self.resume();
                state.dispatch(AppAction::LoadFromOtherTab(workspace));
            }
            Ok(Found::Unreadable(e)) => self.pause(StatusAction::ForeignUnreadable(e)),
            Ok(Found::Nothing) => {
                self.persistence.borrow_mut().last = None;
                self.resume();
                if erased {
                    state.dispatch(AppAction::EraseAll);
                    self.status.dispatch(StatusAction::ErasedElsewhere);
                } else {
                    state.dispatch(AppAction::LoadFromOtherTab(Workspace::default()));
                }
            }
            Err(e) => self.status.dispatch(StatusAction::SaveFailed(e)),
        }
    }

    fn follow_save(&self) {
        let Some(Ok(found)) = self.read_stored() else {
            return;
        };
        match found {
            Found::Stored(snapshot) => {
                let last = self
                    .persistence
                    .borrow()
                    .last
                    .as_ref()
                    .map(|s| s.stamp.clone());
                if last.as_ref() == Some(&snapshot.stamp) {
                    return;
                }
                let state = self.state();
                if state.has_unsaved_changes() {
                    self.pause(StatusAction::Conflict);
                } else {
                    let workspace = snapshot.workspace.clone();
                    self.persistence.borrow_mut().last = Some(snapshot);
                    self.resume();
                    state.dispatch(AppAction::LoadFromOtherTab(workspace));
                }
            }
            Found::Unreadable(e) => self.pause(StatusAction::ForeignUnreadable(e)),
            Found::Nothing => self.on_removed(),
        }
    }

    /// "Erase all data" in another tab: this tab empties too, unless it holds unsaved
    /// changes, which it keeps until the user chooses.
    fn follow_erase(&self) {
        let state = self.state();
        if state.has_unsaved_changes() {
            self.pause(StatusAction::Conflict);
            return;
        }
        {
            let mut p = self.persistence.borrow_mut();
            p.last = None;
            p.paused = false;
        }
        if state.workspace().as_ref() != &Workspace::default() || state.history.undo_count() > 0 {
            state.dispatch(AppAction::EraseAll);
            self.status.dispatch(StatusAction::ErasedElsewhere);
        }
    }

    /// The stored workspace disappeared. After this app's erase, follow it; otherwise
    /// (another program cleared the site's storage) this tab's copy is all that is left,
    /// so save it again.
    fn on_removed(&self) {
        let erased = {
            let p = self.persistence.borrow();
            p.store.as_ref().is_some_and(repository::was_erased)
        };
        if erased {
            self.follow_erase();
            return;
        }
        self.persistence.borrow_mut().last = None;
        let state = self.state();
        if state.workspace().as_ref() != &Workspace::default() && !self.persistence.borrow().paused
        {
            self.write(&state, false);
        }
    }
}
