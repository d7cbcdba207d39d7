//! Every change a user can make to the workspace.

use crate::domain::{Project, ProjectId, ProjectText, Settings, Workspace};
use chrono::{DateTime, Utc};

/// A change to the workspace. Actions carry their own ids and times so that applying
/// one is a pure function (the same action always gives the same workspace).
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Adds a new project.
    CreateProject {
        id: ProjectId,
        text: ProjectText,
        at: DateTime<Utc>,
    },
    /// Changes a project's name and description.
    EditProject {
        id: ProjectId,
        text: ProjectText,
        at: DateTime<Utc>,
    },
    /// Copies a project under a new id, placed just after the original.
    DuplicateProject {
        source: ProjectId,
        new_id: ProjectId,
        at: DateTime<Utc>,
    },
    /// Removes a project (undo brings it back).
    DeleteProject { id: ProjectId },
    /// Replaces the workspace settings.
    UpdateSettings(Settings),
    /// Adds projects read from a backup file; their ids are already fresh.
    AddImportedProjects(Vec<Project>),
    /// Replaces everything with a workspace read from a backup file.
    ReplaceWorkspace(Workspace),
}

impl Action {
    /// What the action did, for the undo button and the status message ("Undo: …").
    pub fn describe(&self) -> String {
        match self {
            Action::CreateProject { text, .. } => format!("create project \"{}\"", text.name),
            Action::EditProject { text, .. } => format!("edit project \"{}\"", text.name),
            Action::DuplicateProject { .. } => "duplicate project".into(),
            Action::DeleteProject { .. } => "delete project".into(),
            Action::UpdateSettings(_) => "change settings".into(),
            Action::AddImportedProjects(list) => match list.len() {
                1 => "import 1 project".into(),
                n => format!("import {n} projects"),
            },
            Action::ReplaceWorkspace(_) => "replace workspace from backup".into(),
        }
    }
}
