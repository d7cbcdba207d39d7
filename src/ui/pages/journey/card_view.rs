//! One card of the map. Shown as text until edited; while edited, a text box and the
//! card's details (channel, moment of truth, its own emotion, linked KPI, removal).
//! Typing updates only this card and is sent to the presenter window at once; the map
//! itself changes when the typing pauses, the box loses focus, or Enter or Escape ends
//! editing.

use super::analysis_link::Analyses;
use super::card_feeling::{card_actors, card_emotion};
use super::edit::{event_value, MapEdit};
use crate::domain::journey::feelings::{emotion_text, EMOTIONS};
use crate::domain::journey::{Card, CardId, Channel, JourneyEdit, LaneKind};
use crate::ui::browser::{blur, has_focus};
use crate::ui::hooks::use_storage_control;
use crate::ui::route::Route;
use crate::ui::type_ahead::Drafts;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::Link;

/// How long typing must pause before the text becomes an undo step.
const COMMIT_AFTER_MS: u32 = 700;

/// The channel's icon: a small line drawing in the text colour, drawn inline so it
/// needs no icon font or emoji font on the machine. Always shown beside the name.
pub fn channel_icon(c: Channel) -> Html {
    let shapes = match c {
        Channel::Phone => {
            html! { <path d="M4 2h3l1 3-2 1.5a8 8 0 0 0 3.5 3.5L11 8l3 1v3a1.5 1.5 0 0 1-1.5 1.5A11 11 0 0 1 2.5 3.5 1.5 1.5 0 0 1 4 2z" /> }
        }
        Channel::Email => {
            html! { <><rect x="2" y="4" width="12" height="8" /><path d="M2 4l6 5 6-5" /></> }
        }
        Channel::Chat => html! { <path d="M2 3h12v8H7l-3 3v-3H2z" /> },
        Channel::Web => {
            html! { <><circle cx="8" cy="8" r="6" /><ellipse cx="8" cy="8" rx="2.5" ry="6" /><path d="M2 8h12" /></> }
        }
        Channel::App => {
            html! { <><rect x="4.5" y="1.5" width="7" height="13" rx="1" /><path d="M7 12.5h2" /></> }
        }
        Channel::Store => {
            html! { <><path d="M2 6l1.5-4h9L14 6z" /><path d="M3 6v8h10V6M7 14v-4h2v4" /></> }
        }
        Channel::Social => {
            html! { <><circle cx="5.5" cy="5.5" r="2" /><circle cx="11" cy="6" r="1.7" /><path d="M1.5 13a4 4 0 0 1 8 0M9 12.5a3 3 0 0 1 5.5-1" /></> }
        }
        Channel::Letter => {
            html! { <><rect x="1.5" y="3.5" width="13" height="9" /><path d="M1.5 3.5l6.5 5 6.5-5" /><rect x="11" y="5" width="2" height="2" /></> }
        }
    };
    html! {
        <svg class="channel-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            { shapes }
        </svg>
    }
}

/// Props of [`CardView`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardViewProps {
    pub card: Rc<Card>,
    pub lane: LaneKind,
    /// "Pain points, Contact us": where the card is, for its accessible name.
    pub place: AttrValue,
    /// "stage,lane,index" for keyboard navigation.
    pub pos: AttrValue,
    pub focusable: bool,
    pub editing: bool,
    /// KPI datasets that can be linked: (id, name).
    pub kpi_options: Rc<Vec<(String, String)>>,
    /// The linked KPI's figure, if any.
    pub kpi_text: Option<AttrValue>,
    /// For a pain point: the project's root-cause analyses.
    #[prop_or_default]
    pub analyses: Option<Analyses>,
    pub on_edit: Callback<MapEdit>,
    /// Text typed but not yet committed (for the presenter window).
    pub on_draft: Callback<(String, String)>,
    /// What the cards' text boxes hold that is not in the map yet, kept by the grid so
    /// that a redraw of this card while typing runs ahead of it keeps the letters.
    pub drafts: Drafts,
    /// Editing ended; `true` asks for focus back on the card.
    pub on_done: Callback<(String, bool)>,
}

/// Ends typing in a card's text box: focus moves to the card around it (which its
/// redraw keeps), so keys typed before that redraw are the grid's, on this card.
/// Focus leaves the box before the redraw takes it away: removing the focused box made
/// the browser lay the whole map out there and then. Leaving it commits it.
pub fn leave_box(text_box: &web_sys::Element) {
    match text_box
        .parent_element()
        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(card) => drop(card.focus()),
        None => blur(text_box),
    }
}

/// The edit that sets a card's text.
fn text_edit(card: CardId, text: String) -> MapEdit {
    MapEdit::new(JourneyEdit::SetCardText { card, text })
}

/// What a card shows besides its text: channel, its own emotion, who does it, moment
/// of truth, linked KPI, dots, and (for a pain point) its root-cause analysis.
fn details(props: &CardViewProps) -> Html {
    let c = &props.card;
    html! {
        <>
            if let Some(ch) = c.channel {
                <span class="card__channel">{ channel_icon(ch) }{ " " }{ ch.label() }</span>
            }
            { card_emotion(c) }
            { card_actors(c) }
            if c.moment_of_truth {
                <span class="card__truth">{ "★ Moment of truth" }</span>
            }
            if let Some(k) = &props.kpi_text {
                <span class="card__kpi">{ k.clone() }</span>
            }
            if c.total_votes() > 0 {
                <span class="card__votes">{ format!("● {} dot{}", c.total_votes(), if c.total_votes() == 1 { "" } else { "s" }) }</span>
            }
            if props.lane == LaneKind::PainPoints {
                <span class="card__analysis">{ analysis_text(props) }</span>
            }
        </>
    }
}

/// What a pain point's card says of its root-cause analysis: what the diagram found,
/// or that there is none yet.
fn analysis_text(props: &CardViewProps) -> String {
    let found = props
        .card
        .analysis
        .as_ref()
        .and_then(|id| props.analyses.as_ref().and_then(|a| a.findings.get(id)));
    match found {
        Some(words) => format!("🔍 Root-cause analysis: {words}"),
        None => "No root-cause analysis yet".into(),
    }
}

/// The pain point's way into its root-cause analysis: open the diagram, or start one.
fn analysis_control(props: &CardViewProps) -> Html {
    let Some(a) = &props.analyses else {
        return Html::default();
    };
    let c = &props.card;
    match c
        .analysis
        .as_ref()
        .filter(|id| a.findings.contains_key(id.as_str()))
    {
        Some(id) => html! {
            <Link<Route> to={Route::Fishbone { id: a.project.to_string(), fishbone: id.clone() }}
                classes="button button--secondary button--small">{ "Open root-cause analysis" }</Link<Route>>
        },
        None => {
            let (start, card) = (a.on_analyse.clone(), c.id.to_string());
            html! {
                <button type="button" class="button button--secondary button--small"
                    onclick={Callback::from(move |_| start.emit(card.clone()))}>{ "Analyse root cause" }</button>
            }
        }
    }
}

/// A card: plain markup (no hooks, so a map of a thousand cards draws fast) until it
/// is edited.
#[component]
pub fn CardView(props: &CardViewProps) -> Html {
    let c = &props.card;
    let tab = if props.focusable { "0" } else { "-1" };
    if !props.editing {
        // The accessible name is the visible text (speech input users say what they
        // see); the cell around it names the place; one shared hint gives the keys.
        html! {
            <div class="card" id={format!("card-{}", c.id)} data-pos={props.pos.clone()}
                data-card={c.id.clone()} draggable="true" role="button" tabindex={tab}
                aria-describedby="map-keys">
                <p class="card__text">{ if c.text.is_empty() { "(empty card)".to_string() } else { c.text.clone() } }</p>
                { details(props) }
            </div>
        }
    } else {
        html! { <CardEditor ..props.clone() /> }
    }
}

/// The card being edited: its text box, with the draft kept here as it is typed.
#[component]
fn CardEditor(props: &CardViewProps) -> Html {
    let draft = use_state(|| None::<String>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let c = &props.card;

    // Text typed but not yet kept in the map, for a page closed or hidden mid-word.
    let unsaved = use_mut_ref(|| None::<String>);
    let control = use_storage_control();
    // The text this editor last kept in the map: any other change of the card's text
    // (undo, another tab) replaces what is being typed, or the next save would undo it.
    let sent = use_mut_ref(|| None::<String>);
    {
        let (draft, sent, unsaved, timer) =
            (draft.clone(), sent.clone(), unsaved.clone(), timer.clone());
        use_effect_with(c.text.clone(), move |text| {
            let ours = sent.borrow().as_deref() == Some(text.as_str());
            if !ours && draft.is_some() {
                timer.borrow_mut().take();
                unsaved.borrow_mut().take();
                draft.set(None);
            }
        });
    }
    {
        let (unsaved, timer, on_edit, id, sent) = (
            unsaved.clone(),
            timer.clone(),
            props.on_edit.clone(),
            c.id.clone(),
            sent.clone(),
        );
        let (unsaved_at_close, control) = (unsaved.clone(), control.clone());
        use_effect_with((), move |_| {
            let listeners = {
                let flush = Rc::new(move || {
                    timer.borrow_mut().take();
                    if let Some(text) = unsaved.borrow_mut().take() {
                        *sent.borrow_mut() = Some(text.trim().to_string());
                        on_edit.emit(text_edit(id.clone(), text).urgent());
                    }
                });
                let window = web_sys::window().expect("a window");
                let document = window.document().expect("a document");
                let (f1, f2, f3) = (flush.clone(), flush.clone(), flush);
                let doc = document.clone();
                (
                    gloo::events::EventListener::new_with_options(
                        &window,
                        "beforeunload",
                        gloo::events::EventListenerOptions::enable_prevent_default(),
                        move |event| {
                            let typed = unsaved_at_close.borrow().is_some();
                            f1();
                            // Saving is paused or failing: the text just typed cannot
                            // be kept, so the browser asks before closing.
                            if typed && control.saving_blocked() {
                                event.prevent_default();
                                let _ =
                                    js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
                            }
                        },
                    ),
                    gloo::events::EventListener::new(&window, "pagehide", move |_| f2()),
                    gloo::events::EventListener::new(&document, "visibilitychange", move |_| {
                        if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                            f3();
                        }
                    }),
                )
            };
            move || drop(listeners)
        });
    }
    let commit = {
        let (on_edit, id, current, timer, unsaved, sent) = (
            props.on_edit.clone(),
            c.id.clone(),
            c.text.clone(),
            timer.clone(),
            unsaved.clone(),
            sent.clone(),
        );
        let drafts = props.drafts.clone();
        move |text: &str| {
            timer.borrow_mut().take();
            unsaved.borrow_mut().take();
            if text.trim() != current {
                drafts.committed(&id, text);
                *sent.borrow_mut() = Some(text.trim().to_string());
                on_edit.emit(text_edit(id.clone(), text.to_string()));
            }
        }
    };
    let oninput = {
        let (draft, on_draft, on_edit, id, timer, unsaved, sent) = (
            draft.clone(),
            props.on_draft.clone(),
            props.on_edit.clone(),
            c.id.clone(),
            timer.clone(),
            unsaved.clone(),
            sent.clone(),
        );
        let (drafts, committed) = (props.drafts.clone(), c.text.clone());
        Callback::from(move |e: InputEvent| {
            let text = event_value(&e);
            drafts.typed(&id, &committed, text.clone());
            on_draft.emit((id.to_string(), text.clone()));
            *unsaved.borrow_mut() = Some(text.clone());
            let (on_edit, id2, t2, unsaved2, sent2) = (
                on_edit.clone(),
                id.clone(),
                text.clone(),
                unsaved.clone(),
                sent.clone(),
            );
            let drafts = drafts.clone();
            *timer.borrow_mut() = Some(Timeout::new(COMMIT_AFTER_MS, move || {
                drafts.committed(&id2, &t2);
                unsaved2.borrow_mut().take();
                *sent2.borrow_mut() = Some(t2.trim().to_string());
                on_edit.emit(text_edit(id2, t2));
            }));
            draft.set(Some(text));
        })
    };
    let shown = (*draft)
        .clone()
        .unwrap_or_else(|| props.drafts.shown(&c.id, &c.text));
    // What the text box holds now: read from the box itself, since the last keys may
    // not have been drawn yet when Enter or a blur comes (a busy page puts redraws off).
    let in_box = |e: &Event, shown: &str| {
        let typed = event_value(e);
        let is_box = e
            .target()
            .is_some_and(|t| t.has_type::<web_sys::HtmlTextAreaElement>());
        if is_box {
            typed
        } else {
            shown.to_string()
        }
    };
    let onblur = {
        let (commit, shown) = (commit.clone(), shown.clone());
        Callback::from(move |e: FocusEvent| commit(&in_box(&e, &shown)))
    };
    let onkeydown = {
        let (commit, shown, on_done, id) = (
            commit.clone(),
            shown.clone(),
            props.on_done.clone(),
            c.id.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            // Enter that picks a word in an input method is not "done".
            if e.is_composing() || e.key_code() == 229 {
                return;
            }
            if (e.key() == "Enter" && !e.shift_key()) || e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                let typed = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                match typed {
                    Some(el) if has_focus(&el) => leave_box(&el),
                    _ => commit(&in_box(&e, &shown)),
                }
                on_done.emit((id.to_string(), true));
            }
        })
    };
    // Leaving the card (not just its text box) ends editing.
    let onfocusout = {
        let (on_done, id) = (props.on_done.clone(), c.id.clone());
        Callback::from(move |e: FocusEvent| {
            let card = e
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let to = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = match (&card, &to) {
                (Some(card), Some(to)) => card.contains(Some(to)),
                _ => false,
            };
            if !inside {
                on_done.emit((id.to_string(), false));
            }
        })
    };

    // A press on the card's own labels, buttons or padding keeps the focus where it is,
    // so the card stays open and the click lands (some browsers do not focus buttons).
    let onmousedown = Callback::from(|e: MouseEvent| {
        let text_entry = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("textarea, select").ok().flatten())
            .is_some();
        if !text_entry {
            e.prevent_default();
        }
    });
    let details = details(props);
    let id = c.id.clone();
    let edit = props.on_edit.clone();
    let on_channel = {
        let (edit, id) = (edit.clone(), id.clone());
        Callback::from(move |e: Event| {
            let v = event_value(&e);
            let ch = Channel::ALL.iter().copied().find(|c| c.label() == v);
            edit.emit(MapEdit::new(JourneyEdit::SetChannel {
                card: id.clone(),
                channel: ch,
            }));
        })
    };
    let on_truth = {
        let (edit, id, on) = (edit.clone(), id.clone(), c.moment_of_truth);
        Callback::from(move |_: Event| {
            edit.emit(MapEdit::new(JourneyEdit::SetMomentOfTruth {
                card: id.clone(),
                on: !on,
            }));
        })
    };
    let on_emotion = {
        let (edit, id) = (edit.clone(), id.clone());
        Callback::from(move |e: Event| {
            edit.emit(MapEdit::new(JourneyEdit::SetCardEmotion {
                card: id.clone(),
                emotion: event_value(&e).parse::<i8>().ok(),
            }));
        })
    };
    // What the customer does or feels has an emotion of its own; any other card shows
    // the control only to change one it already has (say, after a move).
    let feels = matches!(
        props.lane,
        LaneKind::CustomerActions | LaneKind::ThinkingAndFeeling
    ) || c.feeling.is_some();
    let on_kpi = {
        let (edit, id) = (edit.clone(), id.clone());
        Callback::from(move |e: Event| {
            let v = event_value(&e);
            let id = id.clone();
            let kpi = (!v.is_empty()).then_some(v);
            edit.emit(MapEdit::new(JourneyEdit::LinkKpi {
                card: id.clone(),
                kpi,
            }));
        })
    };
    let on_remove = {
        let (edit, id, on_done) = (edit.clone(), id.clone(), props.on_done.clone());
        Callback::from(move |_| {
            edit.emit(MapEdit::new(JourneyEdit::DeleteCard { card: id.clone() }));
            on_done.emit((id.to_string(), true));
        })
    };
    html! {
        <div class="card card--editing" id={format!("card-{}", c.id)} data-card={c.id.clone()}
            data-pos={props.pos.clone()} tabindex="-1" role="group" aria-label={format!("Editing card, {}", props.place)} {onfocusout} {onmousedown}>
            <textarea id={format!("card-text-{}", c.id)} class="card__input" rows="3" maxlength="2000"
                aria-label={format!("Card text, {}", props.place)} value={shown}
                {oninput} {onblur} {onkeydown} />
            <p class="card__keys">{ "Enter: done · Shift+Enter: new line · Esc: done" }</p>
            if props.lane == LaneKind::Touchpoints {
                <label class="card__field">{ "Channel " }
                    <select onchange={on_channel}>
                        <option value="" selected={c.channel.is_none()}>{ "Not set" }</option>
                        { for Channel::ALL.iter().map(|ch| html! {
                            <option value={ch.label()} selected={c.channel == Some(*ch)}>{ ch.label() }</option>
                        }) }
                    </select>
                </label>
                <label class="card__field">
                    <input type="checkbox" checked={c.moment_of_truth} onchange={on_truth} />
                    { " Moment of truth" }
                </label>
            }
            if feels {
                <label class="card__field">{ "Card emotion " }
                    <select onchange={on_emotion}>
                        <option value="" selected={c.feeling.is_none()}>{ "not set" }</option>
                        { for EMOTIONS.iter().map(|(v, _)| html! {
                            <option value={v.to_string()} selected={c.emotion() == Some(*v)}>{ emotion_text(*v) }</option>
                        }) }
                    </select>
                </label>
            }
            if props.lane == LaneKind::Kpis {
                <label class="card__field">{ "Linked KPI " }
                    <select onchange={on_kpi}>
                        <option value="" selected={c.kpi.is_none()}>{ "None" }</option>
                        { for props.kpi_options.iter().map(|(kid, name)| html! {
                            <option value={kid.clone()} selected={c.kpi.as_deref() == Some(kid.as_str())}>{ name.clone() }</option>
                        }) }
                    </select>
                </label>
                if props.kpi_options.is_empty() {
                    <span class="card__analysis">{ "No KPI data in this project yet (see its KPIs page)." }</span>
                }
            }
            { details }
            if props.lane == LaneKind::PainPoints {
                { analysis_control(props) }
            }
            <button type="button" class="button button--warning button--small" onclick={on_remove}>{ "Remove card" }</button>
        </div>
    }
}
