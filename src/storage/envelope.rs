//! The stored form of the workspace: `{ schema_version, saved_at, app_version, writer,
//! data }`. Reading checks the version, migrates older data and validates the result;
//! anything it cannot read is reported, never guessed at.

use super::json_path::error_path;
use super::migrations::{migrate, SAME_SHAPE_SINCE};
use super::read_error::ReadError;
use crate::domain::validate::{check_workspace, Problem};
use crate::domain::workspace::SCHEMA_VERSION;
use crate::domain::Workspace;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// This build's version, stored with the data to help when reading a report.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Identifies one write: when, and by which tab. Two tabs compare stamps to notice that
/// the other one saved in between.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// ISO 8601 time of the write.
    pub saved_at: String,
    /// Random id of the tab that wrote it.
    pub writer: String,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema_version: u32,
    saved_at: &'a str,
    app_version: &'a str,
    writer: &'a str,
    data: &'a Workspace,
}

#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    schema_version: Option<u64>,
    saved_at: Option<String>,
    writer: Option<String>,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
}

/// The text stored for `workspace`.
pub fn encode(workspace: &Workspace, stamp: &Stamp) -> String {
    serde_json::to_string(&EnvelopeOut {
        schema_version: SCHEMA_VERSION,
        saved_at: &stamp.saved_at,
        app_version: APP_VERSION,
        writer: &stamp.writer,
        data: workspace,
    })
    // A Workspace is plain strings, numbers and dates: serialising it cannot fail.
    .unwrap_or_default()
}

/// Reads stored text into a workspace and the stamp of the write that made it.
pub fn decode(text: &str) -> Result<(Workspace, Stamp), ReadError> {
    let envelope: EnvelopeIn = serde_json::from_str(text)?;
    let (Some(version), Some(data)) = (envelope.schema_version, envelope.data) else {
        return Err(ReadError::WrongFormat(
            "it has no schema_version and data: it is not a CX Workbench workspace".into(),
        ));
    };
    let workspace = decode_data(data, version, "data")?;
    let stamp = Stamp {
        saved_at: envelope.saved_at.unwrap_or_default(),
        writer: envelope.writer.unwrap_or_default(),
    };
    Ok((workspace, stamp))
}

/// The stamp of stored text, without reading the workspace itself; `None` when the
/// text is not an envelope.
pub fn read_stamp(text: &str) -> Option<Stamp> {
    let envelope: EnvelopeIn = serde_json::from_str(text).ok()?;
    Some(Stamp {
        saved_at: envelope.saved_at?,
        writer: envelope.writer.unwrap_or_default(),
    })
}

/// Reads the `data` part of an envelope or backup file written with schema `version`.
/// `root` is its JSON path, used in every problem reported.
pub fn decode_data(data: &RawValue, version: u64, root: &str) -> Result<Workspace, ReadError> {
    let migrated;
    let text = if (SAME_SHAPE_SINCE..=u64::from(SCHEMA_VERSION)).contains(&version) {
        data.get()
    } else {
        // Older data is migrated as a JSON value, then read by the same path as current
        // data (one deserialiser for Workspace keeps the download small).
        let value: serde_json::Value = serde_json::from_str(data.get())?;
        migrated = migrate(version, value)?.to_string();
        &migrated
    };
    let workspace: Workspace = read_json(text, root)?;
    let problems = check_workspace(&workspace, root);
    if problems.is_empty() {
        Ok(workspace)
    } else {
        Err(ReadError::Invalid(problems))
    }
}

/// Reads JSON `text` into a `T`; a field of the wrong shape is reported with its path
/// below `root` (found only once reading has failed).
pub fn read_json<T: serde::de::DeserializeOwned>(text: &str, root: &str) -> Result<T, ReadError> {
    serde_json::from_str::<T>(text).map_err(|e| {
        let inner = e.to_string();
        let message = match inner.rfind(" at line ") {
            Some(i) => inner[..i].to_string(),
            None => inner,
        };
        ReadError::Invalid(vec![Problem {
            path: join_path(root, &error_path(text, &e)),
            message,
        }])
    })
}

fn join_path(root: &str, rest: &str) -> String {
    if rest == "." || rest.is_empty() {
        root.to_string()
    } else if rest.starts_with('[') {
        format!("{root}{rest}")
    } else {
        format!("{root}.{rest}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Project, ProjectId, ProjectText};
    use chrono::Utc;

    fn stamp() -> Stamp {
        Stamp {
            saved_at: "2026-11-24T10:00:00.000Z".into(),
            writer: "tab1".into(),
        }
    }

    fn sample() -> Workspace {
        Workspace {
            projects: vec![std::rc::Rc::new(Project::new(
                ProjectId("p1".into()),
                ProjectText::parse("Late deliveries, Q3", "Parcels over 3 days late").unwrap(),
                chrono::DateTime::<Utc>::UNIX_EPOCH,
            ))],
            ..Default::default()
        }
    }

    #[test]
    fn round_trip() {
        let text = encode(&sample(), &stamp());
        let (ws, s) = decode(&text).unwrap();
        assert_eq!(ws, sample());
        assert_eq!(s, stamp());
        assert_eq!(read_stamp(&text), Some(stamp()));
        assert!(text.contains(&format!("\"schema_version\":{SCHEMA_VERSION}")));
        assert!(text.contains("\"app_version\""));
    }

    #[test]
    fn not_json_names_line_and_column() {
        let err = decode("{\n  \"schema_version\": 1,\n  oops").unwrap_err();
        match err {
            ReadError::NotJson { line, column, .. } => {
                assert_eq!(line, 3);
                assert!(column > 0);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn other_json_is_wrong_format() {
        assert!(matches!(decode("[1,2]"), Err(ReadError::NotJson { .. })));
        assert!(matches!(decode("{}"), Err(ReadError::WrongFormat(_))));
    }

    #[test]
    fn newer_version_is_refused() {
        let text = r#"{"schema_version": 99, "saved_at": "x", "data": {"projects": []}}"#;
        assert_eq!(
            decode(text).unwrap_err(),
            ReadError::NewerVersion {
                found: 99,
                known: SCHEMA_VERSION
            }
        );
    }

    #[test]
    fn bad_field_names_its_path() {
        let text = r#"{"schema_version": 1, "saved_at": "x", "data": {"projects": [
            {"id": "a", "name": "ok", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"},
            {"id": "b", "name": "bad date", "created_at": "yesterday", "updated_at": "2026-01-01T00:00:00Z"}
        ]}}"#;
        let err = decode(text).unwrap_err();
        let ReadError::Invalid(problems) = err else {
            panic!("expected Invalid")
        };
        assert_eq!(problems[0].path, "data.projects[1].created_at");
    }
}
