//! The order of the log's list, worked out from one plain key per entry.
//!
//! Sorting 50,000 entries by comparing the entries themselves goes through a comparison
//! closure a million times, each reaching into two entries: some 40 ms in the browser,
//! over 100 ms on a slow machine. Here each entry first gets a key of plain values (a
//! number, or the text sorted on, and its place in the log), and those keys are sorted
//! directly: a few milliseconds, with the same result as a stable sort.

use super::due_cache::DueLine;
use super::model::Complaint;
use super::query::SortBy;
use chrono::Datelike;

/// One entry's key: a number (a time, a day, a rank), the text compared when the
/// numbers are equal, then the entry's place, so equal entries keep the log's order.
type Key<'a> = (u64, &'a str, u32);

/// Keeps the order of signed numbers when they are compared as unsigned ones.
fn ordered(n: i64) -> u64 {
    (n as u64) ^ (1 << 63)
}

/// The key `sort` gives one entry at `place`.
fn key<'a>(sort: SortBy, c: &'a Complaint, due: &DueLine, place: u32) -> Key<'a> {
    match sort {
        SortBy::Received => (ordered(c.received.and_utc().timestamp_millis()), "", place),
        SortBy::Severity => (c.severity as u64, "", place),
        SortBy::Category => (0, c.category.as_str(), place),
        SortBy::Customer => (0, c.customer.as_str(), place),
        SortBy::Deadline => (
            due.next.map_or(u64::MAX, |(_, day, _)| {
                ordered(day.num_days_from_ce().into())
            }),
            "",
            place,
        ),
    }
}

/// Puts `list` in the order `sort` gives, keeping equal entries in the order they
/// came (as a stable sort does); `descending` then turns the whole list round.
pub fn sort_list<C: AsRef<Complaint>>(
    sort: SortBy,
    descending: bool,
    list: Vec<(C, DueLine)>,
) -> Vec<(C, DueLine)> {
    let mut keys: Vec<Key> = list
        .iter()
        .enumerate()
        .map(|(i, (c, d))| key(sort, c.as_ref(), d, i as u32))
        .collect();
    // Every key is different (each holds its place), so the unstable sort, which needs
    // no extra memory, gives the stable order.
    keys.sort_unstable();
    let order: Vec<u32> = keys.into_iter().map(|(_, _, i)| i).collect();
    let mut slots: Vec<Option<(C, DueLine)>> = list.into_iter().map(Some).collect();
    let mut out: Vec<(C, DueLine)> = order
        .into_iter()
        .filter_map(|i| slots[i as usize].take())
        .collect();
    if descending {
        out.reverse();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaints::clocks::Standing;
    use crate::domain::complaints::deadlines::ClockStatus;
    use crate::domain::complaints::model::{ComplaintId, Severity};
    use chrono::NaiveDate;
    use proptest::prelude::*;
    use std::rc::Rc;

    fn entry(n: u64, day: u32, hour: u32, category: &str, severity: Severity) -> Rc<Complaint> {
        let mut c = Complaint::new(
            ComplaintId::fresh(n),
            NaiveDate::from_ymd_opt(2026, 3, day)
                .unwrap()
                .and_hms_opt(hour, 0, 0)
                .unwrap(),
            "Summary",
        );
        c.category = category.into();
        c.customer = format!("CUST-{}", n % 7);
        c.severity = severity;
        Rc::new(c)
    }

    fn line(next: Option<u32>) -> DueLine {
        DueLine {
            standing: Standing::OnTrack,
            breaches: 0,
            next: next.map(|d| {
                (
                    0,
                    NaiveDate::from_ymd_opt(2026, 4, d).unwrap(),
                    ClockStatus::DueToday,
                )
            }),
        }
    }

    /// What the standard library's stable sort by the same rule gives.
    fn by_std(sort: SortBy, list: &[(Rc<Complaint>, DueLine)]) -> Vec<String> {
        let mut v: Vec<&(Rc<Complaint>, DueLine)> = list.iter().collect();
        match sort {
            SortBy::Received => v.sort_by_key(|(c, _)| c.received),
            SortBy::Severity => v.sort_by_key(|(c, _)| c.severity),
            SortBy::Category => v.sort_by(|(a, _), (b, _)| a.category.cmp(&b.category)),
            SortBy::Customer => v.sort_by(|(a, _), (b, _)| a.customer.cmp(&b.customer)),
            SortBy::Deadline => {
                v.sort_by_key(|(_, d)| d.next.map(|(_, day, _)| day).unwrap_or(NaiveDate::MAX))
            }
        }
        v.iter().map(|(c, _)| c.id.to_string()).collect()
    }

    fn ids(list: &[(Rc<Complaint>, DueLine)]) -> Vec<String> {
        list.iter().map(|(c, _)| c.id.to_string()).collect()
    }

    const SORTS: [SortBy; 5] = [
        SortBy::Received,
        SortBy::Severity,
        SortBy::Category,
        SortBy::Customer,
        SortBy::Deadline,
    ];

    #[test]
    fn entries_with_no_deadline_come_last_and_equal_ones_keep_the_log_order() {
        let list = vec![
            (entry(1, 3, 9, "B", Severity::Low), line(None)),
            (entry(2, 1, 9, "A", Severity::High), line(Some(9))),
            (entry(3, 2, 9, "B", Severity::Low), line(Some(2))),
            (entry(4, 2, 8, "A", Severity::High), line(Some(9))),
        ];
        let sorted = sort_list(SortBy::Deadline, false, list.clone());
        assert_eq!(ids(&sorted), ids(&[2, 1, 3, 0].map(|i| list[i].clone())));
        let sorted = sort_list(SortBy::Category, false, list.clone());
        assert_eq!(ids(&sorted), ids(&[1, 3, 0, 2].map(|i| list[i].clone())));
        let sorted = sort_list(SortBy::Received, true, list.clone());
        assert_eq!(ids(&sorted), ids(&[0, 2, 3, 1].map(|i| list[i].clone())));
    }

    proptest! {
        #[test]
        fn the_same_order_as_a_stable_sort_of_the_entries(
            raw in proptest::collection::vec((1u32..28, 0u32..24, 0usize..4, 0usize..4, proptest::option::of(1u32..30)), 0..120),
            descending in any::<bool>(),
        ) {
            let list: Vec<(Rc<Complaint>, DueLine)> = raw
                .iter()
                .enumerate()
                .map(|(n, &(day, hour, cat, sev, next))| {
                    (entry(n as u64, day, hour, ["Billing", "", "Delivery", "billing"][cat], Severity::ALL[sev]), line(next))
                })
                .collect();
            for sort in SORTS {
                let mut want = by_std(sort, &list);
                if descending {
                    want.reverse();
                }
                prop_assert_eq!(ids(&sort_list(sort, descending, list.clone())), want, "{:?}", sort);
            }
        }
    }
}
