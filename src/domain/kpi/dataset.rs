//! A set of survey answers kept with a project: the daily counts an import produced
//! (or counts typed in per period), the scale, and the team's target.

use super::histogram::SurveyScale;
use super::import::DailyCounts;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Most day × segment cells one dataset may hold (ten years of days for 25 segments):
/// the most an import may make.
pub use crate::domain::csv_import::MAX_CELLS;

/// Survey answers of one kind, reduced to counts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyDataset {
    pub id: String,
    /// What the user calls it; by default the imported file's name.
    pub name: String,
    pub scale: SurveyScale,
    /// The column results are broken down by ("channel"), empty when none.
    #[serde(default)]
    pub segment_label: String,
    pub imported_at: DateTime<Utc>,
    pub counts: DailyCounts,
    /// Rows of the file that were not counted because the user chose to skip them.
    #[serde(default)]
    pub skipped_rows: u64,
    /// The team's target for the KPI, in its units (NPS points, %, mean score).
    #[serde(default)]
    pub target: Option<f64>,
    /// The definition the figures were computed with, stored so they stay readable
    /// as they were meant even if a later version words it differently.
    #[serde(default)]
    pub definition: String,
}

impl crate::domain::project::ProjectPart for SurveyDataset {
    fn id(&self) -> &str {
        &self.id
    }
    fn problems(&self) -> Vec<(String, String)> {
        SurveyDataset::problems(self)
    }
}

impl SurveyDataset {
    /// The definition stored with the data (or today's, for data stored without one).
    pub fn definition(&self) -> &str {
        if self.definition.is_empty() {
            super::series::kind_for(self.scale).definition()
        } else {
            &self.definition
        }
    }

    /// The KPI this dataset's scale gives ("NPS", "CSAT", "CES").
    pub fn scale_kpi_name(&self) -> &'static str {
        super::series::kind_for(self.scale).name()
    }

    /// Sets the counts of the month starting on day `month_start` (one number a score
    /// of the scale), replacing any counts typed for that month before.
    pub fn set_month(
        &mut self,
        month_start: i32,
        counts: Vec<u64>,
        at: DateTime<Utc>,
    ) -> Result<(), String> {
        if counts.len() != self.scale.answer_count() {
            return Err(format!(
                "a month of {} needs {} counts",
                self.scale_kpi_name(),
                self.scale.answer_count()
            ));
        }
        if counts.iter().all(|&c| c == 0) {
            return Err("enter at least one answer".into());
        }
        self.counts.cells.retain(|c| c.day != month_start);
        self.counts.cells.push(super::import::DayCell {
            day: month_start,
            segment: 0,
            counts,
        });
        crate::domain::sort::sort_by_key(&mut self.counts.cells, |c| (c.day, c.segment));
        self.imported_at = at;
        Ok(())
    }

    /// Problems with a dataset read from outside, as (field, message).
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let width = self.scale.answer_count();
        if self.counts.cells.len() > MAX_CELLS {
            out.push((
                "counts.cells".into(),
                format!("has more than {MAX_CELLS} cells"),
            ));
            return out;
        }
        for (i, cell) in self.counts.cells.iter().enumerate() {
            if cell.counts.len() != width {
                out.push((
                    format!("counts.cells[{i}].counts"),
                    format!("must have {width} numbers for this scale"),
                ));
            }
            if usize::from(cell.segment) >= self.counts.segments.len().max(1) {
                out.push((
                    format!("counts.cells[{i}].segment"),
                    "names no listed segment".into(),
                ));
            }
            if out.len() >= 10 {
                break;
            }
        }
        out
    }
}

/// The name of the dataset that holds figures typed in per month for a scale.
pub fn typed_name(scale: SurveyScale) -> String {
    format!(
        "Monthly figures entered by hand ({})",
        super::series::kind_for(scale).name()
    )
}

/// Reads a month as `<input type="month">` gives it ("2026-11") into the day number of
/// its first day.
pub fn parse_month(text: &str) -> Option<i32> {
    let (y, m) = text.trim().split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    super::calendar::days_from_civil(y.parse().ok()?, m.parse().ok()?, 1)
}

/// `existing` (or a new dataset) with the counts of one month set, replacing any counts
/// typed for that month before. `counts` has one number a score of the scale.
pub fn with_typed_month(
    existing: Option<&SurveyDataset>,
    id: String,
    scale: SurveyScale,
    month_start: i32,
    counts: Vec<u64>,
    at: DateTime<Utc>,
) -> Option<SurveyDataset> {
    if counts.len() != scale.answer_count() || counts.iter().all(|&c| c == 0) {
        return None;
    }
    let mut d = existing.cloned().unwrap_or_else(|| SurveyDataset {
        id,
        name: typed_name(scale),
        scale,
        segment_label: String::new(),
        imported_at: at,
        counts: DailyCounts {
            segments: vec![String::new()],
            cells: Vec::new(),
        },
        skipped_rows: 0,
        target: None,
        definition: super::series::kind_for(scale).definition().to_string(),
    });
    if d.scale != scale {
        return None;
    }
    d.set_month(month_start, counts, at).ok()?;
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_months_are_added_and_replaced() {
        let at = DateTime::<Utc>::UNIX_EPOCH;
        let nov = parse_month("2026-11").unwrap();
        let oct = parse_month("2026-10").unwrap();
        assert_eq!(parse_month("2026-13"), None);
        assert_eq!(parse_month("Nov 2026"), None);
        let counts = |p: u64| {
            let mut v = vec![0; 11];
            v[10] = p;
            v[0] = 5;
            v
        };
        let d = with_typed_month(
            None,
            "t1".into(),
            SurveyScale::ZeroToTen,
            nov,
            counts(20),
            at,
        )
        .unwrap();
        assert_eq!(d.name, "Monthly figures entered by hand (NPS)");
        let d = with_typed_month(
            Some(&d),
            "ignored".into(),
            SurveyScale::ZeroToTen,
            oct,
            counts(10),
            at,
        )
        .unwrap();
        let d = with_typed_month(
            Some(&d),
            "ignored".into(),
            SurveyScale::ZeroToTen,
            nov,
            counts(30),
            at,
        )
        .unwrap();
        assert_eq!(d.id, "t1");
        assert_eq!(d.counts.cells.len(), 2);
        assert_eq!(d.counts.cells[0].day, oct);
        assert_eq!(
            d.counts.cells[1].counts[10], 30,
            "the month typed again replaces the first figures"
        );
        assert!(d.problems().is_empty());
        assert!(with_typed_month(
            Some(&d),
            "x".into(),
            SurveyScale::OneToFive,
            nov,
            vec![1; 5],
            at
        )
        .is_none());
        assert!(with_typed_month(
            None,
            "x".into(),
            SurveyScale::OneToFive,
            nov,
            vec![0; 5],
            at
        )
        .is_none());
        // The definition in force is stored with new data and read back from it.
        assert!(d.definition.starts_with("NPS = % promoters"));
        let mut old = d.clone();
        old.definition = "NPS (as defined in 2026)".into();
        assert_eq!(old.definition(), "NPS (as defined in 2026)");
        old.definition.clear();
        assert!(
            old.definition().starts_with("NPS = "),
            "data stored without one shows today's"
        );
    }
}
