//! Keeping the workspace: the stored layout (an index and one key per project, each
//! value packed), the versioned envelope and its migrations, the backup file format, and
//! the repository that reads and writes through any key–value store (localStorage in the
//! browser, a map in native tests).

pub mod backup;
mod commit;
pub mod envelope;
pub mod index;
pub mod json_path;
pub mod keys;
pub mod kv;
pub mod migrations;
pub mod packed;
pub mod read_error;
pub mod repository;
pub mod snapshot;
mod startup;

pub mod local;

pub use kv::{KeyValueStore, MemoryStore, StoreError};
pub use read_error::ReadError;
