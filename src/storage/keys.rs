//! Storage keys. Explicit and stable: never derived from type names, never renamed.
//!
//! Since schema 3 the workspace is kept in several keys: one per project, holding that
//! project (packed), and a small index naming them, written last. A project's key ends
//! in the save that wrote it (`<generation>-<writer>`), so a save never writes over a key
//! the stored index still names.

/// Prefix of every key the app owns; "Erase all data" removes exactly these.
pub const PREFIX: &str = "cx-workbench:";

/// The single key that held the whole workspace up to schema 2. Read (and migrated) when
/// found; removed by the first save of the new layout, after its index is written.
pub const WORKSPACE: &str = "cx-workbench:workspace";

/// The index of the stored workspace: stamp, settings, and each project's key in order.
pub const INDEX: &str = "cx-workbench:index";

/// Prefix of the keys that hold one project each.
pub const PROJECT_PREFIX: &str = "cx-workbench:project:";

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

/// Key for project `id` as written by save number `generation` of tab `writer`. Project
/// ids and writer ids are letters, digits, `-` and `_`, so the parts never run together.
pub fn project_key(id: &str, generation: u64, writer: &str) -> String {
    format!("{PROJECT_PREFIX}{id}:{generation:x}-{writer}")
}

/// Key for chunk `k` of project `id`'s complaint log, as written by save `generation` of
/// tab `writer`. It starts like the project's keys, so what removes a project's stale
/// keys removes its stale chunks too.
pub fn chunk_key(id: &str, generation: u64, writer: &str, k: usize) -> String {
    format!("{}:c{k:x}", project_key(id, generation, writer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_keys_are_ours_and_differ_by_save_and_writer() {
        let k = project_key("p1", 26, "t0a");
        assert_eq!(k, "cx-workbench:project:p1:1a-t0a");
        assert!(k.starts_with(PREFIX));
        assert_ne!(k, project_key("p1", 27, "t0a"));
        assert_ne!(k, project_key("p1", 26, "t0b"));
    }
}
