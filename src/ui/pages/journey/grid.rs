//! The map as a grid: stages as columns, lanes as rows, cards in the cells, the
//! emotion per stage and its curve. Its keys (`grid_keys.rs`) and drags
//! (`grid_drag.rs`) are handled once for the whole grid, so the cells themselves stay
//! plain and only redraw when their cards change.

use super::analysis_link::Analyses;
use super::cell_view::CellView;
use super::curve::{curve_stages, EmotionCurve};
use super::edit::{event_value, new_card_id, new_lane_id, new_stage_id, MapEdit};
use super::grid_drag::{closest, DragHandlers, Dragging};
use super::grid_focus::{element_id, pos_of, FocusWanted};
use super::grid_keys::{GridKeys, GridTypeAhead};
use super::headers::{LaneHead, StageHead};
use crate::domain::journey::navigation::{clamp, GridPos};
use crate::domain::journey::{Card, JourneyEdit, JourneyMap, LaneKind};
use crate::ui::browser::has_focus;
use crate::ui::type_ahead::Drafts;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Width of a stage column in CSS pixels (the curve is drawn to match).
pub const COLUMN_PX: f64 = 220.0;
/// Width of the lane titles' column (11rem).
const LABEL_PX: f64 = 176.0;
/// Stages drawn beyond each side of the visible ones.
const EXTRA_STAGES: usize = 2;
/// Maps with more cards or stages than these are drawn a part at a time.
const WINDOW_FROM_CARDS: usize = 400;
/// See [`WINDOW_FROM_CARDS`].
const WINDOW_FROM_STAGES: usize = 24;

/// The stages in view: (first, how many), from the grid's scroll position and width.
/// Only their cells are drawn (and the focused one's): a map of 60 stages draws about
/// ten, and scrolling draws the next ones.
fn stages_in_view(scroll_left: f64, width: f64) -> (usize, usize) {
    let first = ((scroll_left - LABEL_PX) / COLUMN_PX).floor().max(0.0) as usize;
    let count = (width / COLUMN_PX).ceil() as usize + 1;
    (first, count)
}

/// Props of [`MapGrid`].
#[derive(Properties, PartialEq)]
pub struct MapGridProps {
    pub map: Rc<JourneyMap>,
    pub on_edit: Callback<MapEdit>,
    pub on_draft: Callback<(String, String)>,
    pub kpi_options: Rc<Vec<(String, String)>>,
    /// Figures of linked KPI datasets, by dataset id.
    pub kpi_texts: Rc<HashMap<String, String>>,
    /// The project's root-cause analyses, for pain points.
    #[prop_or_default]
    pub analyses: Analyses,
    #[prop_or_default]
    pub overlay: Option<(AttrValue, Vec<Option<i8>>)>,
}

/// The grid.
#[component]
pub fn MapGrid(props: &MapGridProps) -> Html {
    let map = props.map.clone();
    let active = use_state(GridPos::default);
    let editing = use_state(|| None::<String>);
    let focus_wanted = use_mut_ref(|| None::<FocusWanted>);
    let dragging = use_mut_ref(|| None::<Dragging>);
    // The map as drawn, for handlers made once.
    let drawn = use_mut_ref(|| map.clone());
    *drawn.borrow_mut() = map.clone();
    let active_pos = clamp(&map, *active);
    let view = use_state(|| {
        let width = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .unwrap_or(1600.0);
        stages_in_view(0.0, width)
    });
    let onscroll = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let Some(el) = crate::ui::browser::event_element(&e) else {
                return;
            };
            let next = stages_in_view(f64::from(el.scroll_left()), f64::from(el.client_width()));
            if *view != next {
                view.set(next);
            }
        })
    };
    // Only big maps are drawn a part at a time: a workshop-sized map is drawn whole, so
    // the browser's find and a screen reader's table reading see every card.
    let windowed = map.cards.len() > WINDOW_FROM_CARDS || map.stages.len() > WINDOW_FROM_STAGES;
    let drawn_stage = |si: usize| {
        !windowed
            || (si + EXTRA_STAGES >= view.0 && si <= view.0 + view.1 + EXTRA_STAGES)
            || si == active_pos.stage
    };

    // For the benchmark: when the grid is first in the page.
    use_effect_with((), |_| crate::ui::browser::mark("cx:map-rendered"));
    let drafts = use_memo((), |_| Drafts::default());
    let on_done = {
        let (editing, focus_wanted) = (editing.setter(), focus_wanted.clone());
        let drafts = (*drafts).clone();
        use_callback((), move |(card, refocus): (String, bool), _| {
            drafts.left(&card);
            if refocus {
                *focus_wanted.borrow_mut() =
                    Some(FocusWanted::ElementOrPlace(format!("card-{card}")));
            }
            editing.set(None);
        })
    };
    let add_card = {
        let (edit, editing, focus_wanted) = (
            props.on_edit.clone(),
            editing.setter(),
            focus_wanted.clone(),
        );
        use_callback(edit, move |(stage, lane): (AttrValue, AttrValue), edit| {
            let id = new_card_id();
            edit.emit(MapEdit::new(JourneyEdit::AddCard {
                id: id.clone(),
                stage: stage.as_str().into(),
                lane: lane.as_str().into(),
                text: String::new(),
            }));
            *focus_wanted.borrow_mut() = Some(FocusWanted::Element(format!("card-text-{id}")));
            editing.set(Some(id.to_string()));
        })
    };
    let on_stage_moved = {
        let (active, focus_wanted) = (active.setter(), focus_wanted.clone());
        let drawn = drawn.clone();
        use_callback((), move |(index, by): (usize, isize), _| {
            let n = drawn.borrow().stages.len();
            let to = (index as isize + by).clamp(0, n.saturating_sub(1) as isize) as usize;
            let id = drawn.borrow().stages.get(index).map(|s| s.id.to_string());
            active.set(GridPos {
                stage: to,
                lane: 0,
                card: None,
            });
            if let Some(id) = id {
                *focus_wanted.borrow_mut() = Some(FocusWanted::Element(format!("stage-{id}")));
            }
        })
    };

    let type_ahead = use_memo((), |_| GridTypeAhead::default());
    let keys = GridKeys {
        active: active.clone(),
        editing: editing.clone(),
        focus_wanted: focus_wanted.clone(),
        drawn: drawn.clone(),
        edit: props.on_edit.clone(),
        add_card: add_card.clone(),
        on_done: on_done.clone(),
        type_ahead: (*type_ahead).clone(),
        drafts: (*drafts).clone(),
    };
    // Focus follows the keyboard once the grid has redrawn.
    {
        let (focus_wanted, map, keys) = (focus_wanted.clone(), map.clone(), keys.clone());
        let active_pos = clamp(&map, *active);
        use_effect(move || {
            if let Some(w) = focus_wanted.borrow_mut().take() {
                let exists = |id: &str| {
                    web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(id))
                        .is_some()
                };
                let id = match w {
                    FocusWanted::Pos(p) => element_id(&map, p),
                    FocusWanted::Element(id) | FocusWanted::ElementOrPlace(id) if exists(&id) => {
                        Some(id)
                    }
                    // Not drawn yet (the change that makes it is on its way): next time.
                    FocusWanted::Element(id) => {
                        *focus_wanted.borrow_mut() = Some(FocusWanted::Element(id));
                        None
                    }
                    // What was asked for is gone (a removed card): its place instead.
                    FocusWanted::ElementOrPlace(_) => element_id(&map, active_pos),
                };
                let el = id.as_deref().and_then(|id| {
                    web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(id))
                });
                if let Some(el) = el {
                    if !has_focus(&el) {
                        if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
                            let _ = h.focus();
                        }
                    }
                    // A new stage's name is selected, so typing replaces it.
                    if el.id().starts_with("stage-") {
                        if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                            input.select();
                        }
                    }
                    // Keys typed before it was drawn are played there.
                    keys.play(el);
                }
            }
        });
    }

    // Focus falls to the page when the redraw replaces the element it was on (a card
    // whose editing ended): keys typed then are the grid's while it is sending focus
    // somewhere.
    let latest_keys = use_mut_ref(|| None::<GridKeys>);
    *latest_keys.borrow_mut() = Some(keys.clone());
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.map(|d| {
            gloo::events::EventListener::new(&d, "keydown", move |e| {
                let on_page = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|t| t.tag_name() == "BODY");
                if let (true, Some(e), Some(keys)) = (
                    on_page,
                    e.dyn_ref::<KeyboardEvent>(),
                    latest_keys.borrow().as_ref(),
                ) {
                    if keys.focus_pending() {
                        keys.keydown(e);
                    }
                }
            })
        });
        move || drop(listener)
    });
    let onkeydown = keys.handler();
    // Clicking a card edits it; focusing anything with a place moves the focus stop.
    let onclick = {
        let (editing, focus_wanted) = (editing.clone(), focus_wanted.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(card) = closest(&e, "[data-card][role=button]") {
                if let Some(id) = card.get_attribute("data-card") {
                    *focus_wanted.borrow_mut() =
                        Some(FocusWanted::Element(format!("card-text-{id}")));
                    editing.set(Some(id));
                }
            }
        })
    };
    let onfocusin = {
        let active = active.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(p) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| pos_of(&el))
            {
                if p != *active {
                    active.set(p);
                }
            }
        })
    };
    let drag = DragHandlers::new(dragging.clone(), drawn.clone(), props.on_edit.clone());
    let on_add_stage = {
        let (edit, focus_wanted) = (props.on_edit.clone(), focus_wanted.clone());
        let n = map.stages.len();
        Callback::from(move |_| {
            let id = new_stage_id();
            edit.emit(MapEdit::new(JourneyEdit::AddStage {
                id: id.clone(),
                name: format!("Stage {}", n + 1),
                at: None,
            }));
            *focus_wanted.borrow_mut() = Some(FocusWanted::Element(format!("stage-{id}")));
        })
    };
    let lane_title = use_state(String::new);
    let on_add_lane = {
        let (edit, lane_title) = (props.on_edit.clone(), lane_title.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            edit.emit(MapEdit::new(JourneyEdit::AddLane {
                id: new_lane_id(),
                title: (*lane_title).clone(),
            }));
            lane_title.set(String::new());
        })
    };

    // Cards by cell, once per drawing.
    let mut by_cell: HashMap<(&str, &str), Vec<Rc<Card>>> = HashMap::new();
    for c in &map.cards {
        by_cell
            .entry((c.stage.as_str(), c.lane.as_str()))
            .or_default()
            .push(c.clone());
    }
    // The first linked KPI figure of each stage, in one pass over the cards.
    let mut stage_kpi: HashMap<&str, &String> = HashMap::new();
    for c in &map.cards {
        if let Some(text) = c.kpi.as_ref().and_then(|k| props.kpi_texts.get(k)) {
            stage_kpi.entry(c.stage.as_str()).or_insert(text);
        }
    }
    let stages = curve_stages(&map, |stage| stage_kpi.get(stage).map(|t| (*t).clone()));
    let editing_id = (*editing).clone().map(AttrValue::from);

    html! {
        <div class="map-area">
            if map.stages.is_empty() {
                <p class="empty">{ "This map has no stages yet. Add the first stage of the customer's journey." }</p>
            }
            <div class="map-scroll" tabindex="-1" {onscroll}>
            <table class="map-grid" {onkeydown} {onclick} {onfocusin}
                ondragstart={drag.start} ondragover={drag.over} ondrop={drag.drop} ondragend={drag.end}>
                <caption class="visually-hidden">{ format!("Journey map {}: stages across, lanes down", map.title) }</caption>
                <thead>
                    <tr>
                        <th scope="col" class="map-grid__corner">{ "Stages" }</th>
                        { for map.stages.iter().enumerate().map(|(i, s)| if drawn_stage(i) {
                            html! {
                                <th key={s.id.clone()} scope="col" class="map-grid__stage">
                                    <StageHead id={s.id.clone()} name={s.name.clone()} label={stages[i].name.clone()} index={i} count={map.stages.len()}
                                        emotion={s.emotion} on_edit={props.on_edit.clone()} on_moved={on_stage_moved.clone()} />
                                </th>
                            }
                        } else {
                            // Out of view on a big map: the name only (the column keeps its
                            // header), without the controls, whose fields and menus cost the
                            // browser most of its work on each redraw.
                            html! {
                                <th key={s.id.clone()} scope="col" class="map-grid__stage map-grid__stage--away">
                                    { stages[i].name.clone() }
                                </th>
                            }
                        }) }
                        <td class="map-grid__add">
                            <button type="button" id="add-stage" class="button button--secondary button--small" onclick={on_add_stage}>{ "+ Add stage" }</button>
                        </td>
                    </tr>
                    <tr>
                        <th scope="row" class="map-grid__lane">{ "Emotion curve" }</th>
                        <td colspan={map.stages.len().max(1).to_string()} class="map-grid__curve">
                            <EmotionCurve stages={stages.clone()} column={COLUMN_PX} overlay={props.overlay.clone()} />
                            if let Some((label, _)) = &props.overlay {
                                <p class="curve-legend">
                                    <span class="curve-legend__solid" aria-hidden="true"></span>{ " This map · " }
                                    <span class="curve-legend__dashed" aria-hidden="true"></span>{ format!(" {label}") }
                                </p>
                            }
                        </td>
                    </tr>
                </thead>
                <tbody>
                    { for map.lanes.iter().enumerate().map(|(li, lane)| html! {
                        <tr key={lane.id.clone()} class={format!("lane lane--{}", lane_class(&lane.kind))}>
                            <th scope="row" class="map-grid__lane">
                                <LaneHead id={lane.id.clone()} kind={lane.kind.clone()} on_edit={props.on_edit.clone()} />
                            </th>
                            { for map.stages.iter().enumerate().map(|(si, s)| {
                                if !drawn_stage(si) {
                                    return html! { <td key={s.id.clone()} class="map-grid__away" /> };
                                }
                                let cards = by_cell.get(&(s.id.as_str(), lane.id.as_str())).cloned().unwrap_or_default();
                                let active = (active_pos.stage == si && active_pos.lane == li).then_some(active_pos.card);
                                let editing = editing_id.clone().filter(|id| cards.iter().any(|c| c.id == id.as_str()));
                                html! {
                                    <td key={s.id.clone()}>
                                        <CellView stage={s.id.clone()} lane={lane.id.clone()} lane_kind={lane.kind.clone()}
                                            place={AttrValue::from(format!("{} at {}", lane.kind.title(), stages[si].name))}
                                            pos={(si, li)} cards={cards} active={active} editing={editing}
                                            kpi_options={props.kpi_options.clone()} kpi_texts={props.kpi_texts.clone()}
                                            analyses={props.analyses.clone()}
                                            on_edit={props.on_edit.clone()} on_draft={props.on_draft.clone()} drafts={(*drafts).clone()}
                                            on_done={on_done.clone()} on_add={add_card.clone()} />
                                    </td>
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <form class="add-lane" onsubmit={on_add_lane}>
                <label for="new-lane">{ "New lane " }</label>
                <input id="new-lane" type="text" maxlength="80" placeholder="e.g. Legal and compliance"
                    value={(*lane_title).clone()}
                    oninput={{ let t = lane_title.clone(); Callback::from(move |e: InputEvent| t.set(event_value(&e))) }} />
                <button type="submit" class="button button--secondary button--small">{ "Add lane" }</button>
            </form>
            <p class="hint" id="map-keys">{ "Keyboard: arrows move between cells and cards · Enter adds a card in a cell or edits a card · \
                               Delete removes a card · Alt+←/→ moves a stage (or a card to the next stage) · \
                               Alt+↑/↓ moves a card to the next lane · Ctrl+Z undoes. Stages and cards can also be dragged." }</p>
        </div>
    }
}

fn lane_class(kind: &LaneKind) -> &'static str {
    match kind {
        LaneKind::CustomerActions => "actions",
        LaneKind::Touchpoints => "touchpoints",
        LaneKind::ThinkingAndFeeling => "thinking",
        LaneKind::PainPoints => "pain",
        LaneKind::Opportunities => "opportunities",
        LaneKind::Backstage => "backstage",
        LaneKind::Kpis => "kpis",
        LaneKind::Custom(_) => "custom",
    }
}
