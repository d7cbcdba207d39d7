//! Where the analysis page's two charts put things: the Pareto chart (bars by count,
//! highest first, the cumulative share as a line on its own 0–100% axis, the 80% mark)
//! and a category's c-chart (one point a period, the centre line and the limits). Plain
//! numbers in SVG units, so the drawing is tested here and the page only draws.

use super::ControlChart;
use crate::domain::complaints::recurrence::{ParetoBar, VITAL_SHARE};

/// Most bars drawn: past this the smallest categories are drawn as one bar (the table
/// beside the chart lists every one).
pub const MAX_BARS: usize = 15;
/// Chart width and height in SVG units (the `<svg>` scales to its box).
pub const WIDTH: f64 = 720.0;
pub const HEIGHT: f64 = 340.0;
const LEFT: f64 = 84.0;
const RIGHT: f64 = WIDTH - 56.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = HEIGHT - 72.0;
/// Longest category name written under a bar; the full name is in its tooltip.
const LABEL_CHARS: usize = 14;

/// A gridline of an axis: where, and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub y: f64,
    pub label: String,
}

/// One drawn bar of the Pareto chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarBox {
    pub category: String,
    /// The name as written under the bar (cut short when long).
    pub label: String,
    pub count: u64,
    pub cumulative: f64,
    pub vital: bool,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The middle of the bar, where the cumulative point sits, and that point's height.
    pub mid_x: f64,
    pub cumulative_y: f64,
}

/// The Pareto chart's geometry.
#[derive(Clone, Debug, PartialEq)]
pub struct ParetoGeometry {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub bars: Vec<BarBox>,
    /// Counts, on the left.
    pub count_ticks: Vec<Tick>,
    /// Cumulative percent, on the right.
    pub percent_ticks: Vec<Tick>,
    /// Where the 80% line runs.
    pub vital_y: f64,
}

/// A step of 1, 2 or 5 × 10ⁿ that puts at most five gridlines up to `max`.
pub fn nice_step(max: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    let raw = max / 5.0;
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power)
        .max(1.0)
}

fn short(text: &str) -> String {
    if text.chars().count() <= LABEL_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The bars drawn: all of them, or the largest `MAX_BARS - 1` and one for the rest.
fn drawn(bars: &[ParetoBar]) -> Vec<(String, u64, f64, bool)> {
    let mut out: Vec<(String, u64, f64, bool)> = bars
        .iter()
        .map(|b| (b.category.clone(), b.count, b.cumulative, b.vital))
        .collect();
    if out.len() > MAX_BARS {
        let rest = out.split_off(MAX_BARS - 1);
        let count = rest.iter().map(|r| r.1).sum();
        out.push((format!("{} others", rest.len()), count, 100.0, false));
    }
    out
}

/// Where the Pareto chart of `bars` (from `recurrence::pareto`) puts everything.
pub fn pareto_geometry(bars: &[ParetoBar]) -> ParetoGeometry {
    let data = drawn(bars);
    let highest = data.iter().map(|d| d.1).max().unwrap_or(0) as f64;
    let step = nice_step(highest);
    let top_count = (highest / step).ceil().max(1.0) * step;
    let plot = BOTTOM - TOP;
    let y_count = |c: f64| BOTTOM - plot * c / top_count;
    let y_percent = |p: f64| BOTTOM - plot * p / 100.0;
    let slot = (RIGHT - LEFT) / data.len().max(1) as f64;
    let width = slot * 0.7;
    let bars = data
        .into_iter()
        .enumerate()
        .map(|(i, (category, count, cumulative, vital))| {
            let x = LEFT + slot * i as f64 + (slot - width) / 2.0;
            let y = y_count(count as f64);
            BarBox {
                label: short(&category),
                category,
                count,
                cumulative,
                vital,
                x,
                y,
                width,
                height: BOTTOM - y,
                mid_x: x + width / 2.0,
                cumulative_y: y_percent(cumulative),
            }
        })
        .collect();
    let count_ticks = (0..=(top_count / step).round() as u64)
        .map(|k| {
            let c = k as f64 * step;
            Tick {
                y: y_count(c),
                label: format!("{}", c as u64),
            }
        })
        .collect();
    let percent_ticks = (0..=4)
        .map(|k| Tick {
            y: y_percent(k as f64 * 25.0),
            label: format!("{}%", k * 25),
        })
        .collect();
    ParetoGeometry {
        left: LEFT,
        right: RIGHT,
        top: TOP,
        bottom: BOTTOM,
        bars,
        count_ticks,
        percent_ticks,
        vital_y: y_percent(VITAL_SHARE),
    }
}

/// One point of the c-chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub x: f64,
    pub y: f64,
    /// Its period's name is written under the axis.
    pub labelled: bool,
}

/// The c-chart's geometry: points in period order, and the heights of its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlGeometry {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub dots: Vec<Dot>,
    pub centre_y: f64,
    pub upper_y: f64,
    pub lower_y: f64,
    pub ticks: Vec<Tick>,
}

/// Most period names written under the c-chart's axis.
const MAX_LABELS: usize = 12;

/// Where `chart` puts its points and lines.
pub fn control_geometry(chart: &ControlChart) -> ControlGeometry {
    let highest = chart
        .points
        .iter()
        .map(|p| p.count as f64)
        .fold(chart.chart.upper, f64::max);
    let step = nice_step(highest);
    let top_count = (highest / step).ceil().max(1.0) * step;
    let plot = BOTTOM - TOP;
    let y = |c: f64| BOTTOM - plot * c / top_count;
    let n = chart.points.len();
    let gap = if n > 1 {
        (RIGHT - LEFT) / (n - 1) as f64
    } else {
        0.0
    };
    let every = n.div_ceil(MAX_LABELS).max(1);
    let dots = chart
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| Dot {
            x: if n > 1 {
                LEFT + gap * i as f64
            } else {
                (LEFT + RIGHT) / 2.0
            },
            y: y(p.count as f64),
            // Counted back from the latest period, which is always named.
            labelled: (n - 1 - i) % every == 0,
        })
        .collect();
    ControlGeometry {
        left: LEFT,
        right: RIGHT,
        top: TOP,
        bottom: BOTTOM,
        dots,
        centre_y: y(chart.chart.mean),
        upper_y: y(chart.chart.upper),
        lower_y: y(chart.chart.lower),
        ticks: (0..=(top_count / step).round() as u64)
            .map(|k| Tick {
                y: y(k as f64 * step),
                label: format!("{}", (k as f64 * step) as u64),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaints::analysis::{control_chart, Series};
    use crate::domain::complaints::recurrence::pareto;
    use crate::domain::kpi::calendar::Granularity;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(38.0), 10.0);
        assert_eq!(nice_step(9.0), 2.0);
        assert_eq!(nice_step(3.0), 1.0);
        assert_eq!(nice_step(2_400.0), 500.0);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn pareto_bars_stand_on_the_axis_and_the_line_reaches_100() {
        let counts = [
            ("Late delivery", 38u64),
            ("Billing error", 12),
            ("Long wait", 10),
        ];
        let counts: Vec<(String, u64)> = counts.iter().map(|(c, n)| (c.to_string(), *n)).collect();
        let g = pareto_geometry(&pareto(&counts));
        // 38 → ticks of 10 up to 40: the tallest bar is 38/40 of the plot.
        assert_eq!(g.count_ticks.last().unwrap().label, "40");
        let tallest = &g.bars[0];
        assert!((tallest.height - (g.bottom - g.top) * 38.0 / 40.0).abs() < 1e-9);
        assert!(g
            .bars
            .iter()
            .all(|b| (b.y + b.height - g.bottom).abs() < 1e-9));
        assert!(
            (g.bars[2].cumulative_y - g.top).abs() < 1e-9,
            "100% at the top"
        );
        assert!((g.vital_y - (g.bottom - (g.bottom - g.top) * 0.8)).abs() < 1e-9);
        assert_eq!(g.bars[1].label, "Billing error");
        assert!(g.bars[0].x < g.bars[1].x);
    }

    #[test]
    fn many_small_categories_are_drawn_as_one_bar() {
        let counts: Vec<(String, u64)> = (0..20)
            .map(|i| (format!("Category {i:02}"), 40 - i))
            .collect();
        let g = pareto_geometry(&pareto(&counts));
        assert_eq!(g.bars.len(), MAX_BARS);
        let last = g.bars.last().unwrap();
        assert_eq!(last.category, "6 others");
        // Categories 14..19 count 26 + 25 + … + 21 = 141.
        assert_eq!(last.count, 141);
        assert_eq!(g.bars[0].label, "Category 00");
        assert_eq!(short("Staff attitude on the phone"), "Staff attitud…");
    }

    #[test]
    fn control_points_span_the_width_and_the_limits_sit_by_the_mean() {
        let s = Series {
            by: Some(Granularity::Month),
            periods: (0..4).map(|k| k * 31).collect(),
            counts: [("Late delivery".to_string(), vec![4, 4, 4, 4])].into(),
            left_out: 0,
        };
        let chart = control_chart(&s, "Late delivery").unwrap();
        let g = control_geometry(&chart);
        assert_eq!((g.dots[0].x, g.dots[3].x), (g.left, g.right));
        // Mean 4, UCL 4 + 3×2 = 10, LCL 0: the scale tops at 10.
        assert!((g.upper_y - g.top).abs() < 1e-9);
        assert!((g.lower_y - g.bottom).abs() < 1e-9);
        assert!((g.centre_y - (g.bottom - (g.bottom - g.top) * 0.4)).abs() < 1e-9);
        assert!(g.dots.iter().all(|d| d.labelled));
    }

    #[test]
    fn long_series_name_every_few_periods_counting_back_from_the_latest() {
        let s = Series {
            by: Some(Granularity::Week),
            periods: (0..30).map(|k| k * 7 - 3).collect(),
            counts: [("Long wait".to_string(), vec![3; 30])].into(),
            left_out: 0,
        };
        let g = control_geometry(&control_chart(&s, "Long wait").unwrap());
        let named: Vec<usize> = (0..30).filter(|&i| g.dots[i].labelled).collect();
        // 30 periods, at most 12 names: every third, the latest named.
        assert_eq!(named, [2, 5, 8, 11, 14, 17, 20, 23, 26, 29]);
    }
}
