//! Why stored data or a backup file could not be read, said so a user can act on it.

use crate::domain::validate::Problem;
use std::fmt;

/// What was wrong with a JSON document the app was asked to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Bigger than the app accepts.
    TooLarge { bytes: usize, limit: usize },
    /// Not JSON at all.
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not the kind of document expected.
    WrongFormat(String),
    /// Written by a newer version of the app, whose shape this version does not know.
    NewerVersion { found: u64, known: u32 },
    /// The right kind of document, with problems at the listed paths.
    Invalid(Vec<Problem>),
}

impl ReadError {
    /// Each problem on its own line, paths first, for lists shown to the user.
    pub fn details(&self) -> Vec<String> {
        match self {
            ReadError::Invalid(problems) => problems.iter().map(|p| p.to_string()).collect(),
            other => vec![other.to_string()],
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge { bytes, limit } => write!(
                f,
                "the file is {bytes} bytes; files up to {limit} bytes are accepted"
            ),
            ReadError::NotJson {
                line,
                column,
                message,
            } => write!(
                f,
                "not valid JSON at line {line}, column {column}: {message}"
            ),
            ReadError::WrongFormat(what) => f.write_str(what),
            ReadError::NewerVersion { found, known } => write!(
                f,
                "it was saved by a newer version of CX Workbench (data version {found}; this \
                 version reads up to {known}). Open it with the newer version, or update this one"
            ),
            ReadError::Invalid(problems) => match problems.as_slice() {
                [one] => write!(f, "{one}"),
                [first, ..] => write!(f, "{first} (and {} more problems)", problems.len() - 1),
                [] => f.write_str("the data is not valid"),
            },
        }
    }
}

impl From<serde_json::Error> for ReadError {
    fn from(e: serde_json::Error) -> Self {
        let message = e.to_string();
        // serde_json appends " at line L column C"; the position is reported separately.
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_string(),
            None => message,
        };
        ReadError::NotJson {
            line: e.line(),
            column: e.column(),
            message,
        }
    }
}
