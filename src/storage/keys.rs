//! Storage keys. Explicit and stable: never derived from type names, never renamed.

/// Prefix of every key the app owns; "Erase all data" removes exactly these.
pub const PREFIX: &str = "cx-workbench:";

/// The envelope holding the whole workspace.
pub const WORKSPACE: &str = "cx-workbench:workspace";

/// Set by "Erase all data on this device" to the time of the erase, before anything is
/// removed, so other open tabs follow the erase instead of saving their copy again.
pub const ERASED: &str = "cx-workbench:erased";

/// Prefix of the keys where unreadable stored data is moved, untouched, followed by
/// the time it was moved (ISO 8601).
pub const UNREADABLE_PREFIX: &str = "cx-workbench:unreadable:";

/// Key for a copy of unreadable data moved at `when` (an ISO 8601 time).
pub fn unreadable_key(when: &str) -> String {
    format!("{UNREADABLE_PREFIX}{when}")
}
