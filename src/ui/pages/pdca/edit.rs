//! Editing a cycle from the page: controls send [`PdcaEdit`] values; each one that
//! changes the cycle is one undoable step, and one that is refused says why.

use crate::domain::pdca::{PdcaEdit, PdcaId};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::random_u64;
use crate::ui::hooks::part_edit::{use_part_edit, PartChange};
use crate::ui::hooks::WorkspaceHandle;
use yew::prelude::*;

/// One change to the cycle.
pub type PdcaChange = PartChange<PdcaEdit>;

/// A fresh 64-bit number for a new id.
pub fn fresh() -> u64 {
    random_u64()
}

/// The callback the cycle's controls use to change it, the same for the life of the page.
#[hook]
pub fn use_pdca_edit(
    ws: WorkspaceHandle,
    project: ProjectId,
    cycle: PdcaId,
) -> Callback<PdcaChange> {
    use_part_edit(ws, project, cycle, |project, cycle, edit, at| {
        Action::Pdca {
            project,
            cycle,
            edit,
            at,
        }
    })
}

/// A callback that sends the edit `make` builds from a list's or date box's new value.
pub fn on_value(
    on_edit: &Callback<PdcaChange>,
    make: impl Fn(String) -> PdcaEdit + 'static,
) -> Callback<Event> {
    on_text(on_edit, make).reform(|e: Event| crate::ui::browser::event_value(&e))
}

/// A callback that sends the edit `make` builds from what a draft field commits.
pub fn on_text(
    on_edit: &Callback<PdcaChange>,
    make: impl Fn(String) -> PdcaEdit + 'static,
) -> Callback<String> {
    let on_edit = on_edit.clone();
    Callback::from(move |text: String| on_edit.emit(PdcaChange::new(make(text))))
}

/// The text box with `id` on the page (an add form's fields are read when it is sent).
pub fn input_by_id(id: &str) -> Option<web_sys::HtmlInputElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}
