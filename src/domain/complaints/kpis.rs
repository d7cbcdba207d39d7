//! What the log feeds the KPI set, per period: first-contact resolution, escalation and
//! upheld rates (with their intervals from the KPI engine), the complaint rate per 1,000
//! contacts when the contacts are known, resolution time (mean and median days), and the
//! share closed within the scheme's deadline.

use super::model::Complaint;
use crate::domain::kpi::calendar::{days_from_civil, Granularity};
use crate::domain::kpi::survey::proportion;
use crate::domain::kpi::{Interval, KpiFigure, KpiKind};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// A share in percent, with how many it is of and its Wilson interval (from the KPI
/// engine).
#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    pub percent: f64,
    pub n: u64,
    pub interval: Option<Interval>,
}

fn share(successes: u64, n: u64) -> Option<Share> {
    // The engine's proportion, whatever the KPI: only its value and interval are kept.
    proportion(KpiKind::Fcr, successes, n).map(|f: KpiFigure| Share {
        percent: f.value,
        n: f.n,
        interval: f.interval,
    })
}

/// The log's figures for one period.
#[derive(Clone, Debug, PartialEq)]
pub struct LogFigures {
    /// First day of the period (days since 1970-01-01), as the KPI engine names periods.
    pub period: i32,
    pub received: u64,
    /// Of those whose first-contact outcome is known.
    pub fcr: Option<Share>,
    pub escalation: Option<Share>,
    /// Of those decided.
    pub upheld: Option<Share>,
    /// Complaints per 1,000 contacts, when the period's contacts are given.
    pub per_thousand: Option<f64>,
    /// Days from received to closed, of those closed.
    pub mean_days: Option<f64>,
    pub median_days: Option<f64>,
    /// Of those closed, the share closed by their deadline.
    pub within_deadline: Option<Share>,
}

fn day_number(d: NaiveDate) -> i32 {
    days_from_civil(d.year(), d.month(), d.day()).unwrap_or(0)
}

fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

/// The figures of `entries` received in one period. `deadline` gives each entry's final
/// due date (from the team's scheme); `contacts`, the period's contacts, if known.
pub fn figures<'a>(
    period: i32,
    entries: impl IntoIterator<Item = &'a Complaint>,
    deadline: &impl Fn(&Complaint) -> Option<NaiveDate>,
    contacts: Option<u64>,
) -> LogFigures {
    let (mut received, mut fcr_known, mut fcr_yes, mut escalated) = (0u64, 0u64, 0u64, 0u64);
    let (mut decided, mut upheld, mut timed, mut on_time) = (0u64, 0u64, 0u64, 0u64);
    let mut days: Vec<i64> = Vec::new();
    for c in entries {
        received += 1;
        if let Some(f) = c.first_contact {
            fcr_known += 1;
            fcr_yes += u64::from(f);
        }
        escalated += u64::from(c.escalation.is_some());
        if let Some(u) = c.upheld {
            decided += 1;
            upheld += u64::from(u);
        }
        if let Some(d) = c.days_to_close() {
            days.push(d);
            if let (Some(closed), Some(due)) = (c.closed, deadline(c)) {
                timed += 1;
                on_time += u64::from(closed <= due);
            }
        }
    }
    crate::domain::sort::sort(&mut days);
    LogFigures {
        period,
        received,
        fcr: share(fcr_yes, fcr_known),
        escalation: share(escalated, received),
        upheld: share(upheld, decided),
        per_thousand: contacts
            .filter(|&n| n > 0)
            .map(|n| 1000.0 * received as f64 / n as f64),
        mean_days: (!days.is_empty()).then(|| days.iter().sum::<i64>() as f64 / days.len() as f64),
        median_days: median(&days),
        within_deadline: share(on_time, timed),
    }
}

/// The figures of `entries` (a whole log, or the complaints an analysis looks at) per
/// period of `by`, oldest first; `contacts` gives the contacts of
/// a period (by its first day) when known.
pub fn by_period<'a>(
    entries: impl IntoIterator<Item = &'a Complaint>,
    by: Granularity,
    deadline: &impl Fn(&Complaint) -> Option<NaiveDate>,
    contacts: &impl Fn(i32) -> Option<u64>,
) -> Vec<LogFigures> {
    let mut groups: BTreeMap<i32, Vec<&Complaint>> = BTreeMap::new();
    for c in entries {
        groups
            .entry(by.period_start(day_number(c.received.date())))
            .or_default()
            .push(c);
    }
    groups
        .into_iter()
        .map(|(p, list)| figures(p, list, deadline, contacts(p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaints::model::{ComplaintId, Escalation};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn entry(n: u64, received: NaiveDate, closed: Option<NaiveDate>) -> Complaint {
        let mut c = Complaint::new(
            ComplaintId::fresh(n),
            received.and_hms_opt(10, 0, 0).unwrap(),
            "late",
        );
        c.closed = closed;
        c
    }

    #[test]
    fn a_months_figures_count_what_is_known() {
        let mut a = entry(1, day(3, 2), Some(day(3, 4)));
        a.first_contact = Some(true);
        a.upheld = Some(true);
        let mut b = entry(2, day(3, 10), Some(day(3, 20)));
        b.first_contact = Some(false);
        b.escalation = Some(Escalation {
            level: 1,
            to: "Team leader".into(),
            at: None,
            why: String::new(),
        });
        b.upheld = Some(false);
        let c = entry(3, day(3, 30), None);
        let d = entry(4, day(4, 1), Some(day(4, 5)));
        let log = crate::domain::complaints::log::ComplaintLog::from_entries([a, b, c, d]);
        // Deadline: 7 days after receipt.
        let deadline = |c: &Complaint| c.received.date().checked_add_days(chrono::Days::new(7));
        let months = by_period(log.iter(), Granularity::Month, &deadline, &|p| {
            (p == day_number(day(3, 1))).then_some(1_500)
        });
        assert_eq!(months.len(), 2);
        let march = &months[0];
        assert_eq!(march.received, 3);
        assert_eq!(
            march.fcr.as_ref().map(|f| (f.percent, f.n)),
            Some((50.0, 2)),
            "of the two known"
        );
        assert_eq!(march.escalation.as_ref().map(|f| f.n), Some(3));
        assert_eq!(march.upheld.as_ref().map(|f| f.percent), Some(50.0));
        assert_eq!(march.per_thousand, Some(2.0), "3 in 1,500 contacts");
        assert_eq!(march.mean_days, Some(6.0), "(2 + 10) / 2");
        assert_eq!(march.median_days, Some(6.0));
        assert_eq!(
            march.within_deadline.as_ref().map(|f| (f.percent, f.n)),
            Some((50.0, 2)),
            "the 10-day one was late"
        );
        let april = &months[1];
        assert_eq!((april.per_thousand, april.fcr.clone()), (None, None));
        assert_eq!(april.median_days, Some(4.0));
    }
}
