//! Entry points the benchmark calls in the real app page (`window.wasmBindings`), so
//! in-page figures come from exactly the code the import screen runs.

use crate::domain::kpi::calendar::Granularity;
use crate::domain::kpi::format::copy_text;
use crate::domain::kpi::import::{SurveyImporter, SurveyMapping};
use crate::domain::kpi::series::figures;
use crate::domain::kpi::SurveyScale;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Imports a survey CSV (date, 0–10 score, channel) and works out NPS with intervals
/// by month and channel; returns a short summary, so the work cannot be skipped.
#[wasm_bindgen]
pub fn measure_survey_import(data: Vec<u8>) -> String {
    let mapping = SurveyMapping::date_score_segment(SurveyScale::ZeroToTen);
    let outcome = match SurveyImporter::new(Rc::new(data), mapping).and_then(|i| i.finish()) {
        Ok(o) => o,
        Err(e) => return format!("error: {e}"),
    };
    let by_month = figures(&outcome.counts, SurveyScale::ZeroToTen, Granularity::Month);
    let last = by_month
        .iter()
        .rev()
        .find(|f| f.segment.is_none())
        .map(|f| copy_text(&f.figure, "last month"))
        .unwrap_or_default();
    format!(
        "{} rows counted, {} figures; {last}",
        outcome.rows_counted,
        by_month.len()
    )
}
