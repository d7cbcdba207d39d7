//! Importing survey answers from CSV: preview and column mapping, then a strict,
//! resumable import that reduces a million rows to counts per day and segment. Bad
//! rows are reported by row number and column; nothing is kept unless the user accepts.

use super::calendar::DateFormat;
use super::histogram::SurveyScale;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
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

/// True when the data has no quotes and every carriage return ends a line (CRLF):
/// then CSV rows are lines and fields are what lies between separators.
fn is_plain(data: &[u8]) -> bool {
    memchr::memchr(b'"', data).is_none()
        && memchr::memchr_iter(b'\r', data).all(|i| data.get(i + 1) == Some(&b'\n'))
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
/// progress and stay responsive between steps. Parsing is `csv_core`'s (the engine of
/// the `csv` crate) straight over the bytes in memory: no copies, no allocation per row.
pub struct SurveyImporter {
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
    /// The fields of the row being counted, as byte ranges.
    spans: Vec<(usize, usize)>,
    /// No quotes and no lone carriage returns: rows are lines and fields are split at
    /// the separator, so the fast path can read them in place with the same result.
    plain: bool,
    mapping: SurveyMapping,
    headers: Vec<String>,
    done: bool,
    tally: Tally,
}

/// What the rows add up to so far (apart from the parser, so a row's fields can be
/// read while it is counted).
struct Tally {
    rows_read: u64,
    rows_counted: u64,
    problems: Vec<(usize, usize, String)>,
    problem_count: u64,
    segments: Vec<Vec<u8>>,
    cells: Vec<(i32, u16, [u64; 11])>,
    index: HashMap<(i32, u16), usize>,
    /// The cells of the day being read, by segment (`usize::MAX`: none yet): rows come
    /// in date order with the segments mixed, so this spares a hash lookup per row.
    day: i32,
    day_slots: Vec<usize>,
    /// The last date text read and its day: exports are usually in date order, so most
    /// rows repeat the previous row's date and need no parsing.
    last_date: ([u8; 32], usize, i32),
}

impl Tally {
    fn problem(&mut self, record_start: usize, column: usize, message: String) {
        self.problem_count += 1;
        if self.problems.len() < MAX_LISTED_PROBLEMS {
            self.problems.push((record_start, column, message));
        }
    }

    /// Counts one row whose fields are `out[ends[i-1]..ends[i]]`.
    /// Counts one row whose fields are `text[a..b]` for each `(a, b)` in `spans`.
    fn row(
        &mut self,
        m: &SurveyMapping,
        text: &[u8],
        spans: &[(usize, usize)],
        record_start: usize,
    ) {
        self.rows_read += 1;
        let field = |i: usize| -> Option<&[u8]> {
            let &(a, b) = spans.get(i)?;
            Some(&text[a..b])
        };
        let Some(date) = field(m.date_column) else {
            return self.problem(
                record_start,
                m.date_column,
                "the row has too few columns".into(),
            );
        };
        let (cached, cached_len, cached_day) = &self.last_date;
        let day = if date.len() == *cached_len && date == &cached[..*cached_len] {
            Some(*cached_day)
        } else {
            let day = m.date_format.parse(date);
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
            let message = format!(
                "\"{shown}\" is not a date written {}",
                m.date_format.label()
            );
            return self.problem(record_start, m.date_column, message);
        };
        let Some(score) = field(m.score_column) else {
            return self.problem(
                record_start,
                m.score_column,
                "the row has too few columns".into(),
            );
        };
        let score = match m.scale.parse(score) {
            Ok(s) => s,
            Err(e) => return self.problem(record_start, m.score_column, e.to_string()),
        };
        let segment = match m.segment_column {
            None => 0,
            Some(c) => match field(c) {
                Some(name) => intern(&mut self.segments, name.trim_ascii()),
                None => return self.problem(record_start, c, "the row has too few columns".into()),
            },
        };
        if day != self.day {
            self.day = day;
            self.day_slots.iter_mut().for_each(|s| *s = usize::MAX);
        }
        let seg = usize::from(segment);
        if seg >= self.day_slots.len() {
            self.day_slots.resize(seg + 1, usize::MAX);
        }
        let slot = match self.day_slots[seg] {
            usize::MAX => {
                let next = self.cells.len();
                let i = *self.index.entry((day, segment)).or_insert(next);
                if i == next {
                    self.cells.push((day, segment, [0; 11]));
                }
                self.day_slots[seg] = i;
                i
            }
            i => i,
        };
        self.cells[slot].2[usize::from(score - m.scale.bounds().0)] += 1;
        self.rows_counted += 1;
    }
}

/// The outcome of parsing as far as the next record.
enum Parsed {
    Record,
    End,
}

impl SurveyImporter {
    /// Starts an import; reads the header and checks the mapped columns exist.
    pub fn new(data: Rc<Vec<u8>>, mapping: SurveyMapping) -> Result<Self, ImportError> {
        if without_bom(&data).iter().all(u8::is_ascii_whitespace) {
            return Err(ImportError::Empty);
        }
        let skipped = data.len() - without_bom(&data).len();
        let mut importer = SurveyImporter {
            core: csv_core::ReaderBuilder::new()
                .delimiter(mapping.delimiter)
                .build(),
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
            mapping,
            headers: Vec::new(),
            done: false,
            tally: Tally {
                rows_read: 0,
                rows_counted: 0,
                problems: Vec::new(),
                problem_count: 0,
                segments: Vec::new(),
                cells: Vec::new(),
                index: HashMap::new(),
                day: i32::MIN,
                day_slots: Vec::new(),
                last_date: ([0; 32], usize::MAX, 0),
            },
        };
        if let Parsed::End = importer.next_record() {
            return Err(ImportError::NoDataRows);
        }
        importer.headers = (0..importer.ends_len)
            .map(|i| {
                let start = if i == 0 { 0 } else { importer.ends[i - 1] };
                String::from_utf8_lossy(&importer.out[start..importer.ends[i]])
                    .trim()
                    .to_string()
            })
            .collect();
        let m = &importer.mapping;
        let need = 1 + m
            .date_column
            .max(m.score_column)
            .max(m.segment_column.unwrap_or(0));
        importer.plain = need <= MAX_PLAIN_FIELDS && is_plain(&importer.data);
        let m = &importer.mapping;
        for col in [Some(m.date_column), Some(m.score_column), m.segment_column]
            .into_iter()
            .flatten()
        {
            if col >= importer.headers.len() {
                return Err(ImportError::MissingColumn(format!("number {}", col + 1)));
            }
        }
        Ok(importer)
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

    /// Uses the general CSV parser even where the fast path would do (to check one
    /// against the other).
    pub fn without_fast_path(mut self) -> Self {
        self.plain = false;
        self
    }

    /// Reads up to `max_rows` rows; returns the share of the file read so far (0..1).
    pub fn step(&mut self, max_rows: usize) -> f64 {
        if self.plain {
            self.step_plain(max_rows);
        } else {
            self.step_general(max_rows);
        }
        if self.done {
            1.0
        } else {
            self.pos as f64 / self.data.len().max(1) as f64
        }
    }

    fn step_general(&mut self, max_rows: usize) {
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
                    self.tally
                        .row(&self.mapping, text, &self.spans, self.record_start);
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
    fn step_plain(&mut self, max_rows: usize) {
        let data = self.data.clone();
        let data = data.as_slice();
        let m = &self.mapping;
        let delimiter = m.delimiter;
        let need = 1 + m
            .date_column
            .max(m.score_column)
            .max(m.segment_column.unwrap_or(0));
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
            self.tally.row(m, data, &spans[..=n], start);
        }
    }

    /// True when the whole file has been read.
    pub fn is_done(&self) -> bool {
        self.done
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
        let more = self.data[from..at].iter().filter(|&&b| b == b'\n').count() as u64;
        self.counted = (at, lines + more);
        lines + more + 1
    }

    /// Finishes: counts sorted by day and segment, with every problem found.
    pub fn finish(mut self) -> Result<ImportOutcome, ImportError> {
        while !self.done {
            self.step(usize::MAX);
        }
        if self.tally.rows_read == 0 {
            return Err(ImportError::NoDataRows);
        }
        let listed = std::mem::take(&mut self.tally.problems);
        let problems = listed
            .into_iter()
            .map(|(at, column, message)| RowProblem {
                row: self.line_at(at),
                column: self.headers.get(column).cloned().unwrap_or_default(),
                message,
            })
            .collect();
        let width = self.mapping.scale.answer_count();
        let t = self.tally;
        let mut cells: Vec<DayCell> = t
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
                segments: t
                    .segments
                    .iter()
                    .map(|s| String::from_utf8_lossy(s).into_owned())
                    .collect(),
                cells,
            },
            rows_read: t.rows_read,
            rows_counted: t.rows_counted,
            problems,
            problem_count: t.problem_count,
        })
    }
}
