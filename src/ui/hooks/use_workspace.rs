//! `use_workspace()`: what components use to read the workspace and change it.

use super::persistence::StorageControl;
use super::storage_status::StorageStatus;
use crate::domain::Workspace;
use crate::state::{Action, AppAction, AppState};
use std::rc::Rc;
use yew::prelude::*;

/// A cheap, comparable handle on the shared state.
#[derive(Clone)]
pub struct WorkspaceHandle {
    pub(crate) state: UseReducerHandle<AppState>,
    /// What the state showed when this handle was made (the reducer handle itself reads
    /// the latest state), for comparing handles.
    shown: Shown,
}

/// The parts of the state that pages draw: the revision (every change of the
/// workspace, undo and redo included) and the refusal of the last change asked for.
#[derive(Clone, PartialEq)]
struct Shown {
    revision: u64,
    refused: Option<(u64, String)>,
}

/// Two handles are the same when they show the same revision and the same refusal:
/// a save (which only marks a revision written) is no change to what pages show, so it
/// does not draw them again. Drawing them again put back the kept words in a text box
/// the user was typing in when a save landed. Whether everything is saved comes from
/// [`use_all_saved`].
impl PartialEq for WorkspaceHandle {
    fn eq(&self, other: &Self) -> bool {
        self.shown == other.shown
    }
}

/// Whether everything this tab holds is in storage (the header's save indicator).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllSaved(pub bool);

impl WorkspaceHandle {
    /// The handle on the state as it is now.
    pub(crate) fn new(state: UseReducerHandle<AppState>) -> Self {
        let shown = Shown {
            revision: state.revision,
            refused: state.refused.clone(),
        };
        WorkspaceHandle { state, shown }
    }

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

/// Whether everything this tab holds is in storage, drawn again when that changes.
#[hook]
pub fn use_all_saved() -> bool {
    use_context::<AllSaved>().is_some_and(|s| s.0)
}

/// The controls for saving and what the user decides about storage, without the status:
/// the component is not drawn again when the status changes (after every save).
#[hook]
pub fn use_storage_control() -> StorageControl {
    use_context::<StorageControl>().expect("use_storage_control needs a WorkspaceProvider")
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
