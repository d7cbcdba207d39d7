//! Chart geometry for KPI figures: where every point, whisker, bar and gridline goes.
//! Plain numbers, tested natively; the SVG components only draw them.

use super::format::with_unit;
use super::stats::Interval;
use super::survey::Unit;

/// One value to plot, with its interval.
#[derive(Clone, Debug, PartialEq)]
pub struct Datum {
    pub label: String,
    pub value: f64,
    pub interval: Option<Interval>,
}

/// A horizontal gridline with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub y: f64,
    pub label: String,
}

/// A plotted point of a trend, with its whisker (interval) ends.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub low_y: Option<f64>,
    pub high_y: Option<f64>,
    pub label: String,
    pub value_label: String,
}

/// Everything a trend chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendGeometry {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub ticks: Vec<Tick>,
    pub points: Vec<Point>,
    pub target_y: Option<f64>,
    /// Show every n-th x label so they do not overlap.
    pub label_every: usize,
}

/// A step of 1, 2 or 5 × 10^k giving about `count` intervals over `span`.
fn nice_step(span: f64, count: f64) -> f64 {
    let raw = (span / count).max(1e-9);
    let magnitude = 10f64.powf(raw.log10().floor());
    let r = raw / magnitude;
    let m = if r <= 1.0 {
        1.0
    } else if r <= 2.0 {
        2.0
    } else if r <= 5.0 {
        5.0
    } else {
        10.0
    };
    m * magnitude
}

/// The value range shown: all values, interval ends and the target, padded, rounded to
/// the step and kept within what the unit allows.
fn value_range(data: &[Datum], target: Option<f64>, unit: Unit) -> (f64, f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for d in data {
        for v in [
            Some(d.value),
            d.interval.map(|i| i.low),
            d.interval.map(|i| i.high),
            target,
        ]
        .into_iter()
        .flatten()
        {
            if v.is_finite() {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    if !lo.is_finite() || !hi.is_finite() || hi - lo > 1e12 {
        return (0.0, 1.0, 0.25);
    }
    if hi - lo < 1e-9 {
        lo -= 1.0;
        hi += 1.0;
    }
    let step = nice_step(hi - lo, 5.0);
    let (mut lo, mut hi) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let (min, max) = match unit {
        Unit::Points => (-100.0, 100.0),
        Unit::Percent => (0.0, 100.0),
        _ => (f64::NEG_INFINITY, f64::INFINITY),
    };
    lo = lo.max(min);
    hi = hi.min(max);
    if unit != Unit::Points && lo < 0.0 {
        lo = 0.0;
    }
    (lo, hi, step)
}

/// Lays out a trend of `data` (oldest first) in a `width` × `height` box.
pub fn trend(
    data: &[Datum],
    unit: Unit,
    target: Option<f64>,
    width: f64,
    height: f64,
) -> TrendGeometry {
    let (left, right, top, bottom) = (64.0, width - 16.0, 16.0, height - 40.0);
    let (lo, hi, step) = value_range(data, target, unit);
    let y = |v: f64| bottom - (v - lo) / (hi - lo) * (bottom - top);
    // Ticks as lo + i × step, at most a handful, so no value can make the loop run away.
    let ticks = (0..=12)
        .map(|i| lo + i as f64 * step)
        .take_while(|v| *v <= hi + step * 1e-6)
        .map(|v| Tick {
            y: y(v),
            label: with_unit(v, unit),
        })
        .collect();
    let n = data.len();
    let x = |i: usize| {
        if n <= 1 {
            (left + right) / 2.0
        } else {
            left + 12.0 + i as f64 * (right - left - 24.0) / (n - 1) as f64
        }
    };
    let points = data
        .iter()
        .enumerate()
        .map(|(i, d)| Point {
            x: x(i),
            y: y(d.value),
            low_y: d.interval.map(|iv| y(iv.low)),
            high_y: d.interval.map(|iv| y(iv.high)),
            label: d.label.clone(),
            value_label: with_unit(d.value, unit),
        })
        .collect();
    let room = ((right - left) / 90.0).max(1.0) as usize;
    TrendGeometry {
        width,
        height,
        left,
        right,
        top,
        bottom,
        ticks,
        points,
        target_y: target.map(y),
        label_every: n.div_ceil(room).max(1),
    }
}

/// One bar of a breakdown, with its whisker.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub y: f64,
    pub x0: f64,
    pub x1: f64,
    pub low_x: Option<f64>,
    pub high_x: Option<f64>,
    pub label: String,
    pub value_label: String,
}

/// Everything a horizontal bar chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct BarGeometry {
    pub width: f64,
    pub height: f64,
    pub bar_height: f64,
    pub zero_x: f64,
    pub bars: Vec<Bar>,
}

/// Lays out one horizontal bar a datum (a breakdown by channel or team).
pub fn bars(data: &[Datum], unit: Unit, width: f64) -> BarGeometry {
    let (label_w, pad, row) = (140.0, 16.0, 34.0);
    let (lo, hi, _) = value_range(data, None, unit);
    let lo = lo.min(0.0);
    let hi = hi.max(0.0);
    let x = |v: f64| label_w + (v - lo) / (hi - lo) * (width - label_w - pad - 70.0);
    let bars = data
        .iter()
        .enumerate()
        .map(|(i, d)| Bar {
            y: 8.0 + i as f64 * row,
            x0: x(0.0).min(x(d.value)),
            x1: x(0.0).max(x(d.value)),
            low_x: d.interval.map(|iv| x(iv.low)),
            high_x: d.interval.map(|iv| x(iv.high)),
            label: d.label.clone(),
            value_label: with_unit(d.value, unit),
        })
        .collect();
    BarGeometry {
        width,
        height: 16.0 + data.len() as f64 * row,
        bar_height: 20.0,
        zero_x: x(0.0),
        bars,
    }
}

/// Points of a small sparkline (no axes) for a card, as "x,y x,y …".
pub fn sparkline(values: &[f64], width: f64, height: f64) -> String {
    if values.len() < 2 {
        return String::new();
    }
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let span = if hi - lo < 1e-9 { 1.0 } else { hi - lo };
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = 2.0 + i as f64 * (width - 4.0) / (values.len() - 1) as f64;
            let y = height - 2.0 - (v - lo) / span * (height - 4.0);
            format!(
                "{},{}",
                super::format::fixed(x, 1),
                super::format::fixed(y, 1)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(label: &str, value: f64, low: f64, high: f64) -> Datum {
        Datum {
            label: label.into(),
            value,
            interval: Some(Interval { low, high }),
        }
    }

    #[test]
    fn trend_points_sit_inside_the_plot_and_whiskers_around_them() {
        let data = [
            d("Jan", 20.0, 10.0, 30.0),
            d("Feb", 35.0, 28.0, 42.0),
            d("Mar", -5.0, -20.0, 10.0),
        ];
        let g = trend(&data, Unit::Points, Some(30.0), 600.0, 300.0);
        for p in &g.points {
            assert!(g.left <= p.x && p.x <= g.right);
            assert!(g.top <= p.y && p.y <= g.bottom);
            assert!(
                p.high_y.unwrap() <= p.y && p.y <= p.low_y.unwrap(),
                "higher values are drawn higher"
            );
        }
        assert!(g.points[1].y < g.points[0].y && g.points[0].y < g.points[2].y);
        assert!(g.points[0].x < g.points[1].x);
        assert!(g.ticks.len() >= 3 && g.ticks.first().unwrap().y > g.ticks.last().unwrap().y);
        assert_eq!(g.ticks.first().unwrap().label, "-20");
        let t = g.target_y.unwrap();
        assert!(g.top <= t && t <= g.bottom);
    }

    #[test]
    fn absurd_values_do_not_hang_the_chart() {
        let g = trend(
            &[d("a", 5.0, 4.0, 6.0)],
            Unit::Score,
            Some(1.7e308),
            400.0,
            200.0,
        );
        assert!(g.ticks.len() <= 13);
        let g = trend(
            &[d("a", 1e16, 1e16, 1e16 + 1.0)],
            Unit::Seconds,
            None,
            400.0,
            200.0,
        );
        assert!(g.ticks.len() <= 13);
    }

    #[test]
    fn ranges_respect_the_unit() {
        let g = trend(
            &[d("a", 98.0, 95.0, 100.0)],
            Unit::Percent,
            None,
            400.0,
            200.0,
        );
        assert_eq!(g.ticks.last().unwrap().label, "100.0%");
        let one = trend(&[d("only", 5.0, 5.0, 5.0)], Unit::Score, None, 400.0, 200.0);
        assert_eq!(
            one.points[0].x,
            (one.left + one.right) / 2.0,
            "a single point is centred"
        );
        assert!(trend(&[], Unit::Points, None, 400.0, 200.0)
            .points
            .is_empty());
    }

    #[test]
    fn bars_start_at_zero_and_grow_with_the_value() {
        let g = bars(
            &[d("phone", 20.0, 10.0, 30.0), d("chat", -10.0, -25.0, 5.0)],
            Unit::Points,
            500.0,
        );
        assert!((g.bars[0].x0 - g.zero_x).abs() < 1e-9);
        assert!(
            (g.bars[1].x1 - g.zero_x).abs() < 1e-9,
            "a negative bar ends at zero"
        );
        assert!(g.bars[0].x1 > g.zero_x && g.bars[1].x0 < g.zero_x);
        assert!(g.bars[1].y > g.bars[0].y);
    }

    #[test]
    fn sparkline_spans_the_box() {
        assert_eq!(
            sparkline(&[1.0, 3.0, 2.0], 84.0, 24.0),
            "2.0,22.0 42.0,2.0 82.0,12.0"
        );
        assert_eq!(sparkline(&[1.0], 84.0, 24.0), "");
    }
}
