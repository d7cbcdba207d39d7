//! Contact-centre KPIs from the totals a telephony or ticketing report gives.

use super::definitions::KpiKind;
use super::stats::{wilson, Interval, MeanSummary};
use super::survey::{proportion, KpiFigure, Secondary, Unit, CONFIDENCE};

/// How first contact resolution was measured; stated with every FCR figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FcrMethod {
    /// Customers asked whether their issue was resolved first time.
    Survey,
    /// No repeat contact from the customer within the window.
    Operational { window_days: u32 },
}

impl FcrMethod {
    /// The repeat-contact window teams use unless they say otherwise.
    pub const DEFAULT_WINDOW_DAYS: u32 = 7;

    /// How the method is stated beside the figure.
    pub fn describe(self) -> String {
        match self {
            FcrMethod::Survey => "measured by customer survey".into(),
            FcrMethod::Operational { window_days } => {
                format!("measured operationally: no repeat contact within {window_days} days")
            }
        }
    }
}

/// FCR: resolved at first contact ÷ all contacts.
pub fn fcr(resolved_first_time: u64, contacts: u64) -> Option<KpiFigure> {
    proportion(KpiKind::Fcr, resolved_first_time, contacts)
}

/// AHT in seconds: (talk + hold + after-contact work) ÷ contacts handled. With a sum of
/// squares of per-contact handling times, a t interval too.
pub fn aht(
    talk: f64,
    hold: f64,
    wrap: f64,
    handled: u64,
    sum_of_squares: Option<f64>,
) -> Option<KpiFigure> {
    if handled == 0 || talk < 0.0 || hold < 0.0 || wrap < 0.0 {
        return None;
    }
    let total = talk + hold + wrap;
    let interval = sum_of_squares
        .and_then(|sq| MeanSummary::from_sums(handled, total, sq).interval(CONFIDENCE));
    Some(KpiFigure {
        kind: KpiKind::Aht,
        value: total / handled as f64,
        unit: Unit::Seconds,
        interval,
        n: handled,
        secondary: None,
        nps: None,
    })
}

/// ASA in seconds: total wait of answered contacts ÷ contacts answered.
pub fn asa(total_wait: f64, answered: u64) -> Option<KpiFigure> {
    (answered > 0 && total_wait >= 0.0).then(|| KpiFigure {
        kind: KpiKind::Asa,
        value: total_wait / answered as f64,
        unit: Unit::Seconds,
        interval: None,
        n: answered,
        secondary: None,
        nps: None,
    })
}

/// Abandonment: abandoned before answer ÷ offered.
pub fn abandonment(abandoned: u64, offered: u64) -> Option<KpiFigure> {
    proportion(KpiKind::AbandonmentRate, abandoned, offered)
}

/// Service level: % of offered contacts answered within `threshold_seconds` (stated
/// with the figure, e.g. "80% in 20 s").
pub fn service_level(answered_within: u64, offered: u64) -> Option<KpiFigure> {
    proportion(KpiKind::ServiceLevel, answered_within, offered)
}

/// Complaints per 1,000 contacts (or customers), with the Wilson interval scaled.
pub fn complaint_rate(complaints: u64, base: u64) -> Option<KpiFigure> {
    let w = wilson(complaints, base, CONFIDENCE)?;
    Some(KpiFigure {
        kind: KpiKind::ComplaintRate,
        value: 1000.0 * complaints as f64 / base as f64,
        unit: Unit::PerThousand,
        interval: Some(Interval {
            low: 1000.0 * w.low,
            high: 1000.0 * w.high,
        }),
        n: base,
        secondary: None,
        nps: None,
    })
}

/// Escalations ÷ contacts handled.
pub fn escalation_rate(escalated: u64, handled: u64) -> Option<KpiFigure> {
    proportion(KpiKind::EscalationRate, escalated, handled)
}

/// Repeat contacts within the window ÷ all contacts.
pub fn repeat_contact_rate(repeats: u64, contacts: u64) -> Option<KpiFigure> {
    proportion(KpiKind::RepeatContactRate, repeats, contacts)
}

/// Resolution time in seconds: mean with its t interval, median as secondary.
pub fn resolution_time(durations: &[f64]) -> Option<KpiFigure> {
    if durations.is_empty() || durations.iter().any(|d| !d.is_finite() || *d < 0.0) {
        return None;
    }
    let n = durations.len() as u64;
    let sum: f64 = durations.iter().sum();
    let sum_sq: f64 = durations.iter().map(|d| d * d).sum();
    let summary = MeanSummary::from_sums(n, sum, sum_sq);
    let mut sorted = durations.to_vec();
    crate::domain::sort::sort_by(&mut sorted, f64::total_cmp);
    let mid = sorted.len() / 2;
    let median = if sorted.len() % 2 == 0 {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    };
    Some(KpiFigure {
        kind: KpiKind::ResolutionTime,
        value: summary.mean,
        unit: Unit::Seconds,
        interval: summary.interval(CONFIDENCE),
        n,
        secondary: Some(Secondary {
            label: "median",
            value: median,
            unit: Unit::Seconds,
        }),
        nps: None,
    })
}
