//! Editing a analysis from the page: controls send [`WhysEdit`] values; each one that
//! changes the analysis is one undoable step, and one that is refused says why (the
//! reducer keeps the reason; the editor shows it).

use crate::domain::whys::{AnswerId, CountermeasureId, WhysEdit, WhysId};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{now, random_u64};
use crate::ui::hooks::{use_storage, WorkspaceHandle};
use yew::prelude::*;

crate::ui::id_props::id_props!(WhysId, AnswerId, CountermeasureId);

/// One change to the analysis, and whether it must be saved at once.
#[derive(Clone, Debug, PartialEq)]
pub struct WhysChange {
    pub edit: WhysEdit,
    /// Save at once: the page is being hidden or closed.
    pub urgent: bool,
}

impl WhysChange {
    /// The edit, saved as usual (shortly after).
    pub fn new(edit: WhysEdit) -> Self {
        WhysChange {
            edit,
            urgent: false,
        }
    }
}

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

/// The callback the analysis's controls use to change it: the same callback for the life
/// of the page, so parts that did not change need not redraw.
#[hook]
pub fn use_whys_edit(
    ws: WorkspaceHandle,
    project: ProjectId,
    whys: WhysId,
) -> Callback<WhysChange> {
    let dispatcher = use_mut_ref(|| ws.clone());
    *dispatcher.borrow_mut() = ws;
    let (_, control) = use_storage();
    use_callback((project, whys), move |e: WhysChange, (project, whys)| {
        let action = Action::Whys {
            project: project.clone(),
            whys: whys.clone(),
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
