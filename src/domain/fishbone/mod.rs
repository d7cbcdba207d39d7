//! Fishbone (Ishikawa) diagrams: the effect, categories as bones, causes and causes of
//! causes edited like an outline, their status and evidence, dot voting, presets, a
//! hint for vague problem statements, and Mermaid `ishikawa-beta` and Markdown text.
//! Plain Rust, tested natively; the picture's geometry and SVG are beside it.

mod bone_rows;
mod categories;
pub mod causes;
#[cfg(test)]
mod causes_tests;
mod checks;
pub mod edit;
mod edit_read;
pub mod effect_hint;
pub mod error;
pub mod ids;
pub mod layout;
#[cfg(test)]
mod layout_tests;
pub mod live;
pub mod markdown;
pub mod mermaid;
pub mod model;
pub mod presets;
pub mod svg;
#[cfg(test)]
mod svg_tests;
pub mod text_wrap;
pub mod tree;
mod voting;

pub use causes::Parent;
pub use edit::FishboneEdit;
pub use error::EditError;
pub use ids::{CategoryId, CauseId, FishboneId};
pub use model::{Category, Cause, CauseStatus, Fishbone, PainPointLink, Workshop};
pub use presets::Preset;
pub use voting::RankedCause;

/// Ids 1, 2, … for tests, so diagrams built in tests are the same every run.
#[cfg(test)]
pub(crate) fn test_ids() -> impl FnMut() -> u64 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}
