//! How a tool's page changes one of its parts (a journey map, a fishbone diagram, a 5
//! Whys): its controls send the part's edit values through one callback, which makes
//! each an action (one undo step; a refusal is kept by the reducer for the page to
//! show). One hook for every tool, as the reducer has one `edit_part` for every tool.

use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::now;
use crate::ui::hooks::{use_storage_control, WorkspaceHandle};
use chrono::{DateTime, Utc};
use yew::prelude::*;

/// One change to a part, and whether it must be saved at once.
#[derive(Clone, Debug, PartialEq)]
pub struct PartChange<E> {
    pub edit: E,
    /// Save at once: the page is being hidden or closed.
    pub urgent: bool,
}

impl<E> PartChange<E> {
    /// The edit, saved as usual (shortly after).
    pub fn new(edit: E) -> Self {
        PartChange {
            edit,
            urgent: false,
        }
    }

    /// The same edit, saved at once.
    pub fn urgent(self) -> Self {
        PartChange {
            urgent: true,
            ..self
        }
    }
}

/// Makes the action for an edit of part `P` of a project at a time.
pub type ToAction<P, E> = fn(ProjectId, P, E, DateTime<Utc>) -> Action;

/// The callback a part's controls use to change it. It is the same callback for the
/// life of the page (so parts of the page that did not change need not redraw).
#[hook]
pub fn use_part_edit<P, E>(
    ws: WorkspaceHandle,
    project: ProjectId,
    part: P,
    to_action: ToAction<P, E>,
) -> Callback<PartChange<E>>
where
    P: Clone + PartialEq + 'static,
    E: 'static,
{
    let dispatcher = use_mut_ref(|| ws.clone());
    *dispatcher.borrow_mut() = ws;
    let control = use_storage_control();
    use_callback((project, part), move |e: PartChange<E>, (project, part)| {
        let action = to_action(project.clone(), part.clone(), e.edit, now());
        if e.urgent {
            control.apply_and_save_now(action);
        } else {
            dispatcher.borrow().apply(action);
        }
    })
}
