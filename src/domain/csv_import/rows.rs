//! The rows of a CSV file in memory, parsed by `csv_core` (the `csv` crate's engine)
//! straight over the bytes, or, for files with no quotes, by a checked fast path that
//! reads fields in place. Each row goes to a [`RowSink`].

use super::problems::{ImportError, Problems, RowProblem};
use std::rc::Rc;

/// The fast path reads rows whose mapped columns are among the first this many.
const MAX_PLAIN_FIELDS: usize = 32;

pub(crate) fn without_bom(data: &[u8]) -> &[u8] {
    data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data)
}

/// Receives the rows of a file.
pub trait RowSink {
    /// One row: its fields are `text[a..b]` for each `(a, b)` in `spans`; `record_start`
    /// is the byte where the row begins (for its line number, if it has a problem).
    fn row(&mut self, text: &[u8], spans: &[(usize, usize)], record_start: usize);
}

/// True when the data has no quotes and every carriage return ends a line (CRLF):
/// then CSV rows are lines and fields are what lies between separators.
pub(crate) fn is_plain(data: &[u8]) -> bool {
    memchr::memchr(b'"', data).is_none()
        && memchr::memchr_iter(b'\r', data).all(|i| data.get(i + 1) == Some(&b'\n'))
}

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
    /// Opens `data`, reads the header, skips `extra_header_rows` more header rows
    /// under it (a survey export's question text, an id row), and checks the `columns`
    /// used exist.
    pub fn new(
        data: Rc<Vec<u8>>,
        delimiter: u8,
        columns: &[usize],
        extra_header_rows: usize,
    ) -> Result<Self, ImportError> {
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
        for _ in 0..extra_header_rows {
            if let Parsed::End = rows.next_record() {
                return Err(ImportError::NoDataRows);
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
