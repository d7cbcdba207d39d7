//! The outline's keys, handled once for the whole outline: Enter adds a cause after
//! the one being written, Tab nests it under the cause above, Shift+Tab un-nests it,
//! Alt+↑/↓ moves it among its siblings, Delete or Backspace in an empty cause removes
//! it. Each first commits what was typed (read from the field itself, so the last keys
//! are never lost) and says where focus goes once the outline has redrawn. A key that
//! arrives before focus has got there belongs where it was going (see `type_ahead.rs`).

use super::edit::{new_cause_id, FishboneChange};
use crate::domain::fishbone::{CauseId, Fishbone, FishboneEdit};
use crate::ui::type_ahead::{Drafts, Key, TypeAhead};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
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

/// Where focus is going, while it has not got there.
enum Pending {
    /// Nowhere: focus is where the keys go.
    No,
    /// To a field that is drawn: focus moved there now.
    Drawn(HtmlInputElement),
    /// To a field not drawn yet.
    NotDrawn,
}

/// Moves focus now to where the last key sent it, if that field is drawn but focus has
/// not got there (the app yielded to the browser between drawing it and the after-draw
/// work that focuses it). Focus moved in a `keydown` takes the key's letter with it.
fn settle_focus(focus_wanted: &RefCell<Option<FocusWanted>>) -> Pending {
    let Some(wanted) = focus_wanted.borrow().clone() else {
        return Pending::No;
    };
    if wanted.stale() {
        focus_wanted.borrow_mut().take();
        return Pending::No;
    }
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&wanted.id))
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    let Some(field) = field else {
        return Pending::NotDrawn;
    };
    focus_wanted.borrow_mut().take();
    if !crate::ui::browser::has_focus(&field) {
        let _ = field.focus();
    }
    Pending::Drawn(field)
}

/// What the keys change: the diagram (through edits) and where focus goes.
pub struct OutlineKeys {
    /// The diagram as last drawn.
    pub drawn: Rc<RefCell<Rc<Fishbone>>>,
    pub focus_wanted: Rc<RefCell<Option<FocusWanted>>>,
    pub edit: Callback<FishboneChange>,
    pub type_ahead: TypeAhead,
    pub drafts: Drafts,
}

impl OutlineKeys {
    /// Handles a `keydown` in the outline: on the field focus was sent to, once it is
    /// there; kept for later while that field is not drawn yet.
    pub fn keydown(&self, e: &KeyboardEvent) {
        let key = Key::of(e);
        let field = match settle_focus(&self.focus_wanted) {
            Pending::Drawn(field) => self.play(field),
            Pending::NotDrawn => None,
            Pending::No => {
                // Keys kept for a field that never came (its edit was refused).
                self.type_ahead.clear();
                match e.target().and_then(|t| t.dyn_into().ok()) {
                    Some(field) => Some(field),
                    None => return,
                }
            }
        };
        match field {
            Some(field) if self.act(&key, &field) => e.prevent_default(),
            Some(_) => {}
            // Focus is on its way to a field not drawn yet: the key waits for it.
            None if key.waits() => {
                e.prevent_default();
                self.type_ahead.push(key);
            }
            None => {}
        }
    }

    /// Focus has landed on `field`, drawn at last: plays the keys typed ahead into it,
    /// up to one that sends focus to a field not drawn yet. Returns the field that has
    /// focus after them, if focus is not on its way somewhere again.
    pub fn play(&self, mut field: HtmlInputElement) -> Option<HtmlInputElement> {
        while let Some(key) = self.type_ahead.pop() {
            if !self.act(&key, &field) {
                // Not an outline key here: it types.
                let mut text = field.value();
                match (key.letter(), key.key.as_str()) {
                    (Some(letter), _) => text.push_str(letter),
                    (None, "Backspace") => drop(text.pop()),
                    _ => continue,
                }
                field.set_value(&text);
                if let Some(cause) = field.get_attribute("data-cause") {
                    self.typed(&cause, text);
                }
                continue;
            }
            match settle_focus(&self.focus_wanted) {
                Pending::Drawn(next) => field = next,
                Pending::NotDrawn => return None,
                Pending::No => {}
            }
        }
        Some(field)
    }

    /// The field of `cause` now holds `text`, not committed yet: kept as its draft, over
    /// the cause's text as drawn.
    pub fn typed(&self, cause: &str, text: String) {
        let drawn = self.drawn.borrow();
        let committed = drawn.cause(cause).map_or("", |c| c.text.as_str());
        self.drafts.typed(cause, committed, text);
    }

    /// Acts on `key` in `input`; whether it was one of the outline's keys.
    fn act(&self, key: &Key, input: &HtmlInputElement) -> bool {
        let OutlineKeys {
            drawn,
            focus_wanted,
            edit,
            drafts,
            ..
        } = self;
        let Some(id) = input.get_attribute("data-cause") else {
            return false;
        };
        let f = drawn.borrow().clone();
        let Some(cause) = f.cause(&id) else {
            return false;
        };
        let cause_id = cause.id.clone();
        let value = input.value();
        let send = |e: FishboneEdit| edit.emit(FishboneChange::new(e));
        let commit = || {
            if value.trim() != cause.text {
                drafts.committed(&id, &value);
                send(FishboneEdit::SetCauseText {
                    cause: cause_id.clone(),
                    text: value.clone(),
                });
            }
        };
        let focus = |id: String| *focus_wanted.borrow_mut() = Some(FocusWanted::new(id));
        let stay = || focus(cause_field_id(&cause_id));
        let plain = !key.ctrl && !key.alt && !key.meta;
        match key.key.as_str() {
            "Enter" => {
                commit();
                let new: CauseId = new_cause_id();
                focus(cause_field_id(&new));
                send(FishboneEdit::AddSiblingAfter {
                    id: new,
                    after: cause_id.clone(),
                    text: String::new(),
                });
            }
            "Tab" if plain => {
                commit();
                stay();
                send(if key.shift {
                    FishboneEdit::Unnest {
                        cause: cause_id.clone(),
                    }
                } else {
                    FishboneEdit::Nest {
                        cause: cause_id.clone(),
                    }
                });
            }
            "ArrowUp" | "ArrowDown" if key.alt => {
                commit();
                stay();
                send(FishboneEdit::MoveCause {
                    cause: cause_id.clone(),
                    by: if key.key == "ArrowUp" { -1 } else { 1 },
                });
            }
            "Delete" | "Backspace" if value.is_empty() => {
                drafts.left(&id);
                if let Some(before) = field_before(&f, &cause_id) {
                    focus(before);
                }
                send(FishboneEdit::DeleteCause {
                    cause: cause_id.clone(),
                });
            }
            _ => return false,
        }
        true
    }
}
