//! The complaint scheme in Settings: start from a preset (which replaces the clocks),
//! then adjust each clock, add or remove clocks, with the scheme's problems shown.

use super::{change, number};
use crate::domain::complaints::deadlines::{Clock, Scheme, SchemePreset, Span, Start, MAX_SPAN};
use crate::ui::browser::event_value;
use crate::ui::hooks::use_workspace;
use crate::ui::widgets::DraftInput;
use yew::prelude::*;

/// The kinds of span offered, with their words.
const SPANS: [(&str, &str); 4] = [
    ("working", "working days"),
    ("business", "business days"),
    ("calendar", "calendar days"),
    ("weeks", "weeks"),
];

fn span_kind(span: Span) -> &'static str {
    match span {
        Span::WorkingDays(_) => "working",
        Span::BusinessDays(_) => "business",
        Span::CalendarDays(_) => "calendar",
        Span::Weeks(_) => "weeks",
    }
}

fn span_units(span: Span) -> u32 {
    match span {
        Span::WorkingDays(n) | Span::BusinessDays(n) | Span::CalendarDays(n) | Span::Weeks(n) => n,
    }
}

fn make_span(kind: &str, n: u32) -> Span {
    match kind {
        "business" => Span::BusinessDays(n),
        "calendar" => Span::CalendarDays(n),
        "weeks" => Span::Weeks(n),
        _ => Span::WorkingDays(n),
    }
}

/// Removes clock `i`: clocks counted from it count from the received day, and later
/// references move down one so each still names the same clock.
fn remove_clock(scheme: &mut Scheme, i: usize) {
    if i >= scheme.clocks.len() {
        return;
    }
    scheme.clocks.remove(i);
    for c in &mut scheme.clocks {
        c.from = match c.from {
            Start::Clock(j) if j == i => Start::Received,
            Start::Clock(j) if j > i => Start::Clock(j - 1),
            other => other,
        };
    }
}

/// The scheme fields of the complaint log settings.
#[component]
pub(super) fn SchemeFields() -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let scheme = &workspace.settings.complaints.scheme;
    let preset = {
        // Offered first: the preset the current scheme was made from, if its name says.
        let name = scheme.name.clone();
        use_state(move || {
            SchemePreset::ALL
                .into_iter()
                .find(|p| p.name() == name)
                .unwrap_or(SchemePreset::FcaDisp)
        })
    };
    let error = use_state(|| None::<String>);
    let on_preset = {
        let preset = preset.clone();
        Callback::from(move |e: Event| {
            let i: usize = event_value(&e).parse().unwrap_or(0);
            preset.set(
                SchemePreset::ALL
                    .get(i)
                    .copied()
                    .unwrap_or(SchemePreset::Custom),
            );
        })
    };
    let on_use_preset = {
        let (ws, preset) = (ws.clone(), preset.clone());
        Callback::from(move |_| change(&ws, |c| c.scheme = preset.build()))
    };
    let on_scheme_name = {
        let ws = ws.clone();
        Callback::from(move |name: String| {
            let name = name.trim().to_string();
            change(&ws, |c| c.scheme.name = name);
        })
    };
    let on_add = {
        let ws = ws.clone();
        Callback::from(move |_| {
            change(&ws, |c| {
                let n = c.scheme.clocks.len() + 1;
                c.scheme.clocks.push(Clock::new(
                    &format!("Clock {n}"),
                    Span::WorkingDays(5),
                    Start::Received,
                ));
            })
        })
    };
    let problems = scheme.problems();
    html! {
        <fieldset class="field">
            <legend><h3>{ "Complaint scheme" }</h3></legend>
            <p class="hint">{ "The rules whose clocks set each complaint's deadlines. Start from a preset, then adjust it to your team's promises." }</p>
            <label for="scheme-preset">{ "Preset" }</label>
            <select id="scheme-preset" onchange={on_preset} aria-describedby="scheme-preset-source">
                { for SchemePreset::ALL.iter().enumerate().map(|(i, p)| html! {
                    <option value={i.to_string()} selected={*preset == *p}>{ p.name() }</option>
                }) }
            </select>
            <p class="hint" id="scheme-preset-source">{ format!("Source: {}. Check it against the current rules before relying on it.", preset.source()) }</p>
            <button type="button" class="button button--secondary button--small" onclick={on_use_preset}>
                { format!("Use {} (replaces the clocks below)", preset.name()) }</button>
            <div class="field">
                <label for="scheme-name">{ "Scheme name" }</label>
                <DraftInput id="scheme-name" maxlength="120" value={scheme.name.clone()} on_commit={on_scheme_name} />
            </div>
            if !problems.is_empty() {
                <div class="banner banner--warning" role="alert">
                    <p><strong>{ "The scheme needs fixing:" }</strong></p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                </div>
            }
            if let Some(e) = &*error {
                <p class="field-error" id="clock-error" role="alert">{ e.clone() }</p>
            }
            if scheme.clocks.is_empty() {
                <p class="empty">{ "No clocks: complaints get no deadlines. Add one below." }</p>
            }
            { for scheme.clocks.iter().enumerate().map(|(i, clock)| clock_fields(&ws, &error, scheme, i, clock)) }
            <button type="button" class="button button--small" onclick={on_add}>{ "Add a clock" }</button>
        </fieldset>
    }
}

/// The fields of clock `i`.
fn clock_fields(
    ws: &crate::ui::hooks::WorkspaceHandle,
    error: &UseStateHandle<Option<String>>,
    scheme: &Scheme,
    i: usize,
    clock: &Clock,
) -> Html {
    let id = |what: &str| format!("clock-{i}-{what}");
    let edit = |f: fn(&mut Clock, String) -> Result<(), String>| {
        let (ws, error) = (ws.clone(), error.clone());
        Callback::from(move |value: String| {
            let mut s = ws.workspace().settings.complaints.scheme.clone();
            let Some(c) = s.clocks.get_mut(i) else { return };
            match f(c, value) {
                Ok(()) => {
                    error.set(None);
                    change(&ws, |cs| cs.scheme = s);
                }
                Err(why) => error.set(Some(why)),
            }
        })
    };
    let on_name = edit(|c, v| {
        let name = v.trim();
        if name.is_empty() {
            return Err("Give the clock a name.".into());
        }
        c.name = name.to_string();
        Ok(())
    });
    let on_kind = edit(|c, v| {
        c.after = make_span(&v, span_units(c.after));
        Ok(())
    });
    let on_units = edit(|c, v| {
        let n = number(&v, 0, MAX_SPAN).ok_or(format!(
            "The length must be a whole number from 0 to {MAX_SPAN}."
        ))?;
        c.after = make_span(span_kind(c.after), n);
        Ok(())
    });
    let on_from = edit(|c, v| {
        c.from = match v.parse::<usize>() {
            Ok(j) => Start::Clock(j),
            Err(_) => Start::Received,
        };
        Ok(())
    });
    let on_optional = {
        let ws = ws.clone();
        let now = !clock.optional;
        Callback::from(move |_: Event| {
            change(&ws, |c| {
                if let Some(k) = c.scheme.clocks.get_mut(i) {
                    k.optional = now
                }
            })
        })
    };
    let on_remove = {
        let ws = ws.clone();
        Callback::from(move |_| change(&ws, |c| remove_clock(&mut c.scheme, i)))
    };
    let kind = span_kind(clock.after);
    html! {
        <fieldset class="scheme-clock" key={format!("{i}-{}", clock.name)}>
            <legend>{ format!("Clock {}: {}", i + 1, clock.name) }</legend>
            <label for={id("name")}>{ format!("Name of clock {}", i + 1) }</label>
            <DraftInput id={id("name")} maxlength="120" value={clock.name.clone()} on_commit={on_name} />
            <label for={id("units")}>{ format!("Length of clock {}", i + 1) }</label>
            <DraftInput id={id("units")} kind="number" min="0" max={MAX_SPAN.to_string()} value={span_units(clock.after).to_string()} on_commit={on_units} />
            <label for={id("kind")}>{ format!("Clock {} counted in", i + 1) }</label>
            <select id={id("kind")} onchange={on_kind.reform(|e: Event| event_value(&e))}>
                { for SPANS.iter().map(|(k, words)| html! { <option value={*k} selected={*k == kind}>{ *words }</option> }) }
            </select>
            <label for={id("from")}>{ format!("Clock {} counts from", i + 1) }</label>
            <select id={id("from")} onchange={on_from.reform(|e: Event| event_value(&e))}>
                <option value="received" selected={clock.from == Start::Received}>{ "the day the complaint was received" }</option>
                { for scheme.clocks.iter().take(i).enumerate().map(|(j, other)| html! {
                    <option value={j.to_string()} selected={clock.from == Start::Clock(j)}>{ format!("when \u{201c}{}\u{201d} is met", other.name) }</option>
                }) }
                if let Start::Clock(j) = clock.from {
                    if j >= i {
                        <option value={j.to_string()} selected=true>{ format!("clock {} (does not come before it)", j + 1) }</option>
                    }
                }
            </select>
            <div class="checkbox">
                <input type="checkbox" id={id("optional")} checked={clock.optional} onchange={on_optional} />
                <label for={id("optional")}>{ format!("Clock {} is an optional route (passing it unmet is not overdue)", i + 1) }</label>
            </div>
            <button type="button" class="button button--secondary button--small" onclick={on_remove}>
                { format!("Remove clock {}", clock.name) }</button>
        </fieldset>
    }
}
