//! The list of projects (the home page).

mod page;
mod project_row;

pub use page::ProjectsPage;
