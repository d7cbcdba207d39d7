//! A stage's KPI card linked to the project's KPI data: the figure it shows.

use crate::domain::kpi::dataset::SurveyDataset;
use crate::domain::kpi::format::with_unit;
use crate::domain::kpi::series::{figure, total};

/// The linked dataset's figure over everything imported, e.g. "NPS +43 (n = 230)";
/// `None` when the dataset is gone or has no answers.
pub fn figure_text(datasets: &[SurveyDataset], id: &str) -> Option<String> {
    let d = datasets.iter().find(|d| d.id == id)?;
    let f = figure(&total(&d.counts, d.scale))?;
    Some(format!(
        "{} {} (n = {})",
        f.kind.name(),
        with_unit(f.value, f.unit),
        f.n
    ))
}
