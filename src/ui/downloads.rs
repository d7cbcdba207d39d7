//! The files the app offers for download: backups of the workspace or of one project,
//! and copies of data it could not read. One place, so names and formats stay alike.

use crate::domain::dates::show_date;
use crate::domain::{DateStyle, ProjectId, Workspace};
use crate::storage::backup::{export_project, export_workspace, file_name};
use crate::ui::browser::{download_text, now, now_iso};

const JSON: &str = "application/json";

fn today() -> String {
    show_date(now(), DateStyle::Iso)
}

/// Downloads a backup of the whole workspace.
pub fn download_workspace(workspace: &Workspace) -> Result<(), String> {
    let text = export_workspace(workspace, &now_iso());
    download_text(&file_name(None, &today()), &text, JSON)
}

/// Downloads one project as a backup file.
pub fn download_project(workspace: &Workspace, id: &ProjectId) -> Result<(), String> {
    let project = workspace
        .project(id)
        .ok_or("the project no longer exists")?;
    let text = export_project(workspace, id, &now_iso()).ok_or("the project no longer exists")?;
    download_text(&file_name(Some(&project.name), &today()), &text, JSON)
}

/// Downloads stored text the app could not read, named after the storage key it is
/// kept under (e.g. `cx-workbench-unreadable-2026-11-24T10-00-00-000Z.json`).
pub fn download_unreadable(key: &str, text: &str) -> Result<(), String> {
    let when = key
        .strip_prefix(crate::storage::keys::UNREADABLE_PREFIX)
        .unwrap_or("stored-data")
        .replace([':', '.'], "-");
    download_text(&format!("cx-workbench-unreadable-{when}.json"), text, JSON)
}
