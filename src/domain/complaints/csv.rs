//! Complaints read from a CSV file (another tool's export, or this log's own): which
//! column holds what, guessed from the header names, and a [`RowReader`] for the
//! generic importer that turns each row into a [`Complaint`], naming the row and column
//! of anything it cannot read, and noting the personal data found in each entry's free
//! text so the page can show it and redact it before anything is kept.

use super::model::{Complaint, ComplaintId, Escalation, MAX_LINE_CHARS, MAX_TEXT_CHARS};
use crate::domain::csv_import::{ImportError, ImportOutcome, RowError, RowReader};
use crate::domain::kpi::calendar::DateFormat;
use fields as cell;
use std::rc::Rc;

pub use columns::{ComplaintColumns, Field};
pub use export::export_csv;
pub use finds::{import_summary, marked, redact_imported, EntryFinds, Imported};
pub use guess::{guess_columns, guess_date_format};

#[path = "csv_columns.rs"]
mod columns;
#[path = "csv_export.rs"]
mod export;
#[path = "csv_fields.rs"]
pub mod fields;
#[path = "csv_finds.rs"]
mod finds;
#[path = "csv_guess.rs"]
mod guess;

/// Makes the id of each complaint read. Supplied by the caller so the domain stays
/// deterministic (the page passes `ComplaintId::fresh(random_u64())`).
pub type IdSource = Rc<dyn Fn() -> ComplaintId>;

/// How to read a complaint file.
#[derive(Clone)]
pub struct ComplaintMapping {
    pub delimiter: u8,
    pub columns: ComplaintColumns,
    /// How dates are written (ISO 8601 is read whatever is chosen).
    pub date_format: DateFormat,
    /// The team's categories: a category matching one but for case or spaces is
    /// spelled as the team spells it.
    pub categories: Vec<String>,
    pub ids: IdSource,
}

/// What a complaint import produced.
pub type ComplaintOutcome = ImportOutcome<Imported>;

/// Reads complaint rows.
pub struct ComplaintRows {
    mapping: ComplaintMapping,
    out: Imported,
}

/// Most complaints one file may bring: what one log keeps.
const MAX_ROWS: usize = super::edit::MAX_ENTRIES;

impl RowReader for ComplaintRows {
    type Mapping = ComplaintMapping;
    type Output = Imported;

    fn new(mapping: ComplaintMapping) -> Self {
        ComplaintRows {
            mapping,
            out: Imported::default(),
        }
    }

    fn delimiter(&self) -> u8 {
        self.mapping.delimiter
    }

    fn columns(&self) -> Vec<usize> {
        self.mapping.columns.iter().map(|(_, c)| c).collect()
    }

    fn read(&mut self, text: &[u8], spans: &[(usize, usize)]) -> Result<(), RowError> {
        let complaint = self.complaint(text, spans)?;
        if self.out.complaints.len() >= MAX_ROWS {
            let column = self.mapping.columns.get(Field::Received).unwrap_or(0);
            let message =
                format!("the log keeps at most {MAX_ROWS} complaints; this row is past that");
            return Err(RowError::new(column, message));
        }
        self.out.push(complaint);
        Ok(())
    }

    fn finish(self, _headers: &[String]) -> Result<Imported, ImportError> {
        Ok(self.out)
    }
}

impl ComplaintRows {
    fn complaint(&self, text: &[u8], spans: &[(usize, usize)]) -> Result<Complaint, RowError> {
        let m = &self.mapping;
        // The text of `field`'s cell with its column, when the field is mapped.
        let get = |field: Field| -> Result<Option<(String, usize)>, RowError> {
            let Some(c) = m.columns.get(field) else {
                return Ok(None);
            };
            let &(a, b) = spans.get(c).ok_or(RowError::too_few_columns(c))?;
            Ok(Some((cell::text(&text[a..b]), c)))
        };
        // A field read by `parse`, or `None` when unmapped or blank.
        fn read<T>(
            cell: Option<(String, usize)>,
            parse: impl Fn(&str) -> Result<T, String>,
        ) -> Result<Option<T>, RowError> {
            match cell {
                Some((t, c)) if !t.is_empty() => {
                    parse(&t).map(Some).map_err(|e| RowError::new(c, e))
                }
                _ => Ok(None),
            }
        }
        let limited = |field: Field, max: usize| -> Result<String, RowError> {
            match get(field)? {
                Some((t, c)) if t.chars().count() > max => Err(RowError::new(
                    c,
                    format!(
                        "is {} characters long; at most {max} can be kept",
                        t.chars().count()
                    ),
                )),
                Some((t, _)) => Ok(t),
                None => Ok(String::new()),
            }
        };
        let f = m.date_format;
        let received_col = m.columns.get(Field::Received).unwrap_or(0);
        let mut received =
            read(get(Field::Received)?, |t| cell::received(t, f))?.ok_or_else(|| {
                RowError::new(
                    received_col,
                    "is empty: say when the complaint was received",
                )
            })?;
        if let Some(at) = read(get(Field::ReceivedTime)?, |t| {
            cell::time(t).ok_or_else(|| format!("\"{t}\" is not a time of day (like 14:05)"))
        })? {
            received = received.date().and_time(at);
        }
        let summary = limited(Field::Summary, MAX_TEXT_CHARS)?;
        if summary.is_empty() {
            let c = m.columns.get(Field::Summary).unwrap_or(0);
            return Err(RowError::new(
                c,
                "is empty: say what the complaint is about",
            ));
        }
        let mut c = Complaint::new((m.ids)(), received, &summary);
        c.channel =
            get(Field::Channel)?.map_or(super::model::Channel::Other, |(t, _)| cell::channel(&t));
        c.category = self.category(limited(Field::Category, MAX_LINE_CHARS)?);
        c.customer = limited(Field::Customer, MAX_LINE_CHARS)?;
        c.severity = read(get(Field::Severity)?, cell::severity)?.unwrap_or_default();
        c.first_contact = read(get(Field::FirstContact)?, cell::flag)?.flatten();
        c.upheld = read(get(Field::Upheld)?, cell::upheld)?.flatten();
        c.remedies = read(get(Field::Remedies)?, cell::remedies)?.unwrap_or_default();
        c.resolution = limited(Field::Resolution, MAX_TEXT_CHARS)?;
        let level = read(get(Field::EscalationLevel)?, cell::level)?;
        let to = limited(Field::EscalatedTo, MAX_LINE_CHARS)?;
        let why = limited(Field::EscalationReason, MAX_TEXT_CHARS)?;
        let at = read(get(Field::EscalatedOn)?, |t| cell::day_only(t, f))?;
        if level.is_some() || !to.is_empty() || !why.is_empty() || at.is_some() {
            c.escalation = Some(Escalation {
                level: level.unwrap_or(1),
                to,
                at,
                why,
            });
        }
        let day = received.date();
        let not_before = |field: Field, d: chrono::NaiveDate| -> Result<(), RowError> {
            if d < day {
                let col = m.columns.get(field).unwrap_or(0);
                let message = format!("{d} is before the complaint was received ({day})");
                return Err(RowError::new(col, message));
            }
            Ok(())
        };
        if let Some((t, col)) = get(Field::Steps)? {
            for step in cell::list(&t) {
                if step.chars().count() > MAX_LINE_CHARS {
                    let message = format!("a step is longer than {MAX_LINE_CHARS} characters");
                    return Err(RowError::new(col, message));
                }
                if !c.checklist.iter().any(|s| s == step) {
                    c.checklist.push(step.to_string());
                }
            }
        }
        c.follow_up = read(get(Field::FollowUp)?, |t| cell::day_only(t, f))?;
        c.follow_up_done = read(get(Field::FollowUpDone)?, cell::flag)?
            .flatten()
            .unwrap_or(false);
        if let Some((t, col)) = get(Field::Met)? {
            for item in cell::list(&t) {
                let bad = || {
                    format!("\"{item}\" is not a deadline and the day it was met (like \"Acknowledge: 2026-11-04\")")
                };
                let (clock, on) = item
                    .rsplit_once(':')
                    .ok_or_else(|| RowError::new(col, bad()))?;
                let (clock, on) = (clock.trim(), on.trim());
                let on = cell::day_only(on, f).map_err(|_| RowError::new(col, bad()))?;
                if clock.is_empty() || clock.chars().count() > MAX_LINE_CHARS {
                    return Err(RowError::new(col, bad()));
                }
                not_before(Field::Met, on)?;
                c.met.insert(clock.to_string(), on);
            }
        }
        c.closed = read(get(Field::Closed)?, |t| cell::day_only(t, f))?;
        if let Some(closed) = c.closed {
            not_before(Field::Closed, closed)?;
        }
        Ok(c)
    }

    /// The team's spelling of a category, when it names one of theirs.
    fn category(&self, name: String) -> String {
        let key = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let k = key(&name);
        self.mapping
            .categories
            .iter()
            .find(|c| key(c) == k)
            .cloned()
            .unwrap_or(name)
    }
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
