//! A clock for countdowns on the page.

use gloo::timers::callback::Interval;
use yew::prelude::*;

/// Redraws every half second while `running`, so a countdown moves; gives the time of
/// this drawing (always now: a drawing caused by something else must not show a time
/// up to half a second old).
#[hook]
pub fn use_ticker(running: bool) -> f64 {
    let redraw = use_force_update();
    use_effect_with(running, move |running| {
        let tick = running.then(|| Interval::new(500, move || redraw.force_update()));
        move || drop(tick)
    });
    js_sys::Date::now()
}
