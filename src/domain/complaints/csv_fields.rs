//! Reading one cell of a complaint export: text in UTF-8 or a Windows code page, dates
//! with or without a time, channels and remedies in other tools' words, severities,
//! yes/no answers. Each reader gives the value or a message naming what was wrong (the
//! caller adds the row and column).

use crate::domain::complaints::model::{Channel, Remedy, Severity};
use crate::domain::csv_import::from_windows_1252;
use crate::domain::kpi::calendar::{civil_from_days, unix_seconds, DateFormat};
use crate::domain::kpi::contacts::parse_flag;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// A cell as text: UTF-8, or else Windows-1252 (what Excel's plain "CSV" saves in the
/// UK, so "£20" is not lost), trimmed, with the quote a formula-safe export put in front
/// of `=`, `+`, `-` or `@` taken off again.
pub fn text(cell: &[u8]) -> String {
    let cell = cell.trim_ascii();
    let t = from_windows_1252(cell);
    match t.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest.to_string(),
        _ => t,
    }
}

/// Whether a spreadsheet could take the cell for a formula (so an export puts a quote
/// in front). Quotes already in front count too, so that guarding is undone exactly.
pub fn needs_guard(cell: &str) -> bool {
    let rest = cell.trim_start_matches('\'');
    rest.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

fn shown(t: &str) -> String {
    let short: String = t.chars().take(40).collect();
    if t.chars().count() > 40 {
        format!("{short}…")
    } else {
        short
    }
}

/// A day written in `format`, or in ISO 8601 (2026-11-03) whatever the format, since
/// that cannot be misread. A time after it is left to the caller.
pub fn day(t: &str, format: DateFormat) -> Option<NaiveDate> {
    let days = format
        .parse(t.as_bytes())
        .or_else(|| DateFormat::YearMonthDay.parse(t.as_bytes()))?;
    let (y, m, d) = civil_from_days(days);
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A clock time with the time zone written after it as a word taken off ("09:15:32
/// +0000", "9:15 AM GMT", "14:05 UTC+1", as Zendesk, Google Forms and others write
/// them): the time is kept as written, as the log keeps local times. A zone joined to
/// the time ("09:15:32+00:00", "09:15Z") is left to the caller.
fn without_zone(t: &str) -> &str {
    let mut t = t.trim_end();
    while let Some((rest, last)) = t.rsplit_once(char::is_whitespace) {
        if !is_zone(last) {
            break;
        }
        t = rest.trim_end();
    }
    t
}

/// Whether a word (lower case) is a time zone: a name, an offset ("+0000", "-08:00"),
/// or both ("gmt+1").
fn is_zone(w: &str) -> bool {
    const NAMES: [&str; 17] = [
        "", "utc", "gmt", "z", "bst", "cet", "cest", "eet", "est", "edt", "cst", "cdt", "mst",
        "mdt", "pst", "pdt", "ist",
    ];
    let (name, offset) = w.split_at(w.find(['+', '-']).unwrap_or(w.len()));
    let offset_ok = offset.is_empty()
        || (offset.len() > 1 && offset[1..].chars().all(|c| c.is_ascii_digit() || c == ':'));
    !w.is_empty() && NAMES.contains(&name) && offset_ok
}

/// A time of day: 14:05, 14:05:30, 14:05:30.250, 2:05 PM; a zone after it ("Z",
/// "+01:00", " +0000", " UTC", " GMT+1") is ignored, the clock time kept as written.
pub fn time(t: &str) -> Option<NaiveTime> {
    let lower = t.trim().to_ascii_lowercase();
    let lower = without_zone(&lower);
    let (clock, pm) = match lower
        .strip_suffix("pm")
        .or_else(|| lower.strip_suffix("p.m."))
    {
        Some(c) => (c.trim_end(), Some(true)),
        None => match lower
            .strip_suffix("am")
            .or_else(|| lower.strip_suffix("a.m."))
        {
            Some(c) => (c.trim_end(), Some(false)),
            None => (lower, None),
        },
    };
    let clock = clock.trim_end_matches('z');
    let clock = match clock.find(['+', '-']) {
        Some(i) => &clock[..i],
        None => clock,
    };
    let mut parts = clock.split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m = parts.next()?;
    let s = parts.next().unwrap_or("0");
    if parts.next().is_some() || m.len() != 2 {
        return None;
    }
    let m: u32 = m.parse().ok()?;
    let whole = s.split('.').next()?;
    let s: u32 = whole.parse().ok()?;
    let h = match pm {
        None => h,
        Some(_) if !(1..=12).contains(&h) => return None,
        Some(true) => h % 12 + 12,
        Some(false) => h % 12,
    };
    NaiveTime::from_hms_opt(h, m, s)
}

/// When a complaint was received: a date with an optional time (midnight when none),
/// "2026-11-03", "2026-11-03 14:05", "2026-11-03T14:05:00Z", "03/11/2026 14:05".
pub fn received(t: &str, format: DateFormat) -> Result<NaiveDateTime, String> {
    let bad = || {
        format!(
            "\"{}\" is not a date written {}, with or without a time like 14:05",
            shown(t),
            format.label()
        )
    };
    if format == DateFormat::UnixTime {
        // An instant: the log keeps it as the UTC clock time.
        if let Some(at) =
            unix_seconds(t.trim().as_bytes()).and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        {
            return Ok(at.naive_utc());
        }
    }
    let iso = t.len() >= 10 && t.as_bytes()[4] == b'-';
    let (date, clock) = if iso && t.is_char_boundary(10) {
        let (d, rest) = t.split_at(10);
        (d, rest.trim_start_matches(['T', ' ']))
    } else {
        // The time starts at the first word with a colon: "03/11/2026 2:05 PM", and
        // "3 Nov 2026 14:05" or "Nov 3, 2026 2:05 PM", whose dates have spaces of their
        // own; "24/11/2026, 14:05" (a browser's way) has a comma after the date.
        let (d, c) = match t.split_whitespace().find(|w| w.contains(':')) {
            Some(w) => {
                let at = t.find(w).unwrap_or(t.len());
                (t[..at].trim_end().trim_end_matches(','), t[at..].trim())
            }
            None => (t.trim(), ""),
        };
        // Day, month and year, and nothing else before the time.
        let words = d.split([' ', '-', '/', '.', ',']).filter(|w| !w.is_empty());
        if words.count() != 3 {
            return Err(bad());
        }
        (d, c)
    };
    let day = day(date, format).ok_or_else(bad)?;
    let at = if clock.is_empty() {
        NaiveTime::MIN
    } else {
        time(clock).ok_or_else(bad)?
    };
    Ok(day.and_time(at))
}

/// A day alone (a closing or follow-up date); a time after it is ignored.
pub fn day_only(t: &str, format: DateFormat) -> Result<NaiveDate, String> {
    received(t, format)
        .map(|at| at.date())
        .map_err(|_| format!("\"{}\" is not a date written {}", shown(t), format.label()))
}

/// The words of a cell for loose matching: lower case, letters and digits only.
fn squashed(t: &str) -> String {
    t.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The channel in another tool's words ("Telephone", "E-mail", "Live chat", "Twitter",
/// "Branch"); anything else, or nothing, is Other.
pub fn channel(t: &str) -> Channel {
    let s = squashed(t);
    let any = |words: &[&str]| words.iter().any(|w| s.contains(w));
    // Social media and chat first: "Facebook post" is not a letter, "webchat" no web form.
    if any(&[
        "social",
        "twitter",
        "facebook",
        "instagram",
        "linkedin",
        "tiktok",
    ]) || s == "x"
    {
        Channel::SocialMedia
    } else if any(&["chat", "messag", "whatsapp"]) {
        Channel::Chat
    } else if (any(&["email"]) && !s.contains("voicemail")) || s == "mail" {
        // "Mail" alone is Zendesk's word for an email ("Via: Mail"); post is "letter".
        Channel::Email
    } else if any(&["webform", "website", "online", "web", "form", "portal"]) {
        Channel::WebForm
    } else if any(&["phone", "call", "ivr", "voice"]) || s == "tel" {
        Channel::Phone
    } else if any(&["letter", "post", "mail"]) {
        Channel::Letter
    } else if any(&[
        "inperson",
        "store",
        "branch",
        "shop",
        "facetoface",
        "counter",
        "visit",
    ]) {
        Channel::InPerson
    } else {
        Channel::Other
    }
}

/// Low, medium, high or critical (any case); nothing is medium.
pub fn severity(t: &str) -> Result<Severity, String> {
    // ServiceNow writes its priorities numbered: "1 - Critical", "3 - Moderate".
    let lower = t.to_lowercase();
    let word = match lower.split_once(" - ") {
        Some((n, w)) if n.trim().chars().all(|c| c.is_ascii_digit()) => w.trim(),
        _ => lower.trim(),
    };
    // Ticketing tools' priorities too: Zendesk's "Normal" and "Urgent", Freshdesk's
    // "Urgent", ServiceNow's "Moderate" and "Planning", Jira's "Minor" and "Major".
    match word {
        "" | "medium" | "normal" | "moderate" | "standard" => Ok(Severity::Medium),
        "low" | "minor" | "planning" | "trivial" => Ok(Severity::Low),
        "high" | "major" | "serious" => Ok(Severity::High),
        "critical" | "urgent" | "emergency" | "blocker" => Ok(Severity::Critical),
        _ => Err(format!(
            "\"{}\" is not a severity (low, medium, high or critical)",
            shown(t)
        )),
    }
}

/// Yes or no (yes/no, y/n, true/false, 1/0); nothing is not known.
pub fn flag(t: &str) -> Result<Option<bool>, String> {
    parse_flag(t.as_bytes())
}

/// Upheld or not: yes/no as [`flag`], or "upheld", "not upheld", "partially upheld"
/// (counted as upheld, as complaint returns to the FCA count it).
pub fn upheld(t: &str) -> Result<Option<bool>, String> {
    match squashed(t).as_str() {
        "upheld" | "partiallyupheld" | "partlyupheld" | "justified" => Ok(Some(true)),
        "notupheld" | "rejected" | "notjustified" => Ok(Some(false)),
        _ => flag(t).map_err(|_| {
            format!(
                "\"{}\" is not upheld or not (yes/no, upheld/not upheld)",
                shown(t)
            )
        }),
    }
}

/// An escalation level: a whole number, "2", "Level 2", "Tier 2", "L2".
pub fn level(t: &str) -> Result<u8, String> {
    let lower = t.to_lowercase();
    let digits = ["level", "tier", "l", "t"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim();
    digits.parse().map_err(|_| {
        format!(
            "\"{}\" is not an escalation level (a whole number: 1 for a team leader, 2 for a manager…)",
            shown(t)
        )
    })
}

/// The remedies named in a cell, split at ';', ',', '/', '+', '&' or "and"; sorted,
/// without repeats. "None" or "-" is none.
pub fn remedies(t: &str) -> Result<Vec<Remedy>, String> {
    let mut out = Vec::new();
    let lower = t.to_lowercase().replace(" and ", ";");
    for part in lower.split([';', ',', '/', '+', '&']) {
        let s = squashed(part);
        if s.is_empty() || s == "none" {
            continue;
        }
        let remedy = Remedy::ALL
            .into_iter()
            .find(|r| squashed(r.words()) == s)
            .or_else(|| remedy_synonym(&s))
            .ok_or_else(|| {
                let known: Vec<&str> = Remedy::ALL.iter().map(|r| r.words()).collect();
                format!(
                    "\"{}\" is not a remedy ({})",
                    shown(part.trim()),
                    known.join(", ")
                )
            })?;
        out.push(remedy);
    }
    crate::domain::sort::sort(&mut out);
    out.dedup();
    Ok(out)
}

fn remedy_synonym(s: &str) -> Option<Remedy> {
    let has = |w: &str| s.contains(w);
    Some(if has("partialrefund") || has("discount") || has("reduc") {
        Remedy::PriceReduction
    } else if has("refund") || has("moneyback") {
        Remedy::Refund
    } else if has("goodwill") || has("compensation") {
        Remedy::GoodwillPayment
    } else if has("replace") || has("exchange") {
        Remedy::Replacement
    } else if has("repair") || has("fix") {
        Remedy::Repair
    } else if has("repeat") || has("redo") || has("redone") {
        Remedy::RepeatPerformance
    } else if has("apolog") || has("sorry") {
        Remedy::Apology
    } else if has("explan") || has("explain") {
        Remedy::Explanation
    } else {
        return None;
    })
}

/// Items of a list cell ("Hear; Empathise; Apologise"), trimmed, blanks left out.
pub fn list(t: &str) -> impl Iterator<Item = &str> {
    t.split(';').map(str::trim).filter(|s| !s.is_empty())
}
