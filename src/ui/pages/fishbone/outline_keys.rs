//! The outline's keys, handled once for the whole outline: Enter adds a cause after
//! the one being written, Tab nests it under the cause above, Shift+Tab un-nests it,
//! Alt+↑/↓ moves it among its siblings, Delete or Backspace in an empty cause removes
//! it. Each first commits what was typed (read from the field itself, so the last keys
//! are never lost) and says where focus goes once the outline has redrawn.

use super::edit::{new_cause_id, FishboneChange};
use crate::domain::fishbone::{CauseId, Fishbone, FishboneEdit};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long a wanted focus waits for its element (a refused edit never draws it).
const FOCUS_WAITS_MS: f64 = 1_000.0;

/// The element id of a cause's text field.
pub fn cause_field_id(cause: &str) -> String {
    format!("cause-{cause}")
}

/// The cause whose text field has element id `id`, if it is one.
pub fn cause_of_field_id(id: &str) -> Option<&str> {
    id.strip_prefix("cause-")
}

/// The element id of a category's name field.
pub fn category_field_id(category: &str) -> String {
    format!("category-{category}")
}

/// Where focus should go once the outline has redrawn: an element id, and when it was
/// asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct FocusWanted {
    pub id: String,
    pub at: f64,
}

impl FocusWanted {
    /// Focus for the element `id`, asked for now.
    pub fn new(id: String) -> Self {
        FocusWanted {
            id,
            at: js_sys::Date::now(),
        }
    }

    /// Whether it is too old to apply: the edit that would draw it was refused.
    pub fn stale(&self) -> bool {
        js_sys::Date::now() - self.at > FOCUS_WAITS_MS
    }
}

/// The field before a cause in the outline: the cause above it in its category, or the
/// category's name for its first cause.
pub fn field_before(f: &Fishbone, cause: &str) -> Option<String> {
    let rows = f.outline();
    let i = rows.iter().position(|r| r.cause.id == cause)?;
    let category = rows[i].category;
    match i.checked_sub(1).map(|j| rows[j]) {
        Some(prev) if prev.category == category => Some(cause_field_id(&prev.cause.id)),
        _ => Some(category_field_id(&f.categories.get(category)?.id)),
    }
}

/// What the keys change: the diagram (through edits) and where focus goes.
pub struct OutlineKeys {
    /// The diagram as last drawn.
    pub drawn: Rc<RefCell<Rc<Fishbone>>>,
    pub focus_wanted: Rc<RefCell<Option<FocusWanted>>>,
    pub edit: Callback<FishboneChange>,
}

impl OutlineKeys {
    /// The outline's `keydown` handler.
    pub fn handler(self) -> Callback<KeyboardEvent> {
        let OutlineKeys {
            drawn,
            focus_wanted,
            edit,
        } = self;
        Callback::from(move |e: KeyboardEvent| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(id) = input.get_attribute("data-cause") else {
                return;
            };
            let f = drawn.borrow().clone();
            let Some(cause) = f.cause(&id) else { return };
            let cause_id = cause.id.clone();
            let value = input.value();
            let send = |e: FishboneEdit| edit.emit(FishboneChange::new(e));
            let commit = || {
                if value.trim() != cause.text {
                    send(FishboneEdit::SetCauseText {
                        cause: cause_id.clone(),
                        text: value.clone(),
                    });
                }
            };
            let focus = |id: String| *focus_wanted.borrow_mut() = Some(FocusWanted::new(id));
            let stay = || focus(cause_field_id(&cause_id));
            let key = e.key();
            match key.as_str() {
                "Enter" => {
                    e.prevent_default();
                    commit();
                    let new: CauseId = new_cause_id();
                    focus(cause_field_id(&new));
                    send(FishboneEdit::AddSiblingAfter {
                        id: new,
                        after: cause_id.clone(),
                        text: String::new(),
                    });
                }
                "Tab" if !e.ctrl_key() && !e.alt_key() && !e.meta_key() => {
                    e.prevent_default();
                    commit();
                    stay();
                    send(if e.shift_key() {
                        FishboneEdit::Unnest {
                            cause: cause_id.clone(),
                        }
                    } else {
                        FishboneEdit::Nest {
                            cause: cause_id.clone(),
                        }
                    });
                }
                "ArrowUp" | "ArrowDown" if e.alt_key() => {
                    e.prevent_default();
                    commit();
                    stay();
                    send(FishboneEdit::MoveCause {
                        cause: cause_id.clone(),
                        by: if key == "ArrowUp" { -1 } else { 1 },
                    });
                }
                "Delete" | "Backspace" if value.is_empty() => {
                    e.prevent_default();
                    if let Some(before) = field_before(&f, &cause_id) {
                        focus(before);
                    }
                    send(FishboneEdit::DeleteCause {
                        cause: cause_id.clone(),
                    });
                }
                _ => {}
            }
        })
    }
}
