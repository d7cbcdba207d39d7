//! Showing dates to people. Stored dates stay ISO 8601 (chrono's serde form).

use super::settings::DateStyle;
use chrono::{DateTime, Utc};

/// A date as the user chose to see it, e.g. "23 Nov 2026".
pub fn show_date(at: DateTime<Utc>, style: DateStyle) -> String {
    at.format(style.pattern()).to_string()
}

/// A date and time, e.g. "23 Nov 2026, 14:05 UTC".
pub fn show_date_time(at: DateTime<Utc>, style: DateStyle) -> String {
    format!("{}, {} UTC", show_date(at, style), at.format("%H:%M"))
}

/// Turns milliseconds since 1970 (as a browser clock gives them) into a time. Out-of-range
/// values fall back to the epoch rather than panicking.
pub fn from_millis(millis: f64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(millis as i64).unwrap_or_default()
}

/// A size in bytes for people: "812 bytes", "4.2 KB", "3.1 MB".
pub fn show_bytes(bytes: f64) -> String {
    if bytes < 1_000.0 {
        format!("{} bytes", bytes.max(0.0) as u64)
    } else if bytes < 1_000_000.0 {
        format!("{:.1} KB", bytes / 1_000.0)
    } else if bytes < 1_000_000_000.0 {
        format!("{:.1} MB", bytes / 1_000_000.0)
    } else {
        format!("{:.1} GB", bytes / 1_000_000_000.0)
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
        assert_eq!(show_bytes(812.0), "812 bytes");
        assert_eq!(show_bytes(4_200.0), "4.2 KB");
        assert_eq!(show_bytes(3_100_000.0), "3.1 MB");
    }
}
