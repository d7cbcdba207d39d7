//! One entry of the log, open beside the list: its deadlines, what it is about (with the
//! personal data found in it and a one-step redaction), how it is being handled, and its
//! audit trail. Every control sends one change (one undo step, written in the trail).

use super::edit::change;
use super::entry_handling::handling;
use super::personal_data_marks::{count_words, has_financial, marked_text};
use crate::domain::complaints::clocks::entry_clocks;
use crate::domain::complaints::edit::{holds_personal_data, ComplaintEdit, EntryChange};
use crate::domain::complaints::model::{Channel, Complaint, Severity, MAX_TEXT_CHARS};
use crate::domain::complaints::personal_data::scan;
use crate::domain::complaints::settings::ComplaintSettings;
use crate::domain::dates::{show_date_time, show_day};
use crate::domain::DateStyle;
use crate::ui::browser::{event_value, now};
use crate::ui::route::Route;
use crate::ui::widgets::choice::{choice, words_options};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`EntryPanel`].
#[derive(Properties, Clone)]
pub struct EntryPanelProps {
    pub project: AttrValue,
    pub entry: Rc<Complaint>,
    pub settings: Rc<ComplaintSettings>,
    /// The steps of the team's handling model (HEAT, LASS or CRAFT).
    pub steps: &'static [&'static str],
    pub style: DateStyle,
    pub today: NaiveDate,
    pub on_edit: Callback<ComplaintEdit>,
}

impl PartialEq for EntryPanelProps {
    fn eq(&self, other: &Self) -> bool {
        // The entry and settings are shared values: the same pointer is the same value.
        Rc::ptr_eq(&self.entry, &other.entry)
            && Rc::ptr_eq(&self.settings, &other.settings)
            && self.project == other.project
            && self.steps == other.steps
            && self.style == other.style
            && self.today == other.today
            && self.on_edit == other.on_edit
    }
}

/// A callback sending the change `make` builds from a control's new value.
pub fn on_change(
    props: &EntryPanelProps,
    make: impl Fn(String) -> Option<EntryChange> + 'static,
) -> Callback<Event> {
    let pick = on_pick(props, make);
    Callback::from(move |e: Event| pick.emit(event_value(&e)))
}

/// A callback sending the change `make` builds from a list's picked value.
pub fn on_pick(
    props: &EntryPanelProps,
    make: impl Fn(String) -> Option<EntryChange> + 'static,
) -> Callback<String> {
    let (on_edit, id, by) = (
        props.on_edit.clone(),
        props.entry.id.clone(),
        props.settings.author(),
    );
    Callback::from(move |v: String| {
        if let Some(c) = make(v) {
            on_edit.emit(change(&id, c, &by));
        }
    })
}

/// A callback sending `c` when clicked.
pub fn on_click(props: &EntryPanelProps, c: EntryChange) -> Callback<MouseEvent> {
    let (on_edit, id, by) = (
        props.on_edit.clone(),
        props.entry.id.clone(),
        props.settings.author(),
    );
    Callback::from(move |_| on_edit.emit(change(&id, c.clone(), &by)))
}

/// Reads a date input's value; empty is none.
pub fn read_day(text: &str) -> Option<NaiveDate> {
    crate::domain::complaints::bank_holidays::parse_iso_date(text)
}

/// When a complaint was received, on the user's clock as typed: "30 Nov 2026, 14:37".
pub fn show_received(at: chrono::NaiveDateTime) -> String {
    use chrono::Timelike;
    format!(
        "{}, {:02}:{:02}",
        show_day(at.date()),
        at.hour(),
        at.minute()
    )
}

/// The entry open beside the list.
#[component]
pub fn EntryPanel(props: &EntryPanelProps) -> Html {
    let c = &props.entry;
    let draft = use_state(|| c.summary.clone());
    // Another change of the summary (undo, another tab) replaces the draft.
    {
        let draft = draft.clone();
        use_effect_with(c.summary.clone(), move |s| draft.set(s.clone()));
    }
    let finds = scan(&draft);
    let clocks = entry_clocks(
        c,
        &props.settings.scheme,
        &props.settings.holidays,
        props.today,
    );
    let commit_summary = {
        let (on_edit, id, by, draft) = (
            props.on_edit.clone(),
            c.id.clone(),
            props.settings.author(),
            draft.clone(),
        );
        let current = c.summary.clone();
        Callback::from(move |()| {
            if draft.trim() != current {
                on_edit.emit(change(&id, EntryChange::Summary((*draft).clone()), &by));
            }
        })
    };
    let redact = {
        let (on_edit, id, by) = (props.on_edit.clone(), c.id.clone(), props.settings.author());
        Callback::from(move |_| {
            on_edit.emit(ComplaintEdit::Redact {
                entry: Some(id.clone()),
                at: now(),
                by: by.clone(),
            })
        })
    };
    let remove = {
        let (on_edit, id) = (props.on_edit.clone(), c.id.clone());
        Callback::from(move |_| on_edit.emit(ComplaintEdit::Remove { entry: id.clone() }))
    };
    let list = Route::Complaints {
        id: props.project.to_string(),
    };
    let stored_finds = holds_personal_data(c);
    html! {
        <section class="panel entry-panel" aria-labelledby="entry-heading">
            <div class="entry-panel__head">
                <h2 id="entry-heading">{ format!("Complaint received {}", show_received(c.received)) }</h2>
                <Link<Route> to={list} classes="button button--secondary button--small">{ "Close" }</Link<Route>>
            </div>
            <h3>{ "Deadlines" }</h3>
            if clocks.is_empty() {
                <p class="empty">{ "The complaint scheme in Settings has no deadlines." }</p>
            } else {
                <ul class="entry-clocks">
                    { for clocks.iter().enumerate().map(|(i, k)| {
                        let name = k.name.clone();
                        let met_today = on_click(props, EntryChange::Met { clock: name.clone(), on: Some(props.today) });
                        let set_met = on_change(props, {
                            let name = name.clone();
                            move |v| Some(EntryChange::Met { clock: name.clone(), on: read_day(&v) })
                        });
                        let recorded = c.met.get(&k.name).copied();
                        html! {
                            <li class={classes!("entry-clock", k.breached().then_some("entry-clock--breached"))}>
                                <span class="entry-clock__name">{ k.name.clone() }</span>
                                <span>{ format!(" due {}", show_day(k.due)) }</span>
                                <span class="entry-clock__status">
                                    <span aria-hidden="true">{ format!(" {} ", k.status.icon()) }</span>
                                    { k.status.words() }
                                    if k.optional { { " (optional route)" } }
                                </span>
                                if c.open() {
                                    <span class="entry-clock__met">
                                        <label for={format!("met-{i}")}>{ format!("{} met on", k.name) }</label>
                                        <input id={format!("met-{i}")} type="date"
                                            value={recorded.map(|d| d.to_string()).unwrap_or_default()} onchange={set_met} />
                                        if recorded.is_none() {
                                            <button type="button" class="button button--small button--secondary" onclick={met_today}
                                                aria-label={format!("{} met today", k.name)}>{ "Met today" }</button>
                                        }
                                    </span>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
            <div class="field">
                <label for="entry-summary">{ "Summary" }</label>
                <textarea id="entry-summary" rows="3" maxlength={MAX_TEXT_CHARS.to_string()} value={(*draft).clone()}
                    oninput={{ let d = draft.clone(); Callback::from(move |e: InputEvent| d.set(event_value(&e))) }}
                    onchange={{ let commit = commit_summary.clone(); Callback::from(move |_: Event| commit.emit(())) }}
                    onkeydown={{ let commit = commit_summary.clone(); Callback::from(move |e: KeyboardEvent| {
                        if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) { e.prevent_default(); commit.emit(()); }
                    }) }} />
            </div>
            if !finds.is_empty() {
                <div class="pii-finds" role="status">
                    <p>
                        { format!("Personal data found: {}.", count_words(&finds)) }
                        if has_financial(&finds) { { " Payment or bank details must not be kept in a complaint log." } }
                    </p>
                    <p class="pii-finds__text">{ marked_text(&draft, &finds) }</p>
                </div>
            }
            if stored_finds {
                <button type="button" class="button button--small" onclick={redact}>{ "Redact personal data in this complaint" }</button>
            }
            <div class="entry-panel__row">
                { choice("entry-category", "Category", {
                    let mut all = vec![(String::new(), "(not yet known)".to_string())];
                    all.extend(words_options(props.settings.categories.iter().map(|k| k.name.as_str())));
                    // A category no longer in the team's list still shows as it is.
                    if !c.category.is_empty() && !all.iter().any(|(v, _)| *v == c.category) {
                        all.push((c.category.clone(), c.category.clone()));
                    }
                    all
                }, &c.category, on_pick(props, |v| Some(EntryChange::Category(v)))) }
                { choice("entry-channel", "Channel", words_options(Channel::ALL.map(|c| c.words())), c.channel.words(),
                    on_pick(props, |v| Channel::ALL.into_iter().find(|c| c.words() == v).map(EntryChange::Channel))) }
                { choice("entry-severity", "Severity", words_options(Severity::ALL.map(|s| s.words())), c.severity.words(),
                    on_pick(props, |v| Severity::ALL.into_iter().find(|s| s.words() == v).map(EntryChange::Severity))) }
                <div class="field">
                    <label for="entry-customer">{ "Customer reference" }</label>
                    <input id="entry-customer" type="text" maxlength="120" value={c.customer.clone()}
                        onchange={on_change(props, |v| Some(EntryChange::Customer(v)))} />
                </div>
            </div>
            { handling(props) }
            <h3>{ "Audit trail" }</h3>
            <ol class="audit-trail">
                { for c.audit.iter().rev().map(|r| html! {
                    <li>
                        <span class="meta">{ show_date_time(r.at, props.style) }{ " · " }{ r.by.clone() }{ " · " }</span>
                        { r.what.clone() }
                    </li>
                }) }
            </ol>
            <button type="button" class="button button--warning button--small" onclick={remove}>{ "Remove this complaint" }</button>
            <p class="hint">{ "Removing can be undone with Undo (Ctrl+Z)." }</p>
        </section>
    }
}
