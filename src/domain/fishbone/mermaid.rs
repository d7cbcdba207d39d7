//! Mermaid `ishikawa-beta` text in and out (Mermaid 11.12+). Read as Mermaid reads it:
//! after the `ishikawa-beta` (or `ishikawa`) line, the first line is the effect; the
//! first line after it sets the indentation of the categories, and any line indented
//! that much or less is a category; a deeper line belongs to the nearest line above it
//! that is indented less (relative indentation, as in Mermaid's mindmap: any number of
//! spaces or tabs is a step, each whitespace character counting one). `%%` lines are
//! comments, blank lines are skipped, and front matter between `---` lines at the very
//! start is skipped.
//!
//! Statuses other than "suspected" are written as a comment line under the cause
//! (`%% status: confirmed`), which Mermaid ignores and this reader reads back; evidence
//! and dots are not written (Mermaid has nowhere to show them).

use super::ids::{CategoryId, CauseId, FishboneId};
use super::model::{Category, Cause, CauseStatus, Fishbone};
use super::presets::Preset;
use std::fmt;

/// A line Mermaid text could not be read at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MermaidError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for MermaidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Something the reader should be told about how a line was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub line: usize,
    pub message: String,
}

/// A category or cause as read, with the causes under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Branch {
    pub text: String,
    pub status: CauseStatus,
    /// The line it was read from.
    pub line: usize,
    pub children: Vec<Branch>,
}

/// A diagram's content read from Mermaid text, and what the reader should be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub effect: String,
    /// The categories; their children are the causes.
    pub categories: Vec<Branch>,
    pub notices: Vec<Notice>,
}

/// What an empty text becomes in Mermaid, where a line cannot be blank.
pub const BLANK: &str = "(blank)";

/// Text as Mermaid reads it back unchanged on one line: line breaks and tabs become
/// spaces; `%%` (a comment or directive to Mermaid) becomes `%`; text that starts with
/// "ishikawa" (Mermaid's keyword) gets an invisible zero-width space in front, which
/// [`parse`] removes; blank text is written as [`BLANK`].
pub fn clean(text: &str) -> String {
    let mut t = text.replace(['\n', '\r', '\t'], " ");
    while t.contains("%%") {
        t = t.replace("%%", "%");
    }
    // Trimmed as Mermaid trims: a leading BOM would otherwise count as indentation.
    let t = t.trim_matches(read::is_space);
    if t.is_empty() {
        BLANK.to_string()
    } else if t.to_lowercase().starts_with("ishikawa") {
        format!("\u{200b}{t}")
    } else {
        t.to_string()
    }
}

const STEP: &str = "    ";

fn emit_cause(out: &mut String, c: &Cause, depth: usize) {
    let indent = STEP.repeat(depth + 2);
    out.push_str(&format!("{indent}{}\n", clean(&c.text)));
    if c.status != CauseStatus::Suspected {
        out.push_str(&format!("{indent}%% status: {}\n", c.status.words()));
    }
    for child in &c.children {
        emit_cause(out, child, depth + 1);
    }
}

/// The diagram as Mermaid `ishikawa-beta` text, four spaces a level.
pub fn emit(f: &Fishbone) -> String {
    let mut out = String::from("ishikawa-beta\n");
    out.push_str(&format!("{STEP}{}\n", clean(&f.effect)));
    for cat in &f.categories {
        out.push_str(&format!("{STEP}{STEP}{}\n", clean(&cat.name)));
        for c in &cat.causes {
            emit_cause(&mut out, c, 1);
        }
    }
    out
}

fn cause_from(b: Branch, new_id: &mut impl FnMut() -> u64) -> Cause {
    let mut c = Cause::new(CauseId::fresh(new_id()), &b.text);
    c.status = b.status;
    c.children = b
        .children
        .into_iter()
        .map(|k| cause_from(k, new_id))
        .collect();
    c
}

impl Imported {
    /// A new diagram of this content; ids from `new_id`.
    pub fn into_fishbone(self, id: FishboneId, mut new_id: impl FnMut() -> u64) -> Fishbone {
        let mut f = Fishbone::new(id, &self.effect, Preset::Custom, &mut new_id);
        f.categories = self
            .categories
            .into_iter()
            .map(|g| Category {
                id: CategoryId::fresh(new_id()),
                name: g.text.trim().to_string(),
                causes: g
                    .children
                    .into_iter()
                    .map(|k| cause_from(k, &mut new_id))
                    .collect(),
            })
            .collect();
        f
    }
}

#[path = "mermaid_read.rs"]
mod read;
pub use read::parse;

#[cfg(test)]
#[path = "mermaid_tests.rs"]
mod tests;
