//! A complaint category's name: what it may be, and renaming it. A rename changes the
//! name in Settings and on every complaint already logged under it, in every project,
//! each entry's audit trail saying so: counts, recurring issues, filters and the fishbone
//! mapping then keep those complaints together under the new name instead of splitting
//! them between an old name no longer offered and the new one.

use super::model::{AuditRecord, MAX_LINE_CHARS};
use super::settings::Category;
use crate::domain::Workspace;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Why `name` cannot be a category beside `others`, in words, if it cannot: blank, too
/// long, or the name of another category (case and surrounding spaces aside).
pub fn name_problem<'a>(
    name: &str,
    others: impl IntoIterator<Item = &'a Category>,
) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        Some("Give the category a name.".into())
    } else if name.chars().count() > MAX_LINE_CHARS {
        Some(format!(
            "A category name must be {MAX_LINE_CHARS} characters or fewer."
        ))
    } else if others
        .into_iter()
        .any(|c| c.name.trim().eq_ignore_ascii_case(name))
    {
        Some(format!(
            "There is already a category \u{201c}{name}\u{201d}."
        ))
    } else {
        None
    }
}

/// How many complaints, in every project, are logged under the category `name`.
pub fn logged_under(ws: &Workspace, name: &str) -> usize {
    let name = name.trim();
    ws.projects
        .iter()
        .map(|p| {
            p.complaints
                .iter()
                .filter(|c| c.category.trim() == name)
                .count()
        })
        .sum()
}

/// How many complaints, in every project, are logged under each category name (its
/// spaces trimmed): one pass over the logs, for a page listing every category.
pub fn logged_counts(ws: &Workspace) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for c in ws.projects.iter().flat_map(|p| p.complaints.iter()) {
        *counts.entry(c.category.trim()).or_default() += 1;
    }
    counts
}

/// What a rename did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renamed {
    pub from: String,
    pub to: String,
    /// Complaints renamed, in every project.
    pub complaints: usize,
}

/// Renames the category at `index` of the complaint settings to `to`, and every complaint
/// logged under its old name, at `at`. `Ok(None)` when nothing changes (no category
/// there, or the same name); `Err` with the reason when `to` cannot be a name. Only the
/// projects, chunks and entries that change are copied.
pub fn rename_category(
    ws: &mut Workspace,
    index: usize,
    to: &str,
    at: DateTime<Utc>,
) -> Result<Option<Renamed>, String> {
    let categories = &ws.settings.complaints.categories;
    let Some(old) = categories.get(index) else {
        return Ok(None);
    };
    let (from, to) = (old.name.trim().to_string(), to.trim().to_string());
    if from == to {
        return Ok(None);
    }
    let others = categories
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .map(|(_, c)| c);
    if let Some(why) = name_problem(&to, others) {
        return Err(why);
    }
    let by = ws.settings.complaints.author();
    let what =
        format!("category renamed from \u{201c}{from}\u{201d} to \u{201c}{to}\u{201d} in Settings");
    let mut complaints = 0;
    for p in ws.projects.iter_mut() {
        if !p.complaints.iter().any(|c| c.category.trim() == from) {
            continue;
        }
        let p = Rc::make_mut(p);
        complaints += p.complaints.update_where(
            |c| c.category.trim() == from,
            |c| {
                c.category = to.clone();
                c.audit.push(AuditRecord {
                    at,
                    by: by.clone(),
                    what: what.clone(),
                });
            },
        );
        p.updated_at = at;
    }
    ws.settings.complaints.categories[index].name = to.clone();
    Ok(Some(Renamed {
        from,
        to,
        complaints,
    }))
}

#[cfg(test)]
#[path = "category_rename_tests.rs"]
mod tests;
