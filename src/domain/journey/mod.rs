//! Customer journey maps: stages as columns, lanes as rows, cards in the cells, an
//! emotion per stage, and the rules for editing them. Plain Rust, tested natively.
//! The map editor, the workshop (presenter) view and the exports build on this.

pub mod countdown;
pub mod emotion_curve;
pub mod kpi_link;
pub mod live;
pub mod map;
pub mod mermaid;
pub mod navigation;
pub mod summary;
pub mod svg;
pub mod templates;

pub use map::{Card, Channel, JourneyMap, JourneyState, Lane, LaneKind, Persona, Stage};

/// Ids "x1", "x2", … for tests, so maps built in tests are the same every run.
#[cfg(test)]
pub(crate) fn test_ids(prefix: &'static str) -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("{prefix}{n}")
    }
}
