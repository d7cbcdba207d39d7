//! The keys of an answer's text box, shared by the answers already kept and the one
//! being written: Enter keeps it and moves on, Ctrl+Enter keeps it and asks why of it,
//! Escape puts back the words as kept. What a box holds is read from the box itself,
//! since the last keys may not have been drawn yet when Enter comes.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The one line that tells the keys, shown once above the tree.
pub const KEYS_HINT: &str = "Keys in an answer: Enter keeps it and moves on (in a new answer, to another \
                             answer at the same step) · Ctrl+Enter keeps it and asks why of it · Escape \
                             puts back the words as kept. Tab reaches every control.";

/// Id of the hint line, for `aria-describedby`.
pub const KEYS_HINT_ID: &str = "whys-keys";

/// What a key in an answer's box asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyIntent {
    /// Enter: keep the words and move on.
    Next,
    /// Ctrl+Enter (or Cmd+Enter): keep the words and ask why of them.
    AskWhy,
    /// Escape: put back the words as kept.
    Cancel,
}

/// The intent of a key press, if it has one. Enter that picks a word in an input
/// method is not an intent.
pub fn key_intent(e: &KeyboardEvent) -> Option<KeyIntent> {
    if e.is_composing() || e.key_code() == 229 {
        return None;
    }
    match e.key().as_str() {
        "Enter" if e.ctrl_key() || e.meta_key() => Some(KeyIntent::AskWhy),
        "Enter" if !e.shift_key() && !e.alt_key() => Some(KeyIntent::Next),
        "Escape" => Some(KeyIntent::Cancel),
        _ => None,
    }
}

/// The text box an event came from.
pub fn input_of(e: &Event) -> Option<web_sys::HtmlInputElement> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
}

/// What the box an event came from holds now.
pub fn box_value(e: &Event) -> String {
    input_of(e).map(|i| i.value()).unwrap_or_default()
}

/// Puts `text` into the box an event came from (after Escape, or once a new answer is
/// kept and the box is to take the next one).
pub fn set_box_value(e: &Event, text: &str) {
    if let Some(i) = input_of(e) {
        i.set_value(text);
    }
}

/// Dom id of an answer's text box.
pub fn answer_field(answer: &str) -> String {
    format!("whys-a-{answer}")
}

/// Dom id of the box for a new answer below `parent` (`None`: the problem).
pub fn new_field(parent: Option<&str>) -> String {
    match parent {
        Some(p) => format!("whys-new-{p}"),
        None => "whys-new-top".to_string(),
    }
}

/// What the text box with this dom id holds now (empty when there is none).
pub fn value_of(id: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}
