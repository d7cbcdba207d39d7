//! Editing a map from the page: controls send [`JourneyEdit`] values; each one that
//! changes the map becomes one undoable step, and one that is refused says why (the
//! reducer keeps the reason; the editor shows it).

use crate::domain::journey::{CardId, JourneyEdit, JourneyId, LaneId, StageId};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{now, random_u64};
use crate::ui::hooks::{use_storage, WorkspaceHandle};
use yew::prelude::*;

/// One change to the map, and whether it must be saved at once.
#[derive(Clone, Debug, PartialEq)]
pub struct MapEdit {
    pub edit: JourneyEdit,
    /// Save at once: the page is being hidden or closed.
    pub urgent: bool,
}

impl MapEdit {
    /// The edit, saved as usual (shortly after).
    pub fn new(edit: JourneyEdit) -> Self {
        MapEdit {
            edit,
            urgent: false,
        }
    }

    /// The same edit, saved at once.
    pub fn urgent(self) -> Self {
        MapEdit {
            urgent: true,
            ..self
        }
    }
}

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

/// The callback the map's controls use to change it. It is the same callback for the
/// life of the page (so cells that did not change need not redraw).
#[hook]
pub fn use_map_edit(ws: WorkspaceHandle, project: ProjectId, map: JourneyId) -> Callback<MapEdit> {
    let dispatcher = use_mut_ref(|| ws.clone());
    *dispatcher.borrow_mut() = ws;
    let (_, control) = use_storage();
    use_callback((project, map), move |e: MapEdit, (project, map)| {
        let action = Action::Journey {
            project: project.clone(),
            map: map.clone(),
            edit: e.edit,
            at: now(),
        };
        if e.urgent {
            control.apply_and_save_now(action);
        } else {
            dispatcher.borrow().apply(action);
        }
    })
}

pub use crate::ui::browser::event_value;

crate::ui::id_props::id_props!(CardId, StageId, LaneId, JourneyId);
