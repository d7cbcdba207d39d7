//! A set of survey answers kept with a project: the daily counts an import produced
//! (or counts typed in per period), the scale, and the team's target.

use super::histogram::SurveyScale;
use super::import::DailyCounts;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Most day × segment cells one dataset may hold (ten years of days for 25 segments).
pub const MAX_CELLS: usize = 100_000;

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
}

impl SurveyDataset {
    /// The KPI this dataset's scale gives ("NPS", "CSAT", "CES").
    pub fn scale_kpi_name(&self) -> &'static str {
        super::series::kind_for(self.scale).name()
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
