//! The backup file: the whole workspace or one project as versioned JSON, and the
//! checks an imported file must pass before anything changes.

use super::envelope::{decode_data, APP_VERSION};
use super::read_error::ReadError;
use crate::domain::workspace::SCHEMA_VERSION;
use crate::domain::{Project, ProjectId, Workspace};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// The `format` field that marks a CX Workbench backup.
pub const FORMAT: &str = "cx-workbench-backup";
/// Largest backup file accepted. It bounds what a hostile file can make the app parse,
/// and stays above the largest backup the app can write: storage is compressed, so the
/// 5.24 M characters of localStorage hold a workspace of some 50 MB as a backup (a
/// complaint log of 50,000 entries is 16 MB as a backup and 1.8 M characters stored).
pub const MAX_BACKUP_BYTES: usize = 96 * 1024 * 1024;

/// What a backup file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BackupScope {
    /// Settings and every project.
    Workspace,
    /// One project (its workspace holds only that project).
    Project,
}

#[derive(Serialize)]
struct BackupOut<'a> {
    format: &'static str,
    schema_version: u32,
    app_version: &'static str,
    exported_at: &'a str,
    scope: BackupScope,
    data: &'a Workspace,
}

#[derive(Deserialize)]
struct BackupIn<'a> {
    format: Option<String>,
    schema_version: Option<u64>,
    exported_at: Option<String>,
    scope: Option<BackupScope>,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
}

/// A backup file that passed every check.
#[derive(Clone, Debug, PartialEq)]
pub struct BackupContents {
    pub scope: BackupScope,
    pub exported_at: Option<String>,
    pub workspace: Workspace,
}

/// The backup file for the whole workspace. `exported_at` is ISO 8601.
pub fn export_workspace(workspace: &Workspace, exported_at: &str) -> String {
    write(workspace, BackupScope::Workspace, exported_at)
}

/// The backup file for one project, or `None` if there is no such project.
pub fn export_project(workspace: &Workspace, id: &ProjectId, exported_at: &str) -> Option<String> {
    let project = workspace.project(id)?.clone();
    let single = Workspace {
        settings: Default::default(),
        projects: vec![std::rc::Rc::new(project)],
    };
    Some(write(&single, BackupScope::Project, exported_at))
}

fn write(workspace: &Workspace, scope: BackupScope, exported_at: &str) -> String {
    crate::domain::pretty_json::to_string_pretty(&BackupOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        exported_at,
        scope,
        data: workspace,
    })
    .unwrap_or_default()
}

/// A file name for a backup: `cx-workbench-backup-2026-11-24.json`, or for one project
/// `cx-workbench-project-late-deliveries-q3-2026-11-24.json`.
pub fn file_name(project_name: Option<&str>, date: &str) -> String {
    match project_name {
        None => format!("cx-workbench-backup-{date}.json"),
        Some(name) => {
            let mut slug = String::new();
            for c in name.chars() {
                if c.is_ascii_alphanumeric() {
                    slug.push(c.to_ascii_lowercase());
                } else if !slug.ends_with('-') && !slug.is_empty() {
                    slug.push('-');
                }
            }
            let slug: String = slug.trim_end_matches('-').chars().take(40).collect();
            let slug = if slug.is_empty() {
                "project".to_string()
            } else {
                slug
            };
            format!(
                "cx-workbench-project-{}-{date}.json",
                slug.trim_end_matches('-')
            )
        }
    }
}

/// Reads and checks a backup file. Nothing is changed by reading; every problem names
/// where it is (line and column, or JSON path).
pub fn read_backup(text: &str) -> Result<BackupContents, ReadError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(ReadError::TooLarge {
            bytes: text.len(),
            limit: MAX_BACKUP_BYTES,
        });
    }
    // A byte-order mark is legal at the start of a UTF-8 file some editors save.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Syntax first, so a broken or absurdly nested file is reported as such (with its
    // line and column) rather than as the wrong kind of document.
    serde_json::from_str::<serde::de::IgnoredAny>(text)?;
    let file: BackupIn = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            ReadError::WrongFormat(format!(
                "this is JSON but not a CX Workbench backup ({})",
                e.to_string().split(" at line ").next().unwrap_or_default()
            ))
        } else {
            ReadError::from(e)
        }
    })?;
    if file.format.as_deref() != Some(FORMAT) {
        return Err(ReadError::WrongFormat(format!(
            "this is not a CX Workbench backup: the field \"format\" should be \"{FORMAT}\""
        )));
    }
    let Some(version) = file.schema_version else {
        return Err(ReadError::WrongFormat(
            "the backup has no \"schema_version\"".into(),
        ));
    };
    let Some(data) = file.data else {
        return Err(ReadError::WrongFormat("the backup has no \"data\"".into()));
    };
    let workspace = decode_data(data, version, "data")?;
    // Required, so a single project's file can never be taken for a whole workspace
    // (which would offer to replace everything).
    let Some(scope) = file.scope else {
        return Err(ReadError::WrongFormat(
            "the backup has no \"scope\" (\"workspace\" or \"project\")".into(),
        ));
    };
    Ok(BackupContents {
        scope,
        exported_at: file.exported_at,
        workspace,
    })
}

/// Copies of imported projects ready to add beside the existing ones: each gets a fresh
/// id from `new_id`, and a name already in use gets " (imported)" added, so nothing is
/// merged into or mistaken for an existing project.
pub fn fresh_copies(
    imported: &[std::rc::Rc<Project>],
    existing: &Workspace,
    mut new_id: impl FnMut() -> ProjectId,
) -> Vec<Project> {
    let mut taken: Vec<String> = existing.projects.iter().map(|p| p.name.clone()).collect();
    imported
        .iter()
        .map(|p| {
            let mut id = new_id();
            while !existing.id_is_free(&id) {
                id = new_id();
            }
            let mut name = p.name.clone();
            if taken.contains(&name) {
                let suffix = " (imported)";
                let room = crate::domain::project::MAX_NAME_CHARS - suffix.len();
                name = format!("{}{suffix}", name.chars().take(room).collect::<String>());
            }
            taken.push(name.clone());
            Project {
                id,
                name,
                ..p.as_ref().clone()
            }
        })
        .collect()
}
