//! The iCalendar export: one event exactly, escaping, folding between UTF-8 characters,
//! stable UIDs, hostile text, and random text read back.

use super::*;
use chrono::TimeZone;
use proptest::prelude::*;

fn stamp() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 30, 0).unwrap()
}

fn entry(summary: &str, description: &str) -> CalendarEntry {
    CalendarEntry {
        uid: uid(&["prj-1", "cyc-2", "act-3"]),
        date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        summary: summary.into(),
        description: description.into(),
    }
}

/// The content lines as a calendar program reads them: folds undone (§3.1).
fn unfold(ics: &str) -> Vec<String> {
    let text = ics.replace("\r\n ", "");
    let text = text.strip_suffix("\r\n").expect("the file ends with CRLF");
    text.split("\r\n").map(String::from).collect()
}

/// The reverse of §3.3.11, as a calendar program does it.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("a value ends in a lone backslash: {value:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The unescaped value of the first content line named `name`.
fn value(ics: &str, name: &str) -> String {
    let prefix = format!("{name}:");
    let found = unfold(ics).into_iter().find(|l| l.starts_with(&prefix));
    unescape(&found.expect("the property is there")[prefix.len()..])
}

const NAMES: [&str; 15] = [
    "BEGIN",
    "END",
    "VERSION",
    "PRODID",
    "CALSCALE",
    "METHOD",
    "X-WR-CALNAME",
    "UID",
    "DTSTAMP",
    "SEQUENCE",
    "DTSTART",
    "DTEND",
    "SUMMARY",
    "DESCRIPTION",
    "TRANSP",
];

#[test]
fn one_entry_is_written_exactly() {
    let ics = calendar(
        "Late parcels",
        &[entry("Call back, today", "Ask Ana")],
        stamp(),
    );
    let expected = "BEGIN:VCALENDAR\r\n\
        VERSION:2.0\r\n\
        PRODID:-//CX Workbench//PDCA actions//EN\r\n\
        CALSCALE:GREGORIAN\r\n\
        METHOD:PUBLISH\r\n\
        X-WR-CALNAME:Late parcels\r\n\
        BEGIN:VEVENT\r\n\
        UID:prj-1.cyc-2.act-3@cx-workbench\r\n\
        DTSTAMP:20261201T093000Z\r\n\
        SEQUENCE:218280600\r\n\
        DTSTART;VALUE=DATE:20261201\r\n\
        DTEND;VALUE=DATE:20261202\r\n\
        SUMMARY:Call back\\, today\r\n\
        DESCRIPTION:Ask Ana\r\n\
        TRANSP:TRANSPARENT\r\n\
        END:VEVENT\r\n\
        END:VCALENDAR\r\n";
    assert_eq!(ics, expected);
}

#[test]
fn no_entries_still_make_a_calendar() {
    let ics = calendar("Empty", &[], stamp());
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("X-WR-CALNAME:Empty\r\nEND:VCALENDAR\r\n"));
    assert!(!ics.contains("VEVENT"));
}

#[test]
fn the_end_is_the_next_day_even_across_a_year() {
    let mut e = entry("x", "y");
    e.date = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let ics = calendar("c", &[e], stamp());
    assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
}

#[test]
fn dates_without_a_four_digit_year_are_left_out() {
    let at = |y, m, d| {
        let mut e = entry(&format!("{y}"), "");
        e.date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        e
    };
    let entries = [
        at(0, 6, 1),
        at(10_000, 1, 1),
        at(9999, 12, 31),
        at(9999, 12, 30),
        at(1, 1, 1),
    ];
    let ics = calendar("c", &entries, stamp());
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
    assert!(ics.contains("DTSTART;VALUE=DATE:99991230\r\nDTEND;VALUE=DATE:99991231\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:00010102\r\n"));
}

#[test]
fn each_special_character_is_escaped() {
    assert_eq!(escape_text("a\\b"), "a\\\\b");
    assert_eq!(escape_text("a;b"), "a\\;b");
    assert_eq!(escape_text("a,b"), "a\\,b");
    assert_eq!(escape_text("a\nb"), "a\\nb");
    assert_eq!(escape_text("a\r\nb"), "a\\nb", "CR dropped, LF kept as \\n");
    assert_eq!(escape_text("a\rb"), "ab");
    assert_eq!(escape_text("a\tb"), "a\tb", "tab is allowed in TEXT");
    assert_eq!(escape_text("a\u{0}\u{7}\u{1b}[1m\u{7f}\u{85}b"), "a[1mb");
    assert_eq!(
        escape_text("a:b\"c"),
        "a:b\"c",
        "colon and quote need no escape"
    );
    assert_eq!(escape_text("Zoë 😀 东京"), "Zoë 😀 东京");
}

#[test]
fn a_line_of_exactly_75_octets_is_not_folded_and_76_is() {
    let mut out = String::new();
    line(&mut out, &"a".repeat(75));
    assert_eq!(out, format!("{}\r\n", "a".repeat(75)));
    out.clear();
    line(&mut out, &"a".repeat(76));
    assert_eq!(out, format!("{}\r\n a\r\n", "a".repeat(75)));
}

#[test]
fn continuations_hold_74_octets_after_their_space() {
    let mut out = String::new();
    line(&mut out, &"b".repeat(75 + 74 + 1));
    let expected = format!("{}\r\n {}\r\n b\r\n", "b".repeat(75), "b".repeat(74));
    assert_eq!(out, expected);
}

#[test]
fn a_fold_never_splits_a_character() {
    // 74 octets then a 2-octet é: the é would end at octet 76, so it starts the next line.
    let mut out = String::new();
    line(&mut out, &format!("{}éz", "a".repeat(74)));
    assert_eq!(out, format!("{}\r\n éz\r\n", "a".repeat(74)));
    // 73 then é ends exactly at 75: it stays.
    out.clear();
    line(&mut out, &format!("{}éz", "a".repeat(73)));
    assert_eq!(out, format!("{}é\r\n z\r\n", "a".repeat(73)));
    // A 4-octet emoji from octet 73 would end at 76.
    out.clear();
    line(&mut out, &format!("{}😀😀", "a".repeat(72)));
    assert_eq!(out, format!("{}\r\n 😀😀\r\n", "a".repeat(72)));
    out.clear();
    line(&mut out, &format!("{}😀😀", "a".repeat(71)));
    assert_eq!(out, format!("{}😀\r\n 😀\r\n", "a".repeat(71)));
}

#[test]
fn uids_are_stable_and_distinct() {
    let one = uid(&["prj-0001", "cyc-0002", "act-0003"]);
    assert_eq!(one, uid(&["prj-0001", "cyc-0002", "act-0003"]));
    assert_eq!(one, "prj-0001.cyc-0002.act-0003@cx-workbench");
    assert_ne!(one, uid(&["prj-0001", "cyc-0002", "act-0004"]));
    assert_ne!(one, uid(&["prj-0001", "cyc-0003", "act-0003"]));
    assert_ne!(uid(&["a.b", "c"]), uid(&["a", "b.c"]));
    assert_ne!(uid(&["a%2Eb"]), uid(&["a.b"]));
    assert_eq!(uid(&["é; x"]), "%C3%A9%3B%20x@cx-workbench");
    let first = calendar("c", &[entry("x", "y")], stamp());
    let later = calendar("c", &[entry("x", "y")], stamp() + chrono::Duration::days(3));
    assert_eq!(value(&first, "UID"), value(&later, "UID"));
    let seq = |ics: &str| value(ics, "SEQUENCE").parse::<i64>().unwrap();
    assert!(
        seq(&later) > seq(&first),
        "a later export replaces the earlier one"
    );
}

#[test]
fn hostile_text_cannot_start_a_property() {
    let summary = "<script>alert(1)</script>; x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:fake";
    let description = "a\nDTSTART;VALUE=DATE:19700101\rEND:VCALENDAR\u{85}METHOD:CANCEL";
    let mut e = entry(summary, description);
    e.uid = "x\r\nEND:VEVENT".into();
    let ics = calendar("n\nMETHOD:CANCEL", &[e], stamp());
    let lines = unfold(&ics);
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    assert_eq!(lines.iter().filter(|l| *l == "END:VEVENT").count(), 1);
    assert_eq!(lines.iter().filter(|l| l.starts_with("METHOD")).count(), 1);
    assert_eq!(lines.len(), 17, "no line was added: {lines:#?}");
    assert_eq!(value(&ics, "SUMMARY"), summary.replace('\r', ""));
    let expected = "a\nDTSTART;VALUE=DATE:19700101END:VCALENDARMETHOD:CANCEL";
    assert_eq!(value(&ics, "DESCRIPTION"), expected);
    assert_eq!(value(&ics, "X-WR-CALNAME"), "n\nMETHOD:CANCEL");
}

/// Text with every character the writer treats specially, and any character at all.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\\\\;,:\n\r\t a-zé😀东\u{0}-\u{1f}\u{7f}\u{85}]{0,300}",
        any::<String>(),
    ]
}

proptest! {
    #[test]
    fn any_text_reads_back_and_every_line_is_short(
        summary in any_text(),
        description in any_text(),
    ) {
        let ics = calendar("c", &[entry(&summary, &description)], stamp());
        let kept = |t: &str| -> String {
            t.chars().filter(|c| *c == '\n' || *c == '\t' || !c.is_control()).collect()
        };
        prop_assert_eq!(value(&ics, "SUMMARY"), kept(&summary));
        prop_assert_eq!(value(&ics, "DESCRIPTION"), kept(&description));
        prop_assert!(ics.ends_with("\r\n"));
        let body = ics.strip_suffix("\r\n").unwrap();
        for physical in body.split("\r\n") {
            prop_assert!(physical.len() <= MAX_LINE_OCTETS, "{} octets", physical.len());
            prop_assert!(!physical.contains('\r') && !physical.contains('\n'));
        }
        for logical in unfold(&ics) {
            let name = logical.split([':', ';']).next().unwrap_or_default();
            prop_assert!(NAMES.contains(&name) && !name.is_empty(), "line {:?}", logical);
        }
        prop_assert_eq!(unfold(&ics).len(), 17);
    }
}
