//! A KPI figure as shown and stored: value, interval, n, unit and definition; and the
//! survey KPIs (NPS, CSAT, CES) computed from score histograms.

use super::definitions::KpiKind;
use super::histogram::ScoreHistogram;
use super::stats::{sample_size_for_nps, wilson, Interval, MeanSummary, NpsCounts};

/// The 95% level every figure is reported at unless the user chooses another.
pub const CONFIDENCE: f64 = 0.95;

/// What a figure's number counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// NPS points, −100..100.
    Points,
    Percent,
    /// A mean answer on a rating scale.
    Score,
    Seconds,
    /// Per 1,000 contacts or customers.
    PerThousand,
}

/// A second number shown smaller beside the main one (e.g. CSAT's mean).
#[derive(Clone, Debug, PartialEq)]
pub struct Secondary {
    pub label: &'static str,
    pub value: f64,
    pub unit: Unit,
}

/// One computed KPI.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiFigure {
    pub kind: KpiKind,
    pub value: f64,
    pub unit: Unit,
    /// 95% interval (or the level asked for); `None` when it cannot be computed.
    pub interval: Option<Interval>,
    pub n: u64,
    pub secondary: Option<Secondary>,
    /// The promoters, passives and detractors behind an NPS.
    pub nps: Option<NpsCounts>,
}

/// How a figure's interval was made, stated beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntervalMethod {
    /// NPS: adjusted-Wald (Rocks 2016), a quarter of an answer added to each group.
    AdjustedWald,
    /// Proportions: the Wilson score interval.
    Wilson,
    /// Means: Student's t.
    T,
}

impl IntervalMethod {
    /// The method's name as statisticians write it ("adjusted-Wald", "Wilson", "t").
    pub fn name(self) -> &'static str {
        match self {
            IntervalMethod::AdjustedWald => "adjusted-Wald",
            IntervalMethod::Wilson => "Wilson",
            IntervalMethod::T => "t",
        }
    }

    /// The method in a phrase: "adjusted-Wald interval", "Wilson interval", "t interval".
    pub fn phrase(self) -> String {
        format!("{} interval", self.name())
    }
}

impl KpiFigure {
    /// The definition stated beside the figure.
    pub fn definition(&self) -> &'static str {
        self.kind.definition()
    }

    /// How the interval was made (`None` when the figure has no interval): the NPS by
    /// adjusted-Wald, percentages and rates by Wilson, means by t (see `stats`).
    pub fn interval_method(&self) -> Option<IntervalMethod> {
        self.interval?;
        Some(match self.unit {
            Unit::Points => IntervalMethod::AdjustedWald,
            Unit::Percent | Unit::PerThousand => IntervalMethod::Wilson,
            Unit::Score | Unit::Seconds => IntervalMethod::T,
        })
    }

    /// When the interval is wider than `wanted` either side, the n that would bring it
    /// within `wanted` (worst case for the kind); `None` when it is already narrow enough.
    pub fn n_needed_for(&self, wanted: f64) -> Option<u64> {
        let margin = self.interval?.margin();
        if margin <= wanted {
            return None;
        }
        match self.unit {
            Unit::Points => Some(sample_size_for_nps(wanted, CONFIDENCE, None)),
            Unit::Percent => Some(wilson_n_for(self.value / 100.0, wanted / 100.0, self.n)),
            _ => {
                // Means: the margin shrinks with √n.
                let ratio = margin / wanted;
                Some((self.n as f64 * ratio * ratio).ceil() as u64)
            }
        }
    }
}

/// The smallest n above `have` whose Wilson interval at rate `p` is at most `margin`
/// either side (the interval the figure shows, not the Wald approximation).
fn wilson_n_for(p: f64, margin: f64, have: u64) -> u64 {
    let fits = |n: u64| {
        let s = (p * n as f64).round() as u64;
        wilson(s.min(n), n, CONFIDENCE).is_some_and(|w| w.margin() <= margin)
    };
    let (mut lo, mut hi) = (have.max(1), have.max(1) * 2);
    while !fits(hi) && hi < 1_000_000_000 {
        lo = hi;
        hi *= 2;
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if fits(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

fn percent(successes: u64, n: u64) -> Option<(f64, Interval)> {
    let w = wilson(successes, n, CONFIDENCE)?;
    Some((
        100.0 * successes as f64 / n as f64,
        Interval {
            low: 100.0 * w.low,
            high: 100.0 * w.high,
        },
    ))
}

/// NPS from 0–10 answers, with the adjusted-Wald interval.
pub fn nps(h: &ScoreHistogram) -> Option<KpiFigure> {
    let counts = NpsCounts {
        promoters: h.count_between(9, 10),
        passives: h.count_between(7, 8),
        detractors: h.count_between(0, 6),
    };
    nps_from_counts(counts)
}

/// NPS from counts of promoters, passives and detractors.
pub fn nps_from_counts(counts: NpsCounts) -> Option<KpiFigure> {
    Some(KpiFigure {
        kind: KpiKind::Nps,
        value: counts.score()?,
        unit: Unit::Points,
        interval: counts.interval(CONFIDENCE),
        n: counts.n(),
        secondary: None,
        nps: Some(counts),
    })
}

/// CSAT: % of 4–5 on 1–5 (Wilson interval); the mean answer as secondary.
pub fn csat(h: &ScoreHistogram) -> Option<KpiFigure> {
    let n = h.n();
    let (value, interval) = percent(h.count_between(4, 5), n)?;
    let (count, sum, _) = h.sums();
    Some(KpiFigure {
        kind: KpiKind::Csat,
        value,
        unit: Unit::Percent,
        interval: Some(interval),
        n,
        secondary: Some(Secondary {
            label: "mean",
            value: sum / count as f64,
            unit: Unit::Score,
        }),
        nps: None,
    })
}

/// CES: mean on 1–7 (t interval); % answering 5–7 as secondary.
pub fn ces(h: &ScoreHistogram) -> Option<KpiFigure> {
    let (n, sum, sum_sq) = h.sums();
    if n == 0 {
        return None;
    }
    let summary = MeanSummary::from_sums(n, sum, sum_sq);
    Some(KpiFigure {
        kind: KpiKind::Ces,
        value: summary.mean,
        unit: Unit::Score,
        interval: summary.interval(CONFIDENCE),
        n,
        secondary: Some(Secondary {
            label: "answering 5–7",
            value: 100.0 * h.count_between(5, 7) as f64 / n as f64,
            unit: Unit::Percent,
        }),
        nps: None,
    })
}

/// A proportion KPI (FCR, abandonment, escalation, …) in percent with its Wilson
/// interval.
pub fn proportion(kind: KpiKind, successes: u64, n: u64) -> Option<KpiFigure> {
    if successes > n {
        return None;
    }
    let (value, interval) = percent(successes, n)?;
    Some(KpiFigure {
        kind,
        value,
        unit: Unit::Percent,
        interval: Some(interval),
        n,
        secondary: None,
        nps: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::KpiKind;

    #[test]
    fn n_needed_is_more_than_we_have_and_meets_the_margin() {
        for (s, n, wanted) in [(0u64, 20u64, 5.0), (1, 100, 2.0), (72, 100, 3.0)] {
            let f = proportion(KpiKind::Fcr, s, n).unwrap();
            let need = f
                .n_needed_for(wanted)
                .expect("the interval is wider than wanted");
            assert!(need > n, "{s}/{n}: {need}");
            let at = (s as f64 / n as f64 * need as f64).round() as u64;
            assert!(wilson(at, need, CONFIDENCE).unwrap().margin() * 100.0 <= wanted + 1e-9);
        }
        let f = proportion(KpiKind::Fcr, 500, 1000).unwrap();
        assert_eq!(f.n_needed_for(5.0), None, "±3.1 is within ±5");
    }
}
