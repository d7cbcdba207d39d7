//! The index key of the stored workspace (schema 3 on): the stamp of the save, the
//! settings, and the projects in order, each with the key that holds it. It is small
//! and plain JSON, because it is read on every save (is the stored data still what this
//! tab last saw?) and on every other tab's save.

use super::envelope::{Stamp, APP_VERSION};
use super::read_error::ReadError;
use crate::domain::settings::Settings;
use crate::domain::workspace::SCHEMA_VERSION;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// One project as the index names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    /// The project's name, so a project whose key cannot be read can still be named.
    #[serde(default)]
    pub name: String,
    /// The key holding the project.
    pub key: String,
    /// The keys holding its complaint log, a chunk of entries each, in order (schema 6).
    /// Named here, not only in the project's key, so every key the index owns is known
    /// without reading a project.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chunks: Vec<String>,
}

impl Entry {
    /// Every key holding this project: its own, then its chunks'.
    pub fn all_keys(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.key.as_str()).chain(self.chunks.iter().map(|k| k.as_str()))
    }
}

/// The index as read from storage.
#[derive(Clone, Debug)]
pub struct Index {
    pub schema_version: u64,
    pub stamp: Stamp,
    /// Number of the save that wrote it; the next save of this layout uses the next one.
    pub generation: u64,
    /// The settings as stored (read by the migrations when the version is older).
    pub settings: Box<RawValue>,
    pub projects: Vec<Entry>,
    /// The stamp of the single-key workspace this layout was first written from: when
    /// that key is still there with this stamp, it is a leftover and can go.
    pub replaces: Option<Stamp>,
}

#[derive(Serialize, Deserialize)]
struct StampJson {
    saved_at: String,
    writer: String,
}

#[derive(Serialize)]
struct IndexOut<'a> {
    schema_version: u32,
    saved_at: &'a str,
    app_version: &'a str,
    writer: &'a str,
    generation: u64,
    settings: &'a Settings,
    projects: &'a [Entry],
    #[serde(skip_serializing_if = "Option::is_none")]
    replaces: Option<StampJson>,
}

#[derive(Deserialize)]
struct Head {
    schema_version: Option<u64>,
    saved_at: Option<String>,
    writer: Option<String>,
}

#[derive(Deserialize)]
struct IndexIn {
    #[serde(default)]
    generation: u64,
    settings: Option<Box<RawValue>>,
    projects: Vec<Entry>,
    replaces: Option<StampJson>,
}

/// The text of an index for this build's schema.
pub fn write(
    stamp: &Stamp,
    generation: u64,
    settings: &Settings,
    projects: &[Entry],
    replaces: Option<&Stamp>,
) -> String {
    serde_json::to_string(&IndexOut {
        schema_version: SCHEMA_VERSION,
        saved_at: &stamp.saved_at,
        app_version: APP_VERSION,
        writer: &stamp.writer,
        generation,
        settings,
        projects,
        replaces: replaces.map(|s| StampJson {
            saved_at: s.saved_at.clone(),
            writer: s.writer.clone(),
        }),
    })
    // Strings and numbers only: serialising cannot fail.
    .unwrap_or_default()
}

/// Reads an index. A newer schema is refused before its shape is looked at.
pub fn read(text: &str) -> Result<Index, ReadError> {
    let head: Head = serde_json::from_str(text)?;
    let Some(version) = head.schema_version else {
        return Err(ReadError::WrongFormat(
            "the stored index has no schema_version: it is not a CX Workbench index".into(),
        ));
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ReadError::NewerVersion {
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    if version < 3 {
        return Err(ReadError::WrongFormat(format!(
            "a stored index says data version {version}, but indexes began with version 3"
        )));
    }
    let body: IndexIn = serde_json::from_str(text).map_err(|e| {
        ReadError::WrongFormat(format!(
            "the stored index is damaged ({})",
            e.to_string().split(" at line ").next().unwrap_or_default()
        ))
    })?;
    let settings = body
        .settings
        .unwrap_or_else(|| RawValue::from_string("{}".into()).expect("valid JSON"));
    Ok(Index {
        schema_version: version,
        stamp: Stamp {
            saved_at: head.saved_at.unwrap_or_default(),
            writer: head.writer.unwrap_or_default(),
        },
        generation: body.generation,
        settings,
        projects: body.projects,
        replaces: body.replaces.map(|s| Stamp {
            saved_at: s.saved_at,
            writer: s.writer,
        }),
    })
}

/// The stamp of an index without reading the rest; `None` when it is not an index.
pub fn read_stamp(text: &str) -> Option<Stamp> {
    let head: Head = serde_json::from_str(text).ok()?;
    head.schema_version?;
    Some(Stamp {
        saved_at: head.saved_at?,
        writer: head.writer.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp() -> Stamp {
        Stamp {
            saved_at: "2026-11-24T10:00:00.000Z".into(),
            writer: "t1".into(),
        }
    }

    #[test]
    fn round_trip() {
        let entries = vec![Entry {
            chunks: Vec::new(),
            id: "p1".into(),
            name: "Late deliveries".into(),
            key: "cx-workbench:project:p1:1-t1".into(),
        }];
        let text = write(&stamp(), 7, &Settings::default(), &entries, Some(&stamp()));
        let index = read(&text).unwrap();
        assert_eq!(index.stamp, stamp());
        assert_eq!(index.generation, 7);
        assert_eq!(index.projects, entries);
        assert_eq!(index.replaces, Some(stamp()));
        assert_eq!(read_stamp(&text), Some(stamp()));
    }

    #[test]
    fn newer_and_foreign_indexes_are_refused() {
        let newer = format!(
            r#"{{"schema_version": {}, "saved_at": "x", "layout": "unknown"}}"#,
            SCHEMA_VERSION + 1
        );
        assert_eq!(
            read(&newer).unwrap_err(),
            ReadError::NewerVersion {
                found: u64::from(SCHEMA_VERSION + 1),
                known: SCHEMA_VERSION
            }
        );
        assert!(matches!(read("{}"), Err(ReadError::WrongFormat(_))));
        assert!(matches!(read("[1"), Err(ReadError::NotJson { .. })));
        let damaged = r#"{"schema_version": 3, "saved_at": "x", "projects": 5}"#;
        assert!(matches!(read(damaged), Err(ReadError::WrongFormat(_))));
        assert_eq!(read_stamp("{oops"), None);
    }
}
