//! The workshop countdown's controls (set minutes, start, pause, reset), shared by every
//! tool with a workshop mode; the presenter window shows the same clock.

use crate::domain::journey::countdown::{clock_text, Countdown};
use crate::ui::browser::event_value;
use crate::ui::hooks::ticker::use_ticker;
use yew::prelude::*;

/// Props of [`CountdownControl`].
#[derive(Properties, PartialEq)]
pub struct CountdownControlProps {
    pub countdown: Countdown,
    pub on_countdown: Callback<Countdown>,
}

/// Set, start, pause and reset the countdown.
#[component]
pub fn CountdownControl(props: &CountdownControlProps) -> Html {
    let minutes = use_state(|| 10u32);
    let now = use_ticker(props.countdown.is_ticking(js_sys::Date::now()));
    let c = props.countdown;
    let set_timer = {
        let (minutes, on) = (minutes.clone(), props.on_countdown.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on.emit(Countdown::minutes(*minutes));
        })
    };
    let start_pause = {
        let on = props.on_countdown.clone();
        Callback::from(move |_| {
            let t = js_sys::Date::now();
            on.emit(if c.is_running() {
                c.pause(t)
            } else {
                c.start(t)
            });
        })
    };
    let reset = {
        let on = props.on_countdown.clone();
        Callback::from(move |_| on.emit(c.reset()))
    };
    html! {
        <form class="field--inline" onsubmit={set_timer}>
            <label for="timer-minutes">{ "Minutes" }</label>
            <input id="timer-minutes" type="number" min="1" max="240" value={minutes.to_string()} class="input--short"
                oninput={{ let m = minutes.clone(); Callback::from(move |e: InputEvent| m.set(event_value(&e).parse().unwrap_or(10))) }} />
            <button type="submit" class="button button--secondary button--small">{ "Set countdown" }</button>
            <span class="clock" role="timer" aria-label="Time left">{ clock_text(c.remaining(now)) }</span>
            <button type="button" class="button button--small" disabled={c.set_ms <= 0.0 || c.is_finished(now)} onclick={start_pause}>
                { if c.is_ticking(now) { "Pause" } else { "Start" } }
            </button>
            if c.is_finished(now) { <span class="status status--bad">{ "Time is up" }</span> }
            <button type="button" class="button button--secondary button--small" onclick={reset}>{ "Reset" }</button>
        </form>
    }
}
