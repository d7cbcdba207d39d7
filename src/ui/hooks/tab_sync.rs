//! Following other tabs of the same browser: their saves appear here; their erase is
//! followed; data removed by anything else is saved again from this tab's copy. A tab
//! with unsaved changes of its own is never overwritten: it pauses and asks.

use super::persistence::StorageControl;
use super::storage_status::StatusAction;
use crate::domain::Workspace;
use crate::state::AppAction;
use crate::storage::envelope::{decode, read_stamp};
use crate::storage::{keys, repository, KeyValueStore};

impl StorageControl {
    /// Handles a `storage` event (`key` is `None` when all of localStorage was cleared).
    pub fn on_storage_event(&self, key: Option<String>, new_value: Option<String>) {
        match key.as_deref() {
            Some(keys::ERASED) if new_value.is_some() => self.follow_erase(),
            Some(keys::WORKSPACE) => match new_value {
                Some(text) => self.follow_save(&text),
                None => self.on_removed(),
            },
            None => self.on_removed(),
            Some(_) => {}
        }
    }

    /// Compares what is stored with what this tab last read or wrote, and catches up;
    /// for events this tab could not see (before it listened, or while frozen).
    pub fn check_stored(&self) {
        let stored = {
            let p = self.persistence.borrow();
            let Some(store) = &p.store else { return };
            match store.get(keys::WORKSPACE) {
                Ok(text) => (text, p.last_stamp.clone()),
                Err(_) => return,
            }
        };
        match stored {
            (Some(text), last) if read_stamp(&text) != last => self.follow_save(&text),
            (None, Some(_)) => self.on_removed(),
            _ => {}
        }
    }

    /// Replaces this tab's workspace with what is stored, as the user chose (undo
    /// brings this tab's version back).
    pub fn load_theirs(&self) {
        let stored = {
            let p = self.persistence.borrow();
            let Some(store) = &p.store else { return };
            (store.get(keys::WORKSPACE), repository::was_erased(store))
        };
        let state = self.state();
        match stored {
            (Ok(Some(text)), _) => match decode(&text) {
                Ok((workspace, stamp)) => {
                    self.persistence.borrow_mut().last_stamp = Some(stamp);
                    self.resume();
                    state.dispatch(AppAction::LoadFromOtherTab(workspace));
                }
                Err(e) => self.pause(StatusAction::ForeignUnreadable(e)),
            },
            (Ok(None), erased) => {
                self.persistence.borrow_mut().last_stamp = None;
                self.resume();
                if erased {
                    state.dispatch(AppAction::EraseAll);
                    self.status.dispatch(StatusAction::ErasedElsewhere);
                } else {
                    state.dispatch(AppAction::LoadFromOtherTab(Workspace::default()));
                }
            }
            (Err(e), _) => self.status.dispatch(StatusAction::SaveFailed(e)),
        }
    }

    fn follow_save(&self, text: &str) {
        match decode(text) {
            Ok((workspace, stamp)) => {
                if self.persistence.borrow().last_stamp.as_ref() == Some(&stamp) {
                    return;
                }
                let state = self.state();
                if state.has_unsaved_changes() {
                    self.pause(StatusAction::Conflict);
                } else {
                    self.persistence.borrow_mut().last_stamp = Some(stamp);
                    self.resume();
                    state.dispatch(AppAction::LoadFromOtherTab(workspace));
                }
            }
            Err(e) => self.pause(StatusAction::ForeignUnreadable(e)),
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
            p.last_stamp = None;
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
        self.persistence.borrow_mut().last_stamp = None;
        let state = self.state();
        if state.workspace().as_ref() != &Workspace::default() && !self.persistence.borrow().paused
        {
            self.write(&state, false);
        }
    }
}
