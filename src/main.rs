//! Entry point: mounts the app on the page.

fn main() {
    cx_workbench::start();
}
