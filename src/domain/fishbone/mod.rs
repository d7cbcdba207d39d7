//! Fishbone (Ishikawa) diagrams: the layout of bones and ribs as plain geometry, and
//! the picture drawn from it as SVG.

mod bone_rows;
pub mod layout;
#[cfg(test)]
mod layout_tests;
pub mod svg;
#[cfg(test)]
mod svg_tests;
pub mod text_wrap;
