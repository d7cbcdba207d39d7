//! 5 Whys: a problem, the answers to "why?", asked again of each answer until a root
//! cause is reached, with the evidence behind each answer and the countermeasures
//! against each root cause. Plain Rust, tested natively. A fishbone cause can open an
//! analysis and shows its verdict; the hints beside each step help keep asking well.

mod answers;
mod checks;
mod countermeasures;
pub mod edit;
pub mod error;
mod hint_words;
pub mod hints;
pub mod ids;
pub mod markdown;
pub mod model;
pub mod question;
pub mod strength;
pub mod tree;
pub mod verdict;
mod words;

pub use edit::WhysEdit;
pub use error::EditError;
pub use hints::{Hint, HintKind};
pub use ids::{AnswerId, CountermeasureId, WhysId};
pub use model::{Answer, CauseLink, Countermeasure, CountermeasureField, WhysAnalysis};
pub use strength::Strength;
pub use tree::Visit;
pub use verdict::{Summary, Verdict};
