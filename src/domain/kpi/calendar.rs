//! Days as numbers (days since 1970-01-01) and the periods KPIs are grouped by. Fast,
//! allocation-free date reading for imports of a million rows.

use serde::{Deserialize, Serialize};

/// How dates are written in an imported file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateFormat {
    /// 2026-11-24, also with '/' or '.' between (a time may follow after 'T' or a space).
    YearMonthDay,
    /// 24/11/2026 (UK; '/', '.' or '-' between).
    DayMonthYear,
    /// 11/24/2026 (US).
    MonthDayYear,
    /// Seconds since 1970-01-01 UTC, as survey and ticket APIs write it (1795514400);
    /// milliseconds (13 digits) are read too.
    UnixTime,
}

impl DateFormat {
    /// Every format, in the order offered.
    pub const ALL: [DateFormat; 4] = [
        DateFormat::YearMonthDay,
        DateFormat::DayMonthYear,
        DateFormat::MonthDayYear,
        DateFormat::UnixTime,
    ];

    /// How the format is shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            DateFormat::YearMonthDay => "2026-11-24 (year-month-day)",
            DateFormat::DayMonthYear => "24/11/2026 (day/month/year)",
            DateFormat::MonthDayYear => "11/24/2026 (month/day/year)",
            DateFormat::UnixTime => "1795514400 (Unix time, seconds since 1970)",
        }
    }

    /// Reads a date; `None` when the text is not a real date in this format.
    pub fn parse(self, text: &[u8]) -> Option<i32> {
        let t = text.trim_ascii();
        let (y, m, d) = match self {
            DateFormat::YearMonthDay => {
                if t.len() < 10 || (t.len() > 10 && !matches!(t[10], b'T' | b' ')) {
                    return None;
                }
                // 2026-11-24, or 2026/11/24 and 2026.11.24 as some exports write it.
                if !matches!(t[4], b'-' | b'/' | b'.') || t[7] != t[4] {
                    return None;
                }
                (digits(&t[0..4])?, digits(&t[5..7])?, digits(&t[8..10])?)
            }
            DateFormat::DayMonthYear | DateFormat::MonthDayYear => {
                // "3 Nov 2026", "Nov 3, 2026", "03-Nov-2026": the month's name says
                // which number is the day, whichever order the file uses.
                self.numeric_day_month(t).or_else(|| named_month(t))?
            }
            DateFormat::UnixTime => return unix_seconds(t).map(|s| s.div_euclid(86_400) as i32),
        };
        days_from_civil(y as i32, m, d)
    }
}

/// Unix time in whole seconds: 9 to 11 digits (1973 to 5138), or 12 to 13 digits read
/// as milliseconds; a fraction after a point is dropped. Shorter numbers are not taken,
/// so a column of small counts or ids is never read as dates.
pub fn unix_seconds(t: &[u8]) -> Option<i64> {
    let whole = match t.iter().position(|&b| b == b'.') {
        Some(i) if t[i + 1..].iter().all(u8::is_ascii_digit) => &t[..i],
        Some(_) => return None,
        None => t,
    };
    if !(9..=13).contains(&whole.len()) || !whole.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let v: i64 = std::str::from_utf8(whole).ok()?.parse().ok()?;
    Some(if whole.len() >= 12 { v / 1000 } else { v })
}

impl DateFormat {
    /// d/m/yyyy (or m/d/yyyy) with 1 or 2 digit day and month, '/', '.' or '-' between,
    /// the year in four digits or two; a time may follow a space. `(year, month, day)`.
    fn numeric_day_month(self, t: &[u8]) -> Option<(u32, u32, u32)> {
        // "24/11/2026, 09:15" (a browser's way) has a comma after the date.
        let t = match t.iter().position(|&b| b == b' ') {
            Some(i) => t[..i].strip_suffix(b",").unwrap_or(&t[..i]),
            None => t,
        };
        let mut parts = t.split(|&b| matches!(b, b'/' | b'.' | b'-'));
        let a = parts.next()?;
        let b = parts.next()?;
        let y = parts.next()?;
        if parts.next().is_some() || a.len() > 2 || b.len() > 2 || !matches!(y.len(), 2 | 4) {
            return None;
        }
        let (a, b, y) = (digits(a)?, digits(b)?, full_year(digits(y)?, y.len()));
        Some(if self == DateFormat::DayMonthYear {
            (y, b, a)
        } else {
            (y, a, b)
        })
    }
}

/// The month (1–12) whose English name or abbreviation `word` is ("Nov", "November",
/// "Sept"), any case: chrono's reading of month names, and "Sept", which it does not take.
fn month_of(word: &[u8]) -> Option<u32> {
    let w = std::str::from_utf8(word).ok()?;
    let w = if w.eq_ignore_ascii_case("sept") {
        "sep"
    } else {
        w
    };
    w.parse::<chrono::Month>()
        .ok()
        .map(|m| m.number_from_month())
}

/// A date written with its month's name, day and year around it in either order ("3 Nov
/// 2026", "Nov 3, 2026", "03-Nov-2026", "3rd November 2026"); what follows (a time) is
/// left. `(year, month, day)`.
fn named_month(t: &[u8]) -> Option<(u32, u32, u32)> {
    let mut words = t
        .split(|&b| matches!(b, b' ' | b'-' | b'/' | b'.' | b','))
        .filter(|w| !w.is_empty());
    let (a, b, y) = (words.next()?, words.next()?, words.next()?);
    let day = |w: &[u8]| {
        let n = w.iter().take_while(|c| c.is_ascii_digit()).count();
        let suffix = w[n..].to_ascii_lowercase();
        ((1..=2).contains(&n) && matches!(&suffix[..], b"" | b"st" | b"nd" | b"rd" | b"th"))
            .then(|| digits(&w[..n]))
            .flatten()
    };
    let (m, d) = match (month_of(a), month_of(b)) {
        (Some(m), None) => (m, day(b)?),
        (None, Some(m)) => (m, day(a)?),
        _ => return None,
    };
    (y.len() == 4)
        .then(|| digits(y))
        .flatten()
        .map(|y| (y, m, d))
}

/// A year as written: four digits as they are, two digits ("11/20/26", as Excel and
/// Microsoft Forms save short dates) in 2000–2069 or, from 70, in the 1900s.
fn full_year(y: u32, written: usize) -> u32 {
    match (written, y) {
        (2, 0..=69) => 2000 + y,
        (2, _) => 1900 + y,
        _ => y,
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() {
        return None;
    }
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 for a calendar date; `None` for a date that does not exist.
/// (Howard Hinnant's `days_from_civil`.)
pub fn days_from_civil(y: i32, m: u32, d: u32) -> Option<i32> {
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) || !(1900..=2200).contains(&y) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy as i32;
    Some(era * 146_097 + doe - 719_468)
}

/// The calendar date of a day number: (year, month, day).
pub fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// How trend charts and tables group days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Granularity {
    Day,
    /// ISO weeks, Monday to Sunday.
    Week,
    Month,
    Quarter,
}

impl Granularity {
    /// The first day of the period holding `day`; periods are identified by it.
    pub fn period_start(self, day: i32) -> i32 {
        match self {
            Granularity::Day => day,
            // 1970-01-01 was a Thursday: Monday is 3 days before.
            Granularity::Week => day - (day + 3).rem_euclid(7),
            Granularity::Month => {
                let (y, m, _) = civil_from_days(day);
                days_from_civil(y, m, 1).unwrap_or(day)
            }
            Granularity::Quarter => {
                let (y, m, _) = civil_from_days(day);
                days_from_civil(y, (m - 1) / 3 * 3 + 1, 1).unwrap_or(day)
            }
        }
    }

    /// The period as people name it: "24 Nov 2026", "w/c 23 Nov 2026", "Nov 2026", "Q4 2026".
    pub fn label(self, start: i32) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let (y, m, d) = civil_from_days(start);
        let month = MONTHS[m as usize - 1];
        match self {
            Granularity::Day => format!("{d} {month} {y}"),
            Granularity::Week => format!("w/c {d} {month} {y}"),
            Granularity::Month => format!("{month} {y}"),
            Granularity::Quarter => format!("Q{} {y}", (m - 1) / 3 + 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), Some(0));
        assert_eq!(days_from_civil(2026, 11, 24), Some(20_781));
        for z in [-25_000, -1, 0, 59, 11_016, 20_781, 60_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), Some(z));
        }
        assert_eq!(days_from_civil(2026, 2, 29), None);
        assert_eq!(days_from_civil(2024, 2, 29), Some(19_782));
        assert_eq!(days_from_civil(2026, 13, 1), None);
    }

    #[test]
    fn date_formats() {
        let day = days_from_civil(2026, 3, 7);
        assert_eq!(DateFormat::YearMonthDay.parse(b"2026-03-07"), day);
        assert_eq!(DateFormat::YearMonthDay.parse(b"2026-03-07T10:15:00Z"), day);
        assert_eq!(DateFormat::YearMonthDay.parse(b"2026-03-07 10:15"), day);
        assert_eq!(DateFormat::DayMonthYear.parse(b"7/3/2026"), day);
        assert_eq!(DateFormat::DayMonthYear.parse(b"07.03.2026 09:00"), day);
        assert_eq!(DateFormat::MonthDayYear.parse(b"03/07/2026"), day);
        // Other tools' ways: year first with slashes or dots, a comma before the time.
        assert_eq!(DateFormat::YearMonthDay.parse(b"2026/03/07 9:15:32"), day);
        assert_eq!(DateFormat::YearMonthDay.parse(b"2026.03.07"), day);
        assert_eq!(DateFormat::DayMonthYear.parse(b"07/03/2026, 09:15:32"), day);
        assert_eq!(DateFormat::MonthDayYear.parse(b"3/7/2026, 9:15:32 AM"), day);
        assert_eq!(DateFormat::YearMonthDay.parse(b"2026/03-07"), None);
        // The month's name: either order, read alike in both formats.
        for f in [DateFormat::DayMonthYear, DateFormat::MonthDayYear] {
            for t in [
                &b"7 Mar 2026"[..],
                b"07-Mar-2026",
                b"Mar 7, 2026",
                b"March 7 2026 14:05",
                b"7th March 2026",
                b"7 mar 2026, 09:15",
                b"Mar 7, 2026 2:05 PM",
            ] {
                assert_eq!(f.parse(t), day, "{}", String::from_utf8_lossy(t));
            }
            for bad in [
                &b"7 Mars 2026"[..],
                b"Mar 2026",
                b"7 Ma 2026",
                b"32 Mar 2026",
                b"7 Mar 26",
                b"Mar Apr 2026",
            ] {
                assert_eq!(f.parse(bad), None, "{}", String::from_utf8_lossy(bad));
            }
        }
        assert_eq!(DateFormat::YearMonthDay.parse(b"7 Mar 2026"), None);
        assert_eq!(DateFormat::MonthDayYear.parse(b"3/7/2026 9AM"), day);
        // Two-digit years, as Excel and Microsoft Forms save short dates.
        assert_eq!(DateFormat::DayMonthYear.parse(b"07/03/26"), day);
        assert_eq!(DateFormat::MonthDayYear.parse(b"3/7/26 10:15:33"), day);
        assert_eq!(
            DateFormat::DayMonthYear.parse(b"31/12/99"),
            days_from_civil(1999, 12, 31)
        );
        // Unix time, in seconds or milliseconds, with or without a fraction.
        let noon = i64::from(day.unwrap()) * 86_400 + 43_200;
        for t in [
            noon.to_string(),
            format!("{noon}.25"),
            format!("{}", noon * 1000 + 999),
        ] {
            assert_eq!(DateFormat::UnixTime.parse(t.as_bytes()), day, "{t}");
        }
        for bad in [
            &b"12345"[..],
            b"2026-03-07",
            b"1795514400.x",
            b"17955144e3",
            b"",
        ] {
            assert_eq!(DateFormat::UnixTime.parse(bad), None, "{bad:?}");
        }
        assert_eq!(unix_seconds(b"1795514400"), Some(1_795_514_400));
        for bad in [
            &b"2026-3-7"[..],
            b"2026-03-32",
            b"20260307",
            b"",
            b"07/03/2",
            b"07/03/026",
            b"2026-03-07X",
        ] {
            assert_eq!(
                DateFormat::YearMonthDay
                    .parse(bad)
                    .or(DateFormat::DayMonthYear.parse(bad)),
                None,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn periods() {
        let d = days_from_civil(2026, 11, 26).unwrap(); // a Thursday
        assert_eq!(
            Granularity::Week.period_start(d),
            days_from_civil(2026, 11, 23).unwrap()
        );
        assert_eq!(
            Granularity::Month.label(Granularity::Month.period_start(d)),
            "Nov 2026"
        );
        assert_eq!(
            Granularity::Quarter.label(Granularity::Quarter.period_start(d)),
            "Q4 2026"
        );
        assert_eq!(
            Granularity::Week.label(Granularity::Week.period_start(d)),
            "w/c 23 Nov 2026"
        );
        let monday = days_from_civil(2026, 11, 23).unwrap();
        assert_eq!(Granularity::Week.period_start(monday), monday);
    }
}
