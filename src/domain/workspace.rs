//! The whole document a user keeps: settings and projects. One serde value.

use super::project::{Project, ProjectId};
use super::settings::Settings;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Version of the stored shape of [`Workspace`]. Raise it with every change that an
/// older reader could not take, and add a migration in `storage::migrations`.
/// Version 3 keeps the workspace in several storage keys (the data's shape is that of 2);
/// version 4 gives projects their fishbone diagrams and 5 Whys analyses; version 5 their
/// PDCA cycles; version 6 their complaint logs (kept in keys of their own, a chunk of
/// entries per key).
pub const SCHEMA_VERSION: u32 = 6;

/// Everything the app stores for one device.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    #[serde(default)]
    pub settings: Settings,
    /// Projects in the order the user sees them when sorted by creation. Shared
    /// (`Rc`): a change copies only the project it touches (`Rc::make_mut`), so an
    /// undo step and a save cost what changed, not the whole workspace.
    #[serde(default)]
    pub projects: Vec<Rc<Project>>,
}

impl Workspace {
    /// The project with this id, if any.
    pub fn project(&self, id: &ProjectId) -> Option<&Project> {
        self.projects
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.as_ref())
    }

    /// The project with this id, shared.
    pub fn project_rc(&self, id: &ProjectId) -> Option<&Rc<Project>> {
        self.projects.iter().find(|p| &p.id == id)
    }

    /// The project with this id to change: copied first only if an undo step or a
    /// saved copy still shares it.
    pub fn project_mut(&mut self, id: &ProjectId) -> Option<&mut Project> {
        self.projects
            .iter_mut()
            .find(|p| &p.id == id)
            .map(Rc::make_mut)
    }

    /// Where the project with this id sits in the list.
    pub fn position(&self, id: &ProjectId) -> Option<usize> {
        self.projects.iter().position(|p| &p.id == id)
    }

    /// Projects, most recently changed first (the order of the project list).
    pub fn recently_changed(&self) -> Vec<&Project> {
        let mut list: Vec<&Project> = self.projects.iter().map(|p| p.as_ref()).collect();
        crate::domain::sort::sort_by(&mut list, |a, b| {
            b.updated_at
                .cmp(&a.updated_at)
                .then_with(|| a.name.cmp(&b.name))
        });
        list
    }

    /// True when no project has this id.
    pub fn id_is_free(&self, id: &ProjectId) -> bool {
        self.project(id).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ProjectText;
    use chrono::{TimeZone, Utc};

    #[test]
    fn recently_changed_puts_latest_first() {
        let t = |d| Utc.with_ymd_and_hms(2026, 1, d, 0, 0, 0).unwrap();
        let p = |id: &str, d| {
            Project::new(
                ProjectId(id.into()),
                ProjectText::parse(id, "").unwrap(),
                t(d),
            )
        };
        let ws = Workspace {
            projects: vec![p("a", 1), p("b", 3), p("c", 2)]
                .into_iter()
                .map(Rc::new)
                .collect(),
            ..Default::default()
        };
        let names: Vec<_> = ws
            .recently_changed()
            .iter()
            .map(|p| p.name.clone())
            .collect();
        assert_eq!(names, ["b", "c", "a"]);
        assert_eq!(ws.position(&ProjectId("c".into())), Some(2));
        assert!(ws.id_is_free(&ProjectId("z".into())));
    }
}
