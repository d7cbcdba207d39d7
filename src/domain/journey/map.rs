//! The journey map: its stages (columns), lanes (rows) and cards, and how they are
//! found. The editing rules are beside it, one file a concern: `stages.rs`, `cards.rs`,
//! `lanes.rs`, `voting.rs`, `checks.rs`, `to_be.rs`; `edit.rs` makes each of them a value.

use super::error::EditError;
use super::example::ExampleContent;
use super::ids::{CardId, JourneyId, LaneId, StageId};
use super::kinds::{Channel, JourneyState, LaneKind};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Someone the journey is mapped for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Persona {
    pub name: String,
    #[serde(default)]
    pub goals: String,
    #[serde(default)]
    pub needs: String,
    #[serde(default)]
    pub quote: String,
}

/// A column of the map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    pub id: StageId,
    pub name: String,
    /// How the customer feels here, −2 (very negative) to +2 (very positive).
    #[serde(default)]
    pub emotion: Option<i8>,
}

/// A row of the map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lane {
    pub id: LaneId,
    pub kind: LaneKind,
}

/// A note in one cell (stage × lane).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    pub id: CardId,
    pub stage: StageId,
    pub lane: LaneId,
    pub text: String,
    /// For touchpoints.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// A moment of truth: where the customer's view of the organisation is made.
    #[serde(default)]
    pub moment_of_truth: bool,
    /// Dot votes by participant (pain points and opportunities).
    #[serde(default)]
    pub votes: Vec<(String, u32)>,
    /// The root-cause analysis that looks into this pain point, once there is one.
    #[serde(default)]
    pub analysis: Option<String>,
    /// The card's own emotion, kept as a Mermaid task score 1–5 so Mermaid text goes
    /// in and out unchanged; read and set it on the stages' −2..+2 scale with
    /// [`Card::emotion`] and `JourneyMap::set_card_emotion` (see `feelings.rs`).
    #[serde(default)]
    pub feeling: Option<u8>,
    /// Who does it (a Mermaid task's actors), for actions.
    #[serde(default)]
    pub actors: Vec<String>,
    /// The id of a project's KPI data whose figure this card shows (KPI lane).
    #[serde(default)]
    pub kpi: Option<String>,
}

impl Card {
    /// All dots on the card.
    pub fn total_votes(&self) -> u32 {
        crate::domain::dots::total(&self.votes)
    }
}

/// A customer journey map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JourneyMap {
    pub id: JourneyId,
    pub title: String,
    /// Where the journey starts and ends, e.g. "from noticing a late delivery to refund
    /// received".
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub personas: Vec<Persona>,
    #[serde(default)]
    pub state: JourneyState,
    pub stages: Vec<Stage>,
    pub lanes: Vec<Lane>,
    /// Shared (`Rc`): an edit copies the card it changes, not the other cards, so an
    /// undo step of a 1,000-card map costs one list of pointers.
    #[serde(default)]
    pub cards: Vec<Rc<Card>>,
    /// For a to-be map, the as-is map it was made from (their curves can be overlaid).
    #[serde(default)]
    pub based_on: Option<JourneyId>,
    /// Dot-voting rules and who takes part.
    #[serde(default)]
    pub workshop: Workshop,
    /// The worked example a starting template put in, until it is cleared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<ExampleContent>,
}

/// Dot voting in a workshop: who votes and how many dots each has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    pub dots_per_participant: u32,
    pub participants: Vec<String>,
}

impl Default for Workshop {
    fn default() -> Self {
        Workshop {
            dots_per_participant: 3,
            participants: Vec::new(),
        }
    }
}

/// Most stages and cards one map may hold: far above a workshop's map, it bounds what a
/// hostile file can make the page draw.
pub const MAX_STAGES: usize = 200;
/// See [`MAX_STAGES`].
pub const MAX_CARDS: usize = 10_000;
/// Most dots one participant can have on one card (a bound for data read from outside).
pub const MAX_DOTS: u32 = 1_000;

impl crate::domain::project::ProjectPart for JourneyMap {
    fn id(&self) -> &str {
        &self.id
    }
    fn problems(&self) -> Vec<(String, String)> {
        JourneyMap::problems(self)
    }
}

impl JourneyMap {
    /// A blank map with the built-in lanes; ids come from `new_id` so the map stays
    /// deterministic in tests.
    pub fn blank(id: JourneyId, title: &str, mut new_id: impl FnMut() -> String) -> Self {
        JourneyMap {
            id,
            title: title.trim().to_string(),
            scope: String::new(),
            personas: Vec::new(),
            state: JourneyState::Current,
            stages: Vec::new(),
            lanes: LaneKind::built_in()
                .into_iter()
                .map(|kind| Lane {
                    id: new_id().into(),
                    kind,
                })
                .collect(),
            cards: Vec::new(),
            based_on: None,
            workshop: Workshop::default(),
            example: None,
        }
    }

    pub(super) fn stage_index(&self, id: &str) -> Result<usize, EditError> {
        self.stages
            .iter()
            .position(|s| s.id == id)
            .ok_or(EditError::NoSuchStage)
    }

    pub(super) fn used(&self, id: &str) -> bool {
        self.stages.iter().any(|s| s.id == id)
            || self.lanes.iter().any(|l| l.id == id)
            || self.cards.iter().any(|c| c.id == id)
    }

    /// A card by id.
    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id).map(|c| c.as_ref())
    }

    /// A card to change: copied first if an undo step still shares it.
    pub(super) fn card_mut(&mut self, id: &str) -> Result<&mut Card, EditError> {
        self.cards
            .iter_mut()
            .find(|c| c.id == id)
            .map(Rc::make_mut)
            .ok_or(EditError::NoSuchCard)
    }

    /// The lane a card sits in.
    pub fn lane_of(&self, card: &Card) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == card.lane)
    }

    /// The cards of one cell, in the order added.
    pub fn cell(&self, stage: &str, lane: &str) -> Vec<&Card> {
        self.cards
            .iter()
            .filter(|c| c.stage == stage && c.lane == lane)
            .map(|c| c.as_ref())
            .collect()
    }

    /// A stage's name, or "" for an id that names no stage.
    pub fn stage_name(&self, id: &str) -> &str {
        self.stages
            .iter()
            .find(|s| s.id == id)
            .map_or("", |s| s.name.as_str())
    }
}
