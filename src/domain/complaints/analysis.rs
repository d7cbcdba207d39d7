//! The analysis of recurring issues, as the page shows it: the entries in a chosen period
//! and channel, their counts by category for the Pareto chart, each category's counts
//! per week or month (gaps filled with zeros, so the c-chart sees quiet periods), the
//! c-chart of one category, which categories recur under the team's rule, the log's
//! figures per period, and a fishbone started from a recurring category.

use super::kpis::LogFigures;
use super::log::ComplaintLog;
use super::model::{Channel, Complaint};
use super::recurrence::{c_chart, CChart, RecurrenceRule};
use crate::domain::kpi::calendar::{civil_from_days, days_from_civil, Granularity};
use crate::domain::kpi::contacts::ContactDataset;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;
use std::rc::Rc;

#[path = "analysis_charts.rs"]
pub mod charts;
#[path = "analysis_fishbone.rs"]
mod fishbone;
#[path = "analysis_words.rs"]
mod words;
pub use fishbone::{effect_words, fishbone_for_category};
pub use words::{and_list, control_words, rule_words, signal_words, vital_words};

/// What entries with no category are counted as.
pub const UNCATEGORISED: &str = "Uncategorised";

/// Which entries the analysis looks at; every part optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Received on or after.
    pub from: Option<NaiveDate>,
    /// Received on or before.
    pub to: Option<NaiveDate>,
    pub channel: Option<Channel>,
}

impl Filter {
    /// Whether `c` is looked at.
    pub fn keeps(&self, c: &Complaint) -> bool {
        let day = c.received.date();
        !(self.from.is_some_and(|f| day < f)
            || self.to.is_some_and(|t| day > t)
            || self.channel.is_some_and(|ch| ch != c.channel))
    }

    /// The entries looked at, in the log's order, shared rather than copied.
    pub fn apply(&self, log: &ComplaintLog) -> Vec<Rc<Complaint>> {
        log.shared().filter(|c| self.keeps(c)).cloned().collect()
    }
}

/// The category an entry is counted under: its own (trimmed), or [`UNCATEGORISED`].
pub fn category_of(c: &Complaint) -> &str {
    match c.category.trim() {
        "" => UNCATEGORISED,
        name => name,
    }
}

/// How many entries each category has, by name (input for `recurrence::pareto`).
pub fn category_counts(entries: &[Rc<Complaint>]) -> Vec<(String, u64)> {
    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    for c in entries {
        *counts.entry(category_of(c)).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(k, n)| (k.to_string(), n))
        .collect()
}

/// Days since 1970-01-01, as the KPI calendar numbers days.
pub fn day_number(d: NaiveDate) -> i32 {
    days_from_civil(d.year(), d.month(), d.day()).unwrap_or(0)
}

/// The day numbered `n` (days since 1970-01-01).
pub fn date_of(n: i32) -> NaiveDate {
    let (y, m, d) = civil_from_days(n);
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The first day of the period after the one starting on `start`.
pub fn next_period(by: Granularity, start: i32) -> i32 {
    let months = |k: u32| {
        let (y, m, _) = civil_from_days(start);
        let m0 = m - 1 + k;
        days_from_civil(y + (m0 / 12) as i32, m0 % 12 + 1, 1).unwrap_or(start + 28)
    };
    match by {
        Granularity::Day => start + 1,
        Granularity::Week => start + 7,
        Granularity::Month => months(1),
        Granularity::Quarter => months(3),
    }
}

/// Most periods a series spans: a hostile or mistyped date (year 1900) must not make
/// the page draw a century of weeks. Ten years of weeks.
pub const MAX_PERIODS: usize = 520;

/// Every category's counts per period, over the whole span of the entries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    pub by: Option<Granularity>,
    /// First day of each period, oldest first, with no gaps.
    pub periods: Vec<i32>,
    /// Per category, one count a period (zeros where none came).
    pub counts: BTreeMap<String, Vec<u64>>,
    /// Entries left out because they fell before the last [`MAX_PERIODS`] periods.
    pub left_out: u64,
}

impl Series {
    /// The periods as people name them ("w/c 23 Nov 2026", "Nov 2026").
    pub fn labels(&self) -> Vec<String> {
        let by = self.by.unwrap_or(Granularity::Month);
        self.periods.iter().map(|&p| by.label(p)).collect()
    }
}

/// Each category's counts per period of `by`, from the first entry's period to the
/// last entry's, periods with no complaints counted as zero.
pub fn series(entries: &[Rc<Complaint>], by: Granularity) -> Series {
    let starts: Vec<i32> = entries
        .iter()
        .map(|c| by.period_start(day_number(c.received.date())))
        .collect();
    let Some(&last) = starts.iter().max() else {
        return Series {
            by: Some(by),
            ..Series::default()
        };
    };
    let first = *starts.iter().min().unwrap_or(&last);
    let mut periods = vec![last];
    // Walked back from the last period, so the most recent are kept when capped.
    let mut p = last;
    while periods.len() < MAX_PERIODS {
        let before = by.period_start(p - 1);
        if before < first {
            break;
        }
        periods.push(before);
        p = before;
    }
    periods.reverse();
    // Inserted one by one: collecting into a map would build a sort of its own.
    let mut index: BTreeMap<i32, usize> = BTreeMap::new();
    for (i, &p) in periods.iter().enumerate() {
        index.insert(p, i);
    }
    let mut counts: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    let mut left_out = 0;
    for (c, start) in entries.iter().zip(&starts) {
        let Some(&i) = index.get(start) else {
            left_out += 1;
            continue;
        };
        counts
            .entry(category_of(c).to_string())
            .or_insert_with(|| vec![0; periods.len()])[i] += 1;
    }
    Series {
        by: Some(by),
        periods,
        counts,
        left_out,
    }
}

/// One period of a category's control chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlPoint {
    pub period: i32,
    pub label: String,
    pub count: u64,
    /// Above the upper or below the lower limit.
    pub outside: bool,
    /// Part of a run of points on one side of the centre line.
    pub in_run: bool,
}

/// A category's c-chart with its points, ready to draw and to read in a table.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlChart {
    pub category: String,
    pub chart: CChart,
    pub points: Vec<ControlPoint>,
}

/// The c-chart of `category`'s counts in `series`; `None` when there are too few
/// periods or no complaints (see `recurrence::c_chart`).
pub fn control_chart(series: &Series, category: &str) -> Option<ControlChart> {
    let counts = series.counts.get(category)?;
    let chart = c_chart(counts)?;
    let labels = series.labels();
    let points = counts
        .iter()
        .enumerate()
        .map(|(i, &count)| ControlPoint {
            period: series.periods[i],
            label: labels[i].clone(),
            count,
            outside: chart.outside.contains(&i),
            in_run: chart.runs.iter().any(|&(a, b)| (a..=b).contains(&i)),
        })
        .collect();
    Some(ControlChart {
        category: category.to_string(),
        chart,
        points,
    })
}

/// Whether one category recurs under the team's rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Recurrence {
    pub category: String,
    /// Entries in the filter.
    pub count: u64,
    pub recurring: bool,
    /// "recurring" or "one-off".
    pub words: &'static str,
    /// Entries received in the rule's window of days ending on `as_of`.
    pub in_latest_window: u64,
}

/// Every category of `entries`, most complaints first (equal counts by name), recurring
/// or one-off under `rule`, with how many came in the window ending on `as_of`.
pub fn recurrences(
    entries: &[Rc<Complaint>],
    rule: &RecurrenceRule,
    as_of: NaiveDate,
) -> Vec<Recurrence> {
    let mut days: BTreeMap<&str, Vec<NaiveDate>> = BTreeMap::new();
    for c in entries {
        days.entry(category_of(c))
            .or_default()
            .push(c.received.date());
    }
    // The window holds `window_days` days, `as_of` the last of them.
    let since = as_of
        .checked_sub_days(chrono::Days::new(u64::from(rule.window_days.max(1)) - 1))
        .unwrap_or(NaiveDate::MIN);
    let mut out: Vec<Recurrence> = days
        .into_iter()
        .map(|(category, dates)| Recurrence {
            category: category.to_string(),
            count: dates.len() as u64,
            recurring: rule.recurs(&dates),
            words: rule.words(&dates),
            in_latest_window: dates.iter().filter(|&&d| d >= since && d <= as_of).count() as u64,
        })
        .collect();
    crate::domain::sort::sort_by(&mut out, |a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.category.cmp(&b.category))
    });
    out
}

/// The latest day an entry was received, if any.
pub fn latest_day(entries: &[Rc<Complaint>]) -> Option<NaiveDate> {
    entries.iter().map(|c| c.received.date()).max()
}

/// The figures of `entries` per period of `by`, oldest first (only periods with
/// complaints); `deadline` gives an entry's final due day, `contacts` a period's
/// contacts by its first day.
pub fn figures_by_period<'a>(
    entries: impl IntoIterator<Item = &'a Complaint>,
    by: Granularity,
    deadline: &impl Fn(&Complaint) -> Option<NaiveDate>,
    contacts: &BTreeMap<i32, u64>,
) -> Vec<LogFigures> {
    super::kpis::by_period(entries, by, deadline, &|p| contacts.get(&p).copied())
}

/// Contacts per period of `by`, summed over the project's contact datasets (each day's
/// cells over every segment); empty when there are none.
pub fn contacts_by_period(datasets: &[Rc<ContactDataset>], by: Granularity) -> BTreeMap<i32, u64> {
    let mut out: BTreeMap<i32, u64> = BTreeMap::new();
    for d in datasets {
        for cell in &d.counts.cells {
            *out.entry(by.period_start(cell.day)).or_default() += cell.contacts;
        }
    }
    out
}

#[cfg(test)]
#[path = "analysis_tests.rs"]
mod tests;
