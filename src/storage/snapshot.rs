//! What a tab knows to be in storage: the stamp of the stored index, the workspace it
//! describes and the key of each project. A save compares the workspace it writes with
//! this one project by project (`Rc::ptr_eq`), so it writes only the projects that
//! changed; reading another tab's save reuses the projects whose key did not change.

use super::envelope::{read_json, Stamp};
use super::index::{Entry, Index};
use super::kv::{KeyValueStore, StoreError};
use super::packed::{pack, unpack};
use super::read_error::ReadError;
use crate::domain::validate::check_workspace;
use crate::domain::{Project, Settings, Workspace};
use std::collections::HashMap;
use std::rc::Rc;

/// The stored state as this tab last read or wrote it.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub stamp: Stamp,
    /// Shares its projects with the app's state (cloning it copies no project).
    pub workspace: Workspace,
    /// The key of each project of `workspace`, in order; `None` for a project read
    /// from the single key of schema 1 and 2, which has no key of its own yet.
    pub(crate) keys: Vec<Option<String>>,
    /// Number of the save that wrote the index (0 for the single key).
    pub(crate) generation: u64,
}

impl Snapshot {
    /// A snapshot of data read from the single key of schema 1 and 2.
    pub(crate) fn single_key(workspace: Workspace, stamp: Stamp) -> Self {
        Snapshot {
            keys: vec![None; workspace.projects.len()],
            stamp,
            workspace,
            generation: 0,
        }
    }

    /// The stored key of each project this snapshot holds, by the project's address in
    /// memory: a project of a later workspace found here has not changed since.
    pub(crate) fn keys_by_project(&self) -> HashMap<*const Project, &str> {
        self.workspace
            .projects
            .iter()
            .zip(&self.keys)
            .filter_map(|(p, k)| Some((Rc::as_ptr(p), k.as_deref()?)))
            .collect()
    }

    /// The key of each project, in order (`None`: not yet in a key of its own). For
    /// tests that look at what a save wrote.
    pub fn project_keys(&self) -> Vec<String> {
        self.keys
            .iter()
            .map(|k| k.clone().unwrap_or_default())
            .collect()
    }

    /// Every project key this snapshot names.
    pub(crate) fn named_keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().filter_map(|k| k.as_deref())
    }
}

/// A project the index names whose key could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct UnreadableProject {
    /// The project as the index names it (id, name and key).
    pub entry: Entry,
    /// Why it could not be read.
    pub reason: ReadError,
    /// False when its key is missing altogether.
    pub present: bool,
}

/// The stored text of a project.
pub(crate) fn encode_project(project: &Project) -> String {
    // A Project is plain strings, numbers and dates: serialising it cannot fail.
    pack(&serde_json::to_string(project).unwrap_or_default())
}

/// Reads the stored text of the project the index names as `entry`.
pub(crate) fn decode_project(text: &str, entry: &Entry) -> Result<Rc<Project>, ReadError> {
    let json = unpack(text).map_err(|e| ReadError::WrongFormat(format!("its stored text: {e}")))?;
    let root = format!("project \"{}\"", entry.id);
    let project: Project = read_json(&json, &root)?;
    if project.id.0 != entry.id {
        return Err(ReadError::WrongFormat(format!(
            "the index names project \"{}\" but its key holds \"{}\"",
            entry.id, project.id
        )));
    }
    let mut single = Workspace {
        projects: vec![Rc::new(project)],
        ..Default::default()
    };
    let problems = check_workspace(&single, &root);
    if !problems.is_empty() {
        return Err(ReadError::Invalid(problems));
    }
    Ok(single.projects.remove(0))
}

/// Checks what the index says before any key it names is read: every key is a project
/// key of this app, and no project is named twice.
pub(crate) fn check_index(index: &Index) -> Result<Settings, ReadError> {
    let mut seen = std::collections::HashSet::new();
    for entry in &index.projects {
        if !entry.key.starts_with(super::keys::PROJECT_PREFIX) || !seen.insert(&entry.id) {
            return Err(ReadError::WrongFormat(format!(
                "the stored index is damaged (project \"{}\", key \"{}\")",
                entry.id, entry.key
            )));
        }
    }
    read_json(index.settings.get(), "settings")
}

/// Reads the projects `index` names. A project whose key `reuse` already holds is taken
/// from there, unread; one that cannot be read is left out and listed.
pub(crate) fn read_projects(
    store: &impl KeyValueStore,
    index: &Index,
    settings: Settings,
    reuse: Option<&Snapshot>,
) -> Result<(Snapshot, Vec<UnreadableProject>), StoreError> {
    let known: HashMap<&str, &Rc<Project>> = reuse
        .map(|s| {
            s.keys
                .iter()
                .zip(&s.workspace.projects)
                .filter_map(|(k, p)| Some((k.as_deref()?, p)))
                .collect()
        })
        .unwrap_or_default();
    let mut projects = Vec::with_capacity(index.projects.len());
    let mut keys = Vec::with_capacity(index.projects.len());
    let mut unreadable = Vec::new();
    for entry in &index.projects {
        let read = match known.get(entry.key.as_str()) {
            Some(p) => Ok(Rc::clone(p)),
            None => match store.get(&entry.key)? {
                Some(text) => decode_project(&text, entry).map_err(|r| (r, true)),
                None => Err((
                    ReadError::WrongFormat("its stored data is missing".into()),
                    false,
                )),
            },
        };
        match read {
            Ok(p) => {
                projects.push(p);
                keys.push(Some(entry.key.clone()));
            }
            Err((reason, present)) => unreadable.push(UnreadableProject {
                entry: entry.clone(),
                reason,
                present,
            }),
        }
    }
    let snapshot = Snapshot {
        stamp: index.stamp.clone(),
        workspace: Workspace { settings, projects },
        keys,
        generation: index.generation,
    };
    Ok((snapshot, unreadable))
}
