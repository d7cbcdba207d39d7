//! SVG charts drawn from domain geometry (`domain::kpi::chart`); the same SVG is what
//! "Download SVG" saves.

mod bar_chart;
mod export;
mod frame;
mod sparkline;
mod trend_chart;

pub use bar_chart::BarChart;
pub use export::{save_png, ChartExport};
pub use sparkline::Sparkline;
pub use trend_chart::TrendChart;

/// A coordinate for an SVG attribute, to one decimal (written without float
/// formatting, which would add kilobytes to the download).
fn n(x: f64) -> String {
    crate::domain::kpi::format::fixed(x, 1)
}
