//! The Check step's run chart: an XmR ("individuals") chart of one KPI by period, as in
//! NHS England's "Making Data Count", used to say whether a process changed after an
//! improvement. Limits come from the periods before the change (the baseline); the
//! periods from the change on are judged against them. Direction only: whether up is
//! good depends on the KPI, so the caller says "better" or "worse".

use std::fmt;

#[path = "run_chart_svg.rs"]
mod svg;
pub use svg::ChartGeometry;

/// Fewest baseline periods for limits. MDC prefers 15–20 but allows limits from fewer,
/// treated as provisional; below 6 the mean moving range rests on 5 or fewer ranges and
/// one odd period moves the limits too far to judge anything by.
pub const MIN_BASELINE: usize = 6;
/// Points in a row on one side of the mean that make a shift (MDC: 7).
pub const SHIFT_RUN: usize = 7;
/// Points in a row each higher (or lower) than the one before that make a trend (MDC: 7).
pub const TREND_RUN: usize = 7;
/// Largest value either way: beyond about 9 × 10^15 an f64 no longer holds whole
/// numbers exactly, and it keeps sums, limits and the chart's scale from overflowing.
pub const MAX_MAGNITUDE: f64 = 1e15;
/// Turns the mean moving range into 3-sigma process limits (3 / d2, d2 = 1.128).
pub const LIMIT_FACTOR: f64 = 2.66;

/// Which way a signal, or the process, moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// The rule a signal broke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignalKind {
    /// Points beyond the upper or lower limit (consecutive ones grouped).
    OutsideLimits,
    /// `SHIFT_RUN` or more points in a row on one side of the mean.
    Shift,
    /// `TREND_RUN` or more points in a row each beyond the one before.
    Trend,
}

/// One piece of evidence that the process changed: periods `first..=last` (indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signal {
    pub kind: SignalKind,
    pub direction: Direction,
    pub first: usize,
    pub last: usize,
}

impl Signal {
    /// How many periods the signal covers.
    pub fn periods(&self) -> usize {
        self.last - self.first + 1
    }
}

/// The baseline's centre line and process limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub mean: f64,
    /// Mean of the moving ranges |x_i − x_{i−1}| within the baseline.
    pub mr_bar: f64,
    pub upper: f64,
    pub lower: f64,
}

/// Why a run chart cannot be drawn, in words a user can act on.
#[derive(Clone, Debug, PartialEq)]
pub enum RunChartError {
    /// A value is NaN or infinite (`period` counts from 1).
    NotANumber { period: usize },
    /// The change is marked after the last period.
    ChangeAfterEnd { change_at: usize, periods: usize },
    /// Too few baseline periods for limits.
    TooFewBaseline { have: usize, change_marked: bool },
    /// A value is beyond `MAX_MAGNITUDE` either way (`period` counts from 1).
    TooLarge { period: usize },
}

impl fmt::Display for RunChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotANumber { period } => write!(
                f,
                "the value for period {period} is not a number; correct or remove it"
            ),
            Self::ChangeAfterEnd { change_at, periods } => write!(
                f,
                "the change is marked at period {}, but there are only {periods} periods",
                change_at + 1
            ),
            Self::TooFewBaseline {
                have,
                change_marked: true,
            } => write!(
                f,
                "at least {MIN_BASELINE} periods before the change are needed; there are {have}"
            ),
            Self::TooLarge { period } => write!(
                f,
                "the value for period {period} is too large to chart; enter it in larger units"
            ),
            Self::TooFewBaseline {
                have,
                change_marked: false,
            } => write!(
                f,
                "at least {MIN_BASELINE} periods are needed to draw limits; there are {have}"
            ),
        }
    }
}

impl std::error::Error for RunChartError {}

/// A KPI series judged against its baseline: limits, signals and the verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct RunChart {
    pub values: Vec<f64>,
    pub change_at: Option<usize>,
    pub limits: Limits,
    /// Ordered by kind, then by first period.
    pub signals: Vec<Signal>,
    /// Up or down when every signal points that way; None when there are none or they
    /// point both ways (see `is_mixed`).
    pub change: Option<Direction>,
}

/// Limits from the baseline and signals on the periods from the change on.
pub fn analyse(values: &[f64], change_at: Option<usize>) -> Result<RunChart, RunChartError> {
    if let Some(i) = values.iter().position(|v| !v.is_finite()) {
        return Err(RunChartError::NotANumber { period: i + 1 });
    }
    if let Some(i) = values.iter().position(|v| v.abs() > MAX_MAGNITUDE) {
        return Err(RunChartError::TooLarge { period: i + 1 });
    }
    let start = change_at.unwrap_or(0);
    if start > values.len() {
        let periods = values.len();
        return Err(RunChartError::ChangeAfterEnd {
            change_at: start,
            periods,
        });
    }
    let baseline = match change_at {
        Some(c) => &values[..c],
        None => values,
    };
    if baseline.len() < MIN_BASELINE {
        let change_marked = change_at.is_some();
        return Err(RunChartError::TooFewBaseline {
            have: baseline.len(),
            change_marked,
        });
    }
    let limits = limits(baseline);
    let mut signals = outside(values, start, &limits);
    signals.extend(shifts(values, start, limits.mean));
    signals.extend(trends(values, start));
    let up = signals.iter().any(|s| s.direction == Direction::Up);
    let down = signals.iter().any(|s| s.direction == Direction::Down);
    let change = match (up, down) {
        (true, false) => Some(Direction::Up),
        (false, true) => Some(Direction::Down),
        _ => None,
    };
    Ok(RunChart {
        values: values.to_vec(),
        change_at,
        limits,
        signals,
        change,
    })
}

/// Mean, mean moving range and mean ± 2.66 × MR-bar (needs 2 or more values).
fn limits(baseline: &[f64]) -> Limits {
    let mean = baseline.iter().sum::<f64>() / baseline.len() as f64;
    let ranges = baseline.windows(2).map(|w| (w[1] - w[0]).abs());
    let mr_bar = ranges.sum::<f64>() / (baseline.len() - 1) as f64;
    let spread = LIMIT_FACTOR * mr_bar;
    Limits {
        mean,
        mr_bar,
        upper: mean + spread,
        lower: mean - spread,
    }
}

/// Runs of consecutive indices in `from..to` where `side` gives the same direction, at
/// least `min` long; an index where `side` gives None ends a run.
fn runs(
    from: usize,
    to: usize,
    min: usize,
    kind: SignalKind,
    side: impl Fn(usize) -> Option<Direction>,
) -> Vec<Signal> {
    let mut found = Vec::new();
    let mut run: Option<(Direction, usize)> = None;
    for i in from..=to {
        let here = if i < to { side(i) } else { None };
        if let Some((dir, first)) = run {
            if here == Some(dir) {
                continue;
            }
            if i - first >= min {
                found.push(Signal {
                    kind,
                    direction: dir,
                    first,
                    last: i - 1,
                });
            }
        }
        run = here.map(|d| (d, i));
    }
    found
}

/// Consecutive points beyond the same limit are one signal; the summary counts points.
fn outside(values: &[f64], start: usize, l: &Limits) -> Vec<Signal> {
    runs(start, values.len(), 1, SignalKind::OutsideLimits, |i| {
        let v = values[i];
        (v > l.upper)
            .then_some(Direction::Up)
            .or((v < l.lower).then_some(Direction::Down))
    })
}

/// A point exactly on the mean is on neither side, so it ends a run.
fn shifts(values: &[f64], start: usize, mean: f64) -> Vec<Signal> {
    runs(start, values.len(), SHIFT_RUN, SignalKind::Shift, |i| {
        let v = values[i];
        (v > mean)
            .then_some(Direction::Up)
            .or((v < mean).then_some(Direction::Down))
    })
}

/// A trend counts points, not steps: 7 points in a row make 6 rises. Point i "rises"
/// when it is strictly above point i−1 and both are judged; the run's first point is
/// the one before the first rise. Equal neighbours end the run.
fn trends(values: &[f64], start: usize) -> Vec<Signal> {
    let steps = runs(
        start + 1,
        values.len().max(start + 1),
        TREND_RUN - 1,
        SignalKind::Trend,
        |i| {
            let (a, b) = (values[i - 1], values[i]);
            (b > a)
                .then_some(Direction::Up)
                .or((b < a).then_some(Direction::Down))
        },
    );
    steps
        .into_iter()
        .map(|s| Signal {
            first: s.first - 1,
            ..s
        })
        .collect()
}

impl RunChart {
    /// Signals point both up and down, so there is no single direction of change.
    pub fn is_mixed(&self) -> bool {
        self.change.is_none() && !self.signals.is_empty()
    }

    /// Index of the first judged period.
    fn judged_from(&self) -> usize {
        self.change_at.unwrap_or(0)
    }

    /// One sentence in plain words: did the process change, and on what evidence.
    pub fn summary(&self) -> String {
        let marked = self.change_at.is_some();
        if self.judged_from() == self.values.len() {
            return "No periods after the change yet, so nothing to judge.".into();
        }
        if self.signals.is_empty() {
            let which = if marked {
                "every point after the change"
            } else {
                "every point"
            };
            return format!(
                "No sign the process changed: {which} is within the limits with no shift or trend."
            );
        }
        let mean = if marked { "the old mean" } else { "the mean" };
        let mut parts = Vec::new();
        for s in self
            .signals
            .iter()
            .filter(|s| s.kind != SignalKind::OutsideLimits)
        {
            let n = s.periods();
            parts.push(match (s.kind, s.direction) {
                (SignalKind::Shift, Direction::Up) => {
                    format!("{n} periods in a row above {mean} (a shift)")
                }
                (SignalKind::Shift, Direction::Down) => {
                    format!("{n} periods in a row below {mean} (a shift)")
                }
                (_, Direction::Up) => {
                    format!("{n} periods in a row each higher than the one before (a trend)")
                }
                (_, Direction::Down) => {
                    format!("{n} periods in a row each lower than the one before (a trend)")
                }
            });
        }
        for (dir, side) in [
            (Direction::Up, "above the upper"),
            (Direction::Down, "below the lower"),
        ] {
            let n: usize = self
                .signals
                .iter()
                .filter(|s| s.kind == SignalKind::OutsideLimits && s.direction == dir)
                .map(Signal::periods)
                .sum();
            match n {
                0 => {}
                1 => parts.push(format!("one point {side} limit")),
                n => parts.push(format!("{n} points {side} limit")),
            }
        }
        let opening = if self.is_mixed() {
            "Signals point both up and down, so no single change"
        } else {
            "The process changed"
        };
        let last = parts.pop().unwrap_or_default();
        match parts.is_empty() {
            true => format!("{opening}: {last}."),
            false => format!("{opening}: {}, and {last}.", parts.join(", ")),
        }
    }
}

#[cfg(test)]
#[path = "run_chart_tests.rs"]
mod tests;
