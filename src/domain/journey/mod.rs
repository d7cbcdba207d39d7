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
pub mod svg;
pub mod templates;

pub use map::{Card, Channel, JourneyMap, JourneyState, Lane, LaneKind, Persona, Stage};
