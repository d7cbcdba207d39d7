//! Importing a CSV of survey answers: choose the file, check the first rows and say
//! which column is which, then import with a progress bar. A file with bad rows changes
//! nothing until the user chooses to skip them.

use super::csv_file::{guess, read_chosen, run_in_steps, LoadedCsv};
use crate::domain::kpi::calendar::DateFormat;
use crate::domain::kpi::dataset::SurveyDataset;
use crate::domain::kpi::import::{ImportOutcome, SurveyImporter, SurveyMapping};
use crate::domain::kpi::SurveyScale;
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
    Reading(String),
    Mapping(Loaded),
    Importing {
        file: String,
        progress: f64,
    },
    Problems {
        loaded: Loaded,
        mapping: SurveyMapping,
        outcome: Rc<ImportOutcome>,
    },
    Done(String),
    Failed(String),
}

const SCALES: [(SurveyScale, &str, &str); 3] = [
    (
        SurveyScale::ZeroToTen,
        "nps",
        "NPS: 0–10 likelihood to recommend",
    ),
    (SurveyScale::OneToFive, "csat", "CSAT: 1–5 satisfaction"),
    (SurveyScale::OneToSeven, "ces", "CES: 1–7 effort (7 = easy)"),
];

/// Puts a chosen column (or none) into the mapping.
type SetColumn = Rc<dyn Fn(&mut SurveyMapping, Option<usize>)>;

/// Props of [`SurveyImportPanel`].
#[derive(Properties, PartialEq)]
pub struct SurveyImportPanelProps {
    pub project: ProjectId,
}

/// The import section.
#[component]
pub fn SurveyImportPanel(props: &SurveyImportPanelProps) -> Html {
    let ws = use_workspace();
    let stage = use_state(|| Stage::Idle);
    let reader = use_mut_ref(|| None::<FileReader>);
    let mapping = use_state(|| None::<SurveyMapping>);

    let add = {
        let (ws, project, stage) = (ws.clone(), props.project.clone(), stage.clone());
        move |file: &str, mapping: &SurveyMapping, outcome: &ImportOutcome, headers: &[String]| {
            let dataset = SurveyDataset {
                id: format!(
                    "d{:08x}{:08x}",
                    js_sys::Date::now() as u64 & 0xffff_ffff,
                    random_u32()
                ),
                name: file.to_string(),
                scale: mapping.scale,
                segment_label: mapping
                    .segment_column
                    .and_then(|c| headers.get(c).cloned())
                    .unwrap_or_default(),
                imported_at: now(),
                counts: outcome.counts.clone(),
                skipped_rows: outcome.problem_count,
                target: None,
                definition: crate::domain::kpi::series::kind_for(mapping.scale)
                    .definition()
                    .to_string(),
            };
            ws.apply(Action::AddDataset {
                project: project.clone(),
                dataset,
                at: now(),
            });
            stage.set(Stage::Done(format!(
                "Imported {} answers from {file}.{}",
                outcome.rows_counted,
                if outcome.problem_count > 0 {
                    format!(" {} bad rows were skipped.", outcome.problem_count)
                } else {
                    String::new()
                }
            )));
        }
    };

    let on_file = {
        let (stage, reader, mapping) = (stage.clone(), reader.clone(), mapping.clone());
        Callback::from(move |e: Event| {
            let (started, stage) = (stage.clone(), stage.clone());
            let mapping = mapping.clone();
            let task = read_chosen(
                &e,
                |name| started.set(Stage::Reading(name.to_string())),
                move |read| match read {
                    Ok(loaded) => {
                        let h = &loaded.preview.headers;
                        mapping.set(Some(SurveyMapping {
                            delimiter: loaded.preview.delimiter,
                            date_column: guess(h, &["date", "time", "when"]).unwrap_or(0),
                            date_format: DateFormat::YearMonthDay,
                            score_column: guess(
                                h,
                                &["score", "nps", "rating", "csat", "ces", "answer"],
                            )
                            .unwrap_or(1.min(h.len().saturating_sub(1))),
                            scale: SurveyScale::ZeroToTen,
                            segment_column: guess(h, &["channel", "team", "segment"]),
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
        matches!(*stage, Stage::Done(_) | Stage::Problems { .. }),
        |shown| {
            if *shown {
                focus_by_id("survey-import-result");
            }
        },
    );

    let reset = {
        let stage = stage.clone();
        Callback::from(move |_| stage.set(Stage::Idle))
    };

    let body = match &*stage {
        Stage::Idle => html! {},
        Stage::Reading(file) => html! { <p role="status">{ format!("Reading {file}…") }</p> },
        Stage::Failed(message) => {
            html! { <Banner kind={BannerKind::Error} title={message.clone()} /> }
        }
        Stage::Done(message) => {
            html! { <Banner id="survey-import-result" kind={BannerKind::Success} title={message.clone()} /> }
        }
        Stage::Importing { file, progress } => html! {
            <div role="status">
                <label for="survey-import-progress">{ format!("Importing {file}: {}%", (progress * 100.0) as u32) }</label>
                <progress id="survey-import-progress" max="100" value={((progress * 100.0) as u32).to_string()} />
            </div>
        },
        Stage::Problems {
            loaded,
            mapping: m,
            outcome,
        } => {
            let skip = {
                let (add, loaded, m, outcome) = (add.clone(), loaded.clone(), *m, outcome.clone());
                Callback::from(move |_| add(&loaded.file, &m, &outcome, &loaded.preview.headers))
            };
            html! {
                <Banner id="survey-import-result" kind={BannerKind::Error}
                    title={format!("{}: {} of {} rows could not be read. Nothing has been imported.",
                        loaded.file, outcome.problem_count, outcome.rows_read)}>
                    <ul class="problems">
                        { for outcome.problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
                    </ul>
                    if outcome.problem_count as usize > outcome.problems.len() {
                        <p>{ format!("…and {} more.", outcome.problem_count as usize - outcome.problems.len()) }</p>
                    }
                    <p>{ "Correct the file and import it again, or import the rows that could be read and skip the rest." }</p>
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
        Stage::Mapping(loaded) => {
            let Some(m) = *mapping else {
                return html! {};
            };
            let headers = &loaded.preview.headers;
            let select = |id: &str,
                          label: &str,
                          current: Option<usize>,
                          optional: bool,
                          set: SetColumn| {
                let mapping = mapping.clone();
                let onchange = Callback::from(move |e: Event| {
                    let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                    if let Some(mut next) = *mapping {
                        set(&mut next, v.parse().ok());
                        mapping.set(Some(next));
                    }
                });
                html! {
                    <div class="field field--compact">
                        <label for={id.to_string()}>{ label }</label>
                        <select id={id.to_string()} {onchange}>
                            if optional { <option value="none" selected={current.is_none()}>{ "None" }</option> }
                            { for headers.iter().enumerate().map(|(i, h)| html! {
                                <option value={i.to_string()} selected={current == Some(i)}>
                                    { if h.is_empty() { format!("Column {}", i + 1) } else { h.clone() } }</option>
                            }) }
                        </select>
                    </div>
                }
            };
            let on_format = {
                let mapping = mapping.clone();
                Callback::from(move |e: Event| {
                    let i: usize = e
                        .target_unchecked_into::<HtmlSelectElement>()
                        .value()
                        .parse()
                        .unwrap_or(0);
                    if let Some(mut next) = *mapping {
                        next.date_format = DateFormat::ALL[i.min(2)];
                        mapping.set(Some(next));
                    }
                })
            };
            let on_scale = {
                let mapping = mapping.clone();
                Callback::from(move |e: Event| {
                    let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                    if let (Some(mut next), Some((s, _, _))) =
                        (*mapping, SCALES.iter().find(|(_, c, _)| *c == v))
                    {
                        next.scale = *s;
                        mapping.set(Some(next));
                    }
                })
            };
            let on_import = {
                let (stage, loaded, m, add) = (stage.clone(), loaded.clone(), m, add.clone());
                Callback::from(move |_| {
                    let importer = match SurveyImporter::new(loaded.data.clone(), m) {
                        Ok(i) => i,
                        Err(e) => {
                            return stage.set(Stage::Failed(format!(
                                "{} was not imported: {e}. Nothing has been changed.",
                                loaded.file
                            )))
                        }
                    };
                    let (progress, done, file) =
                        (stage.clone(), stage.clone(), loaded.file.clone());
                    let (loaded, add) = (loaded.clone(), add.clone());
                    run_in_steps(
                        importer,
                        move |p| {
                            progress.set(Stage::Importing {
                                file: file.clone(),
                                progress: p,
                            })
                        },
                        move |result| match result {
                            Ok(outcome) if outcome.problem_count == 0 => {
                                add(&loaded.file, &m, &outcome, &loaded.preview.headers)
                            }
                            Ok(outcome) => done.set(Stage::Problems {
                                loaded,
                                mapping: m,
                                outcome: Rc::new(outcome),
                            }),
                            Err(e) => done.set(Stage::Failed(format!(
                                "{} was not imported: {e}. Nothing has been changed.",
                                loaded.file
                            ))),
                        },
                    );
                })
            };
            let sep = match loaded.preview.delimiter {
                b';' => "semicolons",
                b'\t' => "tabs",
                _ => "commas",
            };
            html! {
                <div class="mapping">
                    <p role="status">{ format!("{}: columns separated by {sep}. The first rows:", loaded.file) }</p>
                    <div class="table-scroll">
                        <table class="preview">
                            <thead><tr>{ for headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                            <tbody>{ for loaded.preview.rows.iter().map(|r| html! {
                                <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr>
                            }) }</tbody>
                        </table>
                    </div>
                    <div class="mapping-fields">
                        { select("map-date", "Date column", Some(m.date_column), false, Rc::new(|m, v| m.date_column = v.unwrap_or(0))) }
                        <div class="field field--compact">
                            <label for="map-date-format">{ "Dates are written as" }</label>
                            <select id="map-date-format" onchange={on_format}>
                                { for DateFormat::ALL.iter().enumerate().map(|(i, f)| html! {
                                    <option value={i.to_string()} selected={*f == m.date_format}>{ f.label() }</option>
                                }) }
                            </select>
                        </div>
                        { select("map-score", "Score column", Some(m.score_column), false, Rc::new(|m, v| m.score_column = v.unwrap_or(0))) }
                        <div class="field field--compact">
                            <label for="map-scale">{ "The scores are" }</label>
                            <select id="map-scale" onchange={on_scale}>
                                { for SCALES.iter().map(|(s, code, label)| html! {
                                    <option value={*code} selected={*s == m.scale}>{ *label }</option>
                                }) }
                            </select>
                        </div>
                        { select("map-segment", "Break down by (channel, team…)", m.segment_column, true, Rc::new(|m, v| m.segment_column = v)) }
                    </div>
                    <div class="button-row">
                        <button type="button" class="button" onclick={on_import}>{ "Import" }</button>
                        <button type="button" class="button button--secondary" onclick={reset.clone()}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        }
    };

    html! {
        <section class="panel" aria-labelledby="survey-import-heading">
            <h2 id="survey-import-heading">{ "Import survey answers (CSV)" }</h2>
            <p>{ "A CSV export with one answer per row: a date, a score and, if you like, a channel or team. \
                  Only counts per day are kept, never the rows themselves." }</p>
            <div class="field">
                <label for="survey-file">{ "Survey file (.csv)" }</label>
                <input id="survey-file" type="file" accept=".csv,.txt,.tsv,text/csv" onchange={on_file} />
            </div>
            { body }
        </section>
    }
}
