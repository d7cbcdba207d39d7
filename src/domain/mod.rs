//! The product's rules as plain Rust: no yew, no web-sys, no gloo. Tested natively.

pub mod complaints;
pub mod csv_import;
pub mod dates;
pub mod dots;
pub mod edit;
pub mod edit_read;
pub mod evidence;
pub mod file_stem;
pub mod fishbone;
pub mod journey;
pub mod kpi;
pub mod mermaid_source;
pub mod pdca;
pub mod pretty_json;
pub mod project;
pub mod root_cause;
pub mod settings;
pub mod sort;
pub mod typed_id;
pub mod validate;
pub mod whys;
pub mod wording;
pub mod workspace;
pub mod zoom;

pub use project::{Project, ProjectId, ProjectText, ProjectTextError};
pub use settings::{ComplaintModel, DateStyle, Settings};
pub use workspace::Workspace;
