//! Customer-service KPIs: their definitions, formulas and intervals, the score
//! histograms imports are reduced to, and the before/after comparison PDCA's Check
//! step uses. Plain Rust, tested natively against published worked examples.

pub mod calculator;
pub mod calendar;
pub mod chart;
pub mod compare;
pub mod contacts;
pub mod dataset;
pub mod dataset_name;
pub mod definitions;
pub mod edit;
pub mod format;
pub mod histogram;
pub mod import;
pub mod margin;
pub mod operations;
pub mod series;
pub mod stats;
pub mod status;
pub mod summary;
pub mod survey;
pub mod typed_counts;

pub use definitions::KpiKind;
pub use histogram::{ScoreError, ScoreHistogram, SurveyScale};
pub use stats::{Interval, MeanSummary, NpsCounts};
pub use survey::KpiFigure;
