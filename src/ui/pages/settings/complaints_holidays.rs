//! Bank holidays in Settings: the region (which resets the list to the shipped one, after
//! a confirmation), the list of dates with add and remove, and a warning when the list
//! does not reach the deadlines to come.

use super::change;
use crate::domain::complaints::bank_holidays::{
    parse_iso_date, shipped_name, HolidayCalendar, Region,
};
use crate::domain::dates::show_date;
use crate::ui::browser::{event_value, now};
use crate::ui::hooks::use_workspace;
use chrono::Duration;
use yew::prelude::*;

/// How far ahead the list is checked: the longest usual scheme (8 weeks) with room.
const LOOK_AHEAD_DAYS: i64 = 183;

/// The bank holiday fields of the complaint log settings.
#[component]
pub(super) fn HolidayFields() -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let style = workspace.settings.date_style;
    let cal = &workspace.settings.complaints.holidays;
    let asking = use_state(|| None::<Region>);
    let new_date = use_state(String::new);
    let error = use_state(|| None::<String>);
    let on_region = {
        let asking = asking.clone();
        Callback::from(move |e: Event| {
            let i: usize = event_value(&e).parse().unwrap_or(0);
            asking.set(Region::ALL.get(i).copied());
        })
    };
    let on_reset = {
        let (ws, asking) = (ws.clone(), asking.clone());
        Callback::from(move |_| {
            if let Some(region) = *asking {
                change(&ws, |c| c.holidays = HolidayCalendar::shipped(region));
            }
            asking.set(None);
        })
    };
    let on_cancel = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(None))
    };
    let on_add = {
        let (ws, new_date, error) = (ws.clone(), new_date.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(day) = parse_iso_date(new_date.trim()) else {
                return error.set(Some("Pick the date of the bank holiday to add.".into()));
            };
            if ws.workspace().settings.complaints.holidays.is_holiday(day) {
                return error.set(Some("That date is already in the list.".into()));
            }
            change(&ws, |c| {
                c.holidays.add(day);
            });
            new_date.set(String::new());
            error.set(None);
        })
    };
    let today = now().date_naive();
    let warning = cal.warning_for(today).or_else(|| {
        cal.warning_for(today + Duration::days(LOOK_AHEAD_DAYS))
            .map(|w| format!("For deadlines in the next six months: {w}"))
    });
    let shown = asking.unwrap_or(cal.region);
    html! {
        <fieldset class="field">
            <legend><h3>{ "Bank holidays" }</h3></legend>
            <p class="hint">{ "Working and business days skip weekends and these dates. The shipped lists come from GOV.UK." }</p>
            <label for="holiday-region">{ "Part of the UK" }</label>
            <select id="holiday-region" onchange={on_region}>
                { for Region::ALL.iter().enumerate().map(|(i, r)| html! {
                    <option value={i.to_string()} selected={*r == shown}>{ r.name() }</option>
                }) }
            </select>
            if let Some(region) = *asking {
                <div class="confirm" role="group" aria-labelledby="holiday-reset-title">
                    <p id="holiday-reset-title"><strong>{ format!("Use the bank holidays of {}?", region.name()) }</strong></p>
                    <p>{ format!("This replaces the {} dates below, with any you added or removed.", cal.dates.len()) }</p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={on_reset}>{ format!("Use the {} list", region.name()) }</button>
                        <button type="button" class="button button--secondary" onclick={on_cancel}>{ "Keep the current list" }</button>
                    </div>
                </div>
            }
            if let Some(w) = warning {
                <p class="banner banner--warning" role="status">{ w }</p>
            }
            if cal.dates.is_empty() {
                <p class="empty">{ "No bank holidays listed: only weekends are skipped." }</p>
            }
            <ul class="holiday-list">
                { for cal.dates.iter().map(|day| {
                    let day = *day;
                    let shown = show_date(day, style);
                    let remove = {
                        let ws = ws.clone();
                        Callback::from(move |_| change(&ws, |c| { c.holidays.remove(day); }))
                    };
                    html! {
                        <li key={shown.clone()}>
                            { shown.clone() }
                            if let Some(name) = shipped_name(cal.region, day) { { format!(" · {name}") } }
                            <button type="button" class="button button--secondary button--small" onclick={remove}>{ format!("Remove bank holiday {shown}") }</button>
                        </li>
                    }
                }) }
            </ul>
            <form onsubmit={on_add} novalidate=true>
                if let Some(e) = &*error {
                    <p class="field-error" id="new-holiday-error" role="alert">{ e.clone() }</p>
                }
                <label for="new-holiday">{ "Add a bank holiday" }</label>
                <input id="new-holiday" type="date" value={(*new_date).clone()}
                    aria-describedby={error.is_some().then_some("new-holiday-error")}
                    onchange={{ let n = new_date.clone(); Callback::from(move |e: Event| n.set(event_value(&e))) }} />
                <button type="submit" class="button button--small">{ "Add date" }</button>
            </form>
        </fieldset>
    }
}
