//! Backup and restore: export the workspace to a file, import a file, and the copies of
//! unreadable data kept on this device.

mod export_panel;
mod import_panel;
mod page;
mod recovered_copies;

pub use page::BackupPage;
