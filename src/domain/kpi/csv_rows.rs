//! Reading CSV rows for the imports: separator detection and preview (the `csv` crate),
//! then every row, parsed by `csv_core` (the `csv` crate's engine) straight over the
//! bytes in memory, or, for files with no quotes, by a checked fast path that reads
//! fields in place. Each row goes to a [`RowSink`] that counts it.

use std::fmt;
use std::rc::Rc;

/// The fast path reads rows whose mapped columns are among the first this many.
const MAX_PLAIN_FIELDS: usize = 32;

/// Most problems listed one by one; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 200;

/// Why a file cannot be imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    NoDataRows,
    /// The breakdown column has more different values than a channel or team would.
    TooManySegments(String),
    /// More days × segments than can be kept.
    TooManyCells,
    /// A mapped column is not in the file.
    MissingColumn(String),
    Unreadable(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => f.write_str("the file is empty"),
            ImportError::NoDataRows => f.write_str("the file has a header row but no data rows"),
            ImportError::TooManySegments(column) => write!(
                f,
                "the column \"{column}\" has more than {MAX_SEGMENTS} different values, so it is not a channel \
                 or team to break results down by; choose another column or none"
            ),
            ImportError::TooManyCells => write!(
                f,
                "the file spans more days × segments than can be kept ({}); import a shorter period or \
                 break it down by a column with fewer values",
                crate::domain::kpi::dataset::MAX_CELLS
            ),
            ImportError::MissingColumn(c) => write!(f, "the file has no column \"{c}\""),
            ImportError::Unreadable(why) => write!(f, "the file could not be read as CSV: {why}"),
        }
    }
}

/// The first rows of a file, to choose columns from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvPreview {
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub(crate) fn without_bom(data: &[u8]) -> &[u8] {
    data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data)
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

fn reader(data: &[u8], delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(without_bom(data))
}

/// Reads the header and up to `max_rows` rows.
pub fn preview(data: &[u8], max_rows: usize) -> Result<CsvPreview, ImportError> {
    if without_bom(data).iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let delimiter = detect_delimiter(data);
    let mut rdr = reader(data, delimiter);
    // Bytes, not text: an export in a Windows code page still previews (odd letters
    // shown as replacement characters) instead of being refused.
    let text = |f: &[u8]| String::from_utf8_lossy(f).into_owned();
    let headers = rdr
        .byte_headers()
        .map_err(|e| ImportError::Unreadable(e.to_string()))?
        .iter()
        .map(|h| text(h).trim().to_string())
        .collect();
    let mut rows = Vec::new();
    for record in rdr.byte_records().take(max_rows) {
        let record = record.map_err(|e| ImportError::Unreadable(e.to_string()))?;
        rows.push(record.iter().map(text).collect());
    }
    Ok(CsvPreview {
        delimiter,
        headers,
        rows,
    })
}

/// A row that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// Line number in the file (the header is line 1).
    pub row: u64,
    pub column: String,
    pub message: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "row {}, column \"{}\": {}",
            self.row, self.column, self.message
        )
    }
}

/// An import read a bounded number of rows at a time (so the page can show progress).
pub trait StepwiseImport {
    type Outcome;
    /// Reads up to `max_rows` rows; returns the share of the file read (0..1).
    fn step(&mut self, max_rows: usize) -> f64;
    fn is_done(&self) -> bool;
    fn finish(self) -> Result<Self::Outcome, ImportError>;
}

/// Receives the rows of a file.
pub trait RowSink {
    /// One row: its fields are `text[a..b]` for each `(a, b)` in `spans`; `record_start`
    /// is the byte where the row begins (for its line number, if it has a problem).
    fn row(&mut self, text: &[u8], spans: &[(usize, usize)], record_start: usize);
}

/// Problems found in rows: the first [`MAX_LISTED_PROBLEMS`] kept with where they are,
/// the rest counted.
#[derive(Debug, Default)]
pub struct Problems {
    listed: Vec<(usize, usize, String)>,
    pub count: u64,
}

impl Problems {
    /// Notes a problem in column `column` of the row starting at byte `record_start`.
    pub fn add(&mut self, record_start: usize, column: usize, message: String) {
        self.count += 1;
        if self.listed.len() < MAX_LISTED_PROBLEMS {
            self.listed.push((record_start, column, message));
        }
    }
}

/// True when the data has no quotes and every carriage return ends a line (CRLF):
/// then CSV rows are lines and fields are what lies between separators.
pub(crate) fn is_plain(data: &[u8]) -> bool {
    memchr::memchr(b'"', data).is_none()
        && memchr::memchr_iter(b'\r', data).all(|i| data.get(i + 1) == Some(&b'\n'))
}

/// The index of segment `name`, adding it when new; `None` past [`MAX_SEGMENTS`].
pub(crate) fn intern(segments: &mut Vec<Vec<u8>>, name: &[u8]) -> Option<u16> {
    if let Some(i) = segments.iter().position(|s| s == name) {
        return Some(i as u16);
    }
    if segments.len() >= MAX_SEGMENTS {
        return None;
    }
    segments.push(name.to_vec());
    Some((segments.len() - 1) as u16)
}

/// Most different values a breakdown column may have: more is not a channel or team
/// (an id or a free-text column), and would make the stored counts too large.
pub const MAX_SEGMENTS: usize = 200;

/// The outcome of parsing as far as the next record.
enum Parsed {
    Record,
    End,
}

/// The rows of a CSV file in memory, read a bounded number at a time.
pub struct CsvRows {
    data: Rc<Vec<u8>>,
    core: csv_core::Reader,
    /// Next byte to parse, and where the record being parsed started.
    pos: usize,
    record_start: usize,
    /// The record being parsed: its field bytes and where each field ends.
    out: Vec<u8>,
    out_len: usize,
    ends: Vec<usize>,
    ends_len: usize,
    /// Where line counting for problem rows got to: (byte offset, lines before it).
    counted: (usize, u64),
    /// The fields of the row being read, as byte ranges.
    spans: Vec<(usize, usize)>,
    /// No quotes and no lone carriage returns: rows are lines and fields are split at
    /// the separator, so the fast path can read them in place with the same result.
    plain: bool,
    /// Columns the fast path must split out (the highest mapped column + 1).
    need: usize,
    delimiter: u8,
    /// Column names from the header row.
    pub headers: Vec<String>,
    done: bool,
}

impl CsvRows {
    /// Opens `data`, reads the header, and checks the `columns` used exist.
    pub fn new(data: Rc<Vec<u8>>, delimiter: u8, columns: &[usize]) -> Result<Self, ImportError> {
        if without_bom(&data).iter().all(u8::is_ascii_whitespace) {
            return Err(ImportError::Empty);
        }
        let skipped = data.len() - without_bom(&data).len();
        let need = 1 + columns.iter().copied().max().unwrap_or(0);
        let mut rows = CsvRows {
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            data,
            pos: skipped,
            record_start: skipped,
            out: vec![0; 4096],
            out_len: 0,
            ends: vec![0; 64],
            ends_len: 0,
            counted: (0, 0),
            spans: Vec::new(),
            plain: false,
            need,
            delimiter,
            headers: Vec::new(),
            done: false,
        };
        if let Parsed::End = rows.next_record() {
            return Err(ImportError::NoDataRows);
        }
        rows.headers = (0..rows.ends_len)
            .map(|i| {
                let start = if i == 0 { 0 } else { rows.ends[i - 1] };
                String::from_utf8_lossy(&rows.out[start..rows.ends[i]])
                    .trim()
                    .to_string()
            })
            .collect();
        for &col in columns {
            if col >= rows.headers.len() {
                return Err(ImportError::MissingColumn(format!("number {}", col + 1)));
            }
        }
        rows.plain = need <= MAX_PLAIN_FIELDS && is_plain(&rows.data);
        Ok(rows)
    }

    /// Uses the general CSV parser even where the fast path would do (to check one
    /// against the other).
    pub fn without_fast_path(&mut self) {
        self.plain = false;
    }

    /// Sends up to `max_rows` rows to `sink`; returns the share of the file read (0..1).
    pub fn step(&mut self, sink: &mut impl RowSink, max_rows: usize) -> f64 {
        if self.plain {
            self.step_plain(sink, max_rows);
        } else {
            self.step_general(sink, max_rows);
        }
        if self.done {
            1.0
        } else {
            self.pos as f64 / self.data.len().max(1) as f64
        }
    }

    /// True when the whole file has been read.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Refuses a result too big to keep: a breakdown column with too many values, or
    /// more day × segment cells than a dataset may hold.
    pub fn check_size(
        &self,
        too_many_segments: bool,
        segment_column: Option<usize>,
        cells: usize,
    ) -> Result<(), ImportError> {
        if too_many_segments {
            let column = segment_column.and_then(|c| self.headers.get(c).cloned());
            return Err(ImportError::TooManySegments(column.unwrap_or_default()));
        }
        if cells > crate::domain::kpi::dataset::MAX_CELLS {
            return Err(ImportError::TooManyCells);
        }
        Ok(())
    }

    /// The problems noted, with row numbers and column names.
    pub fn resolve(&mut self, problems: Problems) -> Vec<RowProblem> {
        problems
            .listed
            .into_iter()
            .map(|(at, column, message)| RowProblem {
                row: self.line_at(at),
                column: self.headers.get(column).cloned().unwrap_or_default(),
                message,
            })
            .collect()
    }

    /// Parses the next record into `out` and `ends`.
    fn next_record(&mut self) -> Parsed {
        self.out_len = 0;
        self.ends_len = 0;
        self.record_start = self.pos;
        loop {
            let input = &self.data[self.pos.min(self.data.len())..];
            let (result, read, written, ended) = self.core.read_record(
                input,
                &mut self.out[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            self.pos += read;
            // Field ends count from the start of the record (the parser keeps track
            // across calls), so they need no adjusting.
            self.out_len += written;
            self.ends_len += ended;
            match result {
                csv_core::ReadRecordResult::InputEmpty => {
                    // At the end of the data, an empty input tells the parser to finish
                    // the last record.
                    if self.pos >= self.data.len() && input.is_empty() {
                        return Parsed::End;
                    }
                }
                csv_core::ReadRecordResult::OutputFull => {
                    let n = self.out.len();
                    self.out.resize(n * 2, 0);
                }
                csv_core::ReadRecordResult::OutputEndsFull => {
                    let n = self.ends.len();
                    self.ends.resize(n * 2, 0);
                }
                csv_core::ReadRecordResult::Record => return Parsed::Record,
                csv_core::ReadRecordResult::End => return Parsed::End,
            }
        }
    }

    fn step_general(&mut self, sink: &mut impl RowSink, max_rows: usize) {
        for _ in 0..max_rows {
            match self.next_record() {
                Parsed::Record => {
                    // A blank line between records is no row.
                    if self.ends_len == 1 && self.ends[0] == 0 {
                        continue;
                    }
                    self.spans.clear();
                    let mut start = 0;
                    for &end in &self.ends[..self.ends_len] {
                        self.spans.push((start, end));
                        start = end;
                    }
                    let text = &self.out[..self.out_len];
                    sink.row(text, &self.spans, self.record_start);
                }
                Parsed::End => {
                    self.done = true;
                    break;
                }
            }
        }
    }

    /// Rows of a plain file read in place, in one pass over each line's bytes (lines
    /// are short, so a plain loop beats a vectorised search per line), keeping only as
    /// many fields as the mapping needs.
    fn step_plain(&mut self, sink: &mut impl RowSink, max_rows: usize) {
        let data = self.data.clone();
        let data = data.as_slice();
        let (delimiter, need) = (self.delimiter, self.need);
        let mut spans = [(0usize, 0usize); MAX_PLAIN_FIELDS];
        for _ in 0..max_rows {
            if self.pos >= data.len() {
                self.done = true;
                break;
            }
            let start = self.pos;
            let mut i = start;
            let mut n = 0;
            let mut field = start;
            while i < data.len() {
                let b = data[i];
                if b == b'\n' {
                    break;
                }
                if b == delimiter && n + 1 < need {
                    spans[n] = (field, i);
                    n += 1;
                    field = i + 1;
                }
                i += 1;
            }
            self.pos = i + 1;
            let mut end = i;
            if end > start && data[end - 1] == b'\r' {
                end -= 1;
            }
            if end == start {
                continue; // a blank line is no row
            }
            // The last field needed runs to the next separator or the end of the line.
            let stop = data[field..end]
                .iter()
                .position(|&b| b == delimiter)
                .map_or(end, |p| field + p);
            spans[n] = (field, stop);
            sink.row(data, &spans[..=n], start);
        }
    }

    /// The line number (1-based) of the record starting at byte `at`; counting resumes
    /// where it stopped, so many problems cost one pass over the file.
    fn line_at(&mut self, mut at: usize) -> u64 {
        // A record may start on the line end of the one before.
        while matches!(self.data.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        let at = at.min(self.data.len());
        let (from, lines) = if at >= self.counted.0 {
            self.counted
        } else {
            (0, 0)
        };
        // Line ends as the parser reads them: LF, CRLF, or a lone CR (old Mac files).
        let span = &self.data[from..at];
        let more = span
            .iter()
            .enumerate()
            .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && span.get(i + 1) != Some(&b'\n')))
            .count() as u64;
        self.counted = (at, lines + more);
        lines + more + 1
    }
}
