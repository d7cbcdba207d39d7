//! One project's page: its details, the actions on it and its tools; and the
//! navigation between its tools on their pages.

mod page;
mod tool_list;
mod tool_nav;

pub use page::ProjectPage;
pub use tool_nav::ToolNav;
