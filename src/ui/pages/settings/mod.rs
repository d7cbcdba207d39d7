//! Settings: organisation, defaults, storage use and erasing this device's data.

mod complaints_section;
mod erase_panel;
mod page;
mod storage_usage;

pub use page::SettingsPage;
