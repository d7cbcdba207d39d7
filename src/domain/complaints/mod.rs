//! Complaint and feedback log: entries with their deadlines, personal data found and
//! redacted, and the analysis that tells recurring issues from one-offs. Plain Rust,
//! tested natively.

pub mod analysis;
pub mod bank_holidays;
pub mod category_rename;
pub mod clocks;
pub mod csv;
pub mod deadlines;
pub mod due_cache;
pub mod edit;
pub mod erasure;
pub mod kpis;
pub mod log;
pub mod model;
pub mod order;
pub mod personal_data;
pub mod privacy;
pub mod query;
pub mod recurrence;
pub mod settings;
pub mod summary;
