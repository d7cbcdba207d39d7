//! The one place the workspace changes: `Action`s applied by a pure reducer, with an
//! undo/redo history. Persistence and tab sync hang off the [`store::AppState`].

pub mod action;
pub mod history;
pub mod reducer;
pub mod store;

pub use action::Action;
pub use history::History;
pub use store::{AppAction, AppState};
