//! The grid's keys, handled once for the whole grid: arrows move between cells and
//! cards, Enter adds a card in a cell (or edits a card), Delete removes a card,
//! Alt+←/→ moves a stage (or a card to the next stage), Alt+↑/↓ moves a card to the
//! next lane. A key that arrives before focus has got where the last key sent it (the
//! app may yield to the browser between an edit and the redraw that shows it) belongs
//! where focus was going: focus is moved there first, or, while that place is not
//! drawn yet, the key waits and is played there once it is.

use super::card_view::leave_box;
use super::edit::MapEdit;
use super::grid_focus::{element_id, pos_of, FocusWanted};
use crate::domain::journey::navigation::{step, Direction, GridPos};
use crate::domain::journey::{JourneyEdit, JourneyMap};
use crate::ui::browser::has_focus;
use crate::ui::type_ahead::{Drafts, Key, TypeAhead};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long keys wait for the place they were typed for (a refused edit never draws it).
const KEYS_WAIT_MS: f64 = 1_000.0;

/// Keys typed before the place focus is going to is drawn, and since when.
#[derive(Clone, Default)]
pub struct GridTypeAhead {
    keys: TypeAhead,
    since: Rc<Cell<f64>>,
}

/// Where focus is going, while it has not got there.
enum Pending {
    /// Nowhere: focus is where the keys go.
    No,
    /// To an element that is drawn: focus moved there now.
    Drawn(web_sys::Element),
    /// To an element not drawn yet.
    NotDrawn,
}

/// Whether the grid or a card's text box acts on the key, or it types: such keys wait
/// for their place. Tab does not: it leaves the grid.
fn waits(key: &Key) -> bool {
    key.letter().is_some()
        || matches!(
            key.key.as_str(),
            "Enter"
                | "Escape"
                | "F2"
                | "Delete"
                | "Backspace"
                | "ArrowUp"
                | "ArrowDown"
                | "ArrowLeft"
                | "ArrowRight"
        )
}

/// The card whose text box `el` is, if it is one.
fn text_box_card(el: &web_sys::Element) -> Option<String> {
    el.has_type::<web_sys::HtmlTextAreaElement>()
        .then(|| el.id().strip_prefix("card-text-").map(str::to_string))
        .flatten()
}

/// What the keys change: where the focus stop is, which card is edited, where focus
/// goes after the redraw, and the map (through edits).
#[derive(Clone)]
pub struct GridKeys {
    pub active: UseStateHandle<GridPos>,
    pub editing: UseStateHandle<Option<String>>,
    pub focus_wanted: Rc<RefCell<Option<FocusWanted>>>,
    /// The map as last drawn.
    pub drawn: Rc<RefCell<Rc<JourneyMap>>>,
    pub edit: Callback<MapEdit>,
    pub add_card: Callback<(AttrValue, AttrValue)>,
    /// Ends editing a card: (card, focus back on it).
    pub on_done: Callback<(String, bool)>,
    pub type_ahead: GridTypeAhead,
    /// What the cards' text boxes hold that is not in the map yet.
    pub drafts: Drafts,
}

impl GridKeys {
    /// The grid's `keydown` handler.
    pub fn handler(self) -> Callback<KeyboardEvent> {
        Callback::from(move |e: KeyboardEvent| self.keydown(&e))
    }

    /// Whether focus is on its way somewhere in the grid.
    pub fn focus_pending(&self) -> bool {
        self.focus_wanted.borrow().is_some()
    }

    /// Handles a `keydown` in the grid (or on the page while focus is on its way to the
    /// grid): where focus was going, once it is there; kept for later while that place
    /// is not drawn yet.
    pub fn keydown(&self, e: &KeyboardEvent) {
        // Enter that picks a word in an input method is the text box's.
        if e.is_composing() || e.key_code() == 229 {
            return;
        }
        let key = Key::of(e);
        let target = match self.settle_focus() {
            Pending::Drawn(el) => self.play(el),
            Pending::NotDrawn => None,
            Pending::No => {
                self.type_ahead.keys.clear();
                match e.target().and_then(|t| t.dyn_into().ok()) {
                    Some(el) => Some(el),
                    None => return,
                }
            }
        };
        match target {
            Some(el) if self.act(&key, &el) => e.prevent_default(),
            Some(_) => {}
            None if waits(&key) => {
                e.prevent_default();
                if self.type_ahead.keys.is_empty() {
                    self.type_ahead.since.set(js_sys::Date::now());
                }
                self.type_ahead.keys.push(key);
            }
            None => {}
        }
    }

    /// Moves focus now to where the last key sent it, if that place is drawn but focus
    /// has not got there. Focus moved in a `keydown` takes the key's letter with it.
    fn settle_focus(&self) -> Pending {
        let Some(wanted) = self.focus_wanted.borrow().clone() else {
            return Pending::No;
        };
        let id = match &wanted {
            FocusWanted::Pos(p) => element_id(&self.drawn.borrow(), *p),
            FocusWanted::Element(id) | FocusWanted::ElementOrPlace(id) => Some(id.clone()),
        };
        let el = id.and_then(|id| {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
        });
        let Some(el) = el else {
            let waited = js_sys::Date::now() - self.type_ahead.since.get();
            if !self.type_ahead.keys.is_empty() && waited > KEYS_WAIT_MS {
                self.focus_wanted.borrow_mut().take();
                self.type_ahead.keys.clear();
                return Pending::No;
            }
            return Pending::NotDrawn;
        };
        self.focus_wanted.borrow_mut().take();
        if !has_focus(&el) {
            if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
        Pending::Drawn(el)
    }

    /// Focus has landed on `el`, drawn at last: plays the keys typed ahead there, up to
    /// one that sends focus to a place not drawn yet. Returns where focus is after
    /// them, if it is not on its way somewhere again.
    pub fn play(&self, mut el: web_sys::Element) -> Option<web_sys::Element> {
        let mut typed = false;
        while let Some(key) = self.type_ahead.keys.pop() {
            if self.act(&key, &el) {
                typed = false;
                match self.settle_focus() {
                    Pending::Drawn(next) => el = next,
                    Pending::NotDrawn => return None,
                    Pending::No => {}
                }
                continue;
            }
            // Not a key the grid acts on here: in a text box, it types.
            if let Some(text_box) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                let mut text = text_box.value();
                match (key.letter(), key.key.as_str()) {
                    (Some(letter), _) => text.push_str(letter),
                    (None, "Backspace") => drop(text.pop()),
                    _ => continue,
                }
                text_box.set_value(&text);
                typed = true;
            }
        }
        // Letters played into a box that is still open: its draft, so that its redraw
        // keeps them (the box's own handlers only hear of what is typed into it).
        if typed {
            if let (Some(card), Some(text_box)) = (
                text_box_card(&el),
                el.dyn_ref::<web_sys::HtmlTextAreaElement>(),
            ) {
                let map = self.drawn.borrow().clone();
                let committed = map.card(&card).map_or(String::new(), |c| c.text.clone());
                self.drafts.typed(&card, &committed, text_box.value());
            }
        }
        Some(el)
    }

    /// Acts on `key` at `target` (a cell, a card, or a card's text box); whether it
    /// was one of the grid's keys.
    fn act(&self, key: &Key, target: &web_sys::Element) -> bool {
        let GridKeys {
            active,
            editing,
            focus_wanted,
            drawn,
            edit,
            add_card,
            on_done,
            ..
        } = self;
        let alt = key.alt;
        if let Some(card) = text_box_card(target) {
            // What the box does itself on these keys (see `card_view.rs`), for a key
            // that reached it before focus did.
            if (key.key == "Enter" && !key.shift) || key.key == "Escape" {
                leave_box(target);
                on_done.emit((card, true));
                return true;
            }
            return false;
        }
        let Some(pos) = pos_of(target) else {
            return false;
        };
        let map = drawn.borrow().clone();
        let key = key.key.as_str();
        let cell_ids = |p: GridPos| {
            Some((
                map.stages.get(p.stage)?.id.clone(),
                map.lanes.get(p.lane)?.id.clone(),
            ))
        };
        let card_id = |p: GridPos| {
            let (s, l) = cell_ids(p)?;
            Some(map.cell(&s, &l).get(p.card?)?.id.clone())
        };
        let go = |p: GridPos| {
            active.set(p);
            *focus_wanted.borrow_mut() = Some(FocusWanted::Pos(p));
        };
        if let Some(dir) = Direction::from_key(key) {
            if !alt {
                go(step(&map, pos, dir));
                return true;
            }
            match (pos.card, dir) {
                (None, Direction::Left | Direction::Right) => {
                    let by = if dir == Direction::Left { -1 } else { 1 };
                    if let Some((s, _)) = cell_ids(pos) {
                        edit.emit(MapEdit::new(JourneyEdit::MoveStage { stage: s, by }));
                        let to = (pos.stage as isize + by).clamp(0, map.stages.len() as isize - 1)
                            as usize;
                        go(GridPos { stage: to, ..pos });
                    }
                }
                (Some(_), _) => {
                    let Some(card) = card_id(pos) else {
                        return true;
                    };
                    let target = step(&map, GridPos { card: None, ..pos }, dir);
                    let target = match dir {
                        Direction::Up | Direction::Down => GridPos {
                            stage: pos.stage,
                            lane: match dir {
                                Direction::Up => pos.lane.saturating_sub(1),
                                _ => (pos.lane + 1).min(map.lanes.len() - 1),
                            },
                            card: None,
                        },
                        _ => target,
                    };
                    let Some((s, l)) = cell_ids(target) else {
                        return true;
                    };
                    edit.emit(MapEdit::new(JourneyEdit::MoveCard {
                        card: card.clone(),
                        stage: s,
                        lane: l,
                        index: None,
                    }));
                    active.set(target);
                    *focus_wanted.borrow_mut() = Some(FocusWanted::Element(format!("card-{card}")));
                }
                _ => {}
            }
            return true;
        }
        match (key, pos.card) {
            ("Enter", None) => {
                if let Some((s, l)) = cell_ids(pos) {
                    add_card.emit((s.to_string().into(), l.to_string().into()));
                }
            }
            ("Enter" | "F2", Some(_)) => {
                if let Some(card) = card_id(pos) {
                    *focus_wanted.borrow_mut() =
                        Some(FocusWanted::Element(format!("card-text-{card}")));
                    editing.set(Some(card.to_string()));
                }
            }
            ("Delete" | "Backspace", Some(k)) => {
                if let Some(card) = card_id(pos) {
                    edit.emit(MapEdit::new(JourneyEdit::DeleteCard { card }));
                    let next = if k > 0 {
                        GridPos {
                            card: Some(k - 1),
                            ..pos
                        }
                    } else {
                        GridPos { card: None, ..pos }
                    };
                    go(next);
                }
            }
            _ => return false,
        }
        true
    }
}
