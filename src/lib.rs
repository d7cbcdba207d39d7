//! CX Workbench: the customer-service improvement cycle (detect, analyse, resolve,
//! review) in one offline, private browser app.
//!
//! `domain` holds the rules as plain Rust; `state` the one reducer with undo/redo;
//! `storage` the versioned envelope, backups and the localStorage adapter; `ui` the Yew
//! components. Everything but `ui` and `storage::local` is tested natively.

pub mod domain;
#[cfg(target_arch = "wasm32")]
pub mod measure;
pub mod state;
pub mod storage;
pub mod ui;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    // Marks when the wasm is running, so the load benchmark can tell download and
    // compile time from the app's own start-up work.
    ui::browser::mark("cx:start");
    ui::start();
}
