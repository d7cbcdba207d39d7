//! The log's CSV export: every field written, safe to open in a spreadsheet, and read
//! back by the import as the same entries; and the time a large file takes.

use super::*;
use crate::domain::complaints::model::{Channel, Complaint, Escalation, Remedy, Severity};
use std::time::Instant;

fn entry(n: u64) -> Complaint {
    let received = NaiveDate::from_ymd_opt(2026, 11, 3)
        .unwrap()
        .and_hms_opt(14, 5, 30)
        .unwrap();
    Complaint::new(ComplaintId::fresh(n), received, "Late")
}

/// Entries using every field, with text a spreadsheet or a CSV reader could trip on.
fn varied() -> Vec<Complaint> {
    let mut full = entry(1);
    full.channel = Channel::SocialMedia;
    full.category = "Late delivery".into();
    full.summary = "Said \"never again\", then: £20, 50% off; line two\nline three".into();
    full.customer = "ACC-1029".into();
    full.severity = Severity::Critical;
    full.first_contact = Some(false);
    full.escalation = Some(Escalation {
        level: 2,
        to: "Complaints manager".into(),
        at: Some(day(2026, 11, 4)),
        why: "Vulnerable customer; regulator mentioned".into(),
    });
    full.remedies = vec![Remedy::Refund, Remedy::Apology, Remedy::GoodwillPayment];
    full.upheld = Some(true);
    full.checklist = vec!["Hear".into(), "Empathise".into(), "Apologise".into()];
    full.follow_up = Some(day(2026, 11, 20));
    full.follow_up_done = true;
    full.met.insert("Acknowledge".into(), day(2026, 11, 4));
    full.met
        .insert("Final response: FCA".into(), day(2026, 11, 12));
    full.closed = Some(day(2026, 11, 12));
    full.resolution = "-£20 credited; =explained".into();
    let mut formula = entry(2);
    formula.summary = "=HYPERLINK(\"http://example.com\",\"click\")".into();
    formula.customer = "@risk".into();
    formula.category = "+44 line".into();
    formula.resolution = "'=already quoted".into();
    formula.received = formula.received.date().and_hms_opt(0, 0, 0).unwrap();
    let mut plain = entry(3);
    plain.channel = Channel::Other;
    plain.upheld = Some(false);
    plain.escalation = Some(Escalation {
        level: 0,
        ..Default::default()
    });
    vec![full, formula, plain]
}

#[test]
fn an_export_is_read_back_as_the_same_entries() {
    let entries = varied();
    let text = export_csv(entries.iter());
    let data = text.as_bytes();
    let mut mapping = guessed(data);
    mapping.categories.clear();
    let named: Vec<Field> = mapping.columns.iter().map(|(f, _)| f).collect();
    let every: Vec<Field> = Field::ALL
        .into_iter()
        .filter(|f| *f != Field::ReceivedTime)
        .collect();
    assert_eq!(named, every, "each header is its field's own name");
    let out = import(data, mapping);
    assert_eq!(out.problem_count, 0, "{:?}", out.problems);
    let mut back = out.counts.complaints;
    for (b, e) in back.iter_mut().zip(&entries) {
        b.id = e.id.clone();
    }
    assert_eq!(back, entries);
}

#[test]
fn an_export_is_safe_to_open_in_a_spreadsheet() {
    let text = export_csv(varied().iter());
    assert!(text.starts_with("\u{feff}Received,Channel,Category,Summary,"));
    let mut rdr = ::csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<::csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let formula = &rows[1];
    assert_eq!(&formula[0], "2026-11-03 00:00");
    assert_eq!(&formula[1], "phone");
    assert_eq!(&formula[2], "'+44 line");
    assert_eq!(&formula[3], "'=HYPERLINK(\"http://example.com\",\"click\")");
    assert_eq!(&formula[4], "'@risk");
    assert_eq!(&formula[18], "''=already quoted");
    let full = &rows[0];
    assert_eq!(&full[0], "2026-11-03 14:05:30");
    assert_eq!(&full[11], "refund; apology; goodwill payment");
    assert_eq!(
        &full[16],
        "Acknowledge: 2026-11-04; Final response: FCA: 2026-11-12"
    );
    assert_eq!(&full[18], "'-£20 credited; =explained");
    assert!(text.contains("\r\n"));
    let formulas = rows
        .iter()
        .flat_map(|r| r.iter())
        .filter(|c| c.starts_with(['=', '+', '-', '@']));
    assert_eq!(formulas.count(), 0, "no cell opens as a formula");
}

/// A file the size a team might bring from a year of a busy queue: read, scanned and
/// redacted. Timed, not asserted (the machine is shared).
#[test]
fn ten_thousand_rows_are_read_and_scanned_quickly() {
    let mut text = String::from(
        "Date received,Channel,Category,Priority,Customer ID,Description,FCR,Closed,Resolution\r\n",
    );
    for i in 0..10_000u32 {
        let d = 1 + i % 28;
        let pd = match i % 4 {
            0 => format!("call me on 07700 900{:03}", i % 1000),
            1 => format!("write to user{i}@example.com"),
            _ => "no contact details given".to_string(),
        };
        text.push_str(&format!(
            "{d:02}/10/2026 {:02}:{:02},Telephone,Late delivery,High,ACC-{i},\
             Parcel {i} promised for Friday and not delivered; {pd},No,{d:02}/11/2026,Redelivered with an apology\r\n",
            i % 24,
            i % 60
        ));
    }
    let data = Rc::new(text.into_bytes());
    let started = Instant::now();
    let out = CsvImporter::<ComplaintRows>::new(data.clone(), guessed(&data))
        .unwrap()
        .finish()
        .unwrap();
    let read = started.elapsed();
    let mut kept = out.counts.complaints.clone();
    let replaced = redact_imported(&mut kept);
    let total = started.elapsed();
    println!(
        "10,000 complaint rows ({} KB): read and scanned in {read:?}, redacted too in {total:?}",
        data.len() / 1024
    );
    assert_eq!((out.rows_counted, out.problem_count), (10_000, 0));
    assert_eq!(out.counts.finds.len(), 5_000);
    assert_eq!(replaced, 5_000);
    // The plain file's fast path reads the same as the general parser.
    let general = CsvImporter::<ComplaintRows>::new(data.clone(), guessed(&data))
        .unwrap()
        .without_fast_path()
        .finish()
        .unwrap();
    assert_eq!(general.counts.finds, out.counts.finds);
}
