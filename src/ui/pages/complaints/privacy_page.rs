//! Data protection across the workspace: erase a customer (right to erasure), export a
//! customer's data (subject access request), and remove complaints past the retention
//! period, each with a preview of what it touches.

#[path = "privacy_erase.rs"]
mod erase;
#[path = "privacy_retention.rs"]
mod retention;

use crate::domain::complaints::bank_holidays::parse_iso_date;
use crate::domain::complaints::erasure::{
    answer_due, check_reference, export_customer, find_customer,
};
use crate::domain::dates::show_date;
use crate::domain::file_stem::file_stem;
use crate::domain::{DateStyle, Workspace};
use crate::ui::browser::{download_text, event_value, now};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use erase::EraseSection;
use retention::RetentionSection;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// What a search found, in words: "2 complaints and 1 other text naming them in 2
/// projects", leaving out a part that is nothing.
pub(super) fn found_words(entries: usize, texts: usize, projects: usize) -> String {
    let entries = count(entries, "complaint", "complaints");
    let texts = count(texts, "other text", "other texts");
    let what = match (entries.starts_with("0 "), texts.starts_with("0 ")) {
        (false, false) => format!("{entries} and {texts} naming them"),
        (true, _) => format!("{texts} naming them"),
        (false, true) => entries,
    };
    format!("{what} in {}", count(projects, "project", "projects"))
}

/// "1 complaint", "3 complaints".
pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The workspace, compared by pointer: the same `Rc` is the same workspace.
#[derive(Clone)]
struct Same(Rc<Workspace>);

impl PartialEq for Same {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The workspace's data-protection page.
#[component]
pub fn DataProtectionPage() -> Html {
    html! {
        <>
            <h1>{ "Data protection" }</h1>
            <p class="lead">{ "Answer a customer's request to erase or see their data, and remove \
                               closed complaints kept longer than your retention period. Each \
                               reaches every project on this device." }</p>
            <p><Link<Route> to={Route::Settings}>{ "Retention period and other complaint log settings" }</Link<Route>></p>
            <EraseSection />
            <ExportSection />
            <RetentionSection />
        </>
    }
}

/// "Export a customer's data": the file for a subject access request.
#[component]
fn ExportSection() -> Html {
    let ws = use_workspace();
    let reference = use_state(String::new);
    let made = use_state(|| show_date(now(), DateStyle::Iso));
    let error = use_state(|| None::<String>);
    let workspace = ws.workspace();
    let style = workspace.settings.date_style;
    let checked = check_reference(&reference);
    // Counted again only when the reference or the workspace changes, not on every
    // redraw: a search walks every project's texts.
    let key = (checked.ok().map(str::to_string), Same(workspace.clone()));
    let (projects, entries, texts) = *use_memo(key, |(r, ws)| {
        let found = r
            .as_deref()
            .map(|r| find_customer(&ws.0, r))
            .unwrap_or_default();
        let entries: usize = found.iter().map(|f| f.entries.len()).sum();
        let texts: usize = found.iter().map(|f| f.mentions.len()).sum();
        (found.len(), entries, texts)
    });
    let made_day = parse_iso_date(&made);
    let on_download = {
        let (ws, reference, made, error) =
            (ws.clone(), reference.clone(), made.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let r = match check_reference(&reference) {
                Ok(r) => r.to_string(),
                Err(why) => return error.set(Some(why.to_string())),
            };
            if parse_iso_date(&made).is_none() {
                return error.set(Some("Give the date the request was received.".into()));
            }
            let text = export_customer(&ws.workspace(), &r, &made);
            let name = format!(
                "subject-access-{}-{}.json",
                file_stem(&r, 4, "customer"),
                *made
            );
            error.set(
                download_text(&name, &text, "application/json")
                    .err()
                    .map(|e| format!("Could not save the file: {e}")),
            );
        })
    };
    let on_reference = {
        let (reference, error) = (reference.clone(), error.clone());
        Callback::from(move |e: InputEvent| {
            reference.set(event_value(&e));
            error.set(None);
        })
    };
    let on_made = {
        let (made, error) = (made.clone(), error.clone());
        Callback::from(move |e: Event| {
            made.set(event_value(&e));
            error.set(None);
        })
    };
    let summary = match (checked, projects == 0) {
        (Err(_), _) => html! {},
        (Ok(r), true) => {
            html! { <p class="empty" role="status">{ format!("Nothing in any project holds \u{201c}{r}\u{201d}. The file would say so.") }</p> }
        }
        (Ok(_), false) => html! {
            <p role="status">{ format!("Found {}.", found_words(entries, texts, projects)) }</p>
        },
    };
    html! {
        <section class="panel" aria-labelledby="export-heading">
            <h2 id="export-heading">{ "Export a customer's data" }</h2>
            <p>{ "For a subject access request: a JSON file with every complaint of the customer \
                  (with its history of changes and its project) and every other text that names \
                  their reference." }</p>
            if let Some(e) = &*error {
                <p class="field-error" id="export-error" role="alert">{ e.clone() }</p>
            }
            <form onsubmit={on_download} novalidate=true>
                <div class="field">
                    <label for="export-reference">{ "Customer reference to export" }</label>
                    <p class="hint" id="export-reference-hint">{ "The account or case number the complaints were logged with." }</p>
                    <input id="export-reference" type="text" maxlength="120" value={(*reference).clone()}
                        aria-describedby={if error.is_some() { "export-reference-hint export-error" } else { "export-reference-hint" }}
                        oninput={on_reference} />
                </div>
                <div class="field">
                    <label for="export-made">{ "Date the request was received" }</label>
                    <input id="export-made" type="date" value={(*made).clone()} onchange={on_made} />
                </div>
                { summary }
                if let Some(day) = made_day {
                    <p>{ "Answer due by " }<strong>{ show_date(answer_due(day, &workspace.settings.complaints.holidays), style) }</strong>
                       { ": one month after the request (UK GDPR Article 12(3)), moved to the next working day." }</p>
                }
                <button type="submit" class="button">{ "Download this customer's data" }</button>
            </form>
        </section>
    }
}
