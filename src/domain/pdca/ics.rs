//! A PDCA plan's due dates (actions, follow-ups) as an iCalendar file (RFC 5545), so a
//! team can put them in Outlook, Google Calendar or Apple Calendar.
//!
//! Each date is an all-day event. Text the users typed is escaped (§3.3.11) and stripped
//! of control characters, and long lines are folded at 75 octets (§3.1) between UTF-8
//! characters, so no typed text can end a line and start a property of its own.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

/// Names the program that wrote the file, as §3.7.3 asks.
pub const PRODUCT_ID: &str = "-//CX Workbench//PDCA actions//EN";

/// The domain part of every UID, so ours never collide with another program's.
pub const UID_DOMAIN: &str = "cx-workbench";

/// The most octets on one physical line, not counting its CRLF (§3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The first stamp's SEQUENCE is counted from here, in seconds (2020-01-01T00:00:00Z).
const SEQUENCE_EPOCH: i64 = 1_577_836_800;

/// One date in the calendar: an action's due date or a follow-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEntry {
    /// Stays the same across exports of the same action; make it with [`uid`].
    pub uid: String,
    /// The day it is due; the event covers that whole day.
    pub date: NaiveDate,
    /// The event's title, as the calendar shows it.
    pub summary: String,
    /// The event's notes: who, what, which cycle.
    pub description: String,
}

/// A stable UID from ids, e.g. `uid(&[project, cycle, action])` gives
/// `prj-….cyc-….act-…@cx-workbench`.
///
/// The same ids always give the same UID, so importing a second export updates the
/// events already in the calendar instead of adding copies: DTSTAMP and SEQUENCE change
/// with each export while UID stays. Different ids give different UIDs: the parts are
/// joined by `.`, and any character in a part other than ASCII letters, digits, `-` and
/// `_` (so `.` and `%` too) is written as `%XX` per UTF-8 byte.
pub fn uid(parts: &[&str]) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        for byte in part.bytes() {
            if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
                out.push(char::from(byte));
            } else {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out.push('@');
    out.push_str(UID_DOMAIN);
    out
}

/// The iCalendar file named `name` with one all-day event per entry, written at `stamp`.
///
/// Lines end with CRLF. An empty list gives a calendar with no events, which the
/// calendar programs import as nothing. An entry dated outside the years 0001–9999
/// (or on 9999-12-31, whose end would be 10000) is left out: iCalendar dates have
/// four-digit years, and a file with a wrong date would be refused whole.
pub fn calendar(name: &str, entries: &[CalendarEntry], stamp: DateTime<Utc>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:{PRODUCT_ID}"));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape_text(name)));
    // Written from its parts, as the app writes every date: chrono's pattern interpreter
    // would add tens of kilobytes to the download.
    let dtstamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        stamp.year(),
        stamp.month(),
        stamp.day(),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    let sequence = sequence(stamp);
    for entry in entries {
        let (Some(start), Some(end)) = (
            date_value(entry.date),
            entry.date.succ_opt().and_then(date_value),
        ) else {
            continue;
        };
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape_text(&entry.uid)));
        line(&mut out, &format!("DTSTAMP:{dtstamp}"));
        line(&mut out, &format!("SEQUENCE:{sequence}"));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{start}"));
        line(&mut out, &format!("DTEND;VALUE=DATE:{end}"));
        line(
            &mut out,
            &format!("SUMMARY:{}", escape_text(&entry.summary)),
        );
        let description = escape_text(&entry.description);
        line(&mut out, &format!("DESCRIPTION:{description}"));
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// Seconds since 2020 at `stamp`, so a later export has a higher SEQUENCE and the
/// calendar programs that compare it (Google's import does) take the newer event.
/// Kept within an RFC 5545 INTEGER (§3.3.8).
fn sequence(stamp: DateTime<Utc>) -> i64 {
    (stamp.timestamp() - SEQUENCE_EPOCH).clamp(0, i64::from(i32::MAX))
}

/// `date` as an iCalendar DATE (`20261201`), or `None` when its year is not four digits.
fn date_value(date: NaiveDate) -> Option<String> {
    (1..=9999)
        .contains(&date.year())
        .then(|| format!("{:04}{:02}{:02}", date.year(), date.month(), date.day()))
}

/// `text` as an iCalendar TEXT value (§3.3.11): backslash, semicolon and comma escaped,
/// a line break written `\n`. CR and other control characters except tab are dropped,
/// since calendar programs would take them as line ends or refuse the file.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no physical line is over [`MAX_LINE_OCTETS`]:
/// each continuation starts with a space, which counts towards its 75, and a break
/// falls only between characters, never inside one's UTF-8 bytes.
fn line(out: &mut String, content: &str) {
    let mut room = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in content.chars() {
        if used + c.len_utf8() > room {
            out.push_str("\r\n ");
            room = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
#[path = "ics_tests.rs"]
mod tests;
