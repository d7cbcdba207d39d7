//! The Yew interface: thin components that show the workspace and send `Action`s.

pub mod app;
pub mod browser;
pub mod by_ptr;
pub mod charts;
pub mod downloads;
pub mod hooks;
pub mod id_props;
pub mod pages;
pub mod route;
pub mod shell;
pub mod type_ahead;
pub mod widgets;

/// Renders the app into `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
