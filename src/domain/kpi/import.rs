//! Importing survey answers from CSV: preview and column mapping, then a strict,
//! resumable import that reduces a million rows to counts per day and segment. Bad
//! rows are reported by row number and column; nothing is kept unless the user accepts.

use super::calendar::DateFormat;
use super::histogram::SurveyScale;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::io::Cursor;
use std::rc::Rc;

/// Most problems listed one by one; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 200;

/// Why a file cannot be imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    NoDataRows,
    /// A mapped column is not in the file.
    MissingColumn(String),
    Unreadable(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => f.write_str("the file is empty"),
            ImportError::NoDataRows => f.write_str("the file has a header row but no data rows"),
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

fn without_bom(data: &[u8]) -> &[u8] {
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

fn reader(data: Rc<[u8]>, delimiter: u8) -> csv::Reader<Cursor<Rc<[u8]>>> {
    let skip = data.len() - without_bom(&data).len();
    let mut cursor = Cursor::new(data);
    cursor.set_position(skip as u64);
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(cursor)
}

/// Reads the header and up to `max_rows` rows.
pub fn preview(data: Rc<[u8]>, max_rows: usize) -> Result<CsvPreview, ImportError> {
    if without_bom(&data).iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let delimiter = detect_delimiter(&data);
    let mut rdr = reader(data, delimiter);
    let headers = rdr
        .headers()
        .map_err(|e| ImportError::Unreadable(e.to_string()))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut rows = Vec::new();
    for record in rdr.records().take(max_rows) {
        let record = record.map_err(|e| ImportError::Unreadable(e.to_string()))?;
        rows.push(record.iter().map(str::to_string).collect());
    }
    Ok(CsvPreview {
        delimiter,
        headers,
        rows,
    })
}

/// Which columns hold what, and how to read them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyMapping {
    pub delimiter: u8,
    pub date_column: usize,
    pub date_format: DateFormat,
    pub score_column: usize,
    pub scale: SurveyScale,
    /// A column to break results down by (channel, team), if any.
    pub segment_column: Option<usize>,
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

/// Answers per day and segment: what is stored (no raw rows, no personal data).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyCounts {
    /// Segment names in first-seen order ("" when there is no segment column).
    pub segments: Vec<String>,
    /// (day, segment index, counts per score) sorted by day then segment.
    pub cells: Vec<DayCell>,
}

/// The answers of one day in one segment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCell {
    /// Days since 1970-01-01.
    pub day: i32,
    pub segment: u16,
    pub counts: Vec<u64>,
}

/// What an import produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportOutcome {
    pub counts: DailyCounts,
    pub rows_read: u64,
    pub rows_counted: u64,
    /// The first [`MAX_LISTED_PROBLEMS`] problems.
    pub problems: Vec<RowProblem>,
    pub problem_count: u64,
}

/// The index of segment `name`, adding it when new. More than 65,535 distinct values
/// is not a segment column; the rest fold into the last one.
fn intern(segments: &mut Vec<Vec<u8>>, name: &[u8]) -> u16 {
    if let Some(i) = segments.iter().position(|s| s == name) {
        return i as u16;
    }
    if segments.len() == usize::from(u16::MAX) {
        return u16::MAX - 1;
    }
    segments.push(name.to_vec());
    (segments.len() - 1) as u16
}

/// An import in progress; `step` reads a bounded number of rows so the page can show
/// progress and stay responsive between steps.
pub struct SurveyImporter {
    rdr: csv::Reader<Cursor<Rc<[u8]>>>,
    data: Rc<[u8]>,
    /// Bytes before the reader's start (a byte-order mark).
    skipped: usize,
    /// Where line counting for problem rows got to: (byte offset, lines before it).
    counted: (usize, u64),
    record: csv::ByteRecord,
    mapping: SurveyMapping,
    headers: Vec<String>,
    total: usize,
    done: bool,
    rows_read: u64,
    rows_counted: u64,
    problems: Vec<RowProblem>,
    problem_count: u64,
    segments: Vec<Vec<u8>>,
    cells: Vec<(i32, u16, [u64; 11])>,
    index: HashMap<(i32, u16), usize>,
    last: Option<(i32, u16, usize)>,
    /// The last date text read and its day: exports are usually in date order, so most
    /// rows repeat the previous row's date and need no parsing.
    last_date: ([u8; 32], usize, i32),
}

impl SurveyImporter {
    /// Starts an import; reads the header and checks the mapped columns exist.
    pub fn new(data: Rc<[u8]>, mapping: SurveyMapping) -> Result<Self, ImportError> {
        if without_bom(&data).iter().all(u8::is_ascii_whitespace) {
            return Err(ImportError::Empty);
        }
        let total = data.len();
        let skipped = data.len() - without_bom(&data).len();
        let mut rdr = reader(data.clone(), mapping.delimiter);
        let headers: Vec<String> = rdr
            .headers()
            .map_err(|e| ImportError::Unreadable(e.to_string()))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        for col in [
            Some(mapping.date_column),
            Some(mapping.score_column),
            mapping.segment_column,
        ]
        .into_iter()
        .flatten()
        {
            if col >= headers.len() {
                return Err(ImportError::MissingColumn(format!("number {}", col + 1)));
            }
        }
        Ok(SurveyImporter {
            rdr,
            data,
            skipped,
            counted: (0, 0),
            record: csv::ByteRecord::new(),
            mapping,
            headers,
            total,
            done: false,
            rows_read: 0,
            rows_counted: 0,
            problems: Vec::new(),
            problem_count: 0,
            segments: Vec::new(),
            cells: Vec::new(),
            index: HashMap::new(),
            last: None,
            last_date: ([0; 32], usize::MAX, 0),
        })
    }

    /// Reads up to `max_rows` rows; returns the share of the file read so far (0..1).
    pub fn step(&mut self, max_rows: usize) -> f64 {
        for _ in 0..max_rows {
            match self.rdr.read_byte_record(&mut self.record) {
                Ok(true) => self.row(),
                Ok(false) => {
                    self.done = true;
                    break;
                }
                Err(e) => {
                    let row = e
                        .position()
                        .map_or(self.rows_read + 2, |p| self.line_at(p.byte()));
                    self.rows_read += 1;
                    self.problem(row, 0, e.to_string());
                }
            }
        }
        if self.done {
            1.0
        } else {
            self.rdr.position().byte() as f64 / self.total.max(1) as f64
        }
    }

    /// True when the whole file has been read.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The line number (1-based) of the record starting at reader byte `at`. Counted
    /// here rather than taken from the CSV reader, whose count lags by one after CRLF
    /// line ends; counting resumes where it stopped, so many problems cost one pass.
    fn line_at(&mut self, at: u64) -> u64 {
        let mut at = self.skipped + at as usize;
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
        let more = self.data[from..at].iter().filter(|&&b| b == b'\n').count() as u64;
        self.counted = (at, lines + more);
        lines + more + 1
    }

    fn line_of(&mut self, at: Option<u64>) -> u64 {
        match at {
            Some(b) => self.line_at(b),
            None => self.rows_read + 1,
        }
    }

    fn problem(&mut self, row: u64, column: usize, message: String) {
        self.problem_count += 1;
        if self.problems.len() < MAX_LISTED_PROBLEMS {
            self.problems.push(RowProblem {
                row,
                column: self.headers.get(column).cloned().unwrap_or_default(),
                message,
            });
        }
    }

    fn row(&mut self) {
        self.rows_read += 1;
        let at = self.record.position().map(|p| p.byte());
        let (date_col, score_col, seg_col) = (
            self.mapping.date_column,
            self.mapping.score_column,
            self.mapping.segment_column,
        );
        let (date_format, scale) = (self.mapping.date_format, self.mapping.scale);
        let Some(date) = self.record.get(date_col) else {
            return {
                let line = self.line_of(at);
                self.problem(line, date_col, "the row has too few columns".into())
            };
        };
        let (cached, cached_len, cached_day) = &self.last_date;
        let day = if date.len() == *cached_len && date == &cached[..*cached_len] {
            Some(*cached_day)
        } else {
            let day = date_format.parse(date);
            if let (Some(day), true) = (day, date.len() <= 32) {
                self.last_date.0[..date.len()].copy_from_slice(date);
                self.last_date.1 = date.len();
                self.last_date.2 = day;
            }
            day
        };
        let Some(day) = day else {
            let shown: String = String::from_utf8_lossy(date.trim_ascii())
                .chars()
                .take(40)
                .collect();
            let message = format!("\"{shown}\" is not a date written {}", date_format.label());
            return {
                let line = self.line_of(at);
                self.problem(line, date_col, message)
            };
        };
        let Some(score) = self.record.get(score_col) else {
            return {
                let line = self.line_of(at);
                self.problem(line, score_col, "the row has too few columns".into())
            };
        };
        let score = match scale.parse(score) {
            Ok(s) => s,
            Err(e) => {
                return {
                    let line = self.line_of(at);
                    self.problem(line, score_col, e.to_string())
                }
            }
        };
        let segment = match seg_col {
            None => 0,
            Some(c) => match self.record.get(c) {
                Some(name) => intern(&mut self.segments, name.trim_ascii()),
                None => {
                    return {
                        let line = self.line_of(at);
                        self.problem(line, c, "the row has too few columns".into())
                    }
                }
            },
        };
        let slot = match self.last {
            Some((d, s, i)) if d == day && s == segment => i,
            _ => {
                let next = self.cells.len();
                let i = *self.index.entry((day, segment)).or_insert(next);
                if i == next {
                    self.cells.push((day, segment, [0; 11]));
                }
                self.last = Some((day, segment, i));
                i
            }
        };
        self.cells[slot].2[usize::from(score - scale.bounds().0)] += 1;
        self.rows_counted += 1;
    }

    /// Finishes: counts sorted by day and segment, with every problem found.
    pub fn finish(mut self) -> Result<ImportOutcome, ImportError> {
        while !self.done {
            self.step(usize::MAX);
        }
        if self.rows_read == 0 {
            return Err(ImportError::NoDataRows);
        }
        let width = self.mapping.scale.answer_count();
        let mut cells: Vec<DayCell> = self
            .cells
            .into_iter()
            .map(|(day, segment, counts)| DayCell {
                day,
                segment,
                counts: counts[..width].to_vec(),
            })
            .collect();
        cells.sort_by_key(|c| (c.day, c.segment));
        Ok(ImportOutcome {
            counts: DailyCounts {
                segments: self
                    .segments
                    .iter()
                    .map(|s| String::from_utf8_lossy(s).into_owned())
                    .collect(),
                cells,
            },
            rows_read: self.rows_read,
            rows_counted: self.rows_counted,
            problems: self.problems,
            problem_count: self.problem_count,
        })
    }
}
