//! Importing a CSV file, for any tool: separator detection, a preview that recognises
//! extra header rows, columns chosen by name or by their values, a strict import
//! generic over what a row becomes ([`RowReader`]), read a bounded number of rows at a
//! time, with bad rows named by row and column. The KPI tool's survey answers and
//! contact records are two readers; the complaint log's entries will be a third.

pub mod breakdown;
pub mod columns;
pub mod encoding;
pub mod importer;
pub mod preview;
pub mod problems;
pub mod rows;

pub use breakdown::{choose_breakdown_column, Breakdown, MAX_SEGMENTS};
pub use columns::{guess_by_name, ColumnChoice};
pub use encoding::{from_windows_1252, to_utf8};
pub use importer::{CsvImporter, ImportOutcome, RowReader, StepwiseImport};
pub use preview::{detect_delimiter, preview, CsvPreview, ExtraHeaderRow};
pub use problems::{ImportError, RowError, RowProblem, MAX_CELLS, MAX_LISTED_PROBLEMS};
