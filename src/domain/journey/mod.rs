//! Customer journey maps: stages as columns, lanes as rows, cards in the cells, an
//! emotion per stage, and the rules for editing them. Plain Rust, tested natively.
//! (The map editor, workshop mode and exports build on this.)

pub mod emotion_curve;
pub mod map;
pub mod mermaid;
pub mod templates;

pub use map::{Card, Channel, JourneyMap, JourneyState, Lane, LaneKind, Persona, Stage};
