//! Contact records (a telephony or ticketing report, one contact a row): first contact
//! resolution, handling time and escalations, reduced to sums per day and segment.

use super::calendar::{DateFormat, Granularity};
use super::csv_rows::{intern, CsvRows, ImportError, Problems, RowProblem, RowSink};
use super::definitions::KpiKind;
use super::operations::FcrMethod;
use super::stats::MeanSummary;
use super::survey::{proportion, KpiFigure, Unit, CONFIDENCE};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Which columns of a contact report hold what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactMapping {
    pub delimiter: u8,
    pub date_column: usize,
    pub date_format: DateFormat,
    pub segment_column: Option<usize>,
    /// Yes/no: resolved at the first contact.
    pub resolved_column: Option<usize>,
    /// Seconds (or m:ss) added up into the handling time: talk, hold, after-contact work.
    pub handle_columns: Vec<usize>,
    /// Yes/no: escalated.
    pub escalated_column: Option<usize>,
}

/// Reads a yes/no answer: yes, y, true, 1 / no, n, false, 0 (any case); empty is
/// unknown.
pub fn parse_flag(text: &[u8]) -> Result<Option<bool>, String> {
    let t = text.trim_ascii();
    if t.is_empty() {
        return Ok(None);
    }
    match t.to_ascii_lowercase().as_slice() {
        b"yes" | b"y" | b"true" | b"1" => Ok(Some(true)),
        b"no" | b"n" | b"false" | b"0" => Ok(Some(false)),
        _ => Err(format!(
            "\"{}\" is not yes or no (yes/no, y/n, true/false, 1/0)",
            String::from_utf8_lossy(t)
                .chars()
                .take(40)
                .collect::<String>()
        )),
    }
}

/// Reads a duration: seconds ("245", "245.5"), m:ss ("4:05") or h:mm:ss ("1:02:03");
/// empty is unknown.
pub fn parse_seconds(text: &[u8]) -> Result<Option<f64>, String> {
    let t = String::from_utf8_lossy(text.trim_ascii()).into_owned();
    if t.is_empty() {
        return Ok(None);
    }
    let bad = || {
        format!(
            "\"{}\" is not a duration (seconds, m:ss or h:mm:ss)",
            t.chars().take(40).collect::<String>()
        )
    };
    let parts: Vec<&str> = t.split(':').collect();
    let number = |s: &str| s.parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0);
    let seconds = match parts.as_slice() {
        [s] => number(s).ok_or_else(bad)?,
        [m, s] if s.len() == 2 => {
            number(m).ok_or_else(bad)? * 60.0 + number(s).filter(|v| *v < 60.0).ok_or_else(bad)?
        }
        [h, m, s] if m.len() == 2 && s.len() == 2 => {
            number(h).ok_or_else(bad)? * 3600.0
                + number(m).filter(|v| *v < 60.0).ok_or_else(bad)? * 60.0
                + number(s).filter(|v| *v < 60.0).ok_or_else(bad)?
        }
        _ => return Err(bad()),
    };
    Ok(Some(seconds))
}

/// The contacts of one day in one segment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactCell {
    pub day: i32,
    pub segment: u16,
    pub contacts: u64,
    /// Contacts with a known first-contact outcome, and those resolved.
    pub fcr_known: u64,
    pub fcr_yes: u64,
    /// Contacts with a handling time, its sum and sum of squares (seconds).
    pub handled: u64,
    pub handle_sum: f64,
    pub handle_sq: f64,
    pub escalation_known: u64,
    pub escalated: u64,
}

impl ContactCell {
    fn add(&mut self, other: &ContactCell) {
        self.contacts += other.contacts;
        self.fcr_known += other.fcr_known;
        self.fcr_yes += other.fcr_yes;
        self.handled += other.handled;
        self.handle_sum += other.handle_sum;
        self.handle_sq += other.handle_sq;
        self.escalation_known += other.escalation_known;
        self.escalated += other.escalated;
    }

    /// FCR, AHT and escalation rate of these contacts (those with data).
    pub fn figures(&self) -> Vec<KpiFigure> {
        let mut out = Vec::new();
        out.extend(proportion(KpiKind::Fcr, self.fcr_yes, self.fcr_known));
        if self.handled > 0 {
            let s = MeanSummary::from_sums(self.handled, self.handle_sum, self.handle_sq);
            out.push(KpiFigure {
                kind: KpiKind::Aht,
                value: s.mean,
                unit: Unit::Seconds,
                interval: s.interval(CONFIDENCE),
                n: self.handled,
                secondary: None,
            });
        }
        out.extend(proportion(
            KpiKind::EscalationRate,
            self.escalated,
            self.escalation_known,
        ));
        out
    }
}

/// Contacts per day and segment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactCounts {
    pub segments: Vec<String>,
    pub cells: Vec<ContactCell>,
}

impl ContactCounts {
    /// Sums per (period, segment) and per period over all segments (`None`).
    pub fn by_period(&self, by: Granularity) -> BTreeMap<(i32, Option<u16>), ContactCell> {
        let mut out: BTreeMap<(i32, Option<u16>), ContactCell> = BTreeMap::new();
        for c in &self.cells {
            let p = by.period_start(c.day);
            for key in [(p, Some(c.segment)), (p, None)] {
                out.entry(key).or_default().add(c);
            }
        }
        out
    }

    /// Everything added up.
    pub fn total(&self) -> ContactCell {
        let mut t = ContactCell::default();
        for c in &self.cells {
            t.add(c);
        }
        t
    }
}

/// Contact records kept with a project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactDataset {
    pub id: String,
    pub name: String,
    pub imported_at: DateTime<Utc>,
    #[serde(default)]
    pub segment_label: String,
    /// How "resolved at first contact" was decided: the repeat-contact window in days,
    /// or `None` when customers were asked (survey).
    pub fcr_window_days: Option<u32>,
    pub counts: ContactCounts,
    #[serde(default)]
    pub skipped_rows: u64,
    /// The definitions the figures were computed with, stored with the data.
    #[serde(default)]
    pub definitions: BTreeMap<KpiKind, String>,
}

impl crate::domain::project::ProjectPart for ContactDataset {
    fn id(&self) -> &str {
        &self.id
    }

    fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if self.counts.cells.len() > super::dataset::MAX_CELLS {
            out.push(("counts.cells".into(), "has too many cells".into()));
        }
        let segments = self.counts.segments.len().max(1);
        if let Some(k) = self
            .counts
            .cells
            .iter()
            .position(|c| usize::from(c.segment) >= segments)
        {
            out.push((
                format!("counts.cells[{k}].segment"),
                "names no listed segment".into(),
            ));
        }
        out
    }
}

impl ContactDataset {
    /// The definitions of the KPIs contact records give, as stored with new data.
    pub fn current_definitions() -> BTreeMap<KpiKind, String> {
        [KpiKind::Fcr, KpiKind::Aht, KpiKind::EscalationRate]
            .into_iter()
            .map(|k| (k, k.definition().to_string()))
            .collect()
    }

    /// The stored definition of `kind` (or today's, for data stored without one).
    pub fn definition(&self, kind: KpiKind) -> &str {
        self.definitions
            .get(&kind)
            .map_or(kind.definition(), String::as_str)
    }

    /// The FCR method, stated with every FCR figure.
    pub fn fcr_method(&self) -> FcrMethod {
        match self.fcr_window_days {
            Some(window_days) => FcrMethod::Operational { window_days },
            None => FcrMethod::Survey,
        }
    }
}

/// What a contact import produced.
#[derive(Clone, Debug, PartialEq)]
pub struct ContactOutcome {
    pub counts: ContactCounts,
    pub rows_read: u64,
    pub rows_counted: u64,
    pub problems: Vec<RowProblem>,
    pub problem_count: u64,
}

struct ContactTally {
    mapping: ContactMapping,
    too_many_segments: bool,
    rows_read: u64,
    rows_counted: u64,
    problems: Problems,
    segments: Vec<Vec<u8>>,
    cells: Vec<ContactCell>,
    index: HashMap<(i32, u16), usize>,
}

impl RowSink for ContactTally {
    fn row(&mut self, text: &[u8], spans: &[(usize, usize)], record_start: usize) {
        self.rows_read += 1;
        let m = &self.mapping;
        let field = |i: usize| spans.get(i).map(|&(a, b)| &text[a..b]);
        let too_few = "the row has too few columns".to_string();
        let Some(date) = field(m.date_column) else {
            return self.problems.add(record_start, m.date_column, too_few);
        };
        let Some(day) = m.date_format.parse(date) else {
            let shown: String = String::from_utf8_lossy(date.trim_ascii())
                .chars()
                .take(40)
                .collect();
            let message = format!(
                "\"{shown}\" is not a date written {}",
                m.date_format.label()
            );
            return self.problems.add(record_start, m.date_column, message);
        };
        let mut flag = |col: Option<usize>| -> Result<Option<bool>, ()> {
            let Some(c) = col else { return Ok(None) };
            match field(c).map(parse_flag) {
                Some(Ok(v)) => Ok(v),
                Some(Err(e)) => {
                    self.problems.add(record_start, c, e);
                    Err(())
                }
                None => {
                    self.problems.add(record_start, c, too_few.clone());
                    Err(())
                }
            }
        };
        let Ok(resolved) = flag(m.resolved_column) else {
            return;
        };
        let Ok(escalated) = flag(m.escalated_column) else {
            return;
        };
        let mut handle: Option<f64> = None;
        for &c in &m.handle_columns {
            match field(c).map(parse_seconds) {
                Some(Ok(Some(s))) => handle = Some(handle.unwrap_or(0.0) + s),
                Some(Ok(None)) => {}
                Some(Err(e)) => return self.problems.add(record_start, c, e),
                None => return self.problems.add(record_start, c, too_few),
            }
        }
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
                None => return self.problems.add(record_start, c, too_few),
            },
        };
        let next = self.cells.len();
        let i = *self.index.entry((day, segment)).or_insert(next);
        if i == next {
            self.cells.push(ContactCell {
                day,
                segment,
                ..Default::default()
            });
        }
        let cell = &mut self.cells[i];
        cell.contacts += 1;
        if let Some(r) = resolved {
            cell.fcr_known += 1;
            cell.fcr_yes += u64::from(r);
        }
        if let Some(e) = escalated {
            cell.escalation_known += 1;
            cell.escalated += u64::from(e);
        }
        if let Some(h) = handle {
            cell.handled += 1;
            cell.handle_sum += h;
            cell.handle_sq += h * h;
        }
        self.rows_counted += 1;
    }
}

/// A contact import in progress (see `SurveyImporter` for the survey one).
pub struct ContactImporter {
    rows: CsvRows,
    tally: ContactTally,
}

impl ContactImporter {
    /// Starts an import; reads the header and checks the mapped columns exist.
    pub fn new(data: Rc<Vec<u8>>, mapping: ContactMapping) -> Result<Self, ImportError> {
        let mut columns = vec![mapping.date_column];
        columns.extend(mapping.segment_column);
        columns.extend(mapping.resolved_column);
        columns.extend(mapping.escalated_column);
        columns.extend(mapping.handle_columns.iter().copied());
        let rows = CsvRows::new(data, mapping.delimiter, &columns)?;
        Ok(ContactImporter {
            rows,
            tally: ContactTally {
                mapping,
                too_many_segments: false,
                rows_read: 0,
                rows_counted: 0,
                problems: Problems::default(),
                segments: Vec::new(),
                cells: Vec::new(),
                index: HashMap::new(),
            },
        })
    }

    /// Reads up to `max_rows` rows; returns the share of the file read so far (0..1).
    pub fn step(&mut self, max_rows: usize) -> f64 {
        self.rows.step(&mut self.tally, max_rows)
    }

    /// True when the whole file has been read.
    pub fn is_done(&self) -> bool {
        self.rows.is_done()
    }

    /// Finishes: sums sorted by day and segment, with every problem found.
    pub fn finish(mut self) -> Result<ContactOutcome, ImportError> {
        while !self.rows.is_done() {
            self.step(usize::MAX);
        }
        let t = self.tally;
        if t.rows_read == 0 {
            return Err(ImportError::NoDataRows);
        }
        self.rows
            .check_size(t.too_many_segments, t.mapping.segment_column, t.cells.len())?;
        let problem_count = t.problems.count;
        let problems = self.rows.resolve(t.problems);
        let mut cells = t.cells;
        cells.sort_by_key(|c| (c.day, c.segment));
        Ok(ContactOutcome {
            counts: ContactCounts {
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

impl super::csv_rows::StepwiseImport for ContactImporter {
    type Outcome = ContactOutcome;
    fn step(&mut self, max_rows: usize) -> f64 {
        ContactImporter::step(self, max_rows)
    }
    fn is_done(&self) -> bool {
        ContactImporter::is_done(self)
    }
    fn finish(self) -> Result<ContactOutcome, ImportError> {
        ContactImporter::finish(self)
    }
}
