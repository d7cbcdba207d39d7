//! Editing a diagram from the page: controls send [`FishboneEdit`] values; each one that
//! changes the diagram is one undoable step, and one that is refused says why (the
//! reducer keeps the reason; the editor shows it).

use crate::domain::fishbone::{CategoryId, CauseId, FishboneEdit, FishboneId};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{now, random_u64};
use crate::ui::hooks::{use_storage, WorkspaceHandle};
use yew::prelude::*;

crate::ui::id_props::id_props!(FishboneId, CategoryId, CauseId);

/// One change to the diagram, and whether it must be saved at once.
#[derive(Clone, Debug, PartialEq)]
pub struct FishboneChange {
    pub edit: FishboneEdit,
    /// Save at once: the page is being hidden or closed.
    pub urgent: bool,
}

impl FishboneChange {
    /// The edit, saved as usual (shortly after).
    pub fn new(edit: FishboneEdit) -> Self {
        FishboneChange {
            edit,
            urgent: false,
        }
    }
}

/// A fresh diagram id.
pub fn new_fishbone_id() -> FishboneId {
    FishboneId::fresh(random_u64())
}

/// A fresh category id.
pub fn new_category_id() -> CategoryId {
    CategoryId::fresh(random_u64())
}

/// A fresh cause id.
pub fn new_cause_id() -> CauseId {
    CauseId::fresh(random_u64())
}

/// The callback the diagram's controls use to change it: the same callback for the life
/// of the page, so parts that did not change need not redraw.
#[hook]
pub fn use_fishbone_edit(
    ws: WorkspaceHandle,
    project: ProjectId,
    fishbone: FishboneId,
) -> Callback<FishboneChange> {
    let dispatcher = use_mut_ref(|| ws.clone());
    *dispatcher.borrow_mut() = ws;
    let (_, control) = use_storage();
    use_callback(
        (project, fishbone),
        move |e: FishboneChange, (project, fishbone)| {
            let action = Action::Fishbone {
                project: project.clone(),
                fishbone: fishbone.clone(),
                edit: e.edit,
                at: now(),
            };
            if e.urgent {
                control.apply_and_save_now(action);
            } else {
                dispatcher.borrow().apply(action);
            }
        },
    )
}
