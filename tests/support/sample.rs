//! Small workspaces for the storage tests: projects `p0`, `p1`, … with the given names.

use cx_workbench::domain::{Project, ProjectId, ProjectText, Workspace};

/// A workspace of one project per name, in order, with ids `p0`, `p1`, …
pub fn workspace(names: &[&str]) -> Workspace {
    Workspace {
        projects: names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                std::rc::Rc::new(Project::new(
                    ProjectId(format!("p{i}")),
                    ProjectText::parse(n, "").unwrap(),
                    chrono::DateTime::UNIX_EPOCH,
                ))
            })
            .collect(),
        ..Default::default()
    }
}
