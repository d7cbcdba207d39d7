//! Logging a complaint, keyboard first: the summary is focused, Enter in a one-line field
//! or Ctrl+Enter in the summary logs it, and the form stays open with the channel and
//! category kept, ready for the next call. Personal data typed in the summary is shown
//! as it is found, with a one-step redaction.

use super::personal_data_marks::{count_words, marked_text};
use crate::domain::complaints::edit::ComplaintEdit;
use crate::domain::complaints::model::{Channel, Complaint, ComplaintId, Severity, MAX_TEXT_CHARS};
use crate::domain::complaints::personal_data::{redact, scan};
use crate::domain::complaints::settings::ComplaintSettings;
use crate::ui::browser::{event_value, focus_by_id, local_now, now, random_u64};
use crate::ui::widgets::choice::{choice, words_options};
use chrono::NaiveDateTime;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`LogForm`].
#[derive(Properties, PartialEq)]
pub struct LogFormProps {
    pub settings: Rc<ComplaintSettings>,
    pub on_edit: Callback<ComplaintEdit>,
    /// Folded away (an entry is open): one click or Enter on its heading opens it.
    #[prop_or_default]
    pub folded: bool,
}

/// The value a `datetime-local` input takes ("2026-12-01T09:05"). Written by hand, as
/// chrono's formatting machinery would add to every download of the app.
pub fn input_time(at: NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute()
    )
}

/// Reads a `datetime-local` input's value (seconds, when a browser adds them, dropped).
pub fn read_time(text: &str) -> Option<NaiveDateTime> {
    let (day, time) = text.split_once('T')?;
    let day = crate::domain::complaints::bank_holidays::parse_iso_date(day)?;
    let mut parts = time.split(':').map(|p| p.parse::<u32>().ok());
    let (h, m) = (parts.next()??, parts.next()??);
    day.and_hms_opt(h, m, 0)
}

/// The form that logs a complaint.
#[component]
pub fn LogForm(props: &LogFormProps) -> Html {
    let summary = use_state(String::new);
    let customer = use_state(String::new);
    let received = use_state(|| input_time(local_now()));
    let channel = use_state(|| Channel::Phone);
    let category = use_state(String::new);
    let severity = use_state(|| Severity::Medium);
    let error = use_state(|| None::<String>);
    let logged = use_state(|| None::<String>);
    let finds = scan(&summary);
    let submit = {
        let (summary, customer, received, channel, category, severity, error, logged) = (
            summary.clone(),
            customer.clone(),
            received.clone(),
            channel.clone(),
            category.clone(),
            severity.clone(),
            error.clone(),
            logged.clone(),
        );
        let (on_edit, by) = (props.on_edit.clone(), props.settings.author());
        Callback::from(move |()| {
            let text = summary.trim().to_string();
            if text.is_empty() {
                error.set(Some("Say what the complaint is about.".into()));
                focus_by_id("log-summary");
                return;
            }
            let Some(at) = read_time(&received) else {
                error.set(Some(
                    "Give the date and time the complaint was received.".into(),
                ));
                focus_by_id("log-received");
                return;
            };
            let mut c = Complaint::new(ComplaintId::fresh(random_u64()), at, &text);
            c.channel = *channel;
            c.category = (*category).clone();
            c.severity = *severity;
            c.customer = customer.trim().to_string();
            on_edit.emit(ComplaintEdit::Log {
                complaint: Box::new(c),
                at: now(),
                by: by.clone(),
            });
            logged.set(Some(format!("Logged: \u{201c}{text}\u{201d}.")));
            error.set(None);
            summary.set(String::new());
            customer.set(String::new());
            received.set(input_time(local_now()));
            focus_by_id("log-summary");
        })
    };
    let on_submit = {
        let submit = submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            submit.emit(());
        })
    };
    let on_summary_keys = {
        let submit = submit.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                submit.emit(());
            }
        })
    };
    let redact_summary = {
        let summary = summary.clone();
        Callback::from(move |_| summary.set(redact(&summary).0))
    };
    let text_input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.set(event_value(&e)))
    };
    html! {
        <details class="panel log-form-panel" open={!props.folded}>
            <summary><h2 id="log-heading">{ "Log a complaint" }</h2></summary>
            <p class="visually-hidden" role="status" aria-live="polite">{ (*logged).clone().unwrap_or_default() }</p>
            if let Some(e) = &*error {
                <p class="field-error" id="log-error" role="alert">{ e.clone() }</p>
            }
            <form onsubmit={on_submit} novalidate=true class="log-form">
                <div class="field log-form__summary">
                    <label for="log-summary">{ "What is the complaint about?" }</label>
                    <textarea id="log-summary" rows="2" maxlength={MAX_TEXT_CHARS.to_string()}
                        value={(*summary).clone()} oninput={text_input(&summary)} onkeydown={on_summary_keys}
                        aria-describedby="log-summary-hint"
                        placeholder="Parcel left on the doorstep in the rain; second time this month" />
                    <p class="hint" id="log-summary-hint">{ "Ctrl+Enter logs it. Keep names, e-mail addresses and phone numbers out: they are found as you type." }</p>
                    if !finds.is_empty() {
                        <div class="pii-finds" role="status">
                            <p>{ format!("Personal data found: {}.", count_words(&finds)) }</p>
                            <p class="pii-finds__text">{ marked_text(&summary, &finds) }</p>
                            <button type="button" class="button button--small" onclick={redact_summary}>{ "Redact personal data in the summary" }</button>
                        </div>
                    }
                </div>
                <div class="log-form__row">
                    { choice("log-channel", "Channel", words_options(Channel::ALL.map(|c| c.words())), channel.words(), {
                        let channel = channel.clone();
                        Callback::from(move |v: String| if let Some(c) = Channel::ALL.into_iter().find(|c| c.words() == v) { channel.set(c) })
                    }) }
                    { choice("log-category", "Category", {
                        let mut all = vec![(String::new(), "(not yet known)".to_string())];
                        all.extend(words_options(props.settings.categories.iter().map(|c| c.name.as_str())));
                        all
                    }, &category, { let category = category.clone(); Callback::from(move |v: String| category.set(v)) }) }
                    { choice("log-severity", "Severity", words_options(Severity::ALL.map(|s| s.words())), severity.words(), {
                        let severity = severity.clone();
                        Callback::from(move |v: String| if let Some(s) = Severity::ALL.into_iter().find(|s| s.words() == v) { severity.set(s) })
                    }) }
                    <div class="field">
                        <label for="log-customer">{ "Customer reference" }</label>
                        <input id="log-customer" type="text" maxlength="120" value={(*customer).clone()}
                            oninput={text_input(&customer)} aria-describedby="log-customer-hint" placeholder="ACC-10442" />
                        <p class="hint" id="log-customer-hint">{ "An account or case number, never a name." }</p>
                    </div>
                    <div class="field">
                        <label for="log-received">{ "Received" }</label>
                        <input id="log-received" type="datetime-local" value={(*received).clone()} oninput={text_input(&received)} />
                    </div>
                </div>
                <button type="submit" class="button">{ "Log complaint" }</button>
            </form>
        </details>
    }
}
