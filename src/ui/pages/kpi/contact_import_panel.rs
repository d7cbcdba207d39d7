//! Importing contact records (a telephony or ticketing report): choose the file, say
//! which column is which, import with progress. Bad rows change nothing until the user
//! chooses to skip them.

use super::csv_file::{guess, read_chosen, run_in_steps, LoadedCsv};
use crate::domain::kpi::calendar::DateFormat;
use crate::domain::kpi::contacts::{
    ContactDataset, ContactImporter, ContactMapping, ContactOutcome,
};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{focus_by_id, now, random_u32};
use crate::ui::hooks::use_workspace;
use crate::ui::widgets::{Banner, BannerKind};
use gloo::file::callbacks::FileReader;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

type Loaded = LoadedCsv;

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Mapping(Loaded),
    Importing(f64),
    Problems(Loaded, Rc<ContactOutcome>),
    Done(String),
    Failed(String),
}

/// The choices beyond the columns.
#[derive(Clone, PartialEq)]
struct Choices {
    mapping: ContactMapping,
    /// Repeat-contact window in days, or `None` when FCR was asked of customers.
    window: Option<u32>,
    /// Talk, hold and after-contact-work columns (added up into the handling time).
    handle: [Option<usize>; 3],
}

impl Choices {
    /// The mapping with the handling-time columns filled in.
    fn mapping(&self) -> ContactMapping {
        ContactMapping {
            handle_columns: self.handle.iter().flatten().copied().collect(),
            ..self.mapping.clone()
        }
    }
}

/// Props of [`ContactImportPanel`].
#[derive(Properties, PartialEq)]
pub struct ContactImportPanelProps {
    pub project: ProjectId,
}

/// The contact import section.
#[component]
pub fn ContactImportPanel(props: &ContactImportPanelProps) -> Html {
    let ws = use_workspace();
    let stage = use_state(|| Stage::Idle);
    let choices = use_state(|| None::<Choices>);
    let reader = use_mut_ref(|| None::<FileReader>);

    let add = {
        let (ws, project, stage) = (ws.clone(), props.project.clone(), stage.clone());
        Rc::new(
            move |loaded: &Loaded, c: &Choices, outcome: &ContactOutcome| {
                let dataset = ContactDataset {
                    id: format!(
                        "c{:08x}{:08x}",
                        js_sys::Date::now() as u64 & 0xffff_ffff,
                        random_u32()
                    ),
                    name: loaded.file.clone(),
                    imported_at: now(),
                    segment_label: c
                        .mapping
                        .segment_column
                        .and_then(|i| loaded.preview.headers.get(i).cloned())
                        .unwrap_or_default(),
                    fcr_window_days: c.window,
                    counts: outcome.counts.clone(),
                    skipped_rows: outcome.problem_count,
                    definitions: ContactDataset::current_definitions(),
                };
                ws.apply(Action::AddContactDataset {
                    project: project.clone(),
                    dataset,
                    at: now(),
                });
                stage.set(Stage::Done(format!(
                    "Imported {} contacts from {}.",
                    outcome.rows_counted, loaded.file
                )));
            },
        )
    };

    let on_file = {
        let (stage, choices, reader) = (stage.clone(), choices.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let (stage, choices) = (stage.clone(), choices.clone());
            let task = read_chosen(
                &e,
                |_| {},
                move |read| match read {
                    Ok(loaded) => {
                        let h = &loaded.preview.headers;
                        choices.set(Some(Choices {
                            mapping: ContactMapping {
                                delimiter: loaded.preview.delimiter,
                                date_column: guess(h, &["date", "time"]).unwrap_or(0),
                                date_format: DateFormat::YearMonthDay,
                                segment_column: guess(h, &["team", "channel", "queue"]),
                                resolved_column: guess(h, &["resolved", "fcr", "first"]),
                                handle_columns: Vec::new(),
                                escalated_column: guess(h, &["escalat"]),
                            },
                            window: Some(7),
                            handle: [
                                guess(h, &["talk", "handl"]),
                                guess(h, &["hold"]),
                                guess(h, &["wrap", "after"]),
                            ],
                        }));
                        stage.set(Stage::Mapping(loaded));
                    }
                    Err(message) => stage.set(Stage::Failed(message)),
                },
            );
            *reader.borrow_mut() = task;
        })
    };
    use_effect_with(
        matches!(*stage, Stage::Done(_) | Stage::Problems(..)),
        |shown| {
            if *shown {
                focus_by_id("contact-import-result");
            }
        },
    );
    let reset = {
        let stage = stage.clone();
        Callback::from(move |_| stage.set(Stage::Idle))
    };

    let body = match (&*stage, (*choices).clone()) {
        (Stage::Idle, _) | (Stage::Mapping(_), None) => html! {},
        (Stage::Failed(m), _) => html! { <Banner kind={BannerKind::Error} title={m.clone()} /> },
        (Stage::Done(m), _) => {
            html! { <Banner id="contact-import-result" kind={BannerKind::Success} title={m.clone()} /> }
        }
        (Stage::Importing(p), _) => html! {
            <div role="status">
                <label for="contact-import-progress">{ format!("Importing: {}%", (p * 100.0) as u32) }</label>
                <progress id="contact-import-progress" max="100" value={((p * 100.0) as u32).to_string()} />
            </div>
        },
        (Stage::Problems(loaded, outcome), Some(c)) => {
            let skip = {
                let (add, loaded, c, outcome) =
                    (add.clone(), loaded.clone(), c.clone(), outcome.clone());
                Callback::from(move |_| add(&loaded, &c, &outcome))
            };
            html! {
                <Banner id="contact-import-result" kind={BannerKind::Error}
                    title={format!("{}: {} of {} rows could not be read. Nothing has been imported.", loaded.file, outcome.problem_count, outcome.rows_read)}>
                    <ul class="problems">{ for outcome.problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
                    <div class="button-row">
                        if outcome.rows_counted > 0 {
                            <button type="button" class="button button--secondary" onclick={skip}>
                                { format!("Import the {} good rows and skip the bad ones", outcome.rows_counted) }</button>
                        }
                        <button type="button" class="button button--secondary" onclick={reset.clone()}>{ "Cancel" }</button>
                    </div>
                </Banner>
            }
        }
        (Stage::Problems(..), None) => html! {},
        (Stage::Mapping(loaded), Some(c)) => {
            let headers = loaded.preview.headers.clone();
            let column = |id: &'static str,
                          label: &'static str,
                          current: Option<usize>,
                          set: fn(&mut Choices, Option<usize>)| {
                let choices = choices.clone();
                let onchange = Callback::from(move |e: Event| {
                    let v = e
                        .target_unchecked_into::<HtmlSelectElement>()
                        .value()
                        .parse()
                        .ok();
                    if let Some(mut next) = (*choices).clone() {
                        set(&mut next, v);
                        choices.set(Some(next));
                    }
                });
                html! {
                    <div class="field field--compact">
                        <label for={id}>{ label }</label>
                        <select {id} {onchange}>
                            <option value="none" selected={current.is_none()}>{ "None" }</option>
                            { for headers.iter().enumerate().map(|(i, h)| html! {
                                <option value={i.to_string()} selected={current == Some(i)}>{ h.clone() }</option>
                            }) }
                        </select>
                    </div>
                }
            };
            let m = &c.mapping;
            let on_format = {
                let choices = choices.clone();
                Callback::from(move |e: Event| {
                    let i: usize = e
                        .target_unchecked_into::<HtmlSelectElement>()
                        .value()
                        .parse()
                        .unwrap_or(0);
                    if let Some(mut next) = (*choices).clone() {
                        next.mapping.date_format = DateFormat::ALL[i.min(2)];
                        choices.set(Some(next));
                    }
                })
            };
            let on_window = {
                let choices = choices.clone();
                Callback::from(move |e: Event| {
                    let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                    if let Some(mut next) = (*choices).clone() {
                        next.window = v.parse().ok();
                        choices.set(Some(next));
                    }
                })
            };
            let on_import = {
                let (stage, loaded, c, add) =
                    (stage.clone(), loaded.clone(), c.clone(), add.clone());
                Callback::from(move |_| {
                    match ContactImporter::new(loaded.data.clone(), c.mapping()) {
                        Ok(importer) => {
                            let (progress, done) = (stage.clone(), stage.clone());
                            let (loaded, c, add) = (loaded.clone(), c.clone(), add.clone());
                            run_in_steps(
                                importer,
                                move |p| progress.set(Stage::Importing(p)),
                                move |result| match result {
                                    Ok(o) if o.problem_count == 0 => add(&loaded, &c, &o),
                                    Ok(o) => done.set(Stage::Problems(loaded, Rc::new(o))),
                                    Err(e) => done.set(Stage::Failed(format!(
                                        "{} was not imported: {e}. Nothing has been changed.",
                                        loaded.file
                                    ))),
                                },
                            );
                        }
                        Err(e) => stage.set(Stage::Failed(format!(
                            "{} was not imported: {e}. Nothing has been changed.",
                            loaded.file
                        ))),
                    }
                })
            };
            html! {
                <div class="mapping">
                    <p role="status">{ format!("{}: {} columns. Say which is which:", loaded.file, headers.len()) }</p>
                    <div class="mapping-fields">
                        { column("contact-date", "Date column", Some(m.date_column), |c, v| c.mapping.date_column = v.unwrap_or(0)) }
                        <div class="field field--compact">
                            <label for="contact-date-format">{ "Dates are written as" }</label>
                            <select id="contact-date-format" onchange={on_format}>
                                { for DateFormat::ALL.iter().enumerate().map(|(i, f)| html! {
                                    <option value={i.to_string()} selected={*f == m.date_format}>{ f.label() }</option>
                                }) }
                            </select>
                        </div>
                        { column("contact-segment", "Break down by (team, channel…)", m.segment_column, |c, v| c.mapping.segment_column = v) }
                        { column("contact-resolved", "Resolved at first contact (yes/no)", m.resolved_column, |c, v| c.mapping.resolved_column = v) }
                        { column("contact-talk", "Talk time", c.handle[0], |c, v| c.handle[0] = v) }
                        { column("contact-hold", "Hold time", c.handle[1], |c, v| c.handle[1] = v) }
                        { column("contact-wrap", "After-contact work", c.handle[2], |c, v| c.handle[2] = v) }
                        { column("contact-escalated", "Escalated (yes/no)", m.escalated_column, |c, v| c.mapping.escalated_column = v) }
                        <div class="field field--compact">
                            <label for="contact-fcr-method">{ "First contact resolution was decided" }</label>
                            <select id="contact-fcr-method" onchange={on_window}>
                                <option value="survey" selected={c.window.is_none()}>{ "by asking customers (survey)" }</option>
                                { for [3u32, 7, 14, 30].into_iter().map(|d| html! {
                                    <option value={d.to_string()} selected={c.window == Some(d)}>
                                        { format!("by no repeat contact within {d} days") }</option>
                                }) }
                            </select>
                        </div>
                    </div>
                    <div class="button-row">
                        <button type="button" class="button" onclick={on_import}>{ "Import contacts" }</button>
                        <button type="button" class="button button--secondary" onclick={reset.clone()}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        }
    };
    html! {
        <section class="panel" aria-labelledby="contact-import-heading">
            <h2 id="contact-import-heading">{ "Import contact records (CSV)" }</h2>
            <p>{ "A telephony or ticketing report with one contact per row: a date and any of resolved-first-time, \
                  talk, hold and after-contact work times, escalated. Only sums per day are kept." }</p>
            <div class="field">
                <label for="contact-file">{ "Contact report (.csv)" }</label>
                <input id="contact-file" type="file" accept=".csv,.txt,.tsv,text/csv" onchange={on_file} />
            </div>
            { body }
        </section>
    }
}
