//! A stage's KPI card linked to the project's KPI data: the figure it shows.

use crate::domain::kpi::dataset::SurveyDataset;
use crate::domain::kpi::format::with_unit;
use crate::domain::kpi::series::{figure, total};

/// The linked dataset's figure over everything imported, e.g. "NPS +43 (n = 230)";
/// `None` when the dataset is gone or has no answers.
pub fn figure_text(datasets: &[std::rc::Rc<SurveyDataset>], id: &str) -> Option<String> {
    let d = datasets.iter().find(|d| d.id == id)?;
    let f = figure(&total(&d.counts, d.scale))?;
    Some(format!(
        "{} {} (n = {})",
        f.kind.name(),
        with_unit(f.value, f.unit),
        f.n
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::histogram::SurveyScale;
    use crate::domain::kpi::import::{DailyCounts, DayCell};

    #[test]
    fn a_linked_survey_shows_its_overall_figure() {
        let mut counts = vec![0u64; 11];
        counts[10] = 40;
        counts[7] = 20;
        counts[2] = 10;
        let d = SurveyDataset {
            id: "d1".into(),
            name: "after-call.csv".into(),
            scale: SurveyScale::ZeroToTen,
            segment_label: String::new(),
            imported_at: chrono::DateTime::from_timestamp(0, 0).unwrap(),
            counts: DailyCounts {
                segments: vec![String::new()],
                cells: vec![DayCell {
                    day: 20_400,
                    segment: 0,
                    counts,
                }],
            },
            skipped_rows: 0,
            target: None,
            definition: String::new(),
        };
        let all = vec![std::rc::Rc::new(d)];
        assert_eq!(figure_text(&all, "d1").as_deref(), Some("NPS +43 (n = 70)"));
        assert_eq!(figure_text(&all, "gone"), None);
    }
}
