//! CSV import of survey answers: separators, quoting, BOM, line ends, strict scores
//! with row numbers, empty and header-only files, huge numbers, and fuzzed input that
//! must never panic.

use cx_workbench::domain::kpi::calendar::{days_from_civil, DateFormat};
use cx_workbench::domain::kpi::import::{
    detect_delimiter, preview, ImportError, SurveyImporter, SurveyMapping,
};
use cx_workbench::domain::kpi::SurveyScale;
use proptest::prelude::*;
use std::rc::Rc;

fn mapping(delimiter: u8, scale: SurveyScale, segment: Option<usize>) -> SurveyMapping {
    SurveyMapping {
        delimiter,
        date_column: 0,
        date_format: DateFormat::YearMonthDay,
        score_column: 1,
        scale,
        segment_column: segment,
    }
}

fn import(
    text: &str,
    m: SurveyMapping,
) -> Result<cx_workbench::domain::kpi::import::ImportOutcome, ImportError> {
    SurveyImporter::new(Rc::new(text.as_bytes().to_vec()), m)?.finish()
}

#[test]
fn separators_are_detected() {
    assert_eq!(detect_delimiter(b"date,score,channel\n"), b',');
    assert_eq!(detect_delimiter(b"date;score;channel\r\n"), b';');
    assert_eq!(detect_delimiter(b"date\tscore\tchannel\n"), b'\t');
    assert_eq!(
        detect_delimiter(b"\"a;b\",c,d\n"),
        b',',
        "quoted separators do not count"
    );
    assert_eq!(detect_delimiter(b"\xEF\xBB\xBFdate;score\n"), b';');
}

#[test]
fn preview_shows_headers_and_first_rows() {
    let p = preview(&(b"\xEF\xBB\xBFdate;score;channel\r\n2026-01-05;9;\"phone; UK\"\r\n2026-01-06;3;email\r\n"[..]), 1).unwrap();
    assert_eq!(p.delimiter, b';');
    assert_eq!(p.headers, ["date", "score", "channel"]);
    assert_eq!(p.rows, vec![vec!["2026-01-05", "9", "phone; UK"]]);
}

#[test]
fn a_clean_file_is_counted_by_day_and_segment() {
    let csv = "date,score,channel\n2026-01-05,9,phone\n2026-01-05,10,phone\n2026-01-05,3,email\n2026-01-06,7,phone\n";
    let out = import(csv, mapping(b',', SurveyScale::ZeroToTen, Some(2))).unwrap();
    assert_eq!(out.rows_read, 4);
    assert_eq!(out.rows_counted, 4);
    assert_eq!(out.problem_count, 0);
    assert_eq!(out.counts.segments, ["phone", "email"]);
    let day = days_from_civil(2026, 1, 5).unwrap();
    let c = &out.counts.cells;
    assert_eq!(c.len(), 3);
    assert_eq!((c[0].day, c[0].segment), (day, 0));
    assert_eq!(c[0].counts[9] + c[0].counts[10], 2);
    assert_eq!((c[1].day, c[1].segment, c[1].counts[3]), (day, 1, 1));
    assert_eq!((c[2].day, c[2].counts[7]), (day + 1, 1));
}

#[test]
fn quoting_bom_and_mixed_line_ends() {
    let csv = "\u{feff}\"date\",\"score\",\"channel\"\r\n\"2026-02-01\",\"5\",\"web, \"\"beta\"\"\"\n2026-02-01,4,\"multi\nline\"\r\n";
    let out = import(csv, mapping(b',', SurveyScale::OneToFive, Some(2))).unwrap();
    assert_eq!(out.problem_count, 0, "{:?}", out.problems);
    assert_eq!(out.counts.segments, ["web, \"beta\"", "multi\nline"]);
}

#[test]
fn old_mac_line_ends_labelled_answers_and_utf16_files_are_read() {
    // Excel's "CSV (Macintosh)" ends lines with a carriage return alone.
    let csv = "date,score\r2026-02-01,5\r2026-02-02,4\r";
    let out = import(csv, mapping(b',', SurveyScale::OneToFive, None)).unwrap();
    assert_eq!(
        (out.rows_read, out.rows_counted),
        (2, 2),
        "{:?}",
        out.problems
    );
    // Choice text of labelled answers, as survey tools export it.
    let csv = "date,score\n2026-02-01,10 - Extremely likely\n2026-02-01,0 - Not at all likely\n2026-02-02,7\n";
    let out = import(csv, mapping(b',', SurveyScale::ZeroToTen, None)).unwrap();
    assert_eq!(out.rows_counted, 3, "{:?}", out.problems);
    let c = &out.counts.cells;
    assert_eq!((c[0].counts[10], c[0].counts[0], c[1].counts[7]), (1, 1, 1));
    // A tab-separated UTF-16 download, turned into UTF-8 when the file is read.
    let tsv = "\u{feff}date\tscore\r\n2026-02-01\t9\r\n";
    let utf16: Vec<u8> = tsv.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let data = cx_workbench::domain::csv_import::to_utf8(utf16);
    let p = preview(&data, 5).unwrap();
    assert_eq!(
        (p.delimiter, p.headers.clone()),
        (b'\t', vec!["date".to_string(), "score".into()])
    );
    let out = SurveyImporter::new(Rc::new(data), mapping(b'\t', SurveyScale::ZeroToTen, None))
        .unwrap()
        .finish()
        .unwrap();
    assert_eq!(out.rows_counted, 1, "{:?}", out.problems);
}

#[test]
fn bad_scores_are_reported_with_their_row_number() {
    let csv = "date,score\n2026-03-01,5\n2026-03-01,6\n2026-03-02,4.5\n2026-03-02,\n2026-13-01,3\n";
    let out = import(csv, mapping(b',', SurveyScale::OneToFive, None)).unwrap();
    assert_eq!(out.rows_read, 5);
    assert_eq!(out.rows_counted, 1);
    let listed: Vec<String> = out.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        listed,
        [
            "row 3, column \"score\": \"6\" is not a whole number from 1 to 5",
            "row 4, column \"score\": \"4.5\" is not a whole number from 1 to 5",
            "row 5, column \"score\": the score is empty; expected a whole number from 1 to 5",
            "row 6, column \"date\": \"2026-13-01\" is not a date written 2026-11-24 (year-month-day)",
        ]
    );
}

#[test]
fn nps_answers_must_be_whole_numbers_from_0_to_10() {
    let csv = "date\tscore\n2026-03-01\t10\n2026-03-01\t11\n2026-03-01\t-1\n2026-03-01\t99999999999999999999999\n";
    let out = import(csv, mapping(b'\t', SurveyScale::ZeroToTen, None)).unwrap();
    assert_eq!(out.rows_counted, 1);
    assert_eq!(
        out.problems.iter().map(|p| p.row).collect::<Vec<_>>(),
        [3, 4, 5]
    );
    assert!(out.problems[2].message.starts_with("\"9999999999"));
}

#[test]
fn ces_scale_is_1_to_7() {
    let csv = "date,score\n2026-03-01,7\n2026-03-01,0\n";
    let out = import(csv, mapping(b',', SurveyScale::OneToSeven, None)).unwrap();
    assert_eq!(out.rows_counted, 1);
    assert_eq!(out.problems[0].row, 3);
}

#[test]
fn short_rows_empty_and_header_only_files() {
    let out = import(
        "date,score,channel\n2026-03-01\n",
        mapping(b',', SurveyScale::OneToFive, Some(2)),
    )
    .unwrap();
    assert_eq!(
        out.problems[0].to_string(),
        "row 2, column \"score\": the row has too few columns"
    );
    assert_eq!(
        import("", mapping(b',', SurveyScale::OneToFive, None)).unwrap_err(),
        ImportError::Empty
    );
    assert_eq!(
        import(" \r\n", mapping(b',', SurveyScale::OneToFive, None)).unwrap_err(),
        ImportError::Empty
    );
    assert_eq!(
        import("date,score\n", mapping(b',', SurveyScale::OneToFive, None)).unwrap_err(),
        ImportError::NoDataRows
    );
    assert!(matches!(
        import(
            "date\n2026-01-01\n",
            mapping(b',', SurveyScale::OneToFive, None)
        )
        .unwrap_err(),
        ImportError::MissingColumn(_)
    ));
}

#[test]
fn problems_are_counted_beyond_the_listed_ones() {
    let mut csv = String::from("date,score\n");
    for _ in 0..1_000 {
        csv.push_str("2026-03-01,x\n");
    }
    let out = import(&csv, mapping(b',', SurveyScale::OneToFive, None)).unwrap();
    assert_eq!(out.problem_count, 1_000);
    assert_eq!(out.problems.len(), 200);
}

#[test]
fn steps_report_progress_and_give_the_same_result() {
    let mut csv = String::from("date,score,channel\n");
    for i in 0..10_000 {
        csv.push_str(&format!(
            "2026-{:02}-{:02},{},{}\n",
            i % 12 + 1,
            i % 28 + 1,
            i % 11,
            ["phone", "chat"][i % 2]
        ));
    }
    let m = mapping(b',', SurveyScale::ZeroToTen, Some(2));
    let mut importer = SurveyImporter::new(Rc::new(csv.as_bytes().to_vec()), m).unwrap();
    let mut last = 0.0;
    while !importer.is_done() {
        let progress = importer.step(1_000);
        assert!(progress >= last && progress <= 1.0);
        last = progress;
    }
    assert_eq!(last, 1.0);
    assert_eq!(importer.finish().unwrap(), import(&csv, m).unwrap());
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), delim in prop::sample::select(vec![b',', b';', b'\t'])) {
        let data = Rc::new(bytes.clone());
        let _ = preview(&bytes, 5);
        if let Ok(importer) = SurveyImporter::new(data, mapping(delim, SurveyScale::ZeroToTen, Some(2))) {
            let _ = importer.finish();
        }
    }

    #[test]
    fn csv_like_text_never_panics(text in "[0-9a-z,;\"\\t\\r\\n -]{0,300}") {
        let data = Rc::new(format!("date,score,channel\n{text}").into_bytes());
        if let Ok(importer) = SurveyImporter::new(data, mapping(b',', SurveyScale::OneToFive, Some(2))) {
            let out = importer.finish();
            if let Ok(out) = out {
                prop_assert_eq!(out.rows_counted + out.problem_count, out.rows_read);
            }
        }
    }
}

#[test]
fn row_numbers_count_lines_with_crlf_and_bom() {
    let csv = "\u{feff}date;score\r\n2026-03-01;5\r\n2026-03-01;9\r\n";
    let out = import(csv, mapping(b';', SurveyScale::OneToFive, None)).unwrap();
    assert_eq!(out.problems[0].row, 3, "{:?}", out.problems);
}

#[test]
fn long_fields_and_many_columns_are_read_whole() {
    let long = "x".repeat(10_000);
    let mut header = String::from("date,score,channel");
    let mut row = format!("2026-03-01,5,\"{long}\"");
    for i in 0..100 {
        header.push_str(&format!(",extra{i}"));
        row.push_str(",pad");
    }
    let csv = format!("{header}\n{row}\n{row}");
    let out = import(&csv, mapping(b',', SurveyScale::OneToFive, Some(2))).unwrap();
    assert_eq!(out.rows_counted, 2, "{:?}", out.problems);
    assert_eq!(out.counts.segments, [long]);
}

proptest! {
    /// The fast path for files without quotes gives exactly what the general CSV parser
    /// gives: same counts, same problems, same row numbers.
    #[test]
    fn fast_path_matches_the_general_parser(
        rows in prop::collection::vec(
            ("(2026-0[1-9]-[0-2][1-9]|2026-13-01|x|)", "([0-9]|10|11|-1|)", "(phone|chat|)", prop::bool::ANY),
            0..60,
        ),
        crlf in prop::bool::ANY,
        blank_lines in prop::bool::ANY,
        final_line_end in prop::bool::ANY,
    ) {
        let end = if crlf { "\r\n" } else { "\n" };
        let mut csv = format!("date,score,channel{end}");
        for (i, (d, s, c, short)) in rows.iter().enumerate() {
            if *short { csv.push_str(&format!("{d},{s}{end}")); } else { csv.push_str(&format!("{d},{s},{c}{end}")); }
            if blank_lines && i % 7 == 3 { csv.push_str(end); }
        }
        if !final_line_end {
            csv.truncate(csv.trim_end_matches(['\r', '\n']).len());
        }
        let m = mapping(b',', SurveyScale::ZeroToTen, Some(2));
        let data = Rc::new(csv.into_bytes());
        let fast = SurveyImporter::new(data.clone(), m).map(|i| i.finish());
        let general = SurveyImporter::new(data, m).map(|i| i.without_fast_path().finish());
        prop_assert_eq!(fast, general);
    }
}

#[test]
fn malformed_quoting_is_read_leniently_or_reported_never_panicking() {
    // An unclosed quote swallows the rest of the file into one field: that row is then
    // short of columns and reported; nothing panics and nothing is invented.
    let csv = "date,score,channel\n2026-03-01,5,\"phone\n2026-03-02,4,chat\n";
    let out = import(csv, mapping(b',', SurveyScale::OneToFive, Some(2))).unwrap();
    assert_eq!(out.rows_counted + out.problem_count, out.rows_read);
    assert!(out.rows_counted <= 1);
    // A quote inside an unquoted field is kept as text.
    let csv = "date,score,channel\n2026-03-01,5,ph\"one\n";
    let out = import(csv, mapping(b',', SurveyScale::OneToFive, Some(2))).unwrap();
    assert_eq!(out.counts.segments, ["ph\"one"]);
    // A quoted score with spaces is still a score; a quoted word is not.
    let csv = "date,score\n2026-03-01,\" 4 \"\n2026-03-01,\"four\"\n";
    let out = import(csv, mapping(b',', SurveyScale::OneToFive, None)).unwrap();
    assert_eq!((out.rows_counted, out.problems[0].row), (1, 3));
}

#[test]
fn old_mac_line_ends_give_real_row_numbers() {
    let csv = "date,score\r2026-03-01,5\r2026-03-01,9\r";
    let out = import(csv, mapping(b',', SurveyScale::OneToFive, None)).unwrap();
    assert_eq!(out.problems[0].row, 3, "{:?}", out.problems);
}

#[test]
fn an_id_column_is_not_a_breakdown() {
    let mut csv = String::from("date,score,customer\n");
    for i in 0..300 {
        csv.push_str(&format!("2026-03-01,5,C{i}\n"));
    }
    let err = import(&csv, mapping(b',', SurveyScale::OneToFive, Some(2))).unwrap_err();
    assert_eq!(err, ImportError::TooManySegments("customer".into()));
    assert!(err.to_string().contains("more than 200 different values"));
}

#[test]
fn too_many_days_times_segments_are_refused_whole() {
    let mut csv = String::from("date,score,team\n");
    for day in 0..600 {
        let (y, m, d) = cx_workbench::domain::kpi::calendar::civil_from_days(20_000 + day);
        for t in 0..190 {
            csv.push_str(&format!("{y}-{m:02}-{d:02},5,T{t}\n"));
        }
    }
    assert_eq!(
        import(&csv, mapping(b',', SurveyScale::OneToFive, Some(2))).unwrap_err(),
        ImportError::TooManyCells
    );
}
