//! Editing an analysis from the page: controls send [`WhysEdit`] values; each one that
//! changes the analysis is one undoable step, and one that is refused says why (the
//! reducer keeps the reason; the editor shows it).

use crate::domain::whys::{AnswerId, CountermeasureId, WhysEdit, WhysId};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::random_u64;
use crate::ui::hooks::part_edit::{use_part_edit, PartChange};
use crate::ui::hooks::WorkspaceHandle;
use yew::prelude::*;

crate::ui::id_props::id_props!(WhysId, AnswerId, CountermeasureId);

/// One change to the analysis, and whether it must be saved at once.
pub type WhysChange = PartChange<WhysEdit>;

/// A fresh analysis id.
pub fn new_whys_id() -> WhysId {
    WhysId::fresh(random_u64())
}

/// A fresh answer id.
pub fn new_answer_id() -> AnswerId {
    AnswerId::fresh(random_u64())
}

/// A fresh countermeasure id.
pub fn new_countermeasure_id() -> CountermeasureId {
    CountermeasureId::fresh(random_u64())
}

/// The callback the analysis's controls use to change it, the same for the life of the page.
#[hook]
pub fn use_whys_edit(
    ws: WorkspaceHandle,
    project: ProjectId,
    whys: WhysId,
) -> Callback<WhysChange> {
    use_part_edit(ws, project, whys, |project, whys, edit, at| Action::Whys {
        project,
        whys,
        edit,
        at,
    })
}
