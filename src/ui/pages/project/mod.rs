//! One project's page: its details, and the actions on it.

mod page;

pub use page::ProjectPage;
