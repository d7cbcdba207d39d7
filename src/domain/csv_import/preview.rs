//! The first rows of a file, to choose columns from: the separator, the header, the
//! rows under it, and which of those rows look like more header rows than data
//! (survey exports write two or three header rows: column ids, the question text, an
//! id row), so the user can treat them as header rows before anything is imported.

use super::problems::ImportError;
use super::rows::without_bom;

/// At most this many rows under the header are offered as extra header rows.
pub const MAX_EXTRA_HEADER_ROWS: usize = 5;

/// Rows read for recognising header rows and choosing columns by their values.
const SAMPLE_ROWS: usize = 40;

/// The first rows of a file, to choose columns from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvPreview {
    pub delimiter: u8,
    pub headers: Vec<String>,
    /// The rows to show: any extra header rows, then up to the number asked for.
    pub rows: Vec<Vec<String>>,
    /// Rows right under the header that look like more header rows, in order.
    pub extra_header_rows: Vec<ExtraHeaderRow>,
    /// The first rows read (more than shown), for choosing columns by their values.
    pub sample: Vec<Vec<String>>,
}

impl CsvPreview {
    /// The sample's data rows when the first `header_rows` rows are header rows.
    pub fn data_sample(&self, header_rows: usize) -> &[Vec<String>] {
        &self.sample[header_rows.min(self.sample.len())..]
    }

    /// The name to show for column `i`: its header, with the text of the extra header
    /// rows when they say more ("Q1: How likely are you to recommend us?").
    pub fn column_label(&self, i: usize, header_rows: usize) -> String {
        let head = self.headers.get(i).map(String::as_str).unwrap_or("");
        let mut label = if head.is_empty() {
            format!("Column {}", i + 1)
        } else {
            head.to_string()
        };
        for row in self.sample.iter().take(header_rows) {
            let more = row.get(i).map(|t| t.trim()).unwrap_or("");
            if !more.is_empty() && more != head && cell_kind(more) == Cell::Text {
                let short: String = more.chars().take(60).collect();
                let dots = if more.chars().count() > 60 { "…" } else { "" };
                label = format!("{label}: {short}{dots}");
                break;
            }
        }
        label
    }
}

/// A row under the header that looks like another header row, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraHeaderRow {
    /// Its place under the header (0 is the first row under it).
    pub index: usize,
    pub reason: String,
}

/// The separator of the first line: comma, semicolon or tab, whichever occurs most
/// outside quotes (comma when none does).
pub fn detect_delimiter(data: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in without_bom(data).iter().take(64 * 1024) {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Reads the header and up to `max_rows` rows (more when rows under the header look
/// like header rows, so that as many data rows are shown either way).
pub fn preview(data: &[u8], max_rows: usize) -> Result<CsvPreview, ImportError> {
    if without_bom(data).iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let delimiter = detect_delimiter(data);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(without_bom(data));
    // Bytes, not text: data not made UTF-8 first (the page does, see `to_utf8`) still
    // previews, odd letters shown as replacement characters, instead of being refused.
    let text = |f: &[u8]| String::from_utf8_lossy(f).into_owned();
    let headers: Vec<String> = rdr
        .byte_headers()
        .map_err(|e| ImportError::Unreadable(e.to_string()))?
        .iter()
        .map(|h| text(h).trim().to_string())
        .collect();
    let mut sample = Vec::new();
    for record in rdr
        .byte_records()
        .take(SAMPLE_ROWS.max(max_rows + MAX_EXTRA_HEADER_ROWS))
    {
        let record = record.map_err(|e| ImportError::Unreadable(e.to_string()))?;
        sample.push(record.iter().map(text).collect::<Vec<String>>());
    }
    let extra_header_rows = extra_header_rows(&headers, &sample);
    let shown = (extra_header_rows.len() + max_rows).min(sample.len());
    Ok(CsvPreview {
        delimiter,
        rows: sample[..shown].to_vec(),
        headers,
        extra_header_rows,
        sample,
    })
}

/// What a cell holds, for telling header rows from data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Empty,
    /// A number, a date or a time ("9", "-3.5", "2026-11-24 09:15", "11/24/2026 9:15 AM").
    Value,
    /// Words.
    Text,
    /// A cell only a survey tool's header row holds (Qualtrics' `{"ImportId":"QID1"}`).
    Marker,
}

/// Classifies one cell.
pub fn cell_kind(cell: &str) -> Cell {
    let t = cell.trim();
    if t.is_empty() {
        return Cell::Empty;
    }
    if t.starts_with('{') && t.contains("ImportId") {
        return Cell::Marker;
    }
    let body = t
        .strip_suffix("AM")
        .or_else(|| t.strip_suffix("PM"))
        .or_else(|| t.strip_suffix("am"))
        .or_else(|| t.strip_suffix("pm"))
        .unwrap_or(t);
    let value_chars = body.chars().all(|c| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '.' | ':' | ',' | '+' | 'T' | 'Z')
    });
    if value_chars && body.chars().any(|c| c.is_ascii_digit()) {
        Cell::Value
    } else {
        Cell::Text
    }
}

/// The rows right under the header that are not data: a survey tool's id row, or a
/// row with words where the rows below have numbers or dates and no number or date
/// where they do (so a data row with one bad value is never taken for a header).
pub fn extra_header_rows(headers: &[String], rows: &[Vec<String>]) -> Vec<ExtraHeaderRow> {
    let kind = |r: &[String], c: usize| r.get(c).map_or(Cell::Empty, |t| cell_kind(t));
    let has_marker = |r: &[String]| r.iter().any(|t| cell_kind(t) == Cell::Marker);
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::new();
    for (k, row) in rows.iter().enumerate().take(MAX_EXTRA_HEADER_ROWS) {
        if has_marker(row) {
            out.push(ExtraHeaderRow {
                index: k,
                reason: "an id row a survey tool writes ({\"ImportId\": …})".into(),
            });
            continue;
        }
        // Columns whose cells below are all numbers or dates (two at least).
        let body: Vec<&Vec<String>> = rows[k + 1..].iter().filter(|r| !has_marker(r)).collect();
        let typed: Vec<usize> = (0..width)
            .filter(|&c| {
                let kinds: Vec<Cell> = body
                    .iter()
                    .map(|r| kind(r, c))
                    .filter(|k| *k != Cell::Empty)
                    .collect();
                kinds.len() >= 2 && kinds.iter().all(|k| *k == Cell::Value)
            })
            .collect();
        let words = typed.iter().copied().find(|&c| kind(row, c) == Cell::Text);
        let values = typed.iter().any(|&c| kind(row, c) == Cell::Value);
        match words {
            Some(c) if !values => {
                let shown: String = row[c].trim().chars().take(40).collect();
                let column = headers
                    .get(c)
                    .filter(|h| !h.is_empty())
                    .cloned()
                    .unwrap_or_else(|| format!("column {}", c + 1));
                out.push(ExtraHeaderRow {
                    index: k,
                    reason: format!(
                        "words (\"{shown}\") in \"{column}\", where the rows below have numbers or dates"
                    ),
                });
            }
            _ => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> CsvPreview {
        preview(text.as_bytes(), 5).unwrap()
    }

    #[test]
    fn cells_are_told_apart() {
        assert_eq!(cell_kind(" 9 "), Cell::Value);
        assert_eq!(cell_kind("-3.5"), Cell::Value);
        assert_eq!(cell_kind("2026-11-24 09:15:22"), Cell::Value);
        assert_eq!(cell_kind("11/24/2026 09:15:22 AM"), Cell::Value);
        assert_eq!(cell_kind("Response"), Cell::Text);
        assert_eq!(cell_kind("Promoter"), Cell::Text);
        assert_eq!(cell_kind("{\"ImportId\":\"QID1\"}"), Cell::Marker);
        assert_eq!(cell_kind(""), Cell::Empty);
        assert_eq!(cell_kind("-"), Cell::Text, "a dash alone is no number");
    }

    #[test]
    fn a_qualtrics_export_has_two_more_header_rows() {
        let p = rows(concat!(
            "StartDate,EndDate,Status,Q1,Q2\n",
            "Start Date,End Date,Response Type,How likely are you to recommend us?,Why?\n",
            "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"endDate\"\"}\",\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_TEXT\"\"}\"\n",
            "2026-11-03 09:15:22,2026-11-03 09:17:01,0,9,Quick\n",
            "2026-11-03 10:01:00,2026-11-03 10:02:10,0,4,Slow reply\n",
            "2026-11-04 11:20:05,2026-11-04 11:21:00,0,10,\n",
        ));
        let found: Vec<usize> = p.extra_header_rows.iter().map(|r| r.index).collect();
        assert_eq!(found, [0, 1], "{:?}", p.extra_header_rows);
        assert!(
            p.extra_header_rows[0].reason.contains("\"StartDate\""),
            "{:?}",
            p.extra_header_rows
        );
        assert!(p.extra_header_rows[1].reason.contains("ImportId"));
        assert_eq!(p.rows.len(), 5, "two header rows and the three data rows");
        assert_eq!(p.data_sample(2)[0][3], "9");
        assert_eq!(
            p.column_label(3, 2),
            "Q1: How likely are you to recommend us?"
        );
        assert_eq!(p.column_label(3, 0), "Q1");
    }

    #[test]
    fn a_surveymonkey_export_has_one_more_header_row() {
        let p = rows(concat!(
            "Respondent ID,Start Date,How likely is it that you would recommend us to a friend?,Comments\n",
            ",,Response,Open-Ended Response\n",
            "114000001,11/03/2026 09:15:22 AM,9,Great\n",
            "114000002,11/03/2026 10:01:00 AM,3,\n",
            "114000003,11/04/2026 02:20:05 PM,8,Fine\n",
        ));
        assert_eq!(p.extra_header_rows.len(), 1, "{:?}", p.extra_header_rows);
        assert!(p.extra_header_rows[0].reason.contains("\"Response\""));
    }

    #[test]
    fn data_rows_with_a_bad_value_are_not_header_rows() {
        // A word in the score column, but a date where the other rows have dates: a
        // bad data row, to be reported as such, not hidden as a header.
        let p = rows("date,score\n2026-01-05,n/a\n2026-01-06,9\n2026-01-07,7\n");
        assert!(p.extra_header_rows.is_empty());
        // Free text in a column that holds words anyway.
        let p = rows("date,score,comment\n2026-01-05,9,Great\n2026-01-06,9,ok\n2026-01-07,7,\n");
        assert!(p.extra_header_rows.is_empty());
        // Too few rows to tell.
        let p = rows("date,score\nDate,Score\n2026-01-06,9\n");
        assert!(p.extra_header_rows.is_empty());
    }
}
