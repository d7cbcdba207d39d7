//! The journey map and its editing rules.

use serde::{Deserialize, Serialize};

/// Whether a map describes today or the journey the team wants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum JourneyState {
    /// As-is.
    #[default]
    Current,
    /// To-be.
    Future,
}

/// Where a touchpoint happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    Phone,
    Email,
    Chat,
    Web,
    App,
    Store,
    Social,
    Letter,
}

impl Channel {
    /// Every channel, in the order offered.
    pub const ALL: [Channel; 8] = [
        Channel::Phone,
        Channel::Email,
        Channel::Chat,
        Channel::Web,
        Channel::App,
        Channel::Store,
        Channel::Social,
        Channel::Letter,
    ];

    /// The channel in words (always shown beside its icon).
    pub fn label(self) -> &'static str {
        match self {
            Channel::Phone => "Phone",
            Channel::Email => "Email",
            Channel::Chat => "Chat",
            Channel::Web => "Web",
            Channel::App => "App",
            Channel::Store => "Store",
            Channel::Social => "Social media",
            Channel::Letter => "Letter",
        }
    }
}

/// What a row of the map holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LaneKind {
    CustomerActions,
    Touchpoints,
    ThinkingAndFeeling,
    PainPoints,
    Opportunities,
    Backstage,
    Kpis,
    /// A lane the team added, with its own title.
    Custom(String),
}

impl LaneKind {
    /// The built-in lanes, top to bottom.
    pub fn built_in() -> Vec<LaneKind> {
        vec![
            LaneKind::CustomerActions,
            LaneKind::Touchpoints,
            LaneKind::ThinkingAndFeeling,
            LaneKind::PainPoints,
            LaneKind::Opportunities,
            LaneKind::Backstage,
            LaneKind::Kpis,
        ]
    }

    /// The lane's title.
    pub fn title(&self) -> &str {
        match self {
            LaneKind::CustomerActions => "Customer actions",
            LaneKind::Touchpoints => "Touchpoints",
            LaneKind::ThinkingAndFeeling => "Thinking and feeling",
            LaneKind::PainPoints => "Pain points",
            LaneKind::Opportunities => "Opportunities",
            LaneKind::Backstage => "Backstage (team or system responsible)",
            LaneKind::Kpis => "KPIs",
            LaneKind::Custom(title) => title,
        }
    }
}

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
    pub id: String,
    pub name: String,
    /// How the customer feels here, −2 (very negative) to +2 (very positive).
    #[serde(default)]
    pub emotion: Option<i8>,
}

/// A row of the map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lane {
    pub id: String,
    pub kind: LaneKind,
}

/// A note in one cell (stage × lane).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    pub id: String,
    pub stage: String,
    pub lane: String,
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
    /// How doing this feels, 1–5 (a Mermaid journey task's score), for actions.
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
        self.votes
            .iter()
            .fold(0u32, |sum, (_, n)| sum.saturating_add(*n))
    }
}

/// A customer journey map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JourneyMap {
    pub id: String,
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
    #[serde(default)]
    pub cards: Vec<Card>,
    /// For a to-be map, the as-is map it was made from (their curves can be overlaid).
    #[serde(default)]
    pub based_on: Option<String>,
    /// Dot-voting rules and who takes part.
    #[serde(default)]
    pub workshop: Workshop,
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

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoSuchStage,
    NoSuchLane,
    NoSuchCard,
    EmptyName,
    /// Emotions run from −2 to +2.
    EmotionOutOfRange(i8),
    IdInUse,
    /// Only pain points and opportunities are voted on.
    NotVotable,
    /// The participant has placed all their dots.
    NoDotsLeft,
    /// The participant has no dot on that card.
    NoVoteToTake,
    /// A map keeps at least one lane.
    LastLane,
    /// Over [`MAX_STAGES`] or [`MAX_CARDS`].
    MapFull,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EditError::NoSuchStage => "that stage is no longer on the map",
            EditError::NoSuchLane => "that lane is no longer on the map",
            EditError::NoSuchCard => "that card is no longer on the map",
            EditError::EmptyName => "a name is needed",
            EditError::EmotionOutOfRange(_) => "emotions run from -2 to +2",
            EditError::IdInUse => "that id is already used",
            EditError::NotVotable => "only pain points and opportunities take dots",
            EditError::NoDotsLeft => "this participant has placed all their dots",
            EditError::NoVoteToTake => "this participant has no dot on that card",
            EditError::LastLane => "a map keeps at least one lane",
            EditError::MapFull => "the map is full (200 stages or 10,000 cards)",
        })
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
    /// Problems with a map read from outside, as (field, message); empty when usable.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if self.stages.len() > MAX_STAGES || self.cards.len() > MAX_CARDS {
            out.push((
                "stages".into(),
                format!("more than {MAX_STAGES} stages or {MAX_CARDS} cards"),
            ));
            return out;
        }
        for (i, s) in self.stages.iter().enumerate() {
            if s.emotion.is_some_and(|e| !(-2..=2).contains(&e)) {
                out.push((
                    format!("stages[{i}].emotion"),
                    "must be from -2 to 2".into(),
                ));
            }
        }
        let mut ids = std::collections::HashSet::new();
        let all_ids = self
            .stages
            .iter()
            .map(|s| &s.id)
            .chain(self.lanes.iter().map(|l| &l.id))
            .chain(self.cards.iter().map(|c| &c.id));
        for id in all_ids {
            if !ids.insert(id.as_str()) {
                out.push(("id".into(), format!("the id \"{id}\" is used twice")));
                return out;
            }
        }
        for (i, c) in self.cards.iter().enumerate() {
            if c.votes.iter().any(|(_, n)| *n == 0 || *n > MAX_DOTS) {
                out.push((
                    format!("cards[{i}].votes"),
                    format!("dots must be from 1 to {MAX_DOTS}"),
                ));
            }
            if !self.stages.iter().any(|s| s.id == c.stage) {
                out.push((
                    format!("cards[{i}].stage"),
                    "names no stage of the map".into(),
                ));
            }
            if !self.lanes.iter().any(|l| l.id == c.lane) {
                out.push((
                    format!("cards[{i}].lane"),
                    "names no lane of the map".into(),
                ));
            }
            if out.len() >= 10 {
                break;
            }
        }
        out
    }

    /// A blank map with the built-in lanes; ids come from `new_id` so the map stays
    /// deterministic in tests.
    pub fn blank(id: String, title: &str, mut new_id: impl FnMut() -> String) -> Self {
        JourneyMap {
            id,
            title: title.trim().to_string(),
            scope: String::new(),
            personas: Vec::new(),
            state: JourneyState::Current,
            stages: Vec::new(),
            lanes: LaneKind::built_in()
                .into_iter()
                .map(|kind| Lane { id: new_id(), kind })
                .collect(),
            cards: Vec::new(),
            based_on: None,
            workshop: Workshop::default(),
        }
    }

    fn stage_index(&self, id: &str) -> Result<usize, EditError> {
        self.stages
            .iter()
            .position(|s| s.id == id)
            .ok_or(EditError::NoSuchStage)
    }

    fn used(&self, id: &str) -> bool {
        self.stages.iter().any(|s| s.id == id)
            || self.lanes.iter().any(|l| l.id == id)
            || self.cards.iter().any(|c| c.id == id)
    }

    /// Adds a stage at `at` (or at the end).
    pub fn add_stage(
        &mut self,
        id: String,
        name: &str,
        at: Option<usize>,
    ) -> Result<(), EditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        if self.used(&id) {
            return Err(EditError::IdInUse);
        }
        if self.stages.len() >= MAX_STAGES {
            return Err(EditError::MapFull);
        }
        let at = at.unwrap_or(self.stages.len()).min(self.stages.len());
        self.stages.insert(
            at,
            Stage {
                id,
                name: name.to_string(),
                emotion: None,
            },
        );
        Ok(())
    }

    /// Renames a stage.
    pub fn rename_stage(&mut self, id: &str, name: &str) -> Result<(), EditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        let i = self.stage_index(id)?;
        self.stages[i].name = name.to_string();
        Ok(())
    }

    /// Moves a stage by `by` places (negative: left), clamped to the ends (Alt+←/→).
    pub fn move_stage(&mut self, id: &str, by: isize) -> Result<(), EditError> {
        let i = self.stage_index(id)?;
        let to = (i as isize + by).clamp(0, self.stages.len() as isize - 1) as usize;
        let stage = self.stages.remove(i);
        self.stages.insert(to, stage);
        Ok(())
    }

    /// Deletes a stage and its cards.
    pub fn delete_stage(&mut self, id: &str) -> Result<(), EditError> {
        let i = self.stage_index(id)?;
        self.stages.remove(i);
        self.cards.retain(|c| c.stage != id);
        Ok(())
    }

    /// Sets how the customer feels at a stage (−2..+2), or clears it.
    pub fn set_emotion(&mut self, id: &str, emotion: Option<i8>) -> Result<(), EditError> {
        if let Some(e) = emotion {
            if !(-2..=2).contains(&e) {
                return Err(EditError::EmotionOutOfRange(e));
            }
        }
        let i = self.stage_index(id)?;
        self.stages[i].emotion = emotion;
        Ok(())
    }

    /// Adds a card to a cell.
    pub fn add_card(
        &mut self,
        id: String,
        stage: &str,
        lane: &str,
        text: &str,
    ) -> Result<(), EditError> {
        self.stage_index(stage)?;
        if !self.lanes.iter().any(|l| l.id == lane) {
            return Err(EditError::NoSuchLane);
        }
        if self.used(&id) {
            return Err(EditError::IdInUse);
        }
        if self.cards.len() >= MAX_CARDS {
            return Err(EditError::MapFull);
        }
        self.cards.push(Card {
            id,
            stage: stage.to_string(),
            lane: lane.to_string(),
            text: text.trim().to_string(),
            channel: None,
            moment_of_truth: false,
            votes: Vec::new(),
            analysis: None,
            feeling: None,
            actors: Vec::new(),
            kpi: None,
        });
        Ok(())
    }

    /// Moves a card to another cell.
    pub fn move_card(&mut self, id: &str, stage: &str, lane: &str) -> Result<(), EditError> {
        self.stage_index(stage)?;
        if !self.lanes.iter().any(|l| l.id == lane) {
            return Err(EditError::NoSuchLane);
        }
        let card = self
            .cards
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(EditError::NoSuchCard)?;
        card.stage = stage.to_string();
        card.lane = lane.to_string();
        Ok(())
    }

    /// Removes a card.
    pub fn delete_card(&mut self, id: &str) -> Result<(), EditError> {
        let i = self
            .cards
            .iter()
            .position(|c| c.id == id)
            .ok_or(EditError::NoSuchCard)?;
        self.cards.remove(i);
        Ok(())
    }

    /// The cards of one cell, in the order added.
    pub fn cell(&self, stage: &str, lane: &str) -> Vec<&Card> {
        self.cards
            .iter()
            .filter(|c| c.stage == stage && c.lane == lane)
            .collect()
    }

    /// Adds one of `participant`'s dots to a card.
    pub fn vote(&mut self, card: &str, participant: &str) -> Result<(), EditError> {
        let c = self
            .cards
            .iter_mut()
            .find(|c| c.id == card)
            .ok_or(EditError::NoSuchCard)?;
        match c.votes.iter_mut().find(|(p, _)| p == participant) {
            Some((_, n)) => *n += 1,
            None => c.votes.push((participant.to_string(), 1)),
        }
        Ok(())
    }

    /// Moves a stage to position `to` (drag and drop), clamped to the ends.
    pub fn move_stage_to(&mut self, id: &str, to: usize) -> Result<(), EditError> {
        let i = self.stage_index(id)?;
        let stage = self.stages.remove(i);
        let to = to.min(self.stages.len());
        self.stages.insert(to, stage);
        Ok(())
    }

    fn card_mut(&mut self, id: &str) -> Result<&mut Card, EditError> {
        self.cards
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(EditError::NoSuchCard)
    }

    /// A card by id.
    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// The lane a card sits in.
    pub fn lane_of(&self, card: &Card) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == card.lane)
    }

    /// Changes a card's text (surrounding spaces dropped).
    pub fn set_card_text(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        self.card_mut(id)?.text = text.trim().to_string();
        Ok(())
    }

    /// Sets or clears a touchpoint's channel.
    pub fn set_channel(&mut self, id: &str, channel: Option<Channel>) -> Result<(), EditError> {
        self.card_mut(id)?.channel = channel;
        Ok(())
    }

    /// Flags or unflags a card as a moment of truth.
    pub fn set_moment_of_truth(&mut self, id: &str, on: bool) -> Result<(), EditError> {
        self.card_mut(id)?.moment_of_truth = on;
        Ok(())
    }

    /// Links a card to a KPI dataset of the project, or unlinks it.
    pub fn set_kpi(&mut self, id: &str, kpi: Option<String>) -> Result<(), EditError> {
        self.card_mut(id)?.kpi = kpi;
        Ok(())
    }

    /// Moves a card to a cell, at `index` among that cell's cards (or last).
    pub fn move_card_to(
        &mut self,
        id: &str,
        stage: &str,
        lane: &str,
        index: Option<usize>,
    ) -> Result<(), EditError> {
        let card = self.card(id).ok_or(EditError::NoSuchCard)?;
        if index.is_none() && card.stage == stage && card.lane == lane {
            // Dropped on its own cell, or moved past the edge: nothing changes.
            return Ok(());
        }
        self.move_card(id, stage, lane)?;
        let from = self
            .cards
            .iter()
            .position(|c| c.id == id)
            .ok_or(EditError::NoSuchCard)?;
        let card = self.cards.remove(from);
        // Cells keep the order of `cards`: insert before the index-th card of the cell.
        let at = index
            .and_then(|k| {
                self.cards
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.stage == stage && c.lane == lane)
                    .nth(k)
                    .map(|(i, _)| i)
            })
            .unwrap_or(self.cards.len());
        self.cards.insert(at, card);
        Ok(())
    }

    /// Adds a lane of the team's own, with a title, at the bottom.
    pub fn add_lane(&mut self, id: String, title: &str) -> Result<(), EditError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(EditError::EmptyName);
        }
        if self.used(&id) {
            return Err(EditError::IdInUse);
        }
        self.lanes.push(Lane {
            id,
            kind: LaneKind::Custom(title.to_string()),
        });
        Ok(())
    }

    /// Renames a custom lane (built-in lanes keep their names).
    pub fn rename_lane(&mut self, id: &str, title: &str) -> Result<(), EditError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(EditError::EmptyName);
        }
        let lane = self
            .lanes
            .iter_mut()
            .find(|l| l.id == id)
            .ok_or(EditError::NoSuchLane)?;
        if let LaneKind::Custom(t) = &mut lane.kind {
            *t = title.to_string();
        }
        Ok(())
    }

    /// Deletes a lane and its cards (undo brings them back).
    pub fn delete_lane(&mut self, id: &str) -> Result<(), EditError> {
        let i = self
            .lanes
            .iter()
            .position(|l| l.id == id)
            .ok_or(EditError::NoSuchLane)?;
        if self.lanes.len() == 1 {
            return Err(EditError::LastLane);
        }
        self.lanes.remove(i);
        self.cards.retain(|c| c.lane != id);
        Ok(())
    }

    /// Whether a card takes dots: pain points and opportunities do.
    pub fn votable(&self, card: &Card) -> bool {
        self.lane_of(card)
            .is_some_and(|l| matches!(l.kind, LaneKind::PainPoints | LaneKind::Opportunities))
    }

    /// Dots `participant` has placed on the whole map.
    pub fn dots_used(&self, participant: &str) -> u32 {
        self.cards
            .iter()
            .flat_map(|c| c.votes.iter())
            .filter(|(p, _)| p == participant)
            .map(|(_, n)| n)
            .sum()
    }

    /// Places one of `participant`'s dots on a pain point or opportunity, within their
    /// allowance.
    pub fn cast_dot(&mut self, card: &str, participant: &str) -> Result<(), EditError> {
        let c = self.card(card).ok_or(EditError::NoSuchCard)?;
        if !self.votable(c) {
            return Err(EditError::NotVotable);
        }
        if self.dots_used(participant) >= self.workshop.dots_per_participant {
            return Err(EditError::NoDotsLeft);
        }
        self.vote(card, participant)
    }

    /// Takes back one of `participant`'s dots from a card.
    pub fn take_dot(&mut self, card: &str, participant: &str) -> Result<(), EditError> {
        let c = self.card_mut(card)?;
        let i = c
            .votes
            .iter()
            .position(|(p, _)| p == participant)
            .ok_or(EditError::NoVoteToTake)?;
        if c.votes[i].1 <= 1 {
            c.votes.remove(i);
        } else {
            c.votes[i].1 -= 1;
        }
        Ok(())
    }

    /// Clears every dot (a new round of voting).
    pub fn clear_dots(&mut self) {
        for c in &mut self.cards {
            c.votes.clear();
        }
    }

    /// Stage emotions of `other` lined up with this map's stages by name (ignoring case
    /// and spaces), for drawing an as-is and a to-be curve together.
    pub fn emotions_matched(&self, other: &JourneyMap) -> Vec<Option<i8>> {
        let key = |s: &str| s.trim().to_lowercase();
        self.stages
            .iter()
            .map(|s| {
                other
                    .stages
                    .iter()
                    .find(|o| key(&o.name) == key(&s.name))
                    .and_then(|o| o.emotion)
            })
            .collect()
    }

    /// Pain points then opportunities, each in map order; with `by_votes`, all of them
    /// most dots first (ties keep that order).
    pub fn votable_cards(&self, by_votes: bool) -> Vec<&Card> {
        let mut cards: Vec<&Card> = self.cards.iter().filter(|c| self.votable(c)).collect();
        let rank = |c: &&Card| match self.lane_of(c).map(|l| &l.kind) {
            Some(LaneKind::PainPoints) => 0,
            _ => 1,
        };
        cards.sort_by_key(rank);
        if by_votes {
            cards.sort_by_key(|c| std::cmp::Reverse(c.total_votes()));
        }
        cards
    }

    /// A stage's name, or "" for an id that names no stage.
    pub fn stage_name(&self, id: &str) -> &str {
        self.stages
            .iter()
            .find(|s| s.id == id)
            .map_or("", |s| s.name.as_str())
    }

    /// Cards of a lane kind, most votes first (ties keep their order).
    pub fn ranked(&self, kind: &LaneKind) -> Vec<&Card> {
        let lanes: Vec<&str> = self
            .lanes
            .iter()
            .filter(|l| &l.kind == kind)
            .map(|l| l.id.as_str())
            .collect();
        let mut cards: Vec<&Card> = self
            .cards
            .iter()
            .filter(|c| lanes.contains(&c.lane.as_str()))
            .collect();
        cards.sort_by_key(|c| std::cmp::Reverse(c.total_votes()));
        cards
    }

    /// A to-be copy of this map: same stages, lanes and cards under new ids, votes
    /// cleared, state Future.
    pub fn to_be(&self, id: String, mut new_id: impl FnMut() -> String) -> JourneyMap {
        let mut ids = std::collections::HashMap::new();
        let mut remap = |old: &str| {
            ids.entry(old.to_string())
                .or_insert_with(&mut new_id)
                .clone()
        };
        JourneyMap {
            id,
            title: format!("{} (to-be)", self.title),
            scope: self.scope.clone(),
            personas: self.personas.clone(),
            state: JourneyState::Future,
            stages: self
                .stages
                .iter()
                .map(|s| Stage {
                    id: remap(&s.id),
                    ..s.clone()
                })
                .collect(),
            lanes: self
                .lanes
                .iter()
                .map(|l| Lane {
                    id: remap(&l.id),
                    kind: l.kind.clone(),
                })
                .collect(),
            cards: self
                .cards
                .iter()
                .map(|c| Card {
                    id: remap(&c.id),
                    stage: remap(&c.stage),
                    lane: remap(&c.lane),
                    votes: Vec::new(),
                    analysis: None,
                    ..c.clone()
                })
                .collect(),
            based_on: Some(self.id.clone()),
            workshop: Workshop {
                participants: self.workshop.participants.clone(),
                ..Workshop::default()
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::test_ids;

    fn sample() -> JourneyMap {
        let mut m = JourneyMap::blank("m1".into(), " Late delivery ", test_ids("x"));
        m.add_stage("s1".into(), "Notice delay", None).unwrap();
        m.add_stage("s2".into(), "Contact us", None).unwrap();
        m.add_stage("s3".into(), "Refund", None).unwrap();
        m
    }

    #[test]
    fn stages_add_rename_move_delete() {
        let mut m = sample();
        assert_eq!(m.title, "Late delivery");
        assert_eq!(m.lanes.len(), 7);
        m.add_stage("s0".into(), "Order", Some(0)).unwrap();
        assert_eq!(m.stages[0].name, "Order");
        assert_eq!(
            m.add_stage("s9".into(), "  ", None),
            Err(EditError::EmptyName)
        );
        assert_eq!(
            m.add_stage("s1".into(), "Again", None),
            Err(EditError::IdInUse)
        );
        m.rename_stage("s2", "Call the contact centre").unwrap();
        m.move_stage("s3", -2).unwrap();
        let order: Vec<&str> = m.stages.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(order, ["s0", "s3", "s1", "s2"]);
        m.move_stage("s0", -5).unwrap();
        assert_eq!(m.stages[0].id, "s0", "moving past the end stays at the end");
        let lane = m.lanes[0].id.clone();
        m.add_card("c1".into(), "s2", &lane, "Waited 20 minutes")
            .unwrap();
        m.delete_stage("s2").unwrap();
        assert!(m.cards.is_empty(), "a stage's cards go with it");
    }

    #[test]
    fn cards_emotions_and_votes() {
        let mut m = sample();
        let pains = m
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::PainPoints)
            .unwrap()
            .id
            .clone();
        let touch = m.lanes[1].id.clone();
        m.add_card("c1".into(), "s2", &pains, "Hold music on loop")
            .unwrap();
        m.add_card("c2".into(), "s2", &pains, "Asked for order number twice")
            .unwrap();
        assert_eq!(
            m.add_card("c3".into(), "nope", &pains, "x"),
            Err(EditError::NoSuchStage)
        );
        m.vote("c2", "Ann").unwrap();
        m.vote("c2", "Ann").unwrap();
        m.vote("c1", "Bo").unwrap();
        let ranked: Vec<&str> = m
            .ranked(&LaneKind::PainPoints)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ranked, ["c2", "c1"]);
        m.move_card("c1", "s3", &touch).unwrap();
        assert_eq!(m.cell("s3", &touch).len(), 1);
        m.set_emotion("s2", Some(-2)).unwrap();
        assert_eq!(
            m.set_emotion("s2", Some(3)),
            Err(EditError::EmotionOutOfRange(3))
        );
        m.delete_card("c2").unwrap();
        assert_eq!(m.delete_card("c2"), Err(EditError::NoSuchCard));
    }

    #[test]
    fn broken_references_are_problems() {
        let mut m = sample();
        assert!(m.problems().is_empty());
        let lane = m.lanes[0].id.clone();
        m.add_card("c1".into(), "s1", &lane, "ok").unwrap();
        m.cards[0].stage = "gone".into();
        m.stages[0].emotion = Some(7);
        let p: Vec<String> = m.problems().into_iter().map(|(f, _)| f).collect();
        assert_eq!(p, ["stages[0].emotion", "cards[0].stage"]);
    }

    #[test]
    fn to_be_copies_under_new_ids() {
        let mut m = sample();
        let lane = m.lanes[3].id.clone();
        m.add_card("c1".into(), "s1", &lane, "No tracking link")
            .unwrap();
        m.vote("c1", "Ann").unwrap();
        let f = m.to_be("m2".into(), test_ids("x"));
        assert_eq!(f.state, JourneyState::Future);
        assert_eq!(f.title, "Late delivery (to-be)");
        assert_eq!(f.stages.len(), 3);
        assert!(f
            .stages
            .iter()
            .all(|s| !m.stages.iter().any(|o| o.id == s.id)));
        let c = &f.cards[0];
        assert_eq!(c.text, "No tracking link");
        assert_eq!(c.total_votes(), 0);
        assert!(f.stages.iter().any(|s| s.id == c.stage) && f.lanes.iter().any(|l| l.id == c.lane));
    }

    #[test]
    fn dots_follow_the_allowance_and_can_be_taken_back() {
        let mut m = sample();
        let pains = m.lanes[3].id.clone();
        let actions = m.lanes[0].id.clone();
        let s = m.stages[0].id.clone();
        m.add_card("p1".into(), &s, &pains, "Long wait").unwrap();
        m.add_card("p2".into(), &s, &pains, "No update").unwrap();
        m.add_card("a1".into(), &s, &actions, "Calls").unwrap();
        m.workshop.dots_per_participant = 2;
        assert_eq!(m.cast_dot("a1", "Ann"), Err(EditError::NotVotable));
        m.cast_dot("p2", "Ann").unwrap();
        m.cast_dot("p2", "Ann").unwrap();
        assert_eq!(m.cast_dot("p1", "Ann"), Err(EditError::NoDotsLeft));
        m.cast_dot("p1", "Bob").unwrap();
        assert_eq!(m.dots_used("Ann"), 2);
        let ranked: Vec<&str> = m
            .ranked(&LaneKind::PainPoints)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ranked, vec!["p2", "p1"]);
        let all: Vec<&str> = m
            .votable_cards(false)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(all, vec!["p1", "p2"]);
        let top: Vec<&str> = m
            .votable_cards(true)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(top, vec!["p2", "p1"]);
        assert_eq!(m.stage_name(&s), "Notice delay");
        assert_eq!(m.stage_name("gone"), "");
        m.take_dot("p2", "Ann").unwrap();
        m.take_dot("p2", "Ann").unwrap();
        assert_eq!(m.take_dot("p2", "Ann"), Err(EditError::NoVoteToTake));
        assert!(m.card("p2").unwrap().votes.is_empty());
        m.clear_dots();
        assert_eq!(m.dots_used("Bob"), 0);
    }

    #[test]
    fn lanes_cards_and_stages_move_and_go() {
        let mut m = sample();
        let ids: Vec<String> = m.stages.iter().map(|s| s.id.clone()).collect();
        m.move_stage_to(&ids[0], 99).unwrap();
        assert_eq!(m.stages.last().unwrap().id, ids[0]);
        m.move_stage_to(&ids[0], 0).unwrap();
        assert_eq!(m.stages[0].id, ids[0]);
        m.add_lane("own".into(), " Legal ").unwrap();
        assert_eq!(m.lanes.last().unwrap().kind.title(), "Legal");
        assert_eq!(m.add_lane("own2".into(), " "), Err(EditError::EmptyName));
        m.rename_lane("own", "Compliance").unwrap();
        assert_eq!(m.lanes.last().unwrap().kind.title(), "Compliance");
        let actions = m.lanes[0].id.clone();
        m.add_card("c1".into(), &ids[0], &actions, "one").unwrap();
        m.add_card("c2".into(), &ids[0], &actions, "two").unwrap();
        m.add_card("c3".into(), &ids[1], "own", "three").unwrap();
        m.move_card_to("c3", &ids[0], &actions, Some(0)).unwrap();
        let cell: Vec<&str> = m
            .cell(&ids[0], &actions)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(cell, vec!["c3", "c1", "c2"]);
        m.move_card_to("c3", &ids[1], "own", None).unwrap();
        m.delete_lane("own").unwrap();
        assert!(m.card("c3").is_none());
        while m.lanes.len() > 1 {
            let id = m.lanes[0].id.clone();
            m.delete_lane(&id).unwrap();
        }
        let last = m.lanes[0].id.clone();
        assert_eq!(m.delete_lane(&last), Err(EditError::LastLane));
        m.set_card_text("c1", "x").unwrap_err();
    }

    #[test]
    fn card_details_and_matched_curves() {
        let mut m = sample();
        let s = m.stages[0].id.clone();
        let tp = m.lanes[1].id.clone();
        m.add_card("t".into(), &s, &tp, "Call").unwrap();
        m.set_card_text("t", "  Call the helpline ").unwrap();
        m.set_channel("t", Some(Channel::Phone)).unwrap();
        m.set_moment_of_truth("t", true).unwrap();
        m.set_kpi("t", Some("d1".into())).unwrap();
        let c = m.card("t").unwrap();
        assert_eq!(c.text, "Call the helpline");
        assert_eq!((c.channel, c.moment_of_truth), (Some(Channel::Phone), true));
        assert_eq!(c.kpi.as_deref(), Some("d1"));
        m.set_emotion(&s, Some(-1)).unwrap();
        let mut n = 100;
        let mut future = m.to_be("f".into(), || {
            n += 1;
            format!("f{n}")
        });
        assert_eq!(future.based_on.as_deref(), Some(m.id.as_str()));
        future
            .set_emotion(&future.stages[0].id.clone(), Some(2))
            .unwrap();
        future.stages.reverse();
        let matched = future.emotions_matched(&m);
        assert_eq!(matched.last().copied().flatten(), Some(-1));
        assert_eq!(m.emotions_matched(&future)[0], Some(2));
    }

    #[test]
    fn odd_data_from_outside_is_refused_not_trusted() {
        let mut m = sample();
        let pains = m.lanes[3].id.clone();
        let s = m.stages[0].id.clone();
        m.add_card("p".into(), &s, &pains, "Wait").unwrap();
        m.cards[0].votes = vec![("Ann".into(), 0)];
        assert_eq!(m.problems()[0].0, "cards[0].votes");
        m.cards[0].votes = vec![("Ann".into(), u32::MAX), ("Bob".into(), u32::MAX)];
        assert_eq!(m.cards[0].total_votes(), u32::MAX);
        assert!(!m.problems().is_empty());
        m.cards[0].votes = vec![("Ann".into(), 1)];
        assert!(m.problems().is_empty());
        m.take_dot("p", "Ann").unwrap();
        assert!(m.cards[0].votes.is_empty());
        m.cards[0].id = m.stages[1].id.clone();
        assert_eq!(m.problems()[0].0, "id");
    }

    #[test]
    fn moving_a_card_onto_its_own_cell_changes_nothing() {
        let mut m = sample();
        let actions = m.lanes[0].id.clone();
        let s = m.stages[0].id.clone();
        m.add_card("a".into(), &s, &actions, "one").unwrap();
        m.add_card("b".into(), &s, &actions, "two").unwrap();
        let before = m.clone();
        m.move_card_to("a", &s, &actions, None).unwrap();
        assert_eq!(m, before);
    }

    #[test]
    fn a_full_map_refuses_more() {
        let mut m = sample();
        for i in m.stages.len()..MAX_STAGES {
            m.add_stage(format!("full{i}"), "S", None).unwrap();
        }
        assert_eq!(
            m.add_stage("one".into(), "S", None),
            Err(EditError::MapFull)
        );
        assert_eq!(
            EditError::MapFull.to_string(),
            "the map is full (200 stages or 10,000 cards)"
        );
    }
}
