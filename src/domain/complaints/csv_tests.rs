//! Complaint files from other tools and from this log: columns guessed, rows read,
//! bad rows named by row and column, personal data found and redacted, and the log's
//! own export read back as the same entries.

use super::fields;
use super::*;
use crate::domain::complaints::model::{Channel, Remedy, Severity};
use crate::domain::complaints::personal_data::PersonalData;
use crate::domain::csv_import::{preview, CsvImporter};
use chrono::{NaiveDate, NaiveDateTime};
use std::cell::Cell;

const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/complaints/ticketing_export.csv");

fn counter() -> IdSource {
    let n = Rc::new(Cell::new(0u64));
    Rc::new(move || {
        n.set(n.get() + 1);
        ComplaintId::fresh(n.get())
    })
}

/// The mapping the page would preselect for `data`.
fn guessed(data: &[u8]) -> ComplaintMapping {
    let p = preview(data, 5).unwrap();
    let columns = guess_columns(&p.headers);
    let received = columns.get(Field::Received).unwrap();
    ComplaintMapping {
        delimiter: p.delimiter,
        date_format: guess_date_format(&p.sample, received),
        columns,
        categories: vec!["Policy".into(), "Late delivery".into()],
        ids: counter(),
    }
}

fn import(data: &[u8], mapping: ComplaintMapping) -> ComplaintOutcome {
    CsvImporter::<ComplaintRows>::new(Rc::new(data.to_vec()), mapping)
        .unwrap()
        .finish()
        .unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn a_ticketing_export_is_mapped_by_its_header_names() {
    let m = guessed(FIXTURE);
    let named: Vec<(Field, usize)> = m.columns.iter().collect();
    assert_eq!(
        named,
        [
            (Field::Received, 1),
            (Field::Channel, 2),
            (Field::Category, 3),
            (Field::Summary, 6),
            (Field::Customer, 5),
            (Field::Severity, 4),
            (Field::FirstContact, 7),
            (Field::Upheld, 8),
            (Field::Closed, 9),
            (Field::Resolution, 10),
        ]
    );
    assert_eq!(
        m.date_format,
        DateFormat::DayMonthYear,
        "13/11/2026 is day first"
    );
}

#[test]
fn a_ticketing_export_is_read_row_by_row() {
    let out = import(FIXTURE, guessed(FIXTURE));
    assert_eq!(
        (out.rows_read, out.rows_counted, out.problem_count),
        (7, 7, 0)
    );
    let c = &out.counts.complaints;
    assert_eq!(c[0].received, at(2026, 11, 3, 14, 5));
    assert_eq!(
        c[2].received,
        at(2026, 11, 4, 0, 0),
        "a date alone is midnight"
    );
    let channels: Vec<Channel> = c.iter().map(|c| c.channel).collect();
    use Channel::*;
    assert_eq!(
        channels,
        [Phone, Email, Chat, SocialMedia, InPerson, WebForm, Letter]
    );
    let severities: Vec<Severity> = c.iter().map(|c| c.severity).collect();
    use Severity::*;
    assert_eq!(
        severities,
        [High, Medium, Low, Critical, High, Medium, Medium]
    );
    let fcr: Vec<Option<bool>> = c.iter().map(|c| c.first_contact).collect();
    let f = Some(false);
    let t = Some(true);
    assert_eq!(fcr, [f, t, f, f, t, f, f]);
    let upheld: Vec<Option<bool>> = c.iter().map(|c| c.upheld).collect();
    assert_eq!(upheld, [t, t, None, t, f, t, t]);
    assert_eq!(c[0].closed, Some(day(2026, 11, 5)));
    assert_eq!(c[2].closed, None);
    assert_eq!(
        c[0].summary,
        "Parcel promised for Friday, still not here. Call me on 07700 900123 please"
    );
    assert_eq!(c[0].resolution, "Redelivered, £10 goodwill payment");
    assert_eq!(c[2].summary, "Agent was \"unhelpful\" and ended the chat");
    assert_eq!(
        c[5].summary,
        "Can't return an opened item,\nthe policy page says otherwise"
    );
    assert_eq!(c[5].category, "Policy", "the team's spelling");
    assert_eq!(c[1].customer, "jane.doe@example.com");
    let ids: Vec<&str> = c.iter().map(|c| c.id.as_str()).take(2).collect();
    assert_eq!(ids, ["n0000000000000001", "n0000000000000002"]);
    assert!(c.iter().all(|c| c.problems().is_empty()));
}

#[test]
fn personal_data_is_found_in_place_summed_up_and_redacted() {
    let out = import(FIXTURE, guessed(FIXTURE)).counts;
    let rows: Vec<usize> = out.finds.iter().map(|f| f.index).collect();
    assert_eq!(rows, [0, 1, 3, 4]);
    let first = &out.finds[0];
    let s = &out.complaints[0].summary;
    assert_eq!(
        marked(s, &first.summary),
        [
            (
                "Parcel promised for Friday, still not here. Call me on ",
                None
            ),
            ("07700 900123", Some(PersonalData::Phone)),
            (" please", None),
        ]
    );
    let second = &out.finds[1];
    assert_eq!(second.customer.len(), 1, "an e-mail given as the customer");
    assert_eq!(second.resolution[0].kind, PersonalData::Email);
    assert_eq!(
        import_summary(&out),
        "7 complaints read; personal data found in 4 of them \
         (e-mail addresses: 2, UK phone numbers: 2, postcodes: 1)."
    );
    let mut kept = out.complaints.clone();
    assert_eq!(redact_imported(&mut kept), out.find_count());
    assert_eq!(out.find_count(), 5);
    assert_eq!(
        kept[0].summary,
        "Parcel promised for Friday, still not here. Call me on [phone number removed] please"
    );
    assert_eq!(kept[1].customer, "[e-mail removed]");
    assert_eq!(
        kept[4].summary,
        "Kettle leaks. Bought at the Leeds store, [postcode removed]"
    );
    assert_eq!(
        kept[2], out.complaints[2],
        "an entry without finds is untouched"
    );
    assert_eq!(redact_imported(&mut kept), 0, "nothing left to find");
}

#[test]
fn a_reference_in_the_customer_column_is_not_taken_for_personal_data() {
    // 4857773456 passes the NHS number check: as a reference it is an account number.
    let data = b"Date,Summary,Customer\n2026-11-03,Late,4857773456\n2026-11-03,Late,07700 900123\n";
    let out = import(data, guessed(data)).counts;
    let rows: Vec<usize> = out.finds.iter().map(|f| f.index).collect();
    assert_eq!(rows, [1]);
}

#[test]
fn bad_rows_are_named_by_row_and_column_and_the_rest_are_read() {
    let data = "Date received,Channel,Summary,Severity,FCR,Closed,Remedy,Escalation level\r\n\
        31/02/2026,phone,Late,low,yes,,,\r\n\
        03/11/2026,phone,Late,Purple,yes,,,\r\n\
        03/11/2026,phone,  ,low,yes,,,\r\n\
        03/11/2026 09:00,phone,Late,low,maybe,,,\r\n\
        05/11/2026,phone,Late,low,no,04/11/2026,,\r\n\
        05/11/2026,phone,Late,low,no,,\"refund, a voucher\",\r\n\
        05/11/2026 25:10,phone,Late,low,no,,,\r\n\
        05/11/2026,phone,Late,low,no,,,manager\r\n\
        05/11/2026,phone\r\n\
        06/11/2026,letter,Fine,high,,06/11/2026,Refund and apology,2\r\n";
    let out = import(data.as_bytes(), guessed(data.as_bytes()));
    let listed: Vec<String> = out.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        listed,
        [
            "row 2, column \"Date received\": \"31/02/2026\" is not a date written 24/11/2026 (day/month/year), with or without a time like 14:05",
            "row 3, column \"Severity\": \"Purple\" is not a severity (low, medium, high or critical)",
            "row 4, column \"Summary\": is empty: say what the complaint is about",
            "row 5, column \"FCR\": \"maybe\" is not yes or no (yes/no, y/n, true/false, 1/0)",
            "row 6, column \"Closed\": 2026-11-04 is before the complaint was received (2026-11-05)",
            "row 7, column \"Remedy\": \"a voucher\" is not a remedy (repair, replacement, price reduction, refund, repeat performance, apology, explanation, goodwill payment)",
            "row 8, column \"Date received\": \"05/11/2026 25:10\" is not a date written 24/11/2026 (day/month/year), with or without a time like 14:05",
            "row 9, column \"Escalation level\": \"manager\" is not an escalation level (a whole number: 1 for a team leader, 2 for a manager…)",
            "row 10, column \"Summary\": the row has too few columns",
        ]
    );
    assert_eq!((out.rows_read, out.rows_counted), (10, 1));
    let good = &out.counts.complaints[0];
    assert_eq!(good.remedies, [Remedy::Refund, Remedy::Apology]);
    assert_eq!(good.escalation.as_ref().map(|e| e.level), Some(2));
}

#[test]
fn cells_in_other_tools_words_are_read() {
    use fields::*;
    let f = DateFormat::DayMonthYear;
    assert_eq!(received("2026-11-03", f), Ok(at(2026, 11, 3, 0, 0)));
    assert_eq!(received("2026-11-03 14:05", f), Ok(at(2026, 11, 3, 14, 5)));
    assert_eq!(
        received("2026-11-03T14:05:00Z", f),
        Ok(at(2026, 11, 3, 14, 5))
    );
    assert_eq!(
        received("03/11/2026 2:05 PM", f),
        Ok(at(2026, 11, 3, 14, 5))
    );
    assert_eq!(
        received("3.11.2026 00:30:15", f).map(|t| t.to_string()),
        Ok("2026-11-03 00:30:15".into())
    );
    let us = DateFormat::MonthDayYear;
    assert_eq!(received("11/03/2026 14:05", us), Ok(at(2026, 11, 3, 14, 5)));
    assert_eq!(
        received("03/11/2026, 14:05:30", f).map(|t| t.to_string()),
        Ok("2026-11-03 14:05:30".into())
    );
    assert_eq!(received("2026/11/03 14:05", f), Ok(at(2026, 11, 3, 14, 5)));
    // A two-digit year (Excel's short date); Unix time as an API export writes it.
    assert_eq!(received("3/11/26 14:05", f), Ok(at(2026, 11, 3, 14, 5)));
    let unix = DateFormat::UnixTime;
    assert_eq!(received("1793714700", unix), Ok(at(2026, 11, 3, 14, 5)));
    assert_eq!(received("1793714700123", unix), Ok(at(2026, 11, 3, 14, 5)));
    assert_eq!(
        received("2026-11-03 14:05", unix),
        Ok(at(2026, 11, 3, 14, 5))
    );
    assert!(received("17937", unix).is_err());
    assert_eq!(received("3 Nov 2026 14:05", f), Ok(at(2026, 11, 3, 14, 5)));
    assert_eq!(
        received("Nov 3, 2026 2:05 PM", f),
        Ok(at(2026, 11, 3, 14, 5))
    );
    assert_eq!(received("03-Nov-2026", f), Ok(at(2026, 11, 3, 0, 0)));
    // A zone after the time, as Zendesk, Google Forms and ServiceNow write it: the
    // clock time is kept as written.
    for t in [
        "2026-11-03 14:05:00 +0000",
        "2026-11-03 14:05 UTC",
        "03/11/2026 2:05:00 PM GMT",
        "03/11/2026 14:05 GMT+1",
        "2026-11-03 14:05:00 -08:00",
        "2026-11-03 14:05:00 BST",
    ] {
        assert_eq!(received(t, f), Ok(at(2026, 11, 3, 14, 5)), "{t}");
    }
    assert!(received("2026-11-03 14:05 soon", f).is_err());
    assert!(received("2026-11-03 14:05 +x1", f).is_err());
    assert!(received("3 Nov 2026 soon", f).is_err());
    assert!(received("03/11/2", f).is_err());
    assert!(received("03/11/2026 13:05 PM", f).is_err());
    for (words, want) in [
        ("Telephone", Channel::Phone),
        ("Inbound call", Channel::Phone),
        ("Voicemail", Channel::Phone),
        ("e-mail", Channel::Email),
        ("Website", Channel::WebForm),
        ("Web chat", Channel::Chat),
        ("Facebook post", Channel::SocialMedia),
        ("In person", Channel::InPerson),
        ("Royal Mail letter", Channel::Letter),
        ("Carrier pigeon", Channel::Other),
        ("", Channel::Other),
    ] {
        assert_eq!(channel(words), want, "{words}");
    }
    for (words, want) in [
        ("Normal", Severity::Medium),
        ("Urgent", Severity::Critical),
        ("1 - Critical", Severity::Critical),
        ("2 - High", Severity::High),
        ("3 - Moderate", Severity::Medium),
        ("4 - Low", Severity::Low),
        ("5 - Planning", Severity::Low),
        ("Major", Severity::High),
        ("", Severity::Medium),
    ] {
        assert_eq!(severity(words), Ok(want), "{words}");
    }
    assert!(severity("Purple").is_err());
    assert!(severity("1 - Purple").is_err());
    assert_eq!(channel("Mail"), Channel::Email);
    assert_eq!(upheld("Partially upheld"), Ok(Some(true)));
    assert_eq!(upheld("Not upheld"), Ok(Some(false)));
    assert_eq!(level("Tier 3"), Ok(3));
    assert_eq!(
        remedies("Partial refund; apologised / goodwill"),
        Ok(vec![
            Remedy::PriceReduction,
            Remedy::Apology,
            Remedy::GoodwillPayment
        ])
    );
    assert_eq!(
        text(b"Refund of \xa320 \x93soon\x94"),
        "Refund of £20 \u{201c}soon\u{201d}"
    );
    assert_eq!(text(b" '=SUM(A1) "), "=SUM(A1)");
    assert_eq!(text(b"'Tis broken"), "'Tis broken");
}

#[test]
fn survey_and_ticketing_header_names_are_recognised() {
    let h = |names: &[&str]| -> Vec<String> { names.iter().map(|s| s.to_string()).collect() };
    let c = guess_columns(&h(&[
        "Created",
        "Type",
        "Details",
        "Account",
        "Severity",
        "FCR",
        "Closed",
        "Follow-up date",
        "Escalation reason",
        "Time",
    ]));
    let got: Vec<(Field, usize)> = c.iter().collect();
    assert_eq!(
        got,
        [
            (Field::Received, 0),
            (Field::ReceivedTime, 9),
            (Field::Category, 1),
            (Field::Summary, 2),
            (Field::Customer, 3),
            (Field::Severity, 4),
            (Field::FirstContact, 5),
            (Field::EscalationReason, 8),
            (Field::FollowUp, 7),
            (Field::Closed, 6),
        ]
    );
    let c = guess_columns(&h(&[
        "Opened",
        "Reason",
        "Summary",
        "Reference",
        "Priority",
    ]));
    assert_eq!(c.get(Field::Received), Some(0));
    assert_eq!(c.get(Field::Category), Some(1));
    assert_eq!(c.get(Field::Customer), Some(3));
    assert_eq!(c.get(Field::Severity), Some(4));
    // Ticketing tools' own names: Zendesk, Freshdesk, Salesforce, ServiceNow.
    let c = guess_columns(&h(&[
        "Id",
        "Requester",
        "Subject",
        "Status",
        "Created at",
        "Via",
        "Solved at",
    ]));
    assert_eq!(c.get(Field::Summary), Some(2));
    assert_eq!(c.get(Field::Category), None);
    assert_eq!(c.get(Field::Received), Some(4));
    assert_eq!(c.get(Field::Channel), Some(5));
    assert_eq!(c.get(Field::Closed), Some(6));
    let c = guess_columns(&h(&[
        "Ticket ID",
        "Subject",
        "Description",
        "Priority",
        "Created time",
        "Resolved time",
    ]));
    assert_eq!(c.get(Field::Summary), Some(1));
    assert_eq!(c.get(Field::Closed), Some(5));
    let c = guess_columns(&h(&[
        "Case Number",
        "Date/Time Opened",
        "Subject",
        "Case Origin",
        "Priority",
    ]));
    assert_eq!(
        (
            c.get(Field::Summary),
            c.get(Field::Received),
            c.get(Field::Channel)
        ),
        (Some(2), Some(1), Some(3))
    );
    let c = guess_columns(&h(&[
        "number",
        "opened_at",
        "short_description",
        "category",
        "priority",
    ]));
    assert_eq!(
        (c.get(Field::Summary), c.get(Field::Category)),
        (Some(2), Some(3))
    );
    // Nothing named: the first columns are the date and the summary.
    let c = guess_columns(&h(&["a", "b"]));
    assert_eq!(
        (c.get(Field::Received), c.get(Field::Summary)),
        (Some(0), Some(1))
    );
}

#[test]
fn the_date_format_is_guessed_from_the_dates() {
    let rows = |cells: &[&str]| -> Vec<Vec<String>> {
        cells.iter().map(|c| vec![c.to_string()]).collect()
    };
    assert_eq!(
        guess_date_format(&rows(&["2026-11-03 10:00"]), 0),
        DateFormat::YearMonthDay
    );
    assert_eq!(
        guess_date_format(&rows(&["03/11/2026"]), 0),
        DateFormat::DayMonthYear
    );
    assert_eq!(
        guess_date_format(&rows(&["11/03/2026", "11/23/2026"]), 0),
        DateFormat::MonthDayYear
    );
    // Salesforce's UK report: a comma between the date and the time.
    assert_eq!(
        guess_date_format(&rows(&["24/11/2026, 09:15", "03/11/2026, 14:05"]), 0),
        DateFormat::DayMonthYear
    );
    // Two-digit years, and Unix time.
    assert_eq!(
        guess_date_format(&rows(&["11/3/26 10:15", "11/23/26 09:00"]), 0),
        DateFormat::MonthDayYear
    );
    assert_eq!(
        guess_date_format(&rows(&["1793714700", "", "1793801100"]), 0),
        DateFormat::UnixTime
    );
}

#[path = "csv_export_tests.rs"]
mod export;

#[test]
fn what_was_read_is_kept_by_the_import_edit_in_one_step() {
    use crate::domain::complaints::edit::ComplaintEdit;
    use crate::domain::complaints::log::ComplaintLog;
    use crate::domain::edit::PartEdit;
    let mut complaints = import(FIXTURE, guessed(FIXTURE)).counts.complaints;
    redact_imported(&mut complaints);
    let mut log = ComplaintLog::default();
    let when = chrono::DateTime::from_timestamp(1_796_000_000, 0).unwrap();
    let edit = ComplaintEdit::Import {
        complaints,
        at: when,
        by: "Sam".into(),
    };
    edit.apply(&mut log).unwrap();
    assert_eq!(log.len(), 7);
    assert!(log.iter().all(|c| c.audit[0].what == "imported"));
    assert!(!log
        .iter()
        .any(crate::domain::complaints::edit::holds_personal_data));
}

#[test]
fn the_date_format_chosen_decides_how_slashed_dates_are_read() {
    let mut us = guessed(FIXTURE);
    us.date_format = DateFormat::MonthDayYear;
    let out = import(FIXTURE, us);
    // 03/11/2026 is 11 March in the US way; 13/11/2026 is no date at all. Its row is
    // line 9 of the file: a summary above runs over two lines.
    assert_eq!(out.counts.complaints[0].received, at(2026, 3, 11, 14, 5));
    let listed: Vec<String> = out.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        listed[0],
        "row 9, column \"Date received\": \"13/11/2026 17:45\" is not a date written 11/24/2026 (month/day/year), with or without a time like 14:05"
    );
}

#[test]
fn a_salesforce_report_export_is_read_without_its_footer() {
    // "Export details" of a Salesforce case report in Classic: the rows, then the
    // report's title and notices, one field a line.
    let data =
        b"\"Case Number\",\"Date/Time Opened\",\"Case Origin\",\"Subject\",\"Priority\",\"Status\"
\"00001026\",\"24/11/2026, 09:15\",\"Phone\",\"Parcel never arrived\",\"High\",\"Closed\"
\"00001027\",\"25/11/2026, 14:05\",\"Email\",\"Charged twice\",\"Medium\",\"New\"
\"\"
\"Open cases by origin\"
\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"
\"Confidential Information - Do Not Distribute\"
\"Generated By:  Ann Lee  03/12/2026, 09:14\"
\"Acme Retail\"
";
    let out = import(data, guessed(data));
    assert_eq!(out.problem_count, 0, "{:?}", out.problems);
    assert_eq!((out.rows_counted, out.footer_rows), (2, 5));
    let summaries: Vec<&str> = out
        .counts
        .complaints
        .iter()
        .map(|c| c.summary.as_str())
        .collect();
    assert_eq!(summaries, ["Parcel never arrived", "Charged twice"]);
}
