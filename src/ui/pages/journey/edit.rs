//! Editing a map from the page: controls send [`JourneyEdit`] values; each one that
//! changes the map becomes one undoable step, and one that is refused says why (the
//! reducer keeps the reason; the editor shows it).

use crate::domain::journey::{CardId, JourneyEdit, JourneyId, LaneId, StageId};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::random_u64;
use crate::ui::hooks::part_edit::{use_part_edit, PartChange};
use crate::ui::hooks::WorkspaceHandle;
use yew::prelude::*;

/// One change to the map, and whether it must be saved at once.
pub type MapEdit = PartChange<JourneyEdit>;

/// A fresh card id.
pub fn new_card_id() -> CardId {
    CardId::fresh(random_u64())
}

/// A fresh stage id.
pub fn new_stage_id() -> StageId {
    StageId::fresh(random_u64())
}

/// A fresh lane id.
pub fn new_lane_id() -> LaneId {
    LaneId::fresh(random_u64())
}

/// A fresh map id.
pub fn new_map_id() -> JourneyId {
    JourneyId::fresh(random_u64())
}

/// Fresh ids for the parts of a map built in one go (a template, an import, a to-be
/// copy), whose kinds the builder decides.
pub fn new_part_id() -> String {
    format!("x{:016x}", random_u64())
}

/// The callback the map's controls use to change it, the same for the life of the page.
#[hook]
pub fn use_map_edit(ws: WorkspaceHandle, project: ProjectId, map: JourneyId) -> Callback<MapEdit> {
    use_part_edit(ws, project, map, |project, map, edit, at| Action::Journey {
        project,
        map,
        edit,
        at,
    })
}

pub use crate::ui::browser::event_value;

crate::ui::id_props::id_props!(CardId, StageId, LaneId, JourneyId);
