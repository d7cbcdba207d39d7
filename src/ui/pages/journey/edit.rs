//! Editing a map from the page: every change is a function on a copy of the map; a
//! change that works becomes one undoable step, one that is refused says why.

use crate::domain::journey::map::EditError;
use crate::domain::journey::JourneyMap;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{now, random_u32};
use crate::ui::hooks::{use_storage, WorkspaceHandle};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A change applied to a copy of the map.
pub type EditFn = Rc<dyn Fn(&mut JourneyMap) -> Result<(), EditError>>;

/// One change to the map: what it does, and its name for the undo button.
#[derive(Clone)]
pub struct MapEdit {
    pub change: &'static str,
    pub run: EditFn,
    /// Save at once: the page is being hidden or closed.
    pub urgent: bool,
}

impl MapEdit {
    /// A change named `change`.
    pub fn new(
        change: &'static str,
        run: impl Fn(&mut JourneyMap) -> Result<(), EditError> + 'static,
    ) -> Self {
        MapEdit {
            change,
            run: Rc::new(run),
            urgent: false,
        }
    }

    /// The same change, saved at once.
    pub fn urgent(self) -> Self {
        MapEdit {
            urgent: true,
            ..self
        }
    }
}

/// A fresh id for a stage, lane or card (64 random bits; the map refuses a clash).
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}{:08x}{:08x}", random_u32(), random_u32())
}

/// A new map id.
pub fn new_map_id() -> String {
    format!("j{:x}{:08x}", js_sys::Date::now() as u64, random_u32())
}

/// The callback the map's controls use to change it. It is the same callback for the
/// life of the page (so cells that did not change need not redraw); it reads the map
/// as last drawn, or as left by an edit made since.
#[hook]
pub fn use_map_edit(
    ws: WorkspaceHandle,
    project: ProjectId,
    current: Rc<RefCell<Option<Rc<JourneyMap>>>>,
    error: UseStateSetter<Option<String>>,
) -> Callback<MapEdit> {
    let ws = use_mut_ref(|| ws.clone());
    let (_, control) = use_storage();
    let project = use_mut_ref(|| project.clone());
    use_callback(current, move |edit: MapEdit, current| {
        let Some(mut next) = current.borrow().as_deref().cloned() else {
            return;
        };
        match (edit.run)(&mut next) {
            Ok(()) => {
                error.set(None);
                if current.borrow().as_deref() != Some(&next) {
                    *current.borrow_mut() = Some(Rc::new(next.clone()));
                    let action = Action::UpdateJourney {
                        project: project.borrow().clone(),
                        journey: next,
                        change: edit.change.to_string(),
                        at: now(),
                    };
                    if edit.urgent {
                        control.apply_and_save_now(action);
                    } else {
                        ws.borrow().apply(action);
                    }
                }
            }
            Err(e) => error.set(Some(format!("Could not {}: {e}.", edit.change))),
        }
    })
}

/// The value of the input, text area or select an event came from.
pub fn event_value(e: &Event) -> String {
    use wasm_bindgen::JsCast;
    let Some(t) = e.target() else {
        return String::new();
    };
    if let Some(i) = t.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(a) = t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        a.value()
    } else if let Some(s) = t.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}
