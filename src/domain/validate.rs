//! Checks a workspace read from outside (a backup file, stored data) before it is used:
//! every problem is reported with the JSON path where it was found.

use super::project::{check_description, check_name, ProjectPart};
use super::workspace::Workspace;
use std::collections::HashSet;
use std::fmt;

/// Most projects accepted in one workspace; far above real use, it bounds hostile files.
pub const MAX_PROJECTS: usize = 10_000;

/// One problem found in a workspace, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `data.projects[3].name`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Longest organisation name accepted, in characters.
pub const MAX_ORGANISATION_CHARS: usize = 120;

/// Ids go into addresses (`#/project/<id>`), so only characters that need no escaping.
fn id_is_well_formed(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Lists every rule the workspace breaks; empty when it can be used. `root` is the JSON
/// path of the workspace itself (e.g. `data`).
pub fn check_workspace(ws: &Workspace, root: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if ws.projects.len() > MAX_PROJECTS {
        problems.push(Problem {
            path: format!("{root}.projects"),
            message: format!(
                "has {} projects; at most {MAX_PROJECTS} are accepted",
                ws.projects.len()
            ),
        });
        return problems;
    }
    if ws.settings.organisation.chars().count() > MAX_ORGANISATION_CHARS {
        problems.push(Problem {
            path: format!("{root}.settings.organisation"),
            message: format!("must be {MAX_ORGANISATION_CHARS} characters or fewer"),
        });
    }
    let mut seen = HashSet::new();
    for (i, p) in ws.projects.iter().enumerate() {
        let at = |field: &str| format!("{root}.projects[{i}].{field}");
        if !id_is_well_formed(&p.id.0) {
            problems.push(Problem {
                path: at("id"),
                message: "must be 1 to 64 letters, digits, '-' or '_'".into(),
            });
        } else if !seen.insert(p.id.0.as_str()) {
            problems.push(Problem {
                path: at("id"),
                message: format!("\"{}\" is used by an earlier project too", p.id),
            });
        }
        if let Err(e) = check_name(&p.name) {
            problems.push(Problem {
                path: at("name"),
                message: e.to_string(),
            });
        }
        if let Err(e) = check_description(&p.description) {
            problems.push(Problem {
                path: at("description"),
                message: e.to_string(),
            });
        }
        check_parts(&mut problems, &at("journeys"), &p.journeys);
        check_parts(&mut problems, &at("contact_datasets"), &p.contact_datasets);
        check_parts(&mut problems, &at("datasets"), &p.datasets);
        check_parts(&mut problems, &at("fishbones"), &p.fishbones);
        check_parts(&mut problems, &at("whys"), &p.whys);
        check_parts(&mut problems, &at("pdca"), &p.pdca);
        for (path, message) in p.complaints.problems() {
            problems.push(Problem {
                path: format!("{}{path}", at("complaints")),
                message,
            });
        }
    }
    problems
}

/// Adds the problems of every part of a list found at JSON path `list`.
fn check_parts<T: ProjectPart>(problems: &mut Vec<Problem>, list: &str, parts: &[T]) {
    for (j, part) in parts.iter().enumerate() {
        for (field, message) in part.problems() {
            problems.push(Problem {
                path: format!("{list}[{j}].{field}"),
                message,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Project, ProjectId, ProjectText};
    use chrono::Utc;

    fn project(id: &str, name: &str) -> std::rc::Rc<Project> {
        let mut p = Project::new(
            ProjectId(id.into()),
            ProjectText::parse("x", "").unwrap(),
            chrono::DateTime::<Utc>::UNIX_EPOCH,
        );
        p.name = name.into();
        std::rc::Rc::new(p)
    }

    #[test]
    fn clean_workspace_has_no_problems() {
        let ws = Workspace {
            projects: vec![project("a", "One"), project("b", "Two")],
            ..Default::default()
        };
        assert!(check_workspace(&ws, "data").is_empty());
    }

    #[test]
    fn problems_name_their_path() {
        let ws = Workspace {
            projects: vec![
                project("a", "One"),
                project("a", "  "),
                project("", "Ok"),
                project("a/../b#x", "Ok"),
            ],
            ..Default::default()
        };
        let problems = check_workspace(&ws, "data");
        let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "data.projects[1].id",
                "data.projects[1].name",
                "data.projects[2].id",
                "data.projects[3].id"
            ]
        );
        assert!(problems[0].message.contains("earlier project"));
    }
}
