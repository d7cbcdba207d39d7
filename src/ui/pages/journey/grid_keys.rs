//! The grid's keys, handled once for the whole grid: arrows move between cells and
//! cards, Enter adds a card in a cell (or edits a card), Delete removes a card,
//! Alt+←/→ moves a stage (or a card to the next stage), Alt+↑/↓ moves a card to the
//! next lane.

use super::edit::MapEdit;
use super::grid_focus::{pos_of, FocusWanted};
use crate::domain::journey::navigation::{step, Direction, GridPos};
use crate::domain::journey::{JourneyEdit, JourneyMap};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the keys change: where the focus stop is, which card is edited, where focus
/// goes after the redraw, and the map (through edits).
pub struct GridKeys {
    pub active: UseStateHandle<GridPos>,
    pub editing: UseStateHandle<Option<String>>,
    pub focus_wanted: Rc<RefCell<Option<FocusWanted>>>,
    /// The map as last drawn.
    pub drawn: Rc<RefCell<Rc<JourneyMap>>>,
    pub edit: Callback<MapEdit>,
    pub add_card: Callback<(AttrValue, AttrValue)>,
}

impl GridKeys {
    /// The grid's `keydown` handler.
    pub fn handler(self) -> Callback<KeyboardEvent> {
        let GridKeys {
            active,
            editing,
            focus_wanted,
            drawn,
            edit,
            add_card,
        } = self;
        Callback::from(move |e: KeyboardEvent| {
            let Some(target) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let Some(pos) = pos_of(&target) else { return };
            let map = drawn.borrow().clone();
            let key = e.key();
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
            if let Some(dir) = Direction::from_key(&key) {
                e.prevent_default();
                if !e.alt_key() {
                    go(step(&map, pos, dir));
                    return;
                }
                match (pos.card, dir) {
                    (None, Direction::Left | Direction::Right) => {
                        let by = if dir == Direction::Left { -1 } else { 1 };
                        if let Some((s, _)) = cell_ids(pos) {
                            edit.emit(MapEdit::new(JourneyEdit::MoveStage { stage: s, by }));
                            let to = (pos.stage as isize + by)
                                .clamp(0, map.stages.len() as isize - 1)
                                as usize;
                            go(GridPos { stage: to, ..pos });
                        }
                    }
                    (Some(_), _) => {
                        let Some(card) = card_id(pos) else { return };
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
                            return;
                        };
                        edit.emit(MapEdit::new(JourneyEdit::MoveCard {
                            card: card.clone(),
                            stage: s,
                            lane: l,
                            index: None,
                        }));
                        active.set(target);
                        *focus_wanted.borrow_mut() =
                            Some(FocusWanted::Element(format!("card-{card}")));
                    }
                    _ => {}
                }
                return;
            }
            match (key.as_str(), pos.card) {
                ("Enter", None) => {
                    e.prevent_default();
                    if let Some((s, l)) = cell_ids(pos) {
                        add_card.emit((s.to_string().into(), l.to_string().into()));
                    }
                }
                ("Enter" | "F2", Some(_)) => {
                    e.prevent_default();
                    if let Some(card) = card_id(pos) {
                        *focus_wanted.borrow_mut() =
                            Some(FocusWanted::Element(format!("card-text-{card}")));
                        editing.set(Some(card.to_string()));
                    }
                }
                ("Delete" | "Backspace", Some(k)) => {
                    e.prevent_default();
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
                _ => {}
            }
        })
    }
}
