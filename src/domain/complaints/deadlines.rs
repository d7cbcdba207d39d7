//! Complaint deadline clocks: working days, the scheme a team answers to, and where each
//! clock stands on a given day.
//!
//! **How the received day counts.** The day a complaint arrives is day 0 and never counts,
//! whatever the hour: day 1 is the next working day after it. A complaint received on a
//! Friday evening (or on the Saturday) has Monday as day 1, or Tuesday if Monday is a bank
//! holiday; "5 working days" then ends at the close of the following Friday. Calendar
//! spans count from the received day too (8 weeks from a Friday is a Friday) and are not
//! moved off weekends or holidays, because the rules that set them do not move them.

use super::bank_holidays::HolidayCalendar;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Whether `date` is a working day: not a Saturday, a Sunday or one of the holidays.
pub fn is_working_day(date: NaiveDate, cal: &HolidayCalendar) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !cal.is_holiday(date)
}

/// The `n`th working day after `from` (day 1 is the next working day after `from`, which
/// itself never counts). `n = 0` gives `from`.
pub fn add_working_days(from: NaiveDate, n: u32, cal: &HolidayCalendar) -> NaiveDate {
    let mut at = from;
    for _ in 0..n {
        at = next_day(at);
        while !is_working_day(at, cal) {
            at = next_day(at);
        }
    }
    at
}

/// How many working days lie after `from` up to and including `to`; 0 when `to` is not
/// after `from`. The inverse of [`add_working_days`] when `to` is a working day.
pub fn working_days_between(from: NaiveDate, to: NaiveDate, cal: &HolidayCalendar) -> u32 {
    // The day counted from is day 0 (as in `add_working_days`), so counting starts the
    // day after it.
    from.iter_days()
        .skip(1)
        .take_while(|at| *at <= to)
        .filter(|at| is_working_day(*at, cal))
        .count() as u32
}

/// The same weekday `n` weeks after `from`.
pub fn add_calendar_weeks(from: NaiveDate, n: u32) -> NaiveDate {
    add_days(from, i64::from(n) * 7)
}

fn next_day(at: NaiveDate) -> NaiveDate {
    at.succ_opt().unwrap_or(at)
}

/// Adds days, stopping at chrono's last date rather than panicking on nonsense input.
fn add_days(at: NaiveDate, days: i64) -> NaiveDate {
    at.checked_add_signed(Duration::days(days))
        .unwrap_or(NaiveDate::MAX)
}

/// The longest span a clock may have, in its own units: a stored scheme with more is
/// reported by [`Scheme::problems`] and counted as this.
pub const MAX_SPAN: u32 = 1_000;

/// A clock is "due soon" when this many working days or fewer are left (and not today):
/// two days gives a team time to finish a response and have it checked.
pub const DUE_SOON_WORKING_DAYS: u32 = 2;

/// How long a clock runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Span {
    /// Days that are not weekends or holidays, as the Housing Ombudsman and the NHS say.
    WorkingDays(u32),
    /// The FCA's word for the same thing: not a Saturday, a Sunday or a bank holiday in
    /// the part of the UK concerned. Counted exactly like working days.
    BusinessDays(u32),
    /// Every day counts.
    CalendarDays(u32),
    /// Whole weeks: the same weekday `n` weeks later.
    Weeks(u32),
}

impl Span {
    /// The end of the span started on `from`.
    pub fn after(self, from: NaiveDate, cal: &HolidayCalendar) -> NaiveDate {
        match self {
            Span::WorkingDays(n) | Span::BusinessDays(n) => {
                add_working_days(from, n.min(MAX_SPAN), cal)
            }
            Span::CalendarDays(n) => add_days(from, i64::from(n.min(MAX_SPAN))),
            Span::Weeks(n) => add_calendar_weeks(from, n.min(MAX_SPAN)),
        }
    }

    /// The span in words: "5 working days", "8 weeks".
    pub fn words(self) -> String {
        let (n, one, many) = match self {
            Span::WorkingDays(n) => (n, "working day", "working days"),
            Span::BusinessDays(n) => (n, "business day", "business days"),
            Span::CalendarDays(n) => (n, "day", "days"),
            Span::Weeks(n) => (n, "week", "weeks"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }

    fn units(self) -> u32 {
        match self {
            Span::WorkingDays(n) | Span::BusinessDays(n) | Span::CalendarDays(n) => n,
            Span::Weeks(n) => n,
        }
    }
}

/// What a clock counts from. (Named `Start` rather than `From` so it never shadows the
/// standard `From` trait where it is imported.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Start {
    /// The day the complaint was received (for a stage 2 scheme: the day escalation was
    /// asked for).
    Received,
    /// Another clock of the scheme, by its position; it must come earlier in the list.
    /// Counts from the day that clock was met, or its due day while it is not.
    Clock(usize),
}

/// One deadline in a scheme: "Acknowledge, 5 working days after received".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clock {
    pub name: String,
    pub after: Span,
    pub from: Start,
    /// A route the team may take rather than a promise (the FCA's summary resolution):
    /// passing it unmet is not overdue.
    #[serde(default)]
    pub optional: bool,
}

impl Clock {
    /// A clock that must be met.
    pub fn new(name: &str, after: Span, from: Start) -> Clock {
        Clock {
            name: name.to_string(),
            after,
            from,
            optional: false,
        }
    }

    /// A route that closes when its time is up.
    pub fn route(name: &str, after: Span) -> Clock {
        Clock {
            optional: true,
            ..Clock::new(name, after, Start::Received)
        }
    }
}

/// The complaint rules a team answers to: its clocks, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scheme {
    pub name: String,
    pub clocks: Vec<Clock>,
}

impl Scheme {
    /// An empty scheme the team names and fills in.
    pub fn custom(name: &str) -> Scheme {
        Scheme {
            name: name.to_string(),
            clocks: Vec::new(),
        }
    }

    /// What is wrong with a stored scheme, in words a user can act on. Due dates are still
    /// given: a bad reference counts from the received day and a long span is capped.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (i, clock) in self.clocks.iter().enumerate() {
            if let Start::Clock(j) = clock.from {
                if j >= i {
                    out.push(format!(
                        "\"{}\" counts from a clock that does not come before it; it is \
                         counted from the received day until that is fixed.",
                        clock.name
                    ));
                }
            }
            if clock.after.units() > MAX_SPAN {
                out.push(format!(
                    "\"{}\" runs for {}; the most is {MAX_SPAN}.",
                    clock.name,
                    clock.after.words()
                ));
            }
            if clock.name.trim().is_empty() {
                out.push(format!("Clock {} has no name.", i + 1));
            }
        }
        out
    }
}

/// Each clock's due date for a complaint received on `received`, in the scheme's order.
pub fn due_dates(
    scheme: &Scheme,
    received: NaiveDate,
    cal: &HolidayCalendar,
) -> Vec<(String, NaiveDate)> {
    due_dates_given(scheme, received, &[], cal)
}

/// As [`due_dates`], once some clocks are met: `met[i]` is the day clock `i` was met, and
/// a clock counted from it runs from that day (an acknowledgement sent early brings the
/// response forward). Missing entries count as not met.
pub fn due_dates_given(
    scheme: &Scheme,
    received: NaiveDate,
    met: &[Option<NaiveDate>],
    cal: &HolidayCalendar,
) -> Vec<(String, NaiveDate)> {
    let mut out: Vec<(String, NaiveDate)> = Vec::with_capacity(scheme.clocks.len());
    for (i, clock) in scheme.clocks.iter().enumerate() {
        let start = match clock.from {
            Start::Clock(j) if j < i => met.get(j).copied().flatten().unwrap_or(out[j].1),
            _ => received,
        };
        out.push((clock.name.clone(), clock.after.after(start, cal)));
    }
    out
}

/// Where one clock stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockStatus {
    /// Met on or before its due day.
    Met,
    /// Met, but this many days after its due day.
    MetLate {
        days: u32,
    },
    /// More than [`DUE_SOON_WORKING_DAYS`] working days left.
    OnTrack {
        days_left: u32,
    },
    /// Due within [`DUE_SOON_WORKING_DAYS`] working days, not today.
    DueSoon {
        days_left: u32,
    },
    DueToday,
    /// Past its due day by this many days, and not met.
    Overdue {
        days: u32,
    },
    /// An optional route whose time ran out unmet: nothing is late.
    Closed,
}

impl ClockStatus {
    /// Where a clock due on `due` stands on `today`, given the day it was met, if it was.
    pub fn of(
        clock: &Clock,
        due: NaiveDate,
        met: Option<NaiveDate>,
        today: NaiveDate,
        cal: &HolidayCalendar,
    ) -> ClockStatus {
        let days_past = |at: NaiveDate| (at - due).num_days().max(0) as u32;
        match met {
            Some(on) if on <= due => ClockStatus::Met,
            Some(on) => ClockStatus::MetLate {
                days: days_past(on),
            },
            None if today == due => ClockStatus::DueToday,
            None if today > due && clock.optional => ClockStatus::Closed,
            None if today > due => ClockStatus::Overdue {
                days: days_past(today),
            },
            None => {
                let days_left = working_days_between(today, due, cal);
                if days_left <= DUE_SOON_WORKING_DAYS {
                    ClockStatus::DueSoon { days_left }
                } else {
                    ClockStatus::OnTrack { days_left }
                }
            }
        }
    }

    /// The status in words, never a colour alone: "Due in 2 working days".
    pub fn words(self) -> String {
        let plural =
            |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        match self {
            ClockStatus::Met => "Met".to_string(),
            ClockStatus::MetLate { days } => format!("Met {} late", plural(days, "day", "days")),
            ClockStatus::OnTrack { days_left } | ClockStatus::DueSoon { days_left } => format!(
                "Due in {}",
                plural(days_left, "working day", "working days")
            ),
            ClockStatus::DueToday => "Due today".to_string(),
            ClockStatus::Overdue { days } => {
                format!("Overdue by {}", plural(days, "day", "days"))
            }
            ClockStatus::Closed => "Route closed".to_string(),
        }
    }

    /// A symbol shown beside the words, so the status reads without colour.
    pub fn icon(self) -> &'static str {
        match self {
            ClockStatus::Met => "✓",
            ClockStatus::MetLate { .. } => "✓!",
            ClockStatus::OnTrack { .. } => "○",
            ClockStatus::DueSoon { .. } => "◔",
            ClockStatus::DueToday => "⚠",
            ClockStatus::Overdue { .. } => "✗",
            ClockStatus::Closed => "–",
        }
    }
}

#[path = "schemes.rs"]
mod schemes;
pub use schemes::SchemePreset;

#[cfg(test)]
#[path = "deadlines_tests.rs"]
mod tests;
