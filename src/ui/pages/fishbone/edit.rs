//! Editing a diagram from the page: controls send [`FishboneEdit`] values; each one that
//! changes the diagram is one undoable step, and one that is refused says why (the
//! reducer keeps the reason; the editor shows it).

use crate::domain::fishbone::{CategoryId, CauseId, FishboneEdit, FishboneId};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::random_u64;
use crate::ui::hooks::part_edit::{use_part_edit, PartChange};
use crate::ui::hooks::WorkspaceHandle;
use yew::prelude::*;

crate::ui::id_props::id_props!(FishboneId, CategoryId, CauseId);

/// One change to the diagram, and whether it must be saved at once.
pub type FishboneChange = PartChange<FishboneEdit>;

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

/// The callback the diagram's controls use to change it, the same for the life of the page.
#[hook]
pub fn use_fishbone_edit(
    ws: WorkspaceHandle,
    project: ProjectId,
    fishbone: FishboneId,
) -> Callback<FishboneChange> {
    use_part_edit(ws, project, fishbone, |project, fishbone, edit, at| {
        Action::Fishbone {
            project,
            fishbone,
            edit,
            at,
        }
    })
}
