//! "Erase a customer" and "Export a customer's data" across the whole workspace: every
//! complaint with the customer's reference, in every project, and every other text that
//! names the reference (another complaint, a journey card, a fishbone note, a 5 Whys
//! answer, a PDCA plan, the project's description).

#[path = "erasure_export.rs"]
mod export;
#[path = "erasure_find.rs"]
mod find;
#[path = "erasure_text.rs"]
pub mod text;

pub use export::{answer_due, export_customer};
pub use find::{find_customer, Finding, Mention, Place};

use super::privacy;
use crate::domain::project::Project;
use crate::domain::Workspace;
use chrono::{DateTime, Utc};
use find::{
    complaint_texts, entry_place, field_words, find_in, Tool, FISHBONE, JOURNEY, PDCA, WHYS,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;
use std::rc::Rc;
use text::{blank_part, blank_word, contains_word};

/// The shortest reference searched for: a shorter one ("12", "AB") would match numbers
/// and words in other texts that have nothing to do with the customer.
pub const MIN_REFERENCE_CHARS: usize = 3;

/// Why a reference cannot be searched for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceError {
    Blank,
    TooShort,
}

impl fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReferenceError::Blank => {
                f.write_str("Type the customer's reference (an account or case number).")
            }
            ReferenceError::TooShort => write!(
                f,
                "A reference needs at least {MIN_REFERENCE_CHARS} characters: a shorter one \
                 would also match numbers and words in other texts that are not about this \
                 customer."
            ),
        }
    }
}

/// The reference as searched for (spaces around it dropped), or why it cannot be.
pub fn check_reference(reference: &str) -> Result<&str, ReferenceError> {
    match reference.trim() {
        "" => Err(ReferenceError::Blank),
        r if r.chars().count() < MIN_REFERENCE_CHARS => Err(ReferenceError::TooShort),
        r => Ok(r),
    }
}

/// What an erase did to one project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectErasure {
    /// The project's name (as it is after the erase).
    pub project: String,
    pub complaints_removed: usize,
    /// The texts the reference was blanked out of.
    pub texts_changed: Vec<Place>,
}

/// What an erase removed, project by project, for the report shown to the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErasureReport {
    pub projects: Vec<ProjectErasure>,
}

impl ErasureReport {
    /// Nothing was found.
    pub fn is_empty(&self) -> bool {
        self.projects.is_empty()
    }

    /// (complaints removed, texts changed) over every project.
    pub fn totals(&self) -> (usize, usize) {
        self.projects.iter().fold((0, 0), |(e, t), p| {
            (e + p.complaints_removed, t + p.texts_changed.len())
        })
    }
}

/// Blanks `r` out of each part that names it; only those parts are copied.
fn blank_parts<T: Serialize + DeserializeOwned>(
    tool: &Tool<T>,
    parts: &mut [Rc<T>],
    r: &str,
    out: &mut Vec<Place>,
) {
    for part in parts.iter_mut() {
        let Some((new, changed)) = blank_part(part.as_ref(), r) else {
            continue;
        };
        let item = (tool.title)(&new).to_string();
        out.extend(changed.iter().map(|keys| Place {
            tool: tool.name,
            item: item.clone(),
            field: field_words(keys),
        }));
        *part = Rc::new(new);
    }
}

/// Erases the customer `r` (already checked) from `p`: their entries go, the reference
/// is blanked out of every other text.
fn erase_in(p: &mut Project, r: &str) -> ProjectErasure {
    let removed = privacy::erase(&mut p.complaints, r).len();
    let mut places: Vec<Place> = Vec::new();
    for (field, text) in [("name", &mut p.name), ("description", &mut p.description)] {
        if let Some(new) = blank_word(text, r) {
            *text = new;
            let (tool, item) = ("Project", String::new());
            places.push(Place {
                tool,
                item,
                field: field.into(),
            });
        }
    }
    let named: Vec<String> = p
        .complaints
        .iter()
        .filter(|c| complaint_texts(c).iter().any(|(_, t)| contains_word(t, r)))
        .map(|c| c.id.to_string())
        .collect();
    for id in named {
        // Only the entries that change are copied: their chunks, not the log.
        let Some(c) = p.complaints.get_mut(&id) else {
            continue;
        };
        let mut fields = Vec::new();
        let mut blank = |field: &'static str, text: &mut String| {
            if let Some(new) = blank_word(text, r) {
                *text = new;
                fields.push(field);
            }
        };
        blank("summary", &mut c.summary);
        blank("resolution", &mut c.resolution);
        if let Some(e) = c.escalation.as_mut() {
            blank("escalated to", &mut e.to);
            blank("why escalated", &mut e.why);
        }
        places.extend(fields.into_iter().map(|f| entry_place(c, f)));
    }
    blank_parts(&JOURNEY, &mut p.journeys, r, &mut places);
    blank_parts(&FISHBONE, &mut p.fishbones, r, &mut places);
    blank_parts(&WHYS, &mut p.whys, r, &mut places);
    blank_parts(&PDCA, &mut p.pdca, r, &mut places);
    ProjectErasure {
        project: p.name.clone(),
        complaints_removed: removed,
        texts_changed: places,
    }
}

/// Erases the customer with `reference` from `ws`: their entries in every project, and
/// the reference (as a whole word) from every other text. `None` when nothing holds it
/// or the reference is refused by [`check_reference`]. Only the projects that hold it
/// are copied, and each is marked changed at `at`.
pub fn erase_customer(
    ws: &mut Workspace,
    reference: &str,
    at: DateTime<Utc>,
) -> Option<ErasureReport> {
    let r = check_reference(reference).ok()?;
    let mut report = ErasureReport::default();
    for p in ws.projects.iter_mut() {
        let found = find_in(p, r);
        if found.entries.is_empty() && found.mentions.is_empty() {
            continue;
        }
        let p = Rc::make_mut(p);
        let done = erase_in(p, r);
        p.updated_at = at;
        report.projects.push(done);
    }
    (!report.is_empty()).then_some(report)
}

#[cfg(test)]
#[path = "erasure_tests.rs"]
mod tests;
