//! Typing that runs ahead of a redraw. The app may yield to the browser between an
//! edit and the redraw that shows it (a slow machine, a big diagram or map), and a fast
//! typist's next keys arrive in between. Two things keep every letter, in the fishbone
//! outline and in the journey grid:
//! - keys typed while focus is on its way to a field not drawn yet wait in a queue and
//!   are played into it once it is drawn ([`TypeAhead`]);
//! - what a field holds but has not committed is kept as a draft ([`Drafts`]), so a
//!   redraw of its row keeps the letters instead of putting the committed text back:
//!   the rule of `widgets::DraftInput`, kept here by id because these fields are plain
//!   rows served by one set of handlers, so a big diagram or map stays quick.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use yew::prelude::*;

/// A key as a field's handlers see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub key: String,
    pub shift: bool,
    pub alt: bool,
    pub ctrl: bool,
    pub meta: bool,
}

impl Key {
    /// The key of a `keydown`.
    pub fn of(e: &KeyboardEvent) -> Self {
        Key {
            key: e.key(),
            shift: e.shift_key(),
            alt: e.alt_key(),
            ctrl: e.ctrl_key(),
            meta: e.meta_key(),
        }
    }

    /// The text the key types, if it types one character (AltGr, which some keyboards
    /// report as Ctrl+Alt, types one too).
    pub fn letter(&self) -> Option<&str> {
        (self.key.chars().count() == 1 && !self.meta && self.ctrl == self.alt)
            .then_some(self.key.as_str())
    }

    /// Whether the fishbone outline acts on this key (see
    /// `pages/fishbone/outline_keys.rs`), or it types.
    pub fn waits(&self) -> bool {
        self.letter().is_some()
            || matches!(self.key.as_str(), "Enter" | "Backspace" | "Delete")
            || (self.key == "Tab" && !self.ctrl && !self.alt && !self.meta)
            || (matches!(self.key.as_str(), "ArrowUp" | "ArrowDown") && self.alt)
    }
}

/// Keys waiting for the field they were typed for to be drawn.
#[derive(Clone, Default)]
pub struct TypeAhead(pub Rc<RefCell<VecDeque<Key>>>);

impl TypeAhead {
    pub fn push(&self, key: Key) {
        self.0.borrow_mut().push_back(key);
    }

    pub fn pop(&self) -> Option<Key> {
        self.0.borrow_mut().pop_front()
    }

    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }

    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }
}

/// What a field holds that is not committed, and the committed text it was
/// typed over: a draft stands only while the committed text is still that one, so an
/// undo or an edit from elsewhere shows instead.
#[derive(Clone, Debug, PartialEq)]
struct Draft {
    over: String,
    text: String,
}

/// The drafts of a page's fields, by the id of what they edit (a cause, a card), compared
/// by identity: the same cell for the life of the outline or grid.
#[derive(Clone, Default)]
pub struct Drafts(Rc<RefCell<HashMap<String, Draft>>>);

impl PartialEq for Drafts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Drafts {
    /// The field of `cause` now holds `text`, typed over `committed` (unless a draft of
    /// it already says what it was typed over).
    pub fn typed(&self, cause: &str, committed: &str, text: String) {
        let mut drafts = self.0.borrow_mut();
        match drafts.get_mut(cause) {
            Some(d) => d.text = text,
            None => {
                drafts.insert(
                    cause.to_string(),
                    Draft {
                        over: committed.to_string(),
                        text,
                    },
                );
            }
        }
    }

    /// `text` was committed as the cause's text (the field may still run ahead of it).
    pub fn committed(&self, cause: &str, text: &str) {
        if let Some(d) = self.0.borrow_mut().get_mut(cause) {
            d.over = text.trim().to_string();
        }
    }

    /// The field was left: its text is committed, and the diagram's text shows again.
    pub fn left(&self, cause: &str) {
        self.0.borrow_mut().remove(cause);
    }

    /// What the field of a cause whose text is `committed` shows.
    pub fn shown(&self, cause: &str, committed: &str) -> String {
        match self.0.borrow().get(cause) {
            Some(d) if d.over == committed => d.text.clone(),
            _ => committed.to_string(),
        }
    }
}
