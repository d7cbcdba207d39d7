//! Dragging stages and cards with the mouse: a card onto a cell, a stage onto another
//! stage's place. Handled once for the whole grid; every move is an edit (undoable).

use super::edit::MapEdit;
use crate::domain::journey::{JourneyEdit, JourneyMap};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What is being dragged.
#[derive(Clone, Debug)]
pub enum Dragging {
    Stage(String),
    Card(String),
}

/// The element matching `selector` at or around an event's target.
pub fn closest(e: &Event, selector: &str) -> Option<web_sys::Element> {
    e.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()?
}

/// The grid's four drag handlers.
pub struct DragHandlers {
    pub start: Callback<DragEvent>,
    pub over: Callback<DragEvent>,
    pub drop: Callback<DragEvent>,
    pub end: Callback<DragEvent>,
}

impl DragHandlers {
    /// Handlers sharing what is dragged; `drawn` is the map as last drawn.
    pub fn new(
        dragging: Rc<RefCell<Option<Dragging>>>,
        drawn: Rc<RefCell<Rc<JourneyMap>>>,
        edit: Callback<MapEdit>,
    ) -> Self {
        let ondragstart = {
            let dragging = dragging.clone();
            Callback::from(move |e: DragEvent| {
                // Text dragged out of a text box is the browser's business, not a move.
                if closest(&e, "input, textarea, select").is_some() {
                    return;
                }
                let what = if let Some(c) = closest(&e, "[data-card]") {
                    c.get_attribute("data-card").map(Dragging::Card)
                } else if let Some(s) = closest(&e, "[data-stage-drag]") {
                    s.get_attribute("data-stage-drag").map(Dragging::Stage)
                } else {
                    None
                };
                if let (Some(dt), Some(w)) = (e.data_transfer(), &what) {
                    let id = match w {
                        Dragging::Card(id) | Dragging::Stage(id) => id,
                    };
                    let _ = dt.set_data("text/plain", id);
                    dt.set_effect_allowed("move");
                }
                *dragging.borrow_mut() = what;
            })
        };
        let ondragover = {
            let dragging = dragging.clone();
            Callback::from(move |e: DragEvent| {
                let ok = match &*dragging.borrow() {
                    Some(Dragging::Card(_)) => closest(&e, "[data-cell]").is_some(),
                    Some(Dragging::Stage(_)) => closest(&e, "[data-stage-drag]").is_some(),
                    None => false,
                };
                if ok {
                    e.prevent_default();
                }
            })
        };
        let ondrop = {
            let (dragging, drawn, edit) = (dragging.clone(), drawn.clone(), edit.clone());
            Callback::from(move |e: DragEvent| {
                let Some(what) = dragging.borrow_mut().take() else {
                    return;
                };
                e.prevent_default();
                match what {
                    Dragging::Card(id) => {
                        let Some(cell) =
                            closest(&e, "[data-cell]").and_then(|c| c.get_attribute("data-cell"))
                        else {
                            return;
                        };
                        let Some((s, l)) = cell.split_once('|') else {
                            return;
                        };
                        edit.emit(MapEdit::new(JourneyEdit::MoveCard {
                            card: id.into(),
                            stage: s.into(),
                            lane: l.into(),
                            index: None,
                        }));
                    }
                    Dragging::Stage(id) => {
                        let Some(to) = closest(&e, "[data-stage-drag]")
                            .and_then(|s| s.get_attribute("data-stage-drag"))
                            .and_then(|t| drawn.borrow().stages.iter().position(|s| s.id == t))
                        else {
                            return;
                        };
                        edit.emit(MapEdit::new(JourneyEdit::MoveStageTo {
                            stage: id.into(),
                            to,
                        }));
                    }
                }
            })
        };
        let ondragend = {
            let dragging = dragging.clone();
            Callback::from(move |_: DragEvent| {
                dragging.borrow_mut().take();
            })
        };
        DragHandlers {
            start: ondragstart,
            over: ondragover,
            drop: ondrop,
            end: ondragend,
        }
    }
}
