//! Showing dates to people. Stored dates stay ISO 8601 (chrono's serde form).

use super::settings::DateStyle;
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

/// English month abbreviations, as the house style writes them ("23 Nov 2026").
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as the user chose to see it, e.g. "23 Nov 2026".
///
/// Written from the date's parts rather than with chrono's `format`, whose pattern
/// interpreter would add tens of kilobytes to the download for three fixed layouts.
pub fn show_date(at: impl Datelike, style: DateStyle) -> String {
    let (y, m, d) = (at.year(), at.month(), at.day());
    match style {
        DateStyle::DayMonthName => format!("{d} {} {y}", MONTHS[m as usize - 1]),
        DateStyle::DayMonthYearNumeric => format!("{d:02}/{m:02}/{y}"),
        DateStyle::Iso => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// A day in the house style, "4 Dec 2026": for text the domain writes (a plan's gaps,
/// an evidence report, an audit trail), where no user's setting applies.
pub fn show_day(day: NaiveDate) -> String {
    show_date(day, DateStyle::DayMonthName)
}

/// A month, "Dec 2026".
pub fn show_month(day: NaiveDate) -> String {
    format!("{} {}", MONTHS[day.month0() as usize], day.year())
}

/// A date and time, e.g. "23 Nov 2026, 14:05 UTC".
pub fn show_date_time(at: DateTime<Utc>, style: DateStyle) -> String {
    format!(
        "{}, {:02}:{:02} UTC",
        show_date(at, style),
        at.hour(),
        at.minute()
    )
}

/// Turns milliseconds since 1970 (as a browser clock gives them) into a time. Out-of-range
/// values fall back to the epoch rather than panicking.
pub fn from_millis(millis: f64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(millis as i64).unwrap_or_default()
}

/// A size in bytes for people: "812 bytes", "4.2 KB", "3.1 MB". Integer arithmetic, so
/// the download carries no float formatting code.
pub fn show_bytes(bytes: u64) -> String {
    let one_decimal = |unit: u64, name: &str| {
        let tenths = (bytes + unit / 20) / (unit / 10);
        format!("{}.{} {name}", tenths / 10, tenths % 10)
    };
    if bytes < 1_000 {
        format!("{bytes} bytes")
    } else if bytes < 999_950 {
        one_decimal(1_000, "KB")
    } else if bytes < 999_950_000 {
        one_decimal(1_000_000, "MB")
    } else {
        one_decimal(1_000_000_000, "GB")
    }
}

/// `part` as a percentage of `whole` with one decimal, e.g. "2.5%"; a share too small
/// to show as 0.1% is "less than 0.1%", so it never reads as nothing.
pub fn show_percent(part: u64, whole: u64) -> String {
    if part == 0 || whole == 0 {
        return "0%".into();
    }
    let tenths = (part.min(whole) * 1000 + whole / 2) / whole;
    if tenths == 0 {
        return "less than 0.1%".into();
    }
    format!("{}.{}%", tenths / 10, tenths % 10)
}

/// An ISO 8601 time as the user chose to see it; the text itself when it is not one.
pub fn show_iso_time(iso: &str, style: DateStyle) -> String {
    match DateTime::parse_from_rfc3339(iso) {
        Ok(at) => show_date_time(at.to_utc(), style),
        Err(_) => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn house_style_is_day_short_month_year() {
        let at = Utc.with_ymd_and_hms(2026, 11, 3, 14, 5, 0).unwrap();
        assert_eq!(show_date(at, DateStyle::DayMonthName), "3 Nov 2026");
        assert_eq!(show_date(at, DateStyle::DayMonthYearNumeric), "03/11/2026");
        assert_eq!(show_date(at, DateStyle::Iso), "2026-11-03");
        assert_eq!(
            show_date_time(at, DateStyle::DayMonthName),
            "3 Nov 2026, 14:05 UTC"
        );
    }

    #[test]
    fn millis_convert_and_never_panic() {
        assert_eq!(from_millis(0.0).timestamp(), 0);
        assert_eq!(from_millis(f64::NAN).timestamp(), 0);
        assert_eq!(from_millis(1e300).timestamp(), 0);
    }

    #[test]
    fn bytes_read_naturally() {
        assert_eq!(show_bytes(812), "812 bytes");
        assert_eq!(show_bytes(4_200), "4.2 KB");
        assert_eq!(show_bytes(4_249), "4.2 KB");
        assert_eq!(show_bytes(4_250), "4.3 KB");
        assert_eq!(show_bytes(999_949), "999.9 KB");
        assert_eq!(show_bytes(999_950), "1.0 MB");
        assert_eq!(show_bytes(3_100_000), "3.1 MB");
        assert_eq!(show_bytes(12_000_000_000), "12.0 GB");
    }

    #[test]
    fn percentages_have_one_decimal() {
        assert_eq!(show_percent(125_000, 5_000_000), "2.5%");
        assert_eq!(show_percent(1, 3), "33.3%");
        assert_eq!(show_percent(9, 0), "0%");
        assert_eq!(show_percent(0, 10), "0%");
        assert_eq!(show_percent(1_500, 5_000_000), "less than 0.1%");
        assert_eq!(
            show_iso_time("2026-11-24T02:13:33.070Z", DateStyle::DayMonthName),
            "24 Nov 2026, 02:13 UTC"
        );
        assert_eq!(show_iso_time("nonsense", DateStyle::Iso), "nonsense");
        assert_eq!(show_percent(7, 5), "100.0%");
    }

    #[test]
    fn every_month_has_its_name() {
        for m in 1..=12 {
            let at = Utc.with_ymd_and_hms(2026, m, 1, 0, 0, 0).unwrap();
            assert_eq!(
                show_date(at, DateStyle::DayMonthName),
                format!("1 {} 2026", MONTHS[m as usize - 1])
            );
        }
    }
}
