//! Importing survey answers from CSV: a strict, resumable import that reduces a million
//! rows to counts per day and segment. Bad rows are reported by row number and column;
//! nothing is kept unless the user accepts.

use super::calendar::DateFormat;
pub use super::csv_rows::{
    detect_delimiter, preview, CsvPreview, ImportError, RowProblem, MAX_LISTED_PROBLEMS,
};
use super::csv_rows::{intern, CsvRows, Problems, RowSink};
use super::histogram::SurveyScale;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::rc::Rc;

/// Which columns hold what, and how to read them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyMapping {
    pub delimiter: u8,
    pub date_column: usize,
    pub date_format: DateFormat,
    pub score_column: usize,
    pub scale: SurveyScale,
    /// A column to break results down by (channel, team), if any.
    pub segment_column: Option<usize>,
}

impl SurveyMapping {
    /// The commonest export layout: `date, score, segment` with ISO dates and commas.
    pub fn date_score_segment(scale: SurveyScale) -> Self {
        SurveyMapping {
            delimiter: b',',
            date_column: 0,
            date_format: DateFormat::YearMonthDay,
            score_column: 1,
            scale,
            segment_column: Some(2),
        }
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

/// An import in progress; `step` reads a bounded number of rows so the page can show
/// progress and stay responsive between steps.
pub struct SurveyImporter {
    rows: CsvRows,
    tally: Tally,
}

/// What the rows add up to so far (apart from the parser, so a row's fields can be
/// read while it is counted).
struct Tally {
    mapping: SurveyMapping,
    /// The breakdown column turned out to have too many values; the import stops.
    too_many_segments: bool,
    rows_read: u64,
    rows_counted: u64,
    problems: Problems,
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
        self.problems.add(record_start, column, message);
    }

    /// Counts one row whose fields are `text[a..b]` for each `(a, b)` in `spans`.
    fn count(&mut self, text: &[u8], spans: &[(usize, usize)], record_start: usize) {
        let m = &self.mapping.to_owned();
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
                Some(name) => match intern(&mut self.segments, name.trim_ascii()) {
                    Some(i) => i,
                    None => {
                        self.too_many_segments = true;
                        return;
                    }
                },
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

impl RowSink for Tally {
    fn row(&mut self, text: &[u8], spans: &[(usize, usize)], record_start: usize) {
        self.count(text, spans, record_start);
    }
}

impl SurveyImporter {
    /// Starts an import; reads the header and checks the mapped columns exist.
    pub fn new(data: Rc<Vec<u8>>, mapping: SurveyMapping) -> Result<Self, ImportError> {
        let mut columns = vec![mapping.date_column, mapping.score_column];
        columns.extend(mapping.segment_column);
        let rows = CsvRows::new(data, mapping.delimiter, &columns)?;
        Ok(SurveyImporter {
            rows,
            tally: Tally {
                mapping,
                too_many_segments: false,
                rows_read: 0,
                rows_counted: 0,
                problems: Problems::default(),
                segments: Vec::new(),
                cells: Vec::new(),
                index: HashMap::new(),
                day: i32::MIN,
                day_slots: Vec::new(),
                last_date: ([0; 32], usize::MAX, 0),
            },
        })
    }

    /// Uses the general CSV parser even where the fast path would do (to check one
    /// against the other).
    pub fn without_fast_path(mut self) -> Self {
        self.rows.without_fast_path();
        self
    }

    /// Reads up to `max_rows` rows; returns the share of the file read so far (0..1).
    pub fn step(&mut self, max_rows: usize) -> f64 {
        self.rows.step(&mut self.tally, max_rows)
    }

    /// True when the whole file has been read.
    pub fn is_done(&self) -> bool {
        self.rows.is_done()
    }

    /// Finishes: counts sorted by day and segment, with every problem found.
    pub fn finish(mut self) -> Result<ImportOutcome, ImportError> {
        while !self.rows.is_done() {
            self.step(usize::MAX);
        }
        if self.tally.rows_read == 0 {
            return Err(ImportError::NoDataRows);
        }
        let t = self.tally;
        self.rows
            .check_size(t.too_many_segments, t.mapping.segment_column, t.cells.len())?;
        let problem_count = t.problems.count;
        let problems = self.rows.resolve(t.problems);
        let width = t.mapping.scale.answer_count();
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
            problem_count,
        })
    }
}

impl super::csv_rows::StepwiseImport for SurveyImporter {
    type Outcome = ImportOutcome;
    fn step(&mut self, max_rows: usize) -> f64 {
        SurveyImporter::step(self, max_rows)
    }
    fn is_done(&self) -> bool {
        SurveyImporter::is_done(self)
    }
    fn finish(self) -> Result<ImportOutcome, ImportError> {
        SurveyImporter::finish(self)
    }
}
