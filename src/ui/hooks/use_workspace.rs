//! `use_workspace()`: what components use to read the workspace and change it.

use super::persistence::StorageControl;
use super::storage_status::StorageStatus;
use crate::domain::Workspace;
use crate::state::{Action, AppAction, AppState};
use std::rc::Rc;
use yew::prelude::*;

/// A cheap, comparable handle on the shared state.
#[derive(Clone, PartialEq)]
pub struct WorkspaceHandle {
    pub(crate) state: UseReducerHandle<AppState>,
}

impl WorkspaceHandle {
    /// The current workspace.
    pub fn workspace(&self) -> Rc<Workspace> {
        self.state.workspace().clone()
    }

    /// The whole app state (history, revisions).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Applies a user's change (undoable).
    pub fn apply(&self, action: Action) {
        self.state.dispatch(AppAction::Apply(action));
    }

    /// Undoes the last change, if any.
    pub fn undo(&self) {
        self.state.dispatch(AppAction::Undo);
    }

    /// Redoes the last undone change, if any.
    pub fn redo(&self) {
        self.state.dispatch(AppAction::Redo);
    }

    /// A dispatcher that stays the same across renders (for listeners).
    pub fn dispatcher(&self) -> UseReducerDispatcher<AppState> {
        self.state.dispatcher()
    }
}

/// The shared workspace. Must be used under [`super::WorkspaceProvider`].
#[hook]
pub fn use_workspace() -> WorkspaceHandle {
    use_context::<WorkspaceHandle>().expect("use_workspace needs a WorkspaceProvider above it")
}

/// The storage status and the controls for what the user decides about storage.
#[hook]
pub fn use_storage() -> (Rc<StorageStatus>, StorageControl) {
    let status = use_context::<UseReducerHandle<StorageStatus>>()
        .expect("use_storage needs a WorkspaceProvider above it");
    let control = use_context::<StorageControl>().expect("use_storage needs a WorkspaceProvider");
    let value: Rc<StorageStatus> = Rc::new((*status).clone());
    (value, control)
}
