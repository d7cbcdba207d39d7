//! The facilitator's dot voting on causes: who takes part, how many dots each, who is
//! voting now, a dot on or off the selected cause, and the causes with dots, most
//! first. The presenter view shows the same ranking on the projector.

use super::edit::FishboneChange;
use crate::domain::fishbone::{Fishbone, FishboneEdit};
use crate::domain::journey::countdown::Countdown;
use crate::domain::journey::live::LiveMessage;
use crate::ui::browser::event_value;
use crate::ui::hooks::live_channel::{use_live_channel, LiveChannel};
use crate::ui::route::Route;
use crate::ui::widgets::CountdownControl;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`WorkshopPanel`].
#[derive(Properties, PartialEq)]
pub struct WorkshopPanelProps {
    pub fishbone: Rc<Fishbone>,
    /// The selected cause's id and text.
    #[prop_or_default]
    pub selected: Option<(AttrValue, AttrValue)>,
    pub on_edit: Callback<FishboneChange>,
    pub presenter: Route,
    /// The project's id, for the live channel's messages.
    pub project: AttrValue,
}

fn dot_buttons(
    edit: &Callback<FishboneChange>,
    cause: &str,
    text: &str,
    who: &str,
    left: u32,
    has_dot: bool,
) -> Html {
    let vote = |take: bool| {
        let (edit, cause, participant) = (edit.clone(), cause.to_string(), who.to_string());
        Callback::from(move |_: MouseEvent| {
            let (cause, participant) = (cause.clone().into(), participant.clone());
            edit.emit(FishboneChange::new(if take {
                FishboneEdit::TakeDot { cause, participant }
            } else {
                FishboneEdit::CastDot { cause, participant }
            }))
        })
    };
    html! {
        <span class="votes__buttons">
            <button type="button" class="button button--small" disabled={who.is_empty() || left == 0}
                aria-label={format!("Place a dot for {who} on {text}")} onclick={vote(false)}>{ "+ dot" }</button>
            <button type="button" class="button button--secondary button--small" disabled={!has_dot}
                aria-label={format!("Take back a dot of {who} from {text}")} onclick={vote(true)}>{ "− dot" }</button>
        </span>
    }
}

/// The workshop tools.
#[component]
pub fn WorkshopPanel(props: &WorkshopPanelProps) -> Html {
    let countdown = use_live_countdown(props.project.clone(), props.fishbone.id.to_string().into());
    let participant = use_state(String::new);
    let new_participant = use_state(String::new);
    let dots_typed = use_state(|| None::<String>);
    let f = &props.fishbone;
    let workshop = &f.workshop;
    let edit = props.on_edit.clone();
    let send = {
        let edit = edit.clone();
        move |e: FishboneEdit| edit.emit(FishboneChange::new(e))
    };
    let add_participant = {
        let (send, name, participant) =
            (send.clone(), new_participant.clone(), participant.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n = name.trim().to_string();
            if n.is_empty() {
                return;
            }
            send(FishboneEdit::AddParticipant { name: n.clone() });
            participant.set(n);
            name.set(String::new());
        })
    };
    let set_dots = {
        let (send, typed) = (send.clone(), dots_typed.clone());
        Callback::from(move |e: Event| {
            let dots = event_value(&e).parse::<u32>().unwrap_or(0);
            typed.set(None);
            send(FishboneEdit::SetDotsPerParticipant { dots });
        })
    };
    let clear = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send(FishboneEdit::ClearDots))
    };
    let who = if workshop.participants.contains(&*participant) {
        (*participant).clone()
    } else {
        workshop.participants.first().cloned().unwrap_or_default()
    };
    let left = f.dots_left(&who);
    let has_dot = |cause: &str| {
        f.cause(cause)
            .is_some_and(|c| c.votes.iter().any(|(p, n)| *p == who && *n > 0))
    };
    let ranking = f.ranking();
    html! {
        <section class="panel workshop fb-workshop" aria-labelledby="workshop-heading">
            <h2 id="workshop-heading">{ "Workshop" }</h2>
            <p>
                <Link<Route> to={props.presenter.clone()} classes="button button--small">{ "Presenter view" }</Link<Route>>
                <span class="hint">{ " For the projector: the picture and the dots, no editing." }</span>
            </p>
            <h3>{ "Countdown" }</h3>
            <CountdownControl countdown={countdown.0} on_countdown={countdown.1} />
            <h3>{ "Dot voting" }</h3>
            <form class="field--inline" onsubmit={add_participant}>
                <label for="new-participant">{ "Participant" }</label>
                <input id="new-participant" type="text" maxlength="60" value={(*new_participant).clone()}
                    oninput={{ let p = new_participant.clone(); Callback::from(move |e: InputEvent| p.set(event_value(&e))) }} />
                <button type="submit" class="button button--secondary button--small">{ "Add participant" }</button>
                <label for="dots-each">{ "Dots each" }</label>
                <input id="dots-each" type="number" min="1" max="20" class="input--short"
                    value={(*dots_typed).clone().unwrap_or_else(|| workshop.dots_per_participant.to_string())}
                    oninput={{ let t = dots_typed.clone(); Callback::from(move |e: InputEvent| t.set(Some(event_value(&e)))) }}
                    onchange={set_dots} />
            </form>
            if workshop.participants.is_empty() {
                <p class="empty">{ "Add the participants first; each gets their dots to place on the causes they think matter most." }</p>
            } else {
                <ul class="fb-participants">
                    { for workshop.participants.iter().map(|p| {
                        let on_remove = {
                            let (send, name) = (send.clone(), p.clone());
                            Callback::from(move |_: MouseEvent| send(FishboneEdit::RemoveParticipant { name: name.clone() }))
                        };
                        html! {
                            <li key={p.clone()}>
                                { p.clone() }
                                <span class="meta">{ format!(" · {} of {} dots placed", f.dots_used(p), workshop.dots_per_participant) }</span>
                                <button type="button" class="button button--secondary button--small" onclick={on_remove}
                                    aria-label={format!("Remove {p} and their dots")}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
                <div class="field--inline">
                    <label for="voter">{ "Voting now" }</label>
                    <select id="voter" onchange={{ let p = participant.clone(); Callback::from(move |e: Event| p.set(event_value(&e))) }}>
                        { for workshop.participants.iter().map(|p| html! {
                            <option value={p.clone()} selected={*p == who}>{ p.clone() }</option>
                        }) }
                    </select>
                    <span aria-live="polite">{ format!("{left} of {} dots left", workshop.dots_per_participant) }</span>
                </div>
                if let Some((id, text)) = &props.selected {
                    <p class="fb-workshop__selected">
                        { "Selected cause: " }<strong>{ text.clone() }</strong>{ " " }
                        { dot_buttons(&edit, id, text, &who, left, has_dot(id)) }
                    </p>
                }
            }
            if ranking.is_empty() {
                <p class="empty">{ "No dots on any cause yet." }</p>
            } else {
                <table class="votes">
                    <caption class="visually-hidden">{ "Causes with dots, most first" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Cause" }</th><th scope="col">{ "Category" }</th>
                        <th scope="col">{ "Dots" }</th><th scope="col"><span class="visually-hidden">{ "Vote" }</span></th>
                    </tr></thead>
                    <tbody>
                        { for ranking.iter().map(|r| html! {
                            <tr key={r.cause.to_string()}>
                                <td>{ r.text.clone() }</td>
                                <td>{ r.category.clone() }</td>
                                <td class="num">{ r.dots }</td>
                                <td>{ dot_buttons(&edit, &r.cause, &r.text, &who, left, has_dot(&r.cause)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <button type="button" class="button button--warning button--small" onclick={clear}>{ "Clear all dots" }</button>
            }
        </section>
    }
}

/// How long after its hello a window takes up a presenter's countdown.
const ANSWER_WITHIN_MS: f64 = 2_000.0;

/// The workshop countdown of this diagram, shared with its presenter window over the
/// live channel: set here, it is sent there; a presenter already running answers this
/// window's hello with the countdown the room sees.
#[hook]
fn use_live_countdown(project: AttrValue, fishbone: AttrValue) -> (Countdown, Callback<Countdown>) {
    let countdown = use_state(|| Countdown::minutes(10));
    let hello_at = use_mut_ref(|| f64::NEG_INFINITY);
    let set_here = use_mut_ref(|| false);
    let latest = use_mut_ref(|| *countdown);
    *latest.borrow_mut() = *countdown;
    let channel = {
        let (countdown, hello_at, set_here) =
            (countdown.setter(), hello_at.clone(), set_here.clone());
        let (pid, fid, latest) = (project.to_string(), fishbone.to_string(), latest.clone());
        use_live_channel(Callback::from(
            move |(msg, reply): (LiveMessage, LiveChannel)| {
                if msg.about() != (pid.as_str(), fid.as_str()) {
                    return;
                }
                match msg {
                    // A presenter answering this window's hello: its countdown is the one
                    // the room sees.
                    LiveMessage::Timer { countdown: c, .. } => {
                        let answer = js_sys::Date::now() - *hello_at.borrow() < ANSWER_WITHIN_MS;
                        if answer && !*set_here.borrow() {
                            countdown.set(c);
                        }
                    }
                    // A presenter window opened: it shows this window's countdown.
                    LiveMessage::Hello { .. } => reply.send(&LiveMessage::Timer {
                        project: pid.clone(),
                        journey: fid.clone(),
                        countdown: *latest.borrow(),
                    }),
                    _ => {}
                }
            },
        ))
    };
    {
        let (channel, pid, fid) = (channel.clone(), project.to_string(), fishbone.to_string());
        use_effect_with((), move |_| {
            *hello_at.borrow_mut() = js_sys::Date::now();
            channel.send(&LiveMessage::Hello {
                project: pid,
                journey: fid,
            });
        });
    }
    let on_countdown = {
        let countdown = countdown.clone();
        Callback::from(move |c: Countdown| {
            *set_here.borrow_mut() = true;
            channel.send(&LiveMessage::Timer {
                project: project.to_string(),
                journey: fishbone.to_string(),
                countdown: c,
            });
            countdown.set(c);
        })
    };
    (*countdown, on_countdown)
}
