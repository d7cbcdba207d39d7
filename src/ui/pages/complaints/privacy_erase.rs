//! "Erase a customer": find what would go (a preview, project by project), confirm, then
//! the report of what went.

use super::{count, found_words};
use crate::domain::complaints::erasure::{
    check_reference, erase_customer, find_customer, ErasureReport,
};
use crate::state::Action;
use crate::ui::browser::{event_value, focus_by_id, now};
use crate::ui::hooks::{use_storage, use_workspace};
use crate::ui::widgets::{Banner, BannerKind};
use yew::prelude::*;

/// Where the section is.
#[derive(Clone, PartialEq)]
enum Step {
    /// Typing a reference.
    Typing,
    /// Showing what the reference would erase.
    Found(String),
    /// Asked to confirm the erase of this reference.
    Confirming(String),
    /// Erased: the report, and whether the stored copy was written at once.
    Done(String, ErasureReport, bool),
}

/// The erase section of the data-protection page.
#[component]
pub(super) fn EraseSection() -> Html {
    let ws = use_workspace();
    let (_, control) = use_storage();
    let reference = use_state(String::new);
    let step = use_state(|| Step::Typing);
    let error = use_state(|| None::<String>);
    let workspace = ws.workspace();
    use_effect_with((*step).clone(), |step| match step {
        Step::Confirming(_) => focus_by_id("erase-confirm"),
        Step::Done(..) => focus_by_id("erase-report"),
        _ => {}
    });
    let on_find = {
        let (reference, step, error) = (reference.clone(), step.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check_reference(&reference) {
                Ok(r) => {
                    error.set(None);
                    step.set(Step::Found(r.to_string()));
                }
                Err(why) => {
                    error.set(Some(why.to_string()));
                    step.set(Step::Typing);
                    focus_by_id("erase-reference");
                }
            }
        })
    };
    let on_input = {
        let (reference, step, error) = (reference.clone(), step.clone(), error.clone());
        Callback::from(move |e: InputEvent| {
            reference.set(event_value(&e));
            error.set(None);
            if !matches!(*step, Step::Done(..)) {
                step.set(Step::Typing);
            }
        })
    };
    let ask = |r: &str| {
        let (step, r) = (step.clone(), r.to_string());
        Callback::from(move |_| step.set(Step::Confirming(r.clone())))
    };
    let on_cancel = {
        let step = step.clone();
        Callback::from(move |_| {
            if let Step::Confirming(r) = &*step {
                step.set(Step::Found(r.clone()));
            }
        })
    };
    let on_erase = {
        let (ws, step, control) = (ws.clone(), step.clone(), control.clone());
        Callback::from(move |_| {
            let Step::Confirming(r) = &*step else { return };
            let at = now();
            // The reducer does the same on the same workspace; run here, it gives the
            // report to show.
            let mut copy = (*ws.workspace()).clone();
            let Some(report) = erase_customer(&mut copy, r, at) else {
                step.set(Step::Found(r.clone()));
                return;
            };
            let saved = control.apply_and_save_now(Action::EraseCustomer {
                reference: r.clone(),
                at,
            });
            step.set(Step::Done(r.clone(), report, saved));
        })
    };
    let body = match &*step {
        Step::Typing => html! {},
        Step::Found(r) | Step::Confirming(r) => {
            let found = find_customer(&workspace, r);
            let entries: usize = found.iter().map(|f| f.entries.len()).sum();
            let texts: usize = found.iter().map(|f| f.mentions.len()).sum();
            if found.is_empty() {
                html! { <p class="empty" role="status">{ format!("Nothing in any project holds \u{201c}{r}\u{201d}: no complaint has it as the customer and no text names it.") }</p> }
            } else {
                let what = found_words(entries, texts, found.len());
                html! {
                    <>
                        <h3 role="status">{ format!("Would erase {what}") }</h3>
                        <ul class="erase-preview">
                            { for found.iter().map(|f| html! {
                                <li>
                                    <strong>{ f.project.name.clone() }</strong>
                                    { format!(": {} removed", count(f.entries.len(), "complaint", "complaints")) }
                                    if !f.mentions.is_empty() {
                                        { format!("; \u{201c}{r}\u{201d} blanked out of:") }
                                        <ul>{ for f.mentions.iter().map(|m| html! { <li>{ m.place.words() }</li> }) }</ul>
                                    }
                                </li>
                            }) }
                        </ul>
                        if matches!(*step, Step::Confirming(_)) {
                            <div class="confirm" role="group" aria-labelledby="erase-customer-confirm-title">
                                <p id="erase-customer-confirm-title"><strong>{ format!("Erase {what}?") }</strong></p>
                                <p>{ "Each text keeps its other words; the reference becomes \u{201c}[erased]\u{201d}." }</p>
                                <div class="button-row">
                                    <button id="erase-confirm" type="button" class="button button--danger" onclick={on_erase}>{ "Yes, erase this customer's data" }</button>
                                    <button type="button" class="button button--secondary" onclick={on_cancel}>{ "Cancel" }</button>
                                </div>
                            </div>
                        } else {
                            <button type="button" class="button button--danger" onclick={ask(r)}>{ "Erase this customer's data" }</button>
                        }
                    </>
                }
            }
        }
        Step::Done(r, report, saved) => report_view(r, report, *saved),
    };
    html! {
        <section class="panel panel--danger" aria-labelledby="erase-customer-heading">
            <h2 id="erase-customer-heading">{ "Erase a customer" }</h2>
            <p>{ "For a request to erase: removes every complaint with the customer's reference in \
                  every project, and blanks the reference out of every other text (other complaints, \
                  journey cards, fishbone causes and evidence notes, 5 Whys, PDCA plans, project \
                  descriptions). Ids, dates and links are left as they are." }</p>
            if let Some(e) = &*error {
                <p class="field-error" id="erase-error" role="alert">{ e.clone() }</p>
            }
            <form onsubmit={on_find} novalidate=true>
                <div class="field">
                    <label for="erase-reference">{ "Customer reference to erase" }</label>
                    <p class="hint" id="erase-reference-hint">{ "The account or case number, at least 3 characters: a shorter one would \
                        also match numbers and words in texts about other people. Found as a whole word, in any letter case." }</p>
                    <input id="erase-reference" type="text" maxlength="120" value={(*reference).clone()}
                        aria-describedby={if error.is_some() { "erase-reference-hint erase-error" } else { "erase-reference-hint" }}
                        aria-invalid={error.is_some().then_some("true")} oninput={on_input} />
                </div>
                <button type="submit" class="button">{ "Find entries of this customer" }</button>
            </form>
            { body }
        </section>
    }
}

/// What went, project by project, and what Undo and storage still hold.
fn report_view(r: &str, report: &ErasureReport, saved: bool) -> Html {
    let (entries, texts) = report.totals();
    let title = match texts {
        0 => format!(
            "Erased \u{201c}{r}\u{201d}: {} removed.",
            count(entries, "complaint", "complaints")
        ),
        _ => format!(
            "Erased \u{201c}{r}\u{201d}: {} removed, {} changed.",
            count(entries, "complaint", "complaints"),
            count(texts, "text", "texts")
        ),
    };
    html! {
        <Banner id="erase-report" kind={BannerKind::Success} {title}>
            <ul>
                { for report.projects.iter().map(|p| html! {
                    <li>
                        <strong>{ p.project.clone() }</strong>
                        { format!(": {} removed", count(p.complaints_removed, "complaint", "complaints")) }
                        if !p.texts_changed.is_empty() {
                            { "; blanked out of:" }
                            <ul>{ for p.texts_changed.iter().map(|place| html! { <li>{ place.words() }</li> }) }</ul>
                        }
                    </li>
                }) }
            </ul>
            <p>{ "Undo (Ctrl+Z) can bring it back only until this tab is closed." }</p>
            if saved {
                <p>{ "The data saved in this browser no longer holds it." }</p>
            } else {
                <p>{ "The data saved in this browser no longer holds it after the next save." }</p>
            }
            <p>{ "Backups downloaded before now still hold it: delete them or make new ones." }</p>
        </Banner>
    }
}
