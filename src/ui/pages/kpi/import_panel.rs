//! Importing a CSV of survey answers: the survey's part of the generic import panel
//! (date, score and breakdown columns, the scale) and the dataset it keeps.

use super::date_format_select::date_format_select;
use crate::domain::csv_import::{
    choose_breakdown_column, guess_by_name, CsvPreview, ImportOutcome,
};
use crate::domain::kpi::calendar::DateFormat;
use crate::domain::kpi::dataset::SurveyDataset;
use crate::domain::kpi::import::{
    choose_date_column, choose_rating_column, choose_scale, choose_score_column, DailyCounts,
    SurveyMapping, SurveyRows,
};
use crate::domain::kpi::SurveyScale;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{now, random_u32};
use crate::ui::hooks::WorkspaceHandle;
use crate::ui::widgets::csv_file::LoadedCsv;
use crate::ui::widgets::csv_import_panel::{column_select, CsvImportKind, CsvImportPanel};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const SCALES: [(SurveyScale, &str, &str); 3] = [
    (
        SurveyScale::ZeroToTen,
        "nps",
        "NPS: 0–10 likelihood to recommend",
    ),
    (SurveyScale::OneToFive, "csat", "CSAT: 1–5 satisfaction"),
    (SurveyScale::OneToSeven, "ces", "CES: 1–7 effort (7 = easy)"),
];

/// What the user chooses for a survey import.
#[derive(Clone, PartialEq)]
pub struct SurveyChoices {
    mapping: SurveyMapping,
    /// Why the score column was preselected; `None` once the user picks one.
    score_reason: Option<String>,
    /// Why the date column and format were preselected.
    date_reason: Option<String>,
}

/// Survey answers: one answer a row.
#[derive(PartialEq)]
pub struct SurveyImport {
    pub project: ProjectId,
}

/// Preselects the score column for the chosen scale; false when no column fits it.
fn preselect_score(c: &mut SurveyChoices, preview: &CsvPreview, header_rows: usize) -> bool {
    match choose_score_column(preview, header_rows, c.mapping.scale) {
        Some(choice) => {
            c.mapping.score_column = choice.column;
            c.score_reason = Some(choice.reason);
            true
        }
        None => {
            let (lo, hi) = c.mapping.scale.bounds();
            c.score_reason = Some(format!(
                "No column holds only whole numbers from {lo} to {hi} in the first rows: choose the score column."
            ));
            false
        }
    }
}

/// The date and score columns (and the scale) to preselect, with why.
fn preselect_date_and_score(preview: &CsvPreview, header_rows: usize) -> SurveyChoices {
    let h = &preview.headers;
    let date = choose_date_column(preview, header_rows);
    let mut c = SurveyChoices {
        mapping: SurveyMapping {
            delimiter: preview.delimiter,
            date_column: date
                .as_ref()
                .map(|(c, _)| c.column)
                .or_else(|| guess_by_name(h, &["date", "time", "when"]))
                .unwrap_or(0),
            date_format: date.as_ref().map_or(DateFormat::YearMonthDay, |(_, f)| *f),
            score_column: 1.min(h.len().saturating_sub(1)),
            scale: SurveyScale::ZeroToTen,
            segment_column: None,
        },
        score_reason: None,
        date_reason: date.map(|(c, _)| c.reason),
    };
    let found = preselect_score(&mut c, preview, header_rows);
    // A help desk's Good/Bad ratings, when no column holds numbers: satisfaction.
    if !found {
        if let Some(choice) = choose_rating_column(preview, header_rows) {
            c.mapping.scale = SurveyScale::OneToFive;
            c.mapping.score_column = choice.column;
            c.score_reason = Some(choice.reason);
            return c;
        }
    }
    // A file of 1–5 satisfaction answers is not an NPS survey: its scale is chosen
    // from the column's question and answers, and the user is told why.
    let column = c.mapping.score_column;
    if let Some((scale, why)) = choose_scale(preview, header_rows, column) {
        if scale != c.mapping.scale {
            c.mapping.scale = scale;
            preselect_score(&mut c, preview, header_rows);
        }
        // The scale was read from this column's answers: it stays the score column.
        if c.mapping.score_column != column {
            c.mapping.score_column = column;
            c.score_reason = None;
        }
        let score = c.score_reason.take().unwrap_or_default();
        c.score_reason = Some(format!("{score} {why}").trim().to_string());
    }
    c
}

impl CsvImportKind for SurveyImport {
    type Reader = SurveyRows;
    type Choices = SurveyChoices;
    const ID: &'static str = "survey";
    const HEADING: &'static str = "Import survey answers (CSV)";
    const INTRO: &'static str = "A CSV export with one answer per row: a date, a score and, if you like, a channel or team. \
        Exports from survey tools with more header rows (Qualtrics, SurveyMonkey) are recognised. \
        Only counts per day are kept, never the rows themselves.";
    const FILE_LABEL: &'static str = "Survey file (.csv)";
    const IMPORT_LABEL: &'static str = "Import";

    fn preselect(&self, preview: &CsvPreview, header_rows: usize) -> SurveyChoices {
        let mut c = preselect_date_and_score(preview, header_rows);
        let m = &mut c.mapping;
        m.segment_column =
            choose_breakdown_column(preview, header_rows, &[m.date_column, m.score_column]);
        c
    }

    fn mapping(&self, c: &SurveyChoices) -> SurveyMapping {
        c.mapping
    }

    fn fields(
        &self,
        preview: &CsvPreview,
        header_rows: usize,
        c: &SurveyChoices,
        on_change: Callback<SurveyChoices>,
    ) -> Html {
        let m = c.mapping;
        let pick = |set: fn(&mut SurveyChoices, Option<usize>)| {
            let (c, on_change) = (c.clone(), on_change.clone());
            Callback::from(move |v: Option<usize>| {
                let mut next = c.clone();
                set(&mut next, v);
                on_change.emit(next);
            })
        };
        let on_format = {
            let (c, on_change) = (c.clone(), on_change.clone());
            Callback::from(move |f: DateFormat| {
                let mut next = c.clone();
                next.mapping.date_format = f;
                next.date_reason = None;
                on_change.emit(next);
            })
        };
        let on_scale = {
            let (c, on_change, preview) = (c.clone(), on_change.clone(), preview.clone());
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                if let Some((s, _, _)) = SCALES.iter().find(|(_, code, _)| *code == v) {
                    let mut next = c.clone();
                    next.mapping.scale = *s;
                    // A column the user did not pick is chosen again for the new range.
                    if next.score_reason.is_some() {
                        preselect_score(&mut next, &preview, header_rows);
                    }
                    on_change.emit(next);
                }
            })
        };
        html! {
            <div class="mapping-fields">
                { column_select("map-date", "Date column", preview, header_rows, Some(m.date_column), false,
                    pick(|c, v| { c.mapping.date_column = v.unwrap_or(0); c.date_reason = None; })) }
                { date_format_select("map-date-format", m.date_format, on_format) }
                { column_select("map-score", "Score column", preview, header_rows, Some(m.score_column), false,
                    pick(|c, v| { c.mapping.score_column = v.unwrap_or(0); c.score_reason = None; })) }
                <div class="field field--compact">
                    <label for="map-scale">{ "The scores are" }</label>
                    <select id="map-scale" onchange={on_scale}>
                        { for SCALES.iter().map(|(s, code, label)| html! {
                            <option value={*code} selected={*s == m.scale}>{ *label }</option>
                        }) }
                    </select>
                </div>
                { column_select("map-segment", "Break down by (channel, team…)", preview, header_rows, m.segment_column, true,
                    pick(|c, v| c.mapping.segment_column = v)) }
                if let Some(why) = &c.score_reason { <p class="hint mapping-reason" id="map-score-reason">{ format!("Score column: {why}") }</p> }
                if let Some(why) = &c.date_reason { <p class="hint mapping-reason">{ format!("Date column: {why}") }</p> }
            </div>
        }
    }

    fn keep(
        &self,
        ws: &WorkspaceHandle,
        loaded: &LoadedCsv,
        c: &SurveyChoices,
        outcome: &ImportOutcome<DailyCounts>,
    ) -> String {
        let m = &c.mapping;
        let dataset = SurveyDataset {
            id: format!(
                "d{:08x}{:08x}",
                js_sys::Date::now() as u64 & 0xffff_ffff,
                random_u32()
            ),
            name: loaded.file.clone(),
            scale: m.scale,
            segment_label: m
                .segment_column
                .and_then(|i| loaded.preview.headers.get(i).cloned())
                .unwrap_or_default(),
            imported_at: now(),
            counts: outcome.counts.clone(),
            skipped_rows: outcome.problem_count,
            target: None,
            definition: crate::domain::kpi::series::kind_for(m.scale)
                .definition()
                .to_string(),
        };
        ws.apply(Action::AddDataset {
            project: self.project.clone(),
            dataset,
            at: now(),
        });
        format!(
            "Imported {} answers from {}.{}{}",
            outcome.rows_counted,
            loaded.file,
            if outcome.problem_count > 0 {
                format!(" {} bad rows were skipped.", outcome.problem_count)
            } else {
                String::new()
            },
            outcome
                .footer_note()
                .map(|n| format!(" {n}"))
                .unwrap_or_default()
        )
    }
}

/// Props of [`SurveyImportPanel`].
#[derive(Properties, PartialEq)]
pub struct SurveyImportPanelProps {
    pub project: ProjectId,
}

/// The survey import section.
#[component]
pub fn SurveyImportPanel(props: &SurveyImportPanelProps) -> Html {
    let kind = Rc::new(SurveyImport {
        project: props.project.clone(),
    });
    html! { <CsvImportPanel<SurveyImport> {kind} /> }
}
