//! The facilitator's workshop tools beside the map: open the presenter window, set
//! and run the countdown, and record dot votes on pain points and opportunities, per
//! participant, within each participant's allowance.

use super::edit::{event_value, MapEdit};
use super::voting_table::VotingTable;
use crate::domain::journey::countdown::Countdown;
use crate::domain::journey::{JourneyEdit, VoteRow, Workshop};
use crate::ui::widgets::CountdownControl;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`WorkshopPanel`].
#[derive(Properties, PartialEq)]
pub struct WorkshopPanelProps {
    pub workshop: Workshop,
    /// Dots each participant has placed.
    pub dots_used: Rc<Vec<(String, u32)>>,
    pub board: Rc<Vec<VoteRow>>,
    pub on_edit: Callback<MapEdit>,
    pub countdown: Countdown,
    pub on_countdown: Callback<Countdown>,
    /// The presenter view's address.
    pub presenter_url: AttrValue,
}

/// The workshop tools.
#[component]
pub fn WorkshopPanel(props: &WorkshopPanelProps) -> Html {
    let participant = use_state(String::new);
    let new_participant = use_state(String::new);
    let workshop = &props.workshop;

    let open_presenter = {
        let url = props.presenter_url.clone();
        Callback::from(move |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.open_with_url_and_target_and_features(&url, "cx-presenter", "popup");
            }
        })
    };
    let add_participant = {
        let (edit, name, participant) = (
            props.on_edit.clone(),
            new_participant.clone(),
            participant.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n = name.trim().to_string();
            if n.is_empty() {
                return;
            }
            edit.emit(MapEdit::new(JourneyEdit::AddParticipant {
                name: n.clone(),
            }));
            participant.set(n);
            name.set(String::new());
        })
    };
    // What is typed in "Dots each" until it is committed: a redraw meanwhile (a save
    // landing, a message from the presenter) must not put the old number back.
    let dots_typed = use_state(|| None::<String>);
    let type_dots = {
        let typed = dots_typed.clone();
        Callback::from(move |e: InputEvent| typed.set(Some(event_value(&e))))
    };
    let set_dots = {
        let (edit, typed) = (props.on_edit.clone(), dots_typed.clone());
        Callback::from(move |e: Event| {
            let n = event_value(&e).parse::<u32>().unwrap_or(0);
            typed.set(None);
            edit.emit(MapEdit::new(JourneyEdit::SetDotsPerParticipant { dots: n }));
        })
    };
    let clear = {
        let edit = props.on_edit.clone();
        Callback::from(move |_| edit.emit(MapEdit::new(JourneyEdit::ClearDots)))
    };
    let who = if workshop.participants.contains(&*participant) {
        (*participant).clone()
    } else {
        workshop.participants.first().cloned().unwrap_or_default()
    };
    let used = props
        .dots_used
        .iter()
        .find(|(p, _)| *p == who)
        .map_or(0, |(_, n)| *n);
    let left = workshop.dots_per_participant.saturating_sub(used);

    html! {
        <section class="panel workshop" aria-labelledby="workshop-heading">
            <h2 id="workshop-heading">{ "Workshop" }</h2>
            <div class="button-row">
                <button type="button" class="button" onclick={open_presenter}>{ "Open presenter window" }</button>
                <span class="hint">{ "Put it on the projector: it follows your edits as you type." }</span>
            </div>
            <h3>{ "Countdown" }</h3>
            <CountdownControl countdown={props.countdown} on_countdown={props.on_countdown.clone()} />
            <h3>{ "Dot voting" }</h3>
            <form class="field--inline" onsubmit={add_participant}>
                <label for="new-participant">{ "Participant" }</label>
                <input id="new-participant" type="text" maxlength="60" value={(*new_participant).clone()}
                    oninput={{ let p = new_participant.clone(); Callback::from(move |e: InputEvent| p.set(event_value(&e))) }} />
                <button type="submit" class="button button--secondary button--small">{ "Add participant" }</button>
                <label for="dots-each">{ "Dots each" }</label>
                <input id="dots-each" type="number" min="1" max="20" class="input--short"
                    value={(*dots_typed).clone().unwrap_or_else(|| workshop.dots_per_participant.to_string())}
                    oninput={type_dots} onchange={set_dots} />
            </form>
            if workshop.participants.is_empty() {
                <p class="empty">{ "Add the participants first; each gets their dots to place on pain points and opportunities." }</p>
            } else {
                <div class="field--inline">
                    <label for="voter">{ "Voting now" }</label>
                    <select id="voter" onchange={{ let p = participant.clone(); Callback::from(move |e: Event| p.set(event_value(&e))) }}>
                        { for workshop.participants.iter().map(|p| html! {
                            <option value={p.clone()} selected={*p == who}>{ p.clone() }</option>
                        }) }
                    </select>
                    <span aria-live="polite">{ format!("{left} of {} dots left", workshop.dots_per_participant) }</span>
                </div>
            }
            if props.board.is_empty() {
                <p class="empty">{ "No pain points or opportunities on the map yet." }</p>
            } else {
                <VotingTable board={props.board.clone()} who={AttrValue::from(who.clone())} left={left}
                    on_edit={props.on_edit.clone()} />
                <button type="button" class="button button--warning button--small" onclick={clear}>{ "Clear all dots" }</button>
            }
        </section>
    }
}
