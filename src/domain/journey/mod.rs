//! Customer journey maps: stages as columns, lanes as rows, cards in the cells, an
//! emotion per stage, and the rules for editing them. Plain Rust, tested natively.
//! The map editor, the workshop (presenter) view and the exports build on this.

mod cards;
mod checks;
pub mod countdown;
pub mod edit;
mod edit_read;
pub mod emotion_curve;
pub mod error;
pub mod example;
pub mod feelings;
pub mod ids;
pub mod kinds;
pub mod kpi_link;
mod lanes;
pub mod live;
pub mod map;
#[cfg(test)]
mod map_tests;
pub mod marks;
pub mod mermaid;
pub mod navigation;
pub mod people;
mod stages;
pub mod summary;
pub mod svg;
pub mod templates;
mod to_be;
mod voting;

pub use edit::JourneyEdit;
pub use error::EditError;
pub use example::ExampleContent;
pub use feelings::CurveValue;
pub use ids::{CardId, JourneyId, LaneId, StageId};
pub use kinds::{Channel, JourneyState, LaneKind};
pub use map::{Card, JourneyMap, Lane, Persona, Stage, Workshop};
pub use voting::VoteRow;

/// Ids "x1", "x2", … for tests, so maps built in tests are the same every run.
#[cfg(test)]
pub(crate) fn test_ids(prefix: &'static str) -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("{prefix}{n}")
    }
}
