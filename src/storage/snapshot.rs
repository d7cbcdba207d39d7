//! What a tab knows to be in storage: the stamp of the stored index, the workspace it
//! describes and the key of each project. A save compares the workspace it writes with
//! this one project by project (`Rc::ptr_eq`), so it writes only the projects that
//! changed; reading another tab's save reuses the projects whose key did not change.

use super::envelope::{read_json, Stamp};
use super::index::{Entry, Index};
use super::kv::{KeyValueStore, StoreError};
use super::packed::{pack, unpack};
use super::read_error::ReadError;
use crate::domain::complaints::log::{Chunk, ComplaintLog};
use crate::domain::complaints::model::Complaint;
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
    /// The keys of each project's complaint-log chunks, in the order of its chunks.
    pub(crate) chunks: Vec<Vec<String>>,
    /// Number of the save that wrote the index (0 for the single key).
    pub(crate) generation: u64,
}

impl Snapshot {
    /// A snapshot of data read from the single key of schema 1 and 2.
    pub(crate) fn single_key(workspace: Workspace, stamp: Stamp) -> Self {
        Snapshot {
            keys: vec![None; workspace.projects.len()],
            chunks: vec![Vec::new(); workspace.projects.len()],
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

    /// The stored key of each complaint-log chunk this snapshot holds, by the chunk's
    /// address in memory: a chunk of a later workspace found here is stored already.
    pub(crate) fn keys_by_chunk(&self) -> HashMap<*const Vec<Rc<Complaint>>, &str> {
        self.workspace
            .projects
            .iter()
            .zip(&self.chunks)
            .flat_map(|(p, keys)| {
                p.complaints
                    .chunks()
                    .iter()
                    .zip(keys)
                    .map(|(c, k)| (Rc::as_ptr(c), k.as_str()))
            })
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

    /// Every key this snapshot names: the projects' and their chunks'.
    pub(crate) fn named_keys(&self) -> impl Iterator<Item = &str> {
        self.keys
            .iter()
            .filter_map(|k| k.as_deref())
            .chain(self.chunks.iter().flatten().map(|k| k.as_str()))
    }

    /// The chunk keys of each project, in order. For tests that look at what a save
    /// wrote.
    pub fn chunk_keys(&self) -> &[Vec<String>] {
        &self.chunks
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

/// The stored text of a project, without its complaint log (kept in chunk keys).
pub(crate) fn encode_project(project: &Project) -> String {
    let head;
    let project = if project.complaints.is_empty() {
        project
    } else {
        head = Project {
            complaints: Default::default(),
            ..project.clone()
        };
        &head
    };
    // A Project is plain strings, numbers and dates: serialising it cannot fail.
    pack(&serde_json::to_string(project).unwrap_or_default())
}

/// The stored text of one chunk of a complaint log: its entries, as a list.
pub(crate) fn encode_chunk(chunk: &Chunk) -> String {
    pack(&serde_json::to_string(&**chunk).unwrap_or_default())
}

/// Reads the stored text of the project the index names as `entry`, without its
/// complaint log.
fn decode_head(text: &str, entry: &Entry) -> Result<Project, ReadError> {
    let json = unpack(text).map_err(|e| ReadError::WrongFormat(format!("its stored text: {e}")))?;
    let root = format!("project \"{}\"", entry.id);
    let project: Project = read_json(&json, &root)?;
    if project.id.0 != entry.id {
        return Err(ReadError::WrongFormat(format!(
            "the index names project \"{}\" but its key holds \"{}\"",
            entry.id, project.id
        )));
    }
    Ok(project)
}

/// Reads one stored chunk of the complaint log of the project named `entry`.
fn decode_chunk(text: &str, entry: &Entry, k: usize) -> Result<Chunk, ReadError> {
    let json = unpack(text)
        .map_err(|e| ReadError::WrongFormat(format!("its complaint log (part {}): {e}", k + 1)))?;
    let root = format!("project \"{}\" complaints part {}", entry.id, k + 1);
    let list: Vec<Rc<Complaint>> = read_json(&json, &root)?;
    Ok(Rc::new(list))
}

/// Why a project could not be read, and whether its key is there at all.
type Unread = (ReadError, bool);

/// Reads the project the index names as `entry`: its key, then its chunks (taking from
/// `known` the chunks already read under the same key), then checks it whole.
pub(crate) fn decode_project(
    store: &impl KeyValueStore,
    entry: &Entry,
    known: &HashMap<&str, &Chunk>,
) -> Result<Result<Rc<Project>, Unread>, StoreError> {
    let missing = |what: &str| ReadError::WrongFormat(format!("its stored {what} is missing"));
    let Some(text) = store.get(&entry.key)? else {
        return Ok(Err((missing("data"), false)));
    };
    let mut project = match decode_head(&text, entry) {
        Ok(p) => p,
        Err(e) => return Ok(Err((e, true))),
    };
    let mut chunks = Vec::with_capacity(entry.chunks.len());
    for (k, key) in entry.chunks.iter().enumerate() {
        let chunk = match known.get(key.as_str()) {
            Some(c) => Rc::clone(c),
            None => match store.get(key)? {
                None => return Ok(Err((missing("complaint log"), true))),
                Some(t) => match decode_chunk(&t, entry, k) {
                    Ok(c) => c,
                    Err(e) => return Ok(Err((e, true))),
                },
            },
        };
        chunks.push(chunk);
    }
    project.complaints = ComplaintLog::from_chunks(chunks);
    let root = format!("project \"{}\"", entry.id);
    let mut single = Workspace {
        projects: vec![Rc::new(project)],
        ..Default::default()
    };
    let problems = check_workspace(&single, &root);
    if !problems.is_empty() {
        return Ok(Err((ReadError::Invalid(problems), true)));
    }
    Ok(Ok(single.projects.remove(0)))
}

/// Everything stored for the project `entry` names, as one text to copy aside when it
/// cannot be read: its key's text alone, or, with a complaint log, a JSON object of the
/// key's text and each chunk's (`None` where a key is missing). `None` when nothing is
/// stored for it.
pub(crate) fn stored_text(
    store: &impl KeyValueStore,
    entry: &Entry,
) -> Result<Option<String>, StoreError> {
    let head = store.get(&entry.key)?;
    if entry.chunks.is_empty() {
        return Ok(head);
    }
    let mut chunks = Vec::with_capacity(entry.chunks.len());
    for key in &entry.chunks {
        chunks.push(store.get(key)?);
    }
    if head.is_none() && chunks.iter().all(Option::is_none) {
        return Ok(None);
    }
    Ok(Some(
        serde_json::json!({ "project": head, "complaint_chunks": chunks }).to_string(),
    ))
}

/// Checks what the index says before any key it names is read: every key is a project
/// key of this app, and no project is named twice.
pub(crate) fn check_index(index: &Index) -> Result<Settings, ReadError> {
    let mut seen = std::collections::HashSet::new();
    let mut keys = std::collections::HashSet::new();
    for entry in &index.projects {
        let foreign = entry
            .all_keys()
            .find(|k| !k.starts_with(super::keys::PROJECT_PREFIX) || !keys.insert(*k));
        if let Some(key) = foreign.or((!seen.insert(&entry.id)).then_some(entry.key.as_str())) {
            return Err(ReadError::WrongFormat(format!(
                "the stored index is damaged (project \"{}\", key \"{key}\")",
                entry.id
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
    let known_chunks: HashMap<&str, &Chunk> = reuse
        .map(|s| {
            s.workspace
                .projects
                .iter()
                .zip(&s.chunks)
                .flat_map(|(p, keys)| keys.iter().map(|k| k.as_str()).zip(p.complaints.chunks()))
                .collect()
        })
        .unwrap_or_default();
    let mut projects = Vec::with_capacity(index.projects.len());
    let mut keys = Vec::with_capacity(index.projects.len());
    let mut chunks = Vec::with_capacity(index.projects.len());
    let mut unreadable = Vec::new();
    for entry in &index.projects {
        let read = match known.get(entry.key.as_str()) {
            Some(p) => Ok(Rc::clone(p)),
            None => decode_project(store, entry, &known_chunks)?,
        };
        match read {
            Ok(p) => {
                projects.push(p);
                keys.push(Some(entry.key.clone()));
                chunks.push(entry.chunks.clone());
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
        chunks,
        generation: index.generation,
    };
    Ok((snapshot, unreadable))
}
