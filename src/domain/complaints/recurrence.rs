//! Telling recurring issues from one-offs: a Pareto chart of categories (bars in
//! descending order, the cumulative share, the 80% mark), a c-chart of one category's
//! counts per period (mean ± 3√mean, points beyond the limits and runs of 7 flagged), and
//! the team's rule for "recurring" (at least N in a window of days).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The share of all complaints the "vital few" categories make up.
pub const VITAL_SHARE: f64 = 80.0;
/// Points in a row on one side of the mean that make a run.
pub const RUN: usize = 7;
/// Fewest periods a c-chart's limits are drawn from.
pub const MIN_PERIODS: usize = 4;

/// One bar of a Pareto chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ParetoBar {
    pub category: String,
    pub count: u64,
    /// Its share of all, in percent.
    pub share: f64,
    /// The share of this bar and every bar before it, in percent.
    pub cumulative: f64,
    /// Among the vital few: the bars up to and including the one that takes the
    /// cumulative share to 80% or more.
    pub vital: bool,
}

/// The Pareto chart of `counts` (category, count): bars by count, highest first (equal
/// counts by name), categories with no complaints left out.
pub fn pareto(counts: &[(String, u64)]) -> Vec<ParetoBar> {
    let mut sorted: Vec<&(String, u64)> = counts.iter().filter(|(_, n)| *n > 0).collect();
    crate::domain::sort::sort_by(&mut sorted, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    let total: u64 = sorted.iter().map(|(_, n)| n).sum();
    let mut running = 0u64;
    let mut reached = false;
    sorted
        .into_iter()
        .map(|(category, count)| {
            running += count;
            let cumulative = 100.0 * running as f64 / total as f64;
            let vital = !reached;
            reached = reached || cumulative >= VITAL_SHARE - 1e-9;
            ParetoBar {
                category: category.clone(),
                count: *count,
                share: 100.0 * *count as f64 / total as f64,
                cumulative,
                vital,
            }
        })
        .collect()
}

/// A c-chart: counts of complaints per period, with limits from all the periods.
#[derive(Clone, Debug, PartialEq)]
pub struct CChart {
    pub mean: f64,
    pub upper: f64,
    /// Never below zero: a count cannot be.
    pub lower: f64,
    /// Periods beyond a limit.
    pub outside: Vec<usize>,
    /// Runs of [`RUN`] or more periods on one side of the mean: (first, last).
    pub runs: Vec<(usize, usize)>,
}

/// The c-chart of `counts` (one per period, oldest first); `None` with fewer than
/// [`MIN_PERIODS`] periods or no complaints at all.
pub fn c_chart(counts: &[u64]) -> Option<CChart> {
    if counts.len() < MIN_PERIODS {
        return None;
    }
    let mean = counts.iter().sum::<u64>() as f64 / counts.len() as f64;
    if mean == 0.0 {
        return None;
    }
    let spread = 3.0 * mean.sqrt();
    let (upper, lower) = (mean + spread, (mean - spread).max(0.0));
    let outside = (0..counts.len())
        .filter(|&i| (counts[i] as f64) > upper || (counts[i] as f64) < lower)
        .collect();
    let mut runs = Vec::new();
    let mut start = 0;
    let side = |c: u64| {
        (c as f64 - mean)
            .partial_cmp(&0.0)
            .unwrap_or(std::cmp::Ordering::Equal)
    };
    for i in 1..=counts.len() {
        let broken = i == counts.len()
            || side(counts[i]) != side(counts[start])
            || side(counts[i]) == std::cmp::Ordering::Equal;
        if broken {
            if side(counts[start]) != std::cmp::Ordering::Equal && i - start >= RUN {
                runs.push((start, i - 1));
            }
            start = i;
        }
    }
    Some(CChart {
        mean,
        upper,
        lower,
        outside,
        runs,
    })
}

/// The team's rule for a recurring issue: at least `at_least` complaints within
/// `window_days` days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecurrenceRule {
    pub at_least: u32,
    pub window_days: u32,
}

impl Default for RecurrenceRule {
    /// Three in 90 days: more than chance, soon enough to act.
    fn default() -> Self {
        RecurrenceRule {
            at_least: 3,
            window_days: 90,
        }
    }
}

impl RecurrenceRule {
    /// Whether complaints received on `dates` (any order) recur: some window of
    /// `window_days` consecutive days holds at least `at_least` of them.
    pub fn recurs(&self, dates: &[NaiveDate]) -> bool {
        if self.at_least <= 1 {
            return !dates.is_empty() && self.at_least == 1;
        }
        let mut sorted = dates.to_vec();
        crate::domain::sort::sort(&mut sorted);
        let need = self.at_least as usize;
        sorted
            .windows(need)
            .any(|w| (w[need - 1] - w[0]).num_days() < i64::from(self.window_days))
    }

    /// "recurring" or "one-off", as a category is shown.
    pub fn words(&self, dates: &[NaiveDate]) -> &'static str {
        if self.recurs(dates) {
            "recurring"
        } else {
            "one-off"
        }
    }
}

#[cfg(test)]
#[path = "recurrence_tests.rs"]
mod tests;
