//! What can go wrong in an import: a file that cannot be imported at all
//! ([`ImportError`]), and rows that cannot be read, named by row and column
//! ([`RowProblem`]).

use super::breakdown::MAX_SEGMENTS;
use std::fmt;

/// Most problems listed one by one; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 200;

/// Most cells (e.g. day × segment) what the rows become may hold: ten years of days
/// for 25 segments. More would make the stored part too large to save.
pub const MAX_CELLS: usize = 100_000;

/// Why a file cannot be imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    NoDataRows,
    /// The breakdown column has more different values than a channel or team would.
    TooManySegments(String),
    /// More days × segments than can be kept.
    TooManyCells,
    /// A mapped column is not in the file.
    MissingColumn(String),
    Unreadable(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => f.write_str("the file is empty"),
            ImportError::NoDataRows => f.write_str("the file has a header row but no data rows"),
            ImportError::TooManySegments(column) => write!(
                f,
                "the column \"{column}\" has more than {MAX_SEGMENTS} different values, so it is not a channel \
                 or team to break results down by; choose another column or none"
            ),
            ImportError::TooManyCells => write!(
                f,
                "the file spans more days × segments than can be kept ({MAX_CELLS}); import a shorter period or \
                 break it down by a column with fewer values"
            ),
            ImportError::MissingColumn(c) => write!(f, "the file has no column \"{c}\""),
            ImportError::Unreadable(why) => write!(f, "the file could not be read as CSV: {why}"),
        }
    }
}

/// A row that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// Line number in the file (the header is line 1).
    pub row: u64,
    pub column: String,
    pub message: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "row {}, column \"{}\": {}",
            self.row, self.column, self.message
        )
    }
}

/// Why one row was not counted: the column (by index) and what was wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub column: usize,
    pub message: String,
}

impl RowError {
    /// A problem in `column`.
    pub fn new(column: usize, message: impl Into<String>) -> Self {
        RowError {
            column,
            message: message.into(),
        }
    }

    /// The row ends before `column`.
    pub fn too_few_columns(column: usize) -> Self {
        RowError::new(column, "the row has too few columns")
    }
}

/// Problems found in rows: the first [`MAX_LISTED_PROBLEMS`] kept with where they are
/// (the byte the row starts at, resolved to a line number at the end), the rest counted.
#[derive(Debug, Default)]
pub struct Problems {
    pub(super) listed: Vec<(usize, usize, String)>,
    pub count: u64,
}

impl Problems {
    /// Notes a problem in column `column` of the row starting at byte `record_start`.
    pub fn add(&mut self, record_start: usize, column: usize, message: String) {
        self.count += 1;
        if self.listed.len() < MAX_LISTED_PROBLEMS {
            self.listed.push((record_start, column, message));
        }
    }
}
