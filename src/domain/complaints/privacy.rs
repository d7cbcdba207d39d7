//! The log's data-protection duties: retention (entries closed more than a chosen number
//! of months ago go, with a preview first), and a customer's entries found by their
//! reference, to erase them or to export them for a subject access request.

use super::log::ComplaintLog;
use super::model::Complaint;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// How long closed complaints are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    /// Months after closing; `None` keeps them until removed by hand.
    pub months: Option<u32>,
}

impl Default for Retention {
    /// Six years, the limitation period for a claim in contract in England and Wales.
    fn default() -> Self {
        Retention { months: Some(72) }
    }
}

impl Retention {
    /// The day before which a closed entry is past keeping, as of `today`.
    pub fn cutoff(&self, today: NaiveDate) -> Option<NaiveDate> {
        today.checked_sub_months(Months::new(self.months?))
    }

    /// Whether `c` is past keeping on `today`: closed before the cut-off. Open entries
    /// are always kept.
    pub fn expired(&self, c: &Complaint, today: NaiveDate) -> bool {
        match (self.cutoff(today), c.closed) {
            (Some(cut), Some(closed)) => closed < cut,
            _ => false,
        }
    }

    /// The entries that a purge on `today` would remove: the preview.
    pub fn preview<'a>(&self, log: &'a ComplaintLog, today: NaiveDate) -> Vec<&'a Complaint> {
        log.iter().filter(|c| self.expired(c, today)).collect()
    }

    /// Removes the entries past keeping; returns how many went.
    pub fn purge(&self, log: &mut ComplaintLog, today: NaiveDate) -> usize {
        log.retain(|c| !self.expired(c, today))
    }
}

/// A customer reference as compared: spaces around it and letter case ignored.
fn same_customer(a: &str, b: &str) -> bool {
    !b.trim().is_empty() && a.trim().eq_ignore_ascii_case(b.trim())
}

/// The entries of the customer with reference `customer`.
pub fn entries_of<'a>(log: &'a ComplaintLog, customer: &str) -> Vec<&'a Complaint> {
    log.iter()
        .filter(|c| same_customer(&c.customer, customer))
        .collect()
}

/// Removes every entry of `customer`; returns the entries removed, for the report of
/// what was erased.
pub fn erase(log: &mut ComplaintLog, customer: &str) -> Vec<Complaint> {
    let gone: Vec<Complaint> = entries_of(log, customer).into_iter().cloned().collect();
    log.retain(|c| !same_customer(&c.customer, customer));
    gone
}

/// A customer's entries as a JSON file for a subject access request: the reference, when
/// it was made, and every entry with its audit trail.
pub fn export(log: &ComplaintLog, customer: &str, made: &str) -> String {
    #[derive(Serialize)]
    struct Export<'a> {
        format: &'static str,
        customer: &'a str,
        made: &'a str,
        entries: Vec<&'a Complaint>,
    }
    crate::domain::pretty_json::to_string_pretty(&Export {
        format: "cx-workbench-subject-access",
        customer: customer.trim(),
        made,
        entries: entries_of(log, customer),
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaints::model::ComplaintId;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn entry(n: u64, customer: &str, closed: Option<NaiveDate>) -> Complaint {
        let mut c = Complaint::new(
            ComplaintId::fresh(n),
            day(2019, 1, 1).and_hms_opt(9, 0, 0).unwrap(),
            "late",
        );
        c.customer = customer.into();
        c.closed = closed;
        c
    }

    fn log() -> ComplaintLog {
        ComplaintLog::from_entries([
            entry(1, "ACC-1", Some(day(2020, 1, 10))),
            entry(2, "ACC-2", Some(day(2020, 12, 2))),
            entry(3, "acc-1 ", None),
            entry(4, "", Some(day(2019, 5, 1))),
        ])
    }

    #[test]
    fn retention_previews_then_purges_only_closed_entries_past_keeping() {
        let r = Retention { months: Some(72) };
        let today = day(2026, 12, 1);
        assert_eq!(r.cutoff(today), Some(day(2020, 12, 1)));
        let preview: Vec<u64> = r
            .preview(&log(), today)
            .iter()
            .map(|c| u64::from_str_radix(&c.id[1..], 16).unwrap())
            .collect();
        assert_eq!(
            preview,
            [1, 4],
            "closed before 1 Dec 2020; the open one is kept"
        );
        let mut l = log();
        assert_eq!(r.purge(&mut l, today), 2);
        assert_eq!(l.len(), 2);
        assert_eq!(Retention { months: None }.purge(&mut log(), today), 0);
    }

    #[test]
    fn a_customer_is_found_by_reference_ignoring_case_and_spaces() {
        let l = log();
        assert_eq!(entries_of(&l, " ACC-1").len(), 2);
        assert!(
            entries_of(&l, "").is_empty(),
            "a blank reference matches nobody"
        );
        let json = export(&l, "ACC-1", "2026-12-01");
        assert!(json.contains("\"format\": \"cx-workbench-subject-access\""));
        assert_eq!(json.matches("\"summary\"").count(), 2);
        let mut l = l;
        let gone = erase(&mut l, "acc-1");
        assert_eq!(gone.len(), 2);
        assert_eq!(l.len(), 2);
        assert!(entries_of(&l, "ACC-1").is_empty());
    }
}
