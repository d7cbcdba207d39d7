//! One CSV import panel for every tool: choose the file, check the first rows (and
//! whether rows under the header are more header rows), say which column is which,
//! then import with a progress bar. A file with bad rows changes nothing until the user
//! chooses to skip them. What the columns mean, and what is kept, come from the tool's
//! [`CsvImportKind`].

use super::csv_file::{read_chosen, run_in_steps, LoadedCsv};
use crate::domain::csv_import::{CsvImporter, CsvPreview, ImportError, ImportOutcome, RowReader};
use crate::ui::browser::focus_by_id;
use crate::ui::hooks::{use_workspace, WorkspaceHandle};
use crate::ui::widgets::{Banner, BannerKind};
use gloo::file::callbacks::FileReader;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What rows become in one tool's import, on the page: the words of its panel, the
/// choices preselected from the preview, the fields to change them, and what is kept.
pub trait CsvImportKind: PartialEq + 'static {
    /// What a row becomes.
    type Reader: RowReader;
    /// Everything the user chooses (columns and any other settings).
    type Choices: Clone + PartialEq + 'static;
    /// Prefix of the panel's element ids ("survey").
    const ID: &'static str;
    const HEADING: &'static str;
    const INTRO: &'static str;
    /// The file input's label.
    const FILE_LABEL: &'static str;
    /// The import button's label.
    const IMPORT_LABEL: &'static str;

    /// Choices preselected from the preview, with `header_rows` rows under the header
    /// treated as header rows.
    fn preselect(&self, preview: &CsvPreview, header_rows: usize) -> Self::Choices;
    /// The mapping the reader needs.
    fn mapping(&self, choices: &Self::Choices) -> <Self::Reader as RowReader>::Mapping;
    /// The fields to say which column is which.
    fn fields(
        &self,
        preview: &CsvPreview,
        header_rows: usize,
        choices: &Self::Choices,
        on_change: Callback<Self::Choices>,
    ) -> Html;
    /// Keeps what was imported (through an action); the message to show.
    fn keep(
        &self,
        ws: &WorkspaceHandle,
        loaded: &LoadedCsv,
        choices: &Self::Choices,
        outcome: &ImportOutcome<<Self::Reader as RowReader>::Output>,
    ) -> String;
}

type Outcome<K> = ImportOutcome<<<K as CsvImportKind>::Reader as RowReader>::Output>;

enum Stage<O> {
    Idle,
    Reading(String),
    Mapping(LoadedCsv),
    Importing { file: String, progress: f64 },
    Problems { loaded: LoadedCsv, outcome: Rc<O> },
    Done(String),
    Failed(String),
}

impl<O> Clone for Stage<O> {
    fn clone(&self) -> Self {
        match self {
            Stage::Idle => Stage::Idle,
            Stage::Reading(f) => Stage::Reading(f.clone()),
            Stage::Mapping(l) => Stage::Mapping(l.clone()),
            Stage::Importing { file, progress } => Stage::Importing {
                file: file.clone(),
                progress: *progress,
            },
            Stage::Problems { loaded, outcome } => Stage::Problems {
                loaded: loaded.clone(),
                outcome: outcome.clone(),
            },
            Stage::Done(m) => Stage::Done(m.clone()),
            Stage::Failed(m) => Stage::Failed(m.clone()),
        }
    }
}

/// Props of [`CsvImportPanel`].
#[derive(Properties, PartialEq)]
pub struct CsvImportPanelProps<K: CsvImportKind> {
    pub kind: Rc<K>,
}

/// Why a file changed nothing.
fn not_imported(file: &str, e: &ImportError) -> String {
    format!("{file} was not imported: {e}. Nothing has been changed.")
}

/// "Rows 2 and 3" for the first `n` rows under the header.
fn rows_words(n: usize) -> String {
    match n {
        1 => "row 2".into(),
        2 => "rows 2 and 3".into(),
        n => format!("rows 2 to {}", n + 1),
    }
}

/// The import section of one tool.
#[component]
pub fn CsvImportPanel<K: CsvImportKind>(props: &CsvImportPanelProps<K>) -> Html {
    let ws = use_workspace();
    let stage = use_state(|| Stage::<Outcome<K>>::Idle);
    let reader = use_mut_ref(|| None::<FileReader>);
    let choices = use_state(|| None::<K::Choices>);
    let header_rows = use_state(|| 0usize);
    let id = K::ID;

    let keep = {
        let (ws, kind, stage, choices) = (
            ws.clone(),
            props.kind.clone(),
            stage.clone(),
            choices.clone(),
        );
        Rc::new(move |loaded: &LoadedCsv, outcome: &Outcome<K>| {
            if let Some(c) = &*choices {
                stage.set(Stage::Done(kind.keep(&ws, loaded, c, outcome)));
            }
        })
    };

    let on_file = {
        let (stage, reader, choices, header_rows, kind) = (
            stage.clone(),
            reader.clone(),
            choices.clone(),
            header_rows.clone(),
            props.kind.clone(),
        );
        Callback::from(move |e: Event| {
            let (started, stage) = (stage.clone(), stage.clone());
            let (choices, header_rows, kind) = (choices.clone(), header_rows.clone(), kind.clone());
            let task = read_chosen(
                &e,
                |name| started.set(Stage::Reading(name.to_string())),
                move |read| match read {
                    Ok(loaded) => {
                        // Rows that look like more header rows are offered as such,
                        // already ticked: the user sees them and can untick.
                        let extra = loaded.preview.extra_header_rows.len();
                        header_rows.set(extra);
                        choices.set(Some(kind.preselect(&loaded.preview, extra)));
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
        move |shown| {
            if *shown {
                focus_by_id(&format!("{id}-import-result"));
            }
        },
    );

    let reset = {
        let stage = stage.clone();
        Callback::from(move |_| stage.set(Stage::Idle))
    };

    let body = match ((*stage).clone(), (*choices).clone()) {
        (Stage::Idle, _) | (Stage::Mapping(_), None) | (Stage::Problems { .. }, None) => html! {},
        (Stage::Reading(file), _) => html! { <p role="status">{ format!("Reading {file}…") }</p> },
        (Stage::Failed(message), _) => {
            html! { <Banner kind={BannerKind::Error} title={message} /> }
        }
        (Stage::Done(message), _) => html! {
            <Banner id={format!("{id}-import-result")} kind={BannerKind::Success} title={message} />
        },
        (Stage::Importing { file, progress }, _) => {
            let pct = (progress * 100.0) as u32;
            html! {
                <div role="status">
                    <label for={format!("{id}-import-progress")}>{ format!("Importing {file}: {pct}%") }</label>
                    <progress id={format!("{id}-import-progress")} max="100" value={pct.to_string()} />
                </div>
            }
        }
        (Stage::Problems { loaded, outcome }, Some(_)) => {
            let skip = {
                let (keep, loaded, outcome) = (keep.clone(), loaded.clone(), outcome.clone());
                Callback::from(move |_| keep(&loaded, &outcome))
            };
            let more = outcome.problem_count as usize
                - outcome.problems.len().min(outcome.problem_count as usize);
            html! {
                <Banner id={format!("{id}-import-result")} kind={BannerKind::Error}
                    title={format!("{}: {} of {} rows could not be read. Nothing has been imported.",
                        loaded.file, outcome.problem_count, outcome.rows_read)}>
                    <ul class="problems">
                        { for outcome.problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
                    </ul>
                    if more > 0 { <p>{ format!("…and {more} more.") }</p> }
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
        (Stage::Mapping(loaded), Some(c)) => {
            let p = &loaded.preview;
            let extra = *header_rows;
            let on_change = {
                let choices = choices.clone();
                Callback::from(move |next| choices.set(Some(next)))
            };
            let on_header_rows = {
                let (header_rows, choices, kind, preview) = (
                    header_rows.clone(),
                    choices.clone(),
                    props.kind.clone(),
                    p.clone(),
                );
                Callback::from(move |e: Event| {
                    let ticked = e.target_unchecked_into::<HtmlInputElement>().checked();
                    let n = if ticked {
                        preview.extra_header_rows.len()
                    } else {
                        0
                    };
                    header_rows.set(n);
                    choices.set(Some(kind.preselect(&preview, n)));
                })
            };
            let on_import = {
                let (stage, loaded, mapping, keep) = (
                    stage.clone(),
                    loaded.clone(),
                    props.kind.mapping(&c),
                    keep.clone(),
                );
                Callback::from(move |_| {
                    let importer = match CsvImporter::<K::Reader>::with_header_rows(
                        loaded.data.clone(),
                        mapping.clone(),
                        extra,
                    ) {
                        Ok(i) => i,
                        Err(e) => return stage.set(Stage::Failed(not_imported(&loaded.file, &e))),
                    };
                    let (progress, done, file) =
                        (stage.clone(), stage.clone(), loaded.file.clone());
                    let (loaded, keep) = (loaded.clone(), keep.clone());
                    run_in_steps(
                        importer,
                        move |p| {
                            progress.set(Stage::Importing {
                                file: file.clone(),
                                progress: p,
                            })
                        },
                        move |result| match result {
                            Ok(outcome) if outcome.problem_count == 0 => keep(&loaded, &outcome),
                            Ok(outcome) => done.set(Stage::Problems {
                                loaded,
                                outcome: Rc::new(outcome),
                            }),
                            Err(e) => done.set(Stage::Failed(not_imported(&loaded.file, &e))),
                        },
                    );
                })
            };
            let sep = match p.delimiter {
                b';' => "semicolons",
                b'\t' => "tabs",
                _ => "commas",
            };
            let (head_rows, data_rows) = p.rows.split_at(extra.min(p.rows.len()));
            html! {
                <div class="mapping">
                    <p role="status">{ format!("{}: columns separated by {sep}. The first rows:", loaded.file) }</p>
                    // Focusable, so a keyboard can scroll a wide export sideways.
                    <div class="table-scroll" tabindex="0" role="region" aria-label={format!("The first rows of {}", loaded.file)}>
                        <table class="preview">
                            <thead>
                                <tr>{ for p.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr>
                                { for head_rows.iter().map(|r| html! {
                                    <tr class="preview__extra-header">{ for r.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr>
                                }) }
                            </thead>
                            <tbody>{ for data_rows.iter().map(|r| html! {
                                <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr>
                            }) }</tbody>
                        </table>
                    </div>
                    if !p.extra_header_rows.is_empty() {
                        <div class="header-rows">
                            <div class="checkbox">
                                <input type="checkbox" id={format!("{id}-header-rows")} checked={extra > 0} onchange={on_header_rows} />
                                <label for={format!("{id}-header-rows")}>
                                    { format!("Treat {} as header rows, not answers", rows_words(p.extra_header_rows.len())) }</label>
                            </div>
                            <ul class="hint">
                                { for p.extra_header_rows.iter().map(|r| html! {
                                    <li>{ format!("Row {}: {}", r.index + 2, r.reason) }</li>
                                }) }
                            </ul>
                        </div>
                    }
                    { props.kind.fields(p, extra, &c, on_change) }
                    <div class="button-row">
                        <button type="button" class="button" onclick={on_import}>{ K::IMPORT_LABEL }</button>
                        <button type="button" class="button button--secondary" onclick={reset.clone()}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        }
    };

    html! {
        <section class="panel" aria-labelledby={format!("{id}-import-heading")}>
            <h2 id={format!("{id}-import-heading")}>{ K::HEADING }</h2>
            <p>{ K::INTRO }</p>
            <div class="field">
                <label for={format!("{id}-file")}>{ K::FILE_LABEL }</label>
                <input id={format!("{id}-file")} type="file" accept=".csv,.txt,.tsv,text/csv" onchange={on_file} />
            </div>
            { body }
        </section>
    }
}

/// A select of the preview's columns, for a tool's mapping fields: `current` selected,
/// "None" offered when `optional`; `on_pick` gets the column chosen (or none).
pub fn column_select(
    id: &str,
    label: &str,
    preview: &CsvPreview,
    header_rows: usize,
    current: Option<usize>,
    optional: bool,
    on_pick: Callback<Option<usize>>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        on_pick.emit(v.parse().ok());
    });
    html! {
        <div class="field field--compact">
            <label for={id.to_string()}>{ label }</label>
            <select id={id.to_string()} {onchange}>
                if optional { <option value="none" selected={current.is_none()}>{ "None" }</option> }
                { for (0..preview.headers.len()).map(|i| html! {
                    <option value={i.to_string()} selected={current == Some(i)}>
                        { preview.column_label(i, header_rows) }</option>
                }) }
            </select>
        </div>
    }
}
