//! Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac), anywhere but inside a
//! text field, where the browser's own text undo is what the user expects.

use crate::state::{AppAction, AppState};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryKey {
    Undo,
    Redo,
}

/// Maps a key press to undo or redo. `key` is `KeyboardEvent.key`.
pub fn history_key(key: &str, ctrl_or_meta: bool, shift: bool, alt: bool) -> Option<HistoryKey> {
    if !ctrl_or_meta || alt {
        return None;
    }
    match (key.to_ascii_lowercase().as_str(), shift) {
        ("z", false) => Some(HistoryKey::Undo),
        ("z", true) | ("y", false) => Some(HistoryKey::Redo),
        _ => None,
    }
}

/// True when the element takes typed text (so its own undo applies).
fn is_text_entry(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    if el.is_content_editable() {
        return true;
    }
    match el.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => {
            let kind = el
                .get_attribute("type")
                .unwrap_or_default()
                .to_ascii_lowercase();
            !matches!(
                kind.as_str(),
                "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "range" | "color"
            )
        }
        _ => false,
    }
}

/// Listens for the undo/redo keys on the whole document.
#[hook]
pub fn use_undo_keys(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.map(|document| {
            EventListener::new_with_options(
                &document,
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let Some(e) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let Some(wanted) = history_key(
                        &e.key(),
                        e.ctrl_key() || e.meta_key(),
                        e.shift_key(),
                        e.alt_key(),
                    ) else {
                        return;
                    };
                    if is_text_entry(e.target()) {
                        return;
                    }
                    e.prevent_default();
                    dispatcher.dispatch(match wanted {
                        HistoryKey::Undo => AppAction::Undo,
                        HistoryKey::Redo => AppAction::Redo,
                    });
                },
            )
        });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_shortcuts() {
        assert_eq!(history_key("z", true, false, false), Some(HistoryKey::Undo));
        assert_eq!(history_key("Z", true, true, false), Some(HistoryKey::Redo));
        assert_eq!(history_key("y", true, false, false), Some(HistoryKey::Redo));
        assert_eq!(history_key("z", false, false, false), None);
        assert_eq!(
            history_key("z", true, false, true),
            None,
            "AltGr combos type text"
        );
        assert_eq!(history_key("y", true, true, false), None);
    }
}
