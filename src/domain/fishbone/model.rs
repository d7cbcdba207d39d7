//! The fishbone (Ishikawa) diagram: the effect at the head, categories as the main
//! bones, causes on them and causes of causes below those. The editing rules are beside
//! it, one file a concern: `tree.rs` (finding and walking causes), `causes.rs`,
//! `categories.rs`, `voting.rs`, `checks.rs`; `edit.rs` makes each of them a value.
//!
//! The whole diagram is one plain value: a workshop's diagram has a few hundred causes
//! at most, so the project keeps it behind one `Rc` and an edit copies the diagram, not
//! the project; sharing categories separately would save little and complicate moves
//! between categories.

use super::ids::{CategoryId, CauseId, FishboneId};
use super::presets::Preset;
use crate::domain::evidence::Evidence;
pub use crate::domain::journey::Workshop;
use serde::{Deserialize, Serialize};

/// Longest problem statement (the effect), in characters.
pub const MAX_EFFECT_CHARS: usize = 300;
/// Longest category name, in characters.
pub const MAX_CATEGORY_CHARS: usize = 80;
/// Longest cause text, in characters.
pub const MAX_CAUSE_CHARS: usize = 300;
/// Most categories one diagram keeps (the presets have 4 to 8).
pub const MAX_CATEGORIES: usize = 24;
/// Most causes one diagram keeps, at every level together: far above a workshop's
/// diagram, it bounds what a hostile file can make the page draw.
pub const MAX_CAUSES: usize = 2_000;
/// Most levels of causes under a category: a main cause is level 1, its cause level 2…
pub const MAX_DEPTH: usize = 6;
/// Most dots one participant can have on one cause (a bound for data read from outside).
pub const MAX_DOTS: u32 = 1_000;

/// How far a cause has been checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CauseStatus {
    /// Put forward, not yet checked.
    #[default]
    Suspected,
    /// The evidence shows it contributes to the effect.
    Confirmed,
    /// Checked and found not to contribute.
    RuledOut,
}

impl CauseStatus {
    /// The status in words ("ruled out").
    pub fn words(self) -> &'static str {
        match self {
            CauseStatus::Suspected => "suspected",
            CauseStatus::Confirmed => "confirmed",
            CauseStatus::RuledOut => "ruled out",
        }
    }

    /// Whether it is the default, [`CauseStatus::Suspected`].
    pub fn is_suspected(&self) -> bool {
        *self == CauseStatus::Suspected
    }

    /// Every status, in the order a picker shows them.
    pub const ALL: [CauseStatus; 3] = [
        CauseStatus::Suspected,
        CauseStatus::Confirmed,
        CauseStatus::RuledOut,
    ];
}

/// A cause, with the causes found behind it ("cause of a cause"). Empty lists and the
/// default status are left out of the stored form: most causes have neither, and the
/// workspace must fit in the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cause {
    pub id: CauseId,
    /// May be empty while it is being written (Enter in the outline makes a blank one).
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "CauseStatus::is_suspected")]
    pub status: CauseStatus,
    /// What was checked and what it showed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Dot votes by participant.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<(String, u32)>,
    /// Causes of this cause, in outline order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Cause>,
}

impl Cause {
    /// A suspected cause with no evidence, votes or children.
    pub fn new(id: CauseId, text: &str) -> Self {
        Cause {
            id,
            text: text.trim().to_string(),
            status: CauseStatus::Suspected,
            evidence: Vec::new(),
            votes: Vec::new(),
            children: Vec::new(),
        }
    }

    /// All dots on the cause itself (not its children).
    pub fn total_votes(&self) -> u32 {
        crate::domain::dots::total(&self.votes)
    }

    /// Levels in this cause's subtree: 1 for a cause without children.
    pub fn height(&self) -> usize {
        1 + self.children.iter().map(Cause::height).max().unwrap_or(0)
    }

    /// This cause and every cause below it.
    pub fn count(&self) -> usize {
        1 + self.children.iter().map(Cause::count).sum::<usize>()
    }
}

/// A main bone: a kind of cause ("People", "Process").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub id: CategoryId,
    pub name: String,
    /// Its main causes, in outline order.
    #[serde(default)]
    pub causes: Vec<Cause>,
}

/// The journey pain point a diagram looks into (ids within the same project).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PainPointLink {
    pub journey: String,
    pub card: String,
    /// The stage the card is on, so the link reads well even if the map is gone.
    #[serde(default)]
    pub stage: String,
}

/// A fishbone (Ishikawa) diagram.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fishbone {
    pub id: FishboneId,
    /// The problem statement at the head of the fish.
    #[serde(default)]
    pub effect: String,
    #[serde(default)]
    pub categories: Vec<Category>,
    /// The journey pain point this diagram analyses, if it started from one.
    #[serde(default)]
    pub source: Option<PainPointLink>,
    /// Dot-voting rules and who takes part.
    #[serde(default)]
    pub workshop: Workshop,
}

impl crate::domain::project::ProjectPart for Fishbone {
    fn id(&self) -> &str {
        &self.id
    }
    fn problems(&self) -> Vec<(String, String)> {
        Fishbone::problems(self)
    }
}

impl Fishbone {
    /// A new diagram with a preset's categories; their ids come from `new_id` (random
    /// bits on the page, a counter in tests) so construction stays deterministic.
    pub fn new(
        id: FishboneId,
        effect: &str,
        preset: Preset,
        mut new_id: impl FnMut() -> u64,
    ) -> Self {
        Fishbone {
            id,
            effect: effect.trim().to_string(),
            categories: preset
                .categories()
                .iter()
                .map(|name| Category {
                    id: CategoryId::fresh(new_id()),
                    name: (*name).to_string(),
                    causes: Vec::new(),
                })
                .collect(),
            source: None,
            workshop: Workshop::default(),
        }
    }
}
