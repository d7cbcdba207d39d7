//! Where each of an entry's deadlines stands: the scheme's clocks worked out from the day
//! it was received, met on the day recorded for them or, failing that, on the day the
//! complaint was closed (closing answers every clock not answered before). What the list
//! shows as "due next", and what the log counts as breaches, come from here.

use super::bank_holidays::HolidayCalendar;
use super::deadlines::{due_dates_given, ClockStatus, Scheme};
use super::model::Complaint;
use chrono::NaiveDate;

/// One clock of one entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryClock {
    pub name: String,
    pub due: NaiveDate,
    /// The day it was met (recorded, or the closing day).
    pub met: Option<NaiveDate>,
    pub status: ClockStatus,
    /// A route the team may take rather than a promise.
    pub optional: bool,
}

impl EntryClock {
    /// Missed: met late, or overdue. An optional route is never a breach.
    pub fn breached(&self) -> bool {
        !self.optional
            && matches!(
                self.status,
                ClockStatus::MetLate { .. } | ClockStatus::Overdue { .. }
            )
    }
}

/// The day clock `name` of `c` was met: recorded, else the closing day.
fn met_on(c: &Complaint, name: &str) -> Option<NaiveDate> {
    c.met.get(name).copied().or(c.closed)
}

/// The day each clock of `c` was met (if it was) and its due day, in the scheme's order.
type MetAndDue = (Vec<Option<NaiveDate>>, Vec<(String, NaiveDate)>);

fn met_and_due(c: &Complaint, scheme: &Scheme, cal: &HolidayCalendar) -> MetAndDue {
    let met: Vec<Option<NaiveDate>> = scheme.clocks.iter().map(|k| met_on(c, &k.name)).collect();
    let due = due_dates_given(scheme, c.received.date(), &met, cal);
    (met, due)
}

/// Every clock of `c` under `scheme`, as of `today`.
pub fn entry_clocks(
    c: &Complaint,
    scheme: &Scheme,
    cal: &HolidayCalendar,
    today: NaiveDate,
) -> Vec<EntryClock> {
    let (met, due) = met_and_due(c, scheme, cal);
    scheme
        .clocks
        .iter()
        .zip(due)
        .zip(met)
        .map(|((clock, (name, due)), met)| EntryClock {
            status: ClockStatus::of(clock, due, met, today, cal),
            name,
            due,
            met,
            optional: clock.optional,
        })
        .collect()
}

/// How an entry stands, in one word, for the list and its filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Standing {
    /// A clock is past its day and not met.
    Overdue,
    /// A clock is due today or within the "due soon" days.
    DueSoon,
    /// Open, every clock on track.
    OnTrack,
    /// Closed (or nothing left to meet).
    Done,
}

impl Standing {
    /// Every standing, worst first.
    pub const ALL: [Standing; 4] = [
        Standing::Overdue,
        Standing::DueSoon,
        Standing::OnTrack,
        Standing::Done,
    ];

    /// The standing in words.
    pub fn words(self) -> &'static str {
        match self {
            Standing::Overdue => "Overdue",
            Standing::DueSoon => "Due soon",
            Standing::OnTrack => "On track",
            Standing::Done => "Done",
        }
    }

    /// A symbol beside the words, so the standing reads without colour.
    pub fn icon(self) -> &'static str {
        match self {
            Standing::Overdue => "✗",
            Standing::DueSoon => "◔",
            Standing::OnTrack => "○",
            Standing::Done => "✓",
        }
    }
}

/// An entry's deadlines summed up: its standing, the next clock to meet, and how many
/// clocks it missed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub standing: Standing,
    /// The first unmet clock that still counts, with where it stands.
    pub next: Option<EntryClock>,
    pub breaches: usize,
}

/// Sums up `c`'s clocks as of `today`.
pub fn due(c: &Complaint, scheme: &Scheme, cal: &HolidayCalendar, today: NaiveDate) -> Due {
    let clocks = entry_clocks(c, scheme, cal, today);
    let breaches = clocks.iter().filter(|k| k.breached()).count();
    let next = clocks
        .into_iter()
        .filter(|k| k.met.is_none() && k.status != ClockStatus::Closed)
        .min_by_key(|k| k.due);
    let standing = match next.as_ref().map(|k| k.status) {
        _ if c.closed.is_some() => Standing::Done,
        Some(ClockStatus::Overdue { .. }) => Standing::Overdue,
        Some(ClockStatus::DueSoon { .. } | ClockStatus::DueToday) => Standing::DueSoon,
        Some(_) => Standing::OnTrack,
        None => Standing::OnTrack,
    };
    Due {
        standing,
        next,
        breaches,
    }
}

/// The last clock that must be met (the final response): its due day is the deadline
/// the KPI "answered within the deadline" counts against.
pub fn final_deadline(c: &Complaint, scheme: &Scheme, cal: &HolidayCalendar) -> Option<NaiveDate> {
    let (_, due) = met_and_due(c, scheme, cal);
    scheme
        .clocks
        .iter()
        .zip(due)
        .filter(|(k, _)| !k.optional)
        .map(|(_, (_, d))| d)
        .next_back()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaints::bank_holidays::Region;
    use crate::domain::complaints::deadlines::SchemePreset;
    use crate::domain::complaints::model::ComplaintId;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn received(m: u32, d: u32) -> Complaint {
        Complaint::new(
            ComplaintId::fresh(1),
            day(m, d).and_hms_opt(10, 0, 0).unwrap(),
            "Parcel left in the rain",
        )
    }

    fn housing() -> (Scheme, HolidayCalendar) {
        (
            SchemePreset::HousingStage1.build(),
            HolidayCalendar::shipped(Region::EnglandAndWales),
        )
    }

    #[test]
    fn an_unanswered_complaint_falls_overdue_after_its_acknowledgement_day() {
        let (scheme, cal) = housing();
        // Received Thu 3 Dec 2026: 5 working days ends Thu 10 Dec.
        let c = received(12, 3);
        let clocks = entry_clocks(&c, &scheme, &cal, day(12, 11));
        assert_eq!(clocks[0].name, "Acknowledge");
        assert_eq!(clocks[0].due, day(12, 10));
        assert!(matches!(clocks[0].status, ClockStatus::Overdue { days: 1 }));
        let d = due(&c, &scheme, &cal, day(12, 11));
        assert_eq!(d.standing, Standing::Overdue);
        assert_eq!(d.breaches, 1);
        assert_eq!(d.next.unwrap().name, "Acknowledge");
    }

    #[test]
    fn acknowledging_early_brings_the_response_forward_and_moves_the_next_clock() {
        let (scheme, cal) = housing();
        let mut c = received(12, 3);
        c.met.insert("Acknowledge".into(), day(12, 4));
        let clocks = entry_clocks(&c, &scheme, &cal, day(12, 7));
        assert_eq!(clocks[0].status, ClockStatus::Met);
        // 10 working days from Fri 4 Dec: Fri 18 Dec.
        assert_eq!(clocks[1].due, day(12, 18));
        let d = due(&c, &scheme, &cal, day(12, 7));
        assert_eq!(d.standing, Standing::OnTrack);
        assert_eq!(d.next.unwrap().due, day(12, 18));
        // Two working days before: due soon.
        assert_eq!(
            due(&c, &scheme, &cal, day(12, 16)).standing,
            Standing::DueSoon
        );
    }

    #[test]
    fn closing_meets_every_clock_not_met_before() {
        let (scheme, cal) = housing();
        let mut c = received(12, 3);
        c.closed = Some(day(12, 8));
        let d = due(&c, &scheme, &cal, day(12, 30));
        assert_eq!(d.standing, Standing::Done);
        assert_eq!(d.breaches, 0);
        // Closed late: the breach is counted.
        c.closed = Some(day(12, 14));
        assert_eq!(due(&c, &scheme, &cal, day(12, 30)).breaches, 1);
    }

    #[test]
    fn an_optional_route_passed_is_not_a_breach() {
        let scheme = SchemePreset::FcaDisp.build();
        let cal = HolidayCalendar::shipped(Region::EnglandAndWales);
        let c = received(12, 1);
        let clocks = entry_clocks(&c, &scheme, &cal, day(12, 20));
        assert!(clocks
            .iter()
            .any(|k| k.optional && k.status == ClockStatus::Closed));
        assert!(!clocks.iter().any(|k| k.optional && k.breached()));
        // The final response is 8 weeks after receipt.
        assert_eq!(
            final_deadline(&c, &scheme, &cal),
            Some(day(1, 26).with_year_2027())
        );
    }

    trait NextYear {
        fn with_year_2027(self) -> NaiveDate;
    }
    impl NextYear for NaiveDate {
        fn with_year_2027(self) -> NaiveDate {
            use chrono::Datelike;
            self.with_year(2027).unwrap()
        }
    }

    #[test]
    fn a_scheme_without_clocks_leaves_an_open_entry_on_track() {
        let c = received(12, 3);
        let d = due(
            &c,
            &Scheme::custom("Ours"),
            &HolidayCalendar::default(),
            day(12, 30),
        );
        assert_eq!(d.standing, Standing::OnTrack);
        assert_eq!(d.next, None);
    }
}
