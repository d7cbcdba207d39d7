//! Contact-record import: yes/no and duration fields, FCR, AHT and escalation from a
//! telephony report, problems with row numbers, and fuzzed input that never panics.

use cx_workbench::domain::kpi::calendar::{days_from_civil, DateFormat, Granularity};
use cx_workbench::domain::kpi::contacts::{
    parse_flag, parse_seconds, ContactImporter, ContactMapping,
};
use cx_workbench::domain::kpi::KpiKind;
use proptest::prelude::*;
use std::rc::Rc;

const REPORT: &str = "\
Date;Team;Resolved first time;Talk;Hold;Wrap;Escalated
24/11/2026;North;Yes;4:00;0:30;60;No
24/11/2026;North;No;5:00;1:00;90;Yes
24/11/2026;South;yes;3:00;;30;no
25/11/2026;South;1;200;0;40;0
25/11/2026;North;;;;;
";

fn mapping() -> ContactMapping {
    ContactMapping {
        delimiter: b';',
        date_column: 0,
        date_format: DateFormat::DayMonthYear,
        segment_column: Some(1),
        resolved_column: Some(2),
        handle_columns: vec![3, 4, 5],
        escalated_column: Some(6),
    }
}

#[test]
fn flags_and_durations() {
    assert_eq!(parse_flag(b" YES "), Ok(Some(true)));
    assert_eq!(parse_flag(b"0"), Ok(Some(false)));
    assert_eq!(parse_flag(b""), Ok(None));
    assert!(parse_flag(b"maybe")
        .unwrap_err()
        .contains("\"maybe\" is not yes or no"));
    assert_eq!(parse_seconds(b"245"), Ok(Some(245.0)));
    assert_eq!(parse_seconds(b"4:05"), Ok(Some(245.0)));
    assert_eq!(parse_seconds(b"1:02:03"), Ok(Some(3723.0)));
    assert_eq!(parse_seconds(b""), Ok(None));
    for bad in [&b"4:5"[..], b"-3", b"1:60", b"abc", b"1:2:3:4"] {
        assert!(parse_seconds(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn a_report_gives_fcr_aht_and_escalation() {
    let out = ContactImporter::new(Rc::new(REPORT.as_bytes().to_vec()), mapping())
        .unwrap()
        .finish()
        .unwrap();
    assert_eq!(out.problem_count, 0, "{:?}", out.problems);
    assert_eq!(out.rows_counted, 5);
    assert_eq!(out.counts.segments, ["North", "South"]);
    let total = out.counts.total();
    assert_eq!((total.contacts, total.fcr_known, total.fcr_yes), (5, 4, 3));
    assert_eq!((total.escalation_known, total.escalated), (4, 1));
    assert_eq!(total.handled, 4);
    let figures = total.figures();
    let fcr = figures.iter().find(|f| f.kind == KpiKind::Fcr).unwrap();
    assert_eq!(fcr.value, 75.0);
    let aht = figures.iter().find(|f| f.kind == KpiKind::Aht).unwrap();
    assert_eq!(aht.value, (330.0 + 450.0 + 210.0 + 240.0) / 4.0);
    assert!(aht.interval.is_some());
    let by_day = out.counts.by_period(Granularity::Day);
    let day = days_from_civil(2026, 11, 24).unwrap();
    assert_eq!(by_day[&(day, None)].contacts, 3);
    assert_eq!(by_day[&(day + 1, Some(1))].contacts, 1);
}

#[test]
fn bad_fields_name_their_row_and_column() {
    let report = REPORT
        .replace("25/11/2026;South;1;200", "25/11/2026;South;perhaps;200")
        .replace("3:00;;30", "3:00;x;30");
    let out = ContactImporter::new(Rc::new(report.into_bytes()), mapping())
        .unwrap()
        .finish()
        .unwrap();
    let listed: Vec<String> = out.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        listed,
        [
            "row 4, column \"Hold\": \"x\" is not a duration (seconds, m:ss or h:mm:ss)",
            "row 5, column \"Resolved first time\": \"perhaps\" is not yes or no (yes/no, y/n, true/false, 1/0)",
        ]
    );
    assert_eq!(out.rows_counted, 3);
}

proptest! {
    #[test]
    fn arbitrary_reports_never_panic(text in "[0-9a-zA-Z/:;,\"\\r\\n -]{0,300}") {
        let data = Rc::new(format!("Date;Team;Resolved;Talk;Hold;Wrap;Escalated\n{text}").into_bytes());
        if let Ok(importer) = ContactImporter::new(data, mapping()) {
            if let Ok(out) = importer.finish() {
                prop_assert_eq!(out.rows_counted + out.problem_count, out.rows_read);
            }
        }
    }
}
