//! How an entry is being handled: the team's handling checklist, first-contact
//! resolution, escalation, the resolution and remedy (the Consumer Rights Act 2015's
//! remedies told apart from what the team offers of its own accord), whether it was
//! upheld, the follow-up and closing.

use super::entry_panel::{on_change, on_click, read_day, EntryPanelProps};
use crate::domain::complaints::edit::EntryChange;
use crate::domain::complaints::model::{Escalation, Remedy, MAX_TEXT_CHARS};
use yew::prelude::*;

/// Yes / no / not known, as three radio buttons named `name`.
fn yes_no(
    props: &EntryPanelProps,
    legend: &str,
    name: &str,
    value: Option<bool>,
    make: fn(Option<bool>) -> EntryChange,
) -> Html {
    let choices = [
        (Some(true), "Yes"),
        (Some(false), "No"),
        (None, "Not yet known"),
    ];
    html! {
        <fieldset class="field entry-choice">
            <legend>{ legend.to_string() }</legend>
            { for choices.into_iter().map(|(v, words)| {
                let id = format!("{name}-{}", words.to_lowercase().replace(' ', "-"));
                html! {
                    <label class="radio" for={id.clone()}>
                        <input type="radio" id={id} name={name.to_string()} checked={value == v}
                            onclick={on_click(props, make(v))} />
                        { words }
                    </label>
                }
            }) }
        </fieldset>
    }
}

/// The escalation with one field replaced by `set`.
fn escalation_with(
    props: &EntryPanelProps,
    set: impl Fn(&mut Escalation, String) + 'static,
) -> Callback<Event> {
    let current = props.entry.escalation.clone().unwrap_or(Escalation {
        level: 1,
        ..Escalation::default()
    });
    on_change(props, move |v| {
        let mut e = current.clone();
        set(&mut e, v);
        Some(EntryChange::Escalation(Some(e)))
    })
}

/// The handling sections of the open entry.
pub fn handling(props: &EntryPanelProps) -> Html {
    let c = &props.entry;
    let remedy_box = |r: Remedy| {
        let mut next = c.remedies.clone();
        let ticked = next.contains(&r);
        if ticked {
            next.retain(|x| *x != r);
        } else {
            next.push(r);
        }
        let id = format!("remedy-{}", r.words().replace(' ', "-"));
        html! {
            <label class="checkbox" for={id.clone()}>
                <input type="checkbox" id={id} checked={ticked} onclick={on_click(props, EntryChange::Remedies(next))} />
                { r.words() }
            </label>
        }
    };
    let escalation = c.escalation.clone();
    html! {
        <>
            <h3>{ "Handling" }</h3>
            <fieldset class="field entry-checklist">
                <legend>{ "Handling checklist" }</legend>
                { for props.steps.iter().map(|step| {
                    let ticked = c.checklist.iter().any(|s| s == step);
                    let id = format!("step-{}", step.to_lowercase().replace(' ', "-"));
                    html! {
                        <label class="checkbox" for={id.clone()}>
                            <input type="checkbox" id={id} checked={ticked}
                                onclick={on_click(props, EntryChange::Step { step: step.to_string(), ticked: !ticked })} />
                            { *step }
                        </label>
                    }
                }) }
            </fieldset>
            { yes_no(props, "Resolved at first contact?", "first-contact", c.first_contact, EntryChange::FirstContact) }
            <fieldset class="field entry-escalation">
                <legend>{ "Escalation" }</legend>
                if let Some(e) = &escalation {
                    <div class="entry-panel__row">
                        <div class="field">
                            <label for="esc-level">{ "Level" }</label>
                            <select id="esc-level" onchange={escalation_with(props, |e, v| e.level = v.parse().unwrap_or(1))}>
                                { for (1u8..=4).map(|l| html! { <option value={l.to_string()} selected={l == e.level}>{ format!("Level {l}") }</option> }) }
                            </select>
                        </div>
                        <div class="field">
                            <label for="esc-to">{ "Passed to" }</label>
                            <input id="esc-to" type="text" maxlength="120" value={e.to.clone()} placeholder="Team leader"
                                onchange={escalation_with(props, |e, v| e.to = v)} />
                        </div>
                        <div class="field">
                            <label for="esc-at">{ "On" }</label>
                            <input id="esc-at" type="date" value={e.at.map(|d| d.to_string()).unwrap_or_default()}
                                onchange={escalation_with(props, |e, v| e.at = read_day(&v))} />
                        </div>
                    </div>
                    <div class="field">
                        <label for="esc-why">{ "Why" }</label>
                        <textarea id="esc-why" rows="2" maxlength={MAX_TEXT_CHARS.to_string()} value={e.why.clone()}
                            onchange={escalation_with(props, |e, v| e.why = v)} />
                    </div>
                    <button type="button" class="button button--secondary button--small"
                        onclick={on_click(props, EntryChange::Escalation(None))}>{ "Clear the escalation" }</button>
                } else {
                    <p class="meta">{ "Not escalated." }</p>
                    <button type="button" class="button button--secondary button--small"
                        onclick={on_click(props, EntryChange::Escalation(Some(Escalation { level: 1, at: Some(props.today), ..Escalation::default() })))}>
                        { "Escalate" }
                    </button>
                }
            </fieldset>
            <div class="field">
                <label for="entry-resolution">{ "Resolution" }</label>
                <textarea id="entry-resolution" rows="2" maxlength={MAX_TEXT_CHARS.to_string()} value={c.resolution.clone()}
                    onchange={on_change(props, |v| Some(EntryChange::Resolution(v)))} />
            </div>
            <div class="entry-panel__row">
                <fieldset class="field">
                    <legend>{ "Remedy under the Consumer Rights Act 2015" }</legend>
                    { for Remedy::ALL.into_iter().filter(|r| r.statutory()).map(remedy_box) }
                </fieldset>
                <fieldset class="field">
                    <legend>{ "Offered by the team" }</legend>
                    { for Remedy::ALL.into_iter().filter(|r| !r.statutory()).map(remedy_box) }
                </fieldset>
            </div>
            { yes_no(props, "Upheld?", "upheld", c.upheld, EntryChange::Upheld) }
            <div class="entry-panel__row">
                <div class="field">
                    <label for="entry-follow-up">{ "Follow up on" }</label>
                    <input id="entry-follow-up" type="date" value={c.follow_up.map(|d| d.to_string()).unwrap_or_default()}
                        onchange={{ let done = c.follow_up_done; on_change(props, move |v| Some(EntryChange::FollowUp { due: read_day(&v), done })) }} />
                </div>
                <label class="checkbox" for="entry-follow-up-done">
                    <input type="checkbox" id="entry-follow-up-done" checked={c.follow_up_done}
                        onclick={on_click(props, EntryChange::FollowUp { due: c.follow_up, done: !c.follow_up_done })} />
                    { "Follow-up done" }
                </label>
            </div>
            <div class="entry-panel__row">
                if let Some(day) = c.closed {
                    <div class="field">
                        <label for="entry-closed">{ "Closed on" }</label>
                        <input id="entry-closed" type="date" value={day.to_string()}
                            onchange={on_change(props, |v| read_day(&v).map(|d| EntryChange::Closed(Some(d))))} />
                    </div>
                    <button type="button" class="button button--secondary" onclick={on_click(props, EntryChange::Closed(None))}>{ "Reopen" }</button>
                } else {
                    <button type="button" class="button" onclick={on_click(props, EntryChange::Closed(Some(props.today)))}>{ "Close today" }</button>
                }
            </div>
        </>
    }
}
