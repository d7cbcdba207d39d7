//! Contact records (a telephony or ticketing report, one contact a row): first contact
//! resolution, handling time and escalations, reduced to sums per day and segment.

use super::calendar::{DateFormat, Granularity};
use super::definitions::KpiKind;
use super::operations::FcrMethod;
use super::stats::MeanSummary;
use super::survey::{proportion, KpiFigure, Unit, CONFIDENCE};
use crate::domain::csv_import::{Breakdown, CsvImporter, ImportError, RowError, RowReader};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

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
                nps: None,
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
        // Inserted one by one: collecting into a map would build a sort of its own.
        let mut out = BTreeMap::new();
        for k in [KpiKind::Fcr, KpiKind::Aht, KpiKind::EscalationRate] {
            out.insert(k, k.definition().to_string());
        }
        out
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
pub type ContactOutcome = crate::domain::csv_import::ImportOutcome<ContactCounts>;

/// A contact import in progress (see `SurveyImporter` for the survey one).
pub type ContactImporter = CsvImporter<ContactRows>;

/// What contact rows add up to so far: sums per day and segment.
pub struct ContactRows {
    mapping: ContactMapping,
    segments: Breakdown,
    cells: Vec<ContactCell>,
    index: HashMap<(i32, u16), usize>,
}

impl RowReader for ContactRows {
    type Mapping = ContactMapping;
    type Output = ContactCounts;

    fn new(mapping: ContactMapping) -> Self {
        ContactRows {
            segments: Breakdown::new(mapping.segment_column),
            mapping,
            cells: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn delimiter(&self) -> u8 {
        self.mapping.delimiter
    }

    fn columns(&self) -> Vec<usize> {
        let m = &self.mapping;
        let mut columns = vec![m.date_column];
        columns.extend(m.segment_column);
        columns.extend(m.resolved_column);
        columns.extend(m.escalated_column);
        columns.extend(m.handle_columns.iter().copied());
        columns
    }

    fn read(&mut self, text: &[u8], spans: &[(usize, usize)]) -> Result<(), RowError> {
        let m = &self.mapping;
        let field = |i: usize| spans.get(i).map(|&(a, b)| &text[a..b]);
        let date = field(m.date_column).ok_or(RowError::too_few_columns(m.date_column))?;
        let Some(day) = m.date_format.parse(date) else {
            let shown: String = String::from_utf8_lossy(date.trim_ascii())
                .chars()
                .take(40)
                .collect();
            let message = format!(
                "\"{shown}\" is not a date written {}",
                m.date_format.label()
            );
            return Err(RowError::new(m.date_column, message));
        };
        let flag = |col: Option<usize>| -> Result<Option<bool>, RowError> {
            let Some(c) = col else { return Ok(None) };
            let text = field(c).ok_or(RowError::too_few_columns(c))?;
            parse_flag(text).map_err(|e| RowError::new(c, e))
        };
        let resolved = flag(m.resolved_column)?;
        let escalated = flag(m.escalated_column)?;
        let mut handle: Option<f64> = None;
        for &c in &m.handle_columns {
            let text = field(c).ok_or(RowError::too_few_columns(c))?;
            if let Some(s) = parse_seconds(text).map_err(|e| RowError::new(c, e))? {
                handle = Some(handle.unwrap_or(0.0) + s);
            }
        }
        let segment = match m.segment_column {
            None => 0,
            Some(c) => {
                let name = field(c).ok_or(RowError::too_few_columns(c))?;
                match self.segments.index(name.trim_ascii()) {
                    Some(i) => i,
                    // Too many values: the import is refused at the end.
                    None => return Ok(()),
                }
            }
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
        Ok(())
    }

    /// Sums sorted by day and segment.
    fn finish(self, headers: &[String]) -> Result<ContactCounts, ImportError> {
        let segments = self.segments.finish(headers, self.cells.len())?;
        let mut cells = self.cells;
        crate::domain::sort::sort_by_key(&mut cells, |c| (c.day, c.segment));
        Ok(ContactCounts { segments, cells })
    }
}
