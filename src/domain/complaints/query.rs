//! Searching, filtering and sorting the log: what the list shows. Runs over every entry
//! without copying any (the result holds shared pointers), so 50,000 entries filter and
//! sort within a frame or so.

use super::clocks::Standing;
use super::due_cache::{DueLine, LogDue};
use super::log::ComplaintLog;
use super::model::{Channel, Complaint, Severity};
use chrono::NaiveDate;
use std::rc::Rc;

/// What the list is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Received,
    Severity,
    Category,
    Customer,
    /// The next deadline, soonest first (entries with none last).
    Deadline,
}

/// Which entries the list shows, and in what order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    /// Words looked for in the summary, category and customer reference (any case).
    pub text: String,
    pub category: Option<String>,
    pub channel: Option<Channel>,
    pub severity: Option<Severity>,
    /// Only entries not yet closed.
    pub open_only: bool,
    /// Received on or after / on or before.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only entries that stand so (overdue, due soon, …), by their deadlines.
    pub standing: Option<Standing>,
    pub sort: SortBy,
    /// Newest (or highest) first.
    pub descending: bool,
}

/// Whether `hay` contains `needle` (already lower case), ignoring case, without making
/// a lower-case copy of `hay` when it is ASCII.
fn contains_folded(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if hay.is_ascii() && needle.is_ascii() {
        let (h, n) = (hay.as_bytes(), needle.as_bytes());
        if h.len() < n.len() {
            return false;
        }
        // Only where the first letter stands (in either case) can the word start: memchr
        // finds those places many bytes at a time, so 50,000 summaries are searched in a
        // few milliseconds.
        let last = h.len() - n.len();
        let (lower, upper) = (n[0].to_ascii_lowercase(), n[0].to_ascii_uppercase());
        return memchr::memchr2_iter(lower, upper, &h[..=last])
            .any(|i| h[i..i + n.len()].eq_ignore_ascii_case(n));
    }
    hay.to_lowercase().contains(needle)
}

impl Query {
    /// Whether `c` is shown. `words` is the query's text in lower case, split on spaces:
    /// every word must appear somewhere.
    fn keeps(&self, c: &Complaint, words: &[String]) -> bool {
        if self.open_only && !c.open() {
            return false;
        }
        if self.category.as_ref().is_some_and(|k| k != &c.category)
            || self.channel.is_some_and(|ch| ch != c.channel)
            || self.severity.is_some_and(|s| s != c.severity)
        {
            return false;
        }
        let day = c.received.date();
        if self.from.is_some_and(|f| day < f) || self.to.is_some_and(|t| day > t) {
            return false;
        }
        words.iter().all(|w| {
            contains_folded(&c.summary, w)
                || contains_folded(&c.category, w)
                || contains_folded(&c.customer, w)
        })
    }

    /// The query's text in lower case, split on spaces.
    fn words(&self) -> Vec<String> {
        self.text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    }

    fn keeps_due(&self, c: &Complaint, d: &DueLine, words: &[String]) -> bool {
        self.standing.is_none_or(|s| s == d.standing) && self.keeps(c, words)
    }

    /// Puts `list` in the query's order. Stable: equal keys keep the log's order (the
    /// order received).
    fn sort_list<C: AsRef<Complaint>>(&self, list: Vec<(C, DueLine)>) -> Vec<(C, DueLine)> {
        super::order::sort_list(self.sort, self.descending, list)
    }

    /// Every entry of the log in this query's order, its filters aside: worked out once
    /// per change of the log or of the order, so that typing in the search box only
    /// filters ([`Query::keep`]) and never sorts 50,000 entries again.
    pub fn order(&self, log: &ComplaintLog, due: &LogDue) -> Vec<(Rc<Complaint>, DueLine)> {
        self.sort_list(log.shared().cloned().zip(due.lines().copied()).collect())
    }

    /// The entries of `ordered` (from [`Query::order`] with the same sort) this query
    /// shows, in that order.
    pub fn keep(&self, ordered: &[(Rc<Complaint>, DueLine)]) -> Vec<(Rc<Complaint>, DueLine)> {
        let words = self.words();
        ordered
            .iter()
            .filter(|(c, d)| self.keeps_due(c, d, &words))
            .cloned()
            .collect()
    }
}

/// The list in one go (filter, then sort): what [`Query::order`] then [`Query::keep`]
/// must give, and what the tests read.
#[cfg(test)]
impl Query {
    /// The entries shown, in order.
    pub fn run<'a>(&self, log: &'a ComplaintLog) -> Vec<&'a Rc<Complaint>> {
        let none = DueLine {
            standing: Standing::OnTrack,
            breaches: 0,
            next: None,
        };
        self.pick(log.shared().map(|c| (c, none)))
            .into_iter()
            .map(|(c, _)| c)
            .collect()
    }

    /// The entries shown, in order, each with its deadlines (`due` is the log's, from
    /// [`super::due_cache::DueCache`]), so the list filters and sorts by them too.
    pub fn run_due<'a>(
        &self,
        log: &'a ComplaintLog,
        due: &LogDue,
    ) -> Vec<(&'a Rc<Complaint>, DueLine)> {
        self.pick(log.shared().zip(due.lines().copied()))
    }

    fn pick<'a>(
        &self,
        entries: impl Iterator<Item = (&'a Rc<Complaint>, DueLine)>,
    ) -> Vec<(&'a Rc<Complaint>, DueLine)> {
        let words = self.words();
        self.sort_list(
            entries
                .filter(|(c, d)| self.keeps_due(c, d, &words))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaints::model::ComplaintId;

    fn entry(n: u64, summary: &str, category: &str, day: u32) -> Complaint {
        let mut c = Complaint::new(
            ComplaintId::fresh(n),
            NaiveDate::from_ymd_opt(2026, 3, day)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
            summary,
        );
        c.category = category.into();
        c
    }

    fn log() -> ComplaintLog {
        let mut closed = entry(3, "Refund not received", "Billing", 3);
        closed.closed = NaiveDate::from_ymd_opt(2026, 3, 9);
        closed.severity = Severity::High;
        ComplaintLog::from_entries([
            entry(1, "Parcel left in the RAIN", "Delivery", 5),
            entry(2, "Courier rude at the door", "Delivery", 1),
            closed,
            entry(4, "Crème brûlée arrived cold", "Food", 4),
        ])
    }

    #[test]
    fn ordering_once_then_keeping_gives_what_running_gives() {
        let l = log();
        let due = crate::domain::complaints::due_cache::DueCache::default().refresh(
            &l,
            &crate::domain::complaints::deadlines::SchemePreset::FcaDisp.build(),
            &Default::default(),
            NaiveDate::from_ymd_opt(2026, 3, 20).unwrap(),
        );
        for sort in [
            SortBy::Received,
            SortBy::Category,
            SortBy::Deadline,
            SortBy::Severity,
        ] {
            for text in ["", "parcel", "de"] {
                let q = Query {
                    text: text.into(),
                    sort,
                    descending: text == "de",
                    ..Query::default()
                };
                let ordered = q.order(&l, &due);
                let kept: Vec<String> = q
                    .keep(&ordered)
                    .iter()
                    .map(|(c, _)| c.id.to_string())
                    .collect();
                let run: Vec<String> = q
                    .run_due(&l, &due)
                    .iter()
                    .map(|(c, _)| c.id.to_string())
                    .collect();
                assert_eq!(kept, run, "{sort:?} {text:?}");
            }
        }
    }

    fn summaries(q: &Query, l: &ComplaintLog) -> Vec<String> {
        q.run(l).iter().map(|c| c.summary.clone()).collect()
    }

    #[test]
    fn words_are_found_in_any_case_and_all_must_match() {
        let l = log();
        let q = Query {
            text: "rain parcel".into(),
            ..Query::default()
        };
        assert_eq!(summaries(&q, &l), ["Parcel left in the RAIN"]);
        let q = Query {
            text: "BRÛLÉE".into(),
            ..Query::default()
        };
        assert_eq!(
            summaries(&q, &l),
            ["Crème brûlée arrived cold"],
            "beyond ASCII too"
        );
        let q = Query {
            text: "delivery".into(),
            ..Query::default()
        };
        assert_eq!(q.run(&l).len(), 2, "the category counts");
    }

    #[test]
    fn filters_and_sorts() {
        let l = log();
        let q = Query {
            open_only: true,
            sort: SortBy::Received,
            ..Query::default()
        };
        assert_eq!(
            summaries(&q, &l),
            [
                "Courier rude at the door",
                "Crème brûlée arrived cold",
                "Parcel left in the RAIN"
            ]
        );
        let q = Query {
            category: Some("Delivery".into()),
            descending: true,
            ..Query::default()
        };
        assert_eq!(
            summaries(&q, &l),
            ["Parcel left in the RAIN", "Courier rude at the door"]
        );
        let q = Query {
            from: NaiveDate::from_ymd_opt(2026, 3, 3),
            to: NaiveDate::from_ymd_opt(2026, 3, 4),
            ..Query::default()
        };
        assert_eq!(q.run(&l).len(), 2);
        let q = Query {
            sort: SortBy::Severity,
            descending: true,
            ..Query::default()
        };
        assert_eq!(summaries(&q, &l)[0], "Refund not received");
    }

    #[test]
    fn fifty_thousand_entries_are_filtered_and_sorted_without_copying_them() {
        let l = ComplaintLog::from_entries((0..50_000u64).map(|n| {
            entry(
                n,
                &format!("Complaint {n} about a late parcel"),
                ["Delivery", "Billing", "Staff"][n as usize % 3],
                1 + (n % 28) as u32,
            )
        }));
        let q = Query {
            text: "late".into(),
            category: Some("Billing".into()),
            sort: SortBy::Customer,
            ..Query::default()
        };
        let shown = q.run(&l);
        assert_eq!(shown.len(), 16_667);
        assert!(
            Rc::ptr_eq(shown[0], l.shared().find(|c| c.id == shown[0].id).unwrap()),
            "shared, not copied"
        );
    }
}
