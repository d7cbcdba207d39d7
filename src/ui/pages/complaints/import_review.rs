//! What a complaint file gave, before it is kept: how many complaints, the personal data
//! found in them shown in place (the first entries; the rest counted), redaction ticked
//! when there is any, and the button that keeps them all in one undo step.

use crate::domain::complaints::csv::{import_summary, redact_imported, ComplaintOutcome};
use crate::domain::complaints::edit::ComplaintEdit;
use crate::domain::complaints::personal_data::Find;
use crate::domain::dates::show_day;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{focus_by_id, now};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::{Banner, BannerKind};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Entries with personal data shown in place; the rest are counted.
const SHOWN: usize = 20;

/// A file read, not yet kept.
#[derive(Clone, PartialEq)]
pub struct ReadFile {
    pub file: String,
    pub outcome: Rc<ComplaintOutcome>,
}

/// Props of [`ImportReview`].
#[derive(Properties, PartialEq)]
pub struct ImportReviewProps {
    pub project: ProjectId,
    pub read: ReadFile,
}

/// The text with its finds marked, each saying its kind in words.
fn in_place(text: &str, finds: &[Find]) -> Html {
    crate::ui::pages::complaints::personal_data_marks::marked_text(text, finds)
}

/// What was read from a file, and the button to keep it.
#[component]
pub fn ImportReview(props: &ImportReviewProps) -> Html {
    let ws = use_workspace();
    let outcome = &props.read.outcome;
    let imported = &outcome.counts;
    let redact = use_state(|| !imported.finds.is_empty());
    // The revision the complaints were sent at, and how many finds were redacted.
    let sent = use_state(|| None::<(u64, usize)>);
    let n = imported.complaints.len();

    let on_redact = {
        let redact = redact.clone();
        Callback::from(move |e: Event| {
            redact.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let on_keep = {
        let (ws, sent, redact, project, outcome) = (
            ws.clone(),
            sent.clone(),
            redact.clone(),
            props.project.clone(),
            outcome.clone(),
        );
        Callback::from(move |_| {
            let mut complaints = outcome.counts.complaints.clone();
            let redacted = if *redact {
                redact_imported(&mut complaints)
            } else {
                0
            };
            let by = ws.workspace().settings.complaints.author();
            sent.set(Some((ws.state().revision, redacted)));
            ws.apply(Action::Complaints {
                project: project.clone(),
                edit: ComplaintEdit::Import {
                    complaints,
                    at: now(),
                    by,
                },
                at: now(),
            });
        })
    };

    // Kept while the log holds them (an undo takes them out, and the review is back).
    let in_log = imported.complaints.first().is_some_and(|first| {
        let workspace = ws.workspace();
        let project = workspace.project(&props.project);
        project.is_some_and(|p| p.complaints.get(&first.id).is_some())
    });
    let kept = (*sent).filter(|_| in_log);
    use_effect_with(kept.is_some(), |shown| {
        if *shown {
            focus_by_id("complaint-import-kept");
        }
    });
    if let Some((_, redacted)) = kept {
        let what = match n {
            1 => "1 complaint is now in the log".to_string(),
            n => format!("{n} complaints are now in the log"),
        };
        let how = match redacted {
            0 => String::new(),
            1 => ", with 1 piece of personal data redacted".into(),
            r => format!(", with {r} pieces of personal data redacted"),
        };
        return html! {
            <Banner id="complaint-import-kept" kind={BannerKind::Success} title={format!("{what}{how}. Undo takes them all out again.")}>
                <p><Link<Route> to={Route::Complaints { id: props.project.to_string() }}>{ "Go to the complaint log" }</Link<Route>></p>
            </Banner>
        };
    }
    let state = ws.state();
    let refused = (*sent)
        .filter(|(at, _)| state.revision == *at)
        .and_then(|_| state.refusal().map(str::to_string));
    let skipped = outcome.problem_count;
    let more = imported.finds.len().saturating_sub(SHOWN);
    html! {
        <section class="panel" aria-labelledby="complaint-review-heading">
            <h2 id="complaint-review-heading">{ format!("Check what was read from {}", props.read.file) }</h2>
            <p role="status">{ import_summary(imported) }</p>
            if skipped > 0 {
                <p>{ format!("{skipped} rows that could not be read are left out.") }</p>
            }
            if let Some(note) = outcome.footer_note() {
                <p>{ note }</p>
            }
            if !imported.finds.is_empty() {
                <h3>{ "Personal data found" }</h3>
                <ol class="finds">
                    { for imported.finds.iter().take(SHOWN).map(|f| {
                        let c = &imported.complaints[f.index];
                        let why = c.escalation.as_ref().map_or("", |e| e.why.as_str());
                        let parts = [
                            ("Summary", c.summary.as_str(), &f.summary),
                            ("Resolution", c.resolution.as_str(), &f.resolution),
                            ("Escalation reason", why, &f.escalation_reason),
                            ("Customer reference", c.customer.as_str(), &f.customer),
                        ];
                        html! {
                            <li key={f.index}>
                                <p>{ format!("Complaint {} of the file, received {}", f.index + 1, show_day(c.received.date())) }</p>
                                <dl>
                                    { for parts.into_iter().filter(|(_, _, finds)| !finds.is_empty()).map(|(name, text, finds)| html! {
                                        <>
                                            <dt>{ name }</dt>
                                            <dd>{ in_place(text, finds) }</dd>
                                        </>
                                    }) }
                                </dl>
                            </li>
                        }
                    }) }
                </ol>
                if more > 0 {
                    <p>{ format!("…and personal data in {more} more complaints.") }</p>
                }
                <div class="checkbox">
                    <input type="checkbox" id="complaint-import-redact" checked={*redact} onchange={on_redact} />
                    <label for="complaint-import-redact">{ "Redact personal data before keeping" }</label>
                </div>
            }
            if let Some(why) = refused {
                <Banner kind={BannerKind::Error} title={format!("The complaints were not kept: {why}. Nothing has been changed.")} />
            }
            <div class="button-row">
                <button type="button" class="button" onclick={on_keep} disabled={n == 0}>
                    { match n { 1 => "Keep 1 complaint".to_string(), n => format!("Keep {n} complaints") } }</button>
            </div>
        </section>
    }
}
