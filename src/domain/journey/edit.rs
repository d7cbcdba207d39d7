//! Every change to a journey map as a value: what the page sends, what undo names,
//! and what the presenter window receives to follow the facilitator's edits.

use super::error::EditError;
use super::ids::{CardId, LaneId, StageId};
use super::kinds::{Channel, JourneyState};
use super::map::JourneyMap;
use super::people::PersonaField;
use crate::domain::edit::PartEdit;
use serde::Serialize;

/// One change to a journey map.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JourneyEdit {
    /// Renames the map.
    SetTitle {
        title: String,
    },
    /// Says where the journey starts and ends.
    SetScope {
        scope: String,
    },
    /// Marks the map as-is or to-be.
    SetState {
        state: JourneyState,
    },
    /// Adds a stage at `at` (or at the end).
    AddStage {
        id: StageId,
        name: String,
        at: Option<usize>,
    },
    RenameStage {
        stage: StageId,
        name: String,
    },
    /// Moves a stage by `by` places (negative: left).
    MoveStage {
        stage: StageId,
        by: isize,
    },
    /// Moves a stage to a position (drag and drop).
    MoveStageTo {
        stage: StageId,
        to: usize,
    },
    /// Removes a stage and its cards.
    DeleteStage {
        stage: StageId,
    },
    /// Sets or clears how the customer feels at a stage (−2..+2).
    SetEmotion {
        stage: StageId,
        emotion: Option<i8>,
    },
    AddLane {
        id: LaneId,
        title: String,
    },
    RenameLane {
        lane: LaneId,
        title: String,
    },
    /// Removes a lane and its cards.
    DeleteLane {
        lane: LaneId,
    },
    AddCard {
        id: CardId,
        stage: StageId,
        lane: LaneId,
        text: String,
    },
    SetCardText {
        card: CardId,
        text: String,
    },
    SetChannel {
        card: CardId,
        channel: Option<Channel>,
    },
    SetMomentOfTruth {
        card: CardId,
        on: bool,
    },
    /// Sets or clears a card's own emotion (−2..+2).
    SetCardEmotion {
        card: CardId,
        emotion: Option<i8>,
    },
    /// Removes a template's worked example (emotions, pain points, moments of truth).
    ClearExample,
    /// Links a card to one of the project's KPI datasets, or unlinks it.
    LinkKpi {
        card: CardId,
        kpi: Option<String>,
    },
    /// Moves a card to a cell, at `index` among that cell's cards (or last).
    MoveCard {
        card: CardId,
        stage: StageId,
        lane: LaneId,
        index: Option<usize>,
    },
    DeleteCard {
        card: CardId,
    },
    AddPersona,
    /// Changes one field of the persona at `index`.
    EditPersona {
        index: usize,
        field: PersonaField,
        value: String,
    },
    RemovePersona {
        index: usize,
    },
    AddParticipant {
        name: String,
    },
    SetDotsPerParticipant {
        dots: u32,
    },
    /// One of the participant's dots onto a pain point or opportunity.
    CastDot {
        card: CardId,
        participant: String,
    },
    /// One of the participant's dots back off a card.
    TakeDot {
        card: CardId,
        participant: String,
    },
    /// Every dot off the map (a new round of voting).
    ClearDots,
}

impl PartEdit for JourneyEdit {
    type Part = JourneyMap;
    type Error = EditError;

    fn apply(&self, m: &mut JourneyMap) -> Result<(), EditError> {
        use JourneyEdit as E;
        match self {
            E::SetTitle { title } => m.set_title(title),
            E::SetScope { scope } => m.set_scope(scope),
            E::SetState { state } => m.set_state(*state),
            E::AddStage { id, name, at } => m.add_stage(id.clone(), name, *at),
            E::RenameStage { stage, name } => m.rename_stage(stage, name),
            E::MoveStage { stage, by } => m.move_stage(stage, *by),
            E::MoveStageTo { stage, to } => m.move_stage_to(stage, *to),
            E::DeleteStage { stage } => m.delete_stage(stage),
            E::SetEmotion { stage, emotion } => m.set_emotion(stage, *emotion),
            E::AddLane { id, title } => m.add_lane(id.clone(), title),
            E::RenameLane { lane, title } => m.rename_lane(lane, title),
            E::DeleteLane { lane } => m.delete_lane(lane),
            E::AddCard {
                id,
                stage,
                lane,
                text,
            } => m.add_card(id.clone(), stage, lane, text),
            E::SetCardText { card, text } => m.set_card_text(card, text),
            E::SetChannel { card, channel } => m.set_channel(card, *channel),
            E::SetMomentOfTruth { card, on } => m.set_moment_of_truth(card, *on),
            E::SetCardEmotion { card, emotion } => m.set_card_emotion(card, *emotion),
            E::ClearExample => {
                m.clear_example();
                Ok(())
            }
            E::LinkKpi { card, kpi } => m.set_kpi(card, kpi.clone()),
            E::MoveCard {
                card,
                stage,
                lane,
                index,
            } => m.move_card_to(card, stage, lane, *index),
            E::DeleteCard { card } => m.delete_card(card),
            E::AddPersona => m.add_persona(),
            E::EditPersona {
                index,
                field,
                value,
            } => m.edit_persona(*index, *field, value),
            E::RemovePersona { index } => m.remove_persona(*index),
            E::AddParticipant { name } => m.add_participant(name),
            E::SetDotsPerParticipant { dots } => m.set_dots_per_participant(*dots),
            E::CastDot { card, participant } => m.cast_dot(card, participant),
            E::TakeDot { card, participant } => m.take_dot(card, participant),
            E::ClearDots => {
                m.clear_dots();
                Ok(())
            }
        }
    }

    fn changes(&self, m: &JourneyMap) -> bool {
        use JourneyEdit as E;
        let card = |id: &CardId| m.card(id);
        let stage = |id: &StageId| m.stages.iter().find(|s| s.id == *id);
        match self {
            E::SetTitle { title } => m.title != title.trim(),
            E::SetScope { scope } => m.scope != scope.trim(),
            E::SetState { state } => m.state != *state,
            E::RenameStage { stage: s, name } => stage(s).is_none_or(|s| s.name != name.trim()),
            E::SetEmotion { stage: s, emotion } => stage(s).is_none_or(|s| s.emotion != *emotion),
            E::SetCardText { card: c, text } => card(c).is_none_or(|c| c.text != text.trim()),
            E::SetChannel { card: c, channel } => card(c).is_none_or(|c| c.channel != *channel),
            E::SetMomentOfTruth { card: c, on } => card(c).is_none_or(|c| c.moment_of_truth != *on),
            E::SetCardEmotion { card: c, emotion } => {
                card(c).is_none_or(|c| c.emotion() != *emotion)
            }
            E::ClearExample => m.example.is_some(),
            E::LinkKpi { card: c, kpi } => card(c).is_none_or(|c| c.kpi != *kpi),
            E::MoveCard {
                card: c,
                stage,
                lane,
                index: None,
            } => card(c).is_none_or(|c| c.stage != *stage || c.lane != *lane),
            E::SetDotsPerParticipant { dots } => m.workshop.dots_per_participant != *dots,
            E::ClearDots => m.cards.iter().any(|c| !c.votes.is_empty()),
            _ => true,
        }
    }

    fn label(&self) -> String {
        use JourneyEdit as E;
        match self {
            E::SetTitle { .. } => "rename the map",
            E::SetScope { .. } => "change the scope",
            E::SetState { .. } => "change the map's state",
            E::AddStage { .. } => "add a stage",
            E::RenameStage { .. } => "rename a stage",
            E::MoveStage { .. } | E::MoveStageTo { .. } => "move a stage",
            E::DeleteStage { .. } => "delete a stage",
            E::SetEmotion { .. } => "set a stage's emotion",
            E::AddLane { .. } => "add a lane",
            E::RenameLane { .. } => "rename a lane",
            E::DeleteLane { .. } => "delete a lane",
            E::AddCard { .. } => "add a card",
            E::SetCardText { .. } => "edit a card's text",
            E::SetChannel { .. } => "set a touchpoint's channel",
            E::SetMomentOfTruth { .. } => "mark a moment of truth",
            E::SetCardEmotion { .. } => "set a card's emotion",
            E::ClearExample => "clear the example content",
            E::LinkKpi { .. } => "link a KPI",
            E::MoveCard { .. } => "move a card",
            E::DeleteCard { .. } => "remove a card",
            E::AddPersona => "add a persona",
            E::EditPersona { .. } => "edit a persona",
            E::RemovePersona { .. } => "remove a persona",
            E::AddParticipant { .. } => "add a participant",
            E::SetDotsPerParticipant { .. } => "set dots per participant",
            E::CastDot { .. } => "place a dot",
            E::TakeDot { .. } => "take back a dot",
            E::ClearDots => "clear all dots",
        }
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::test_ids;

    fn map() -> JourneyMap {
        let mut m = JourneyMap::blank("m".into(), "Late delivery", test_ids("l"));
        m.add_stage("s1".into(), "Notice", None).unwrap();
        m.add_card("c1".into(), "s1", "l4", "On hold 25 minutes")
            .unwrap();
        m
    }

    fn every_kind() -> Vec<JourneyEdit> {
        use JourneyEdit as E;
        vec![
            E::SetTitle {
                title: "Refunds".into(),
            },
            E::SetScope {
                scope: "From order to refund".into(),
            },
            E::SetState {
                state: JourneyState::Future,
            },
            E::AddStage {
                id: "s2".into(),
                name: "Call".into(),
                at: Some(0),
            },
            E::RenameStage {
                stage: "s1".into(),
                name: "Spot it".into(),
            },
            E::MoveStage {
                stage: "s1".into(),
                by: -1,
            },
            E::MoveStageTo {
                stage: "s1".into(),
                to: 1,
            },
            E::SetEmotion {
                stage: "s1".into(),
                emotion: Some(-2),
            },
            E::AddLane {
                id: "l9".into(),
                title: "Policies".into(),
            },
            E::RenameLane {
                lane: "l9".into(),
                title: "Rules".into(),
            },
            E::AddCard {
                id: "c2".into(),
                stage: "s2".into(),
                lane: "l4".into(),
                text: "Lost parcel".into(),
            },
            E::SetCardText {
                card: "c1".into(),
                text: "On hold 40 minutes".into(),
            },
            E::SetChannel {
                card: "c1".into(),
                channel: Some(Channel::Phone),
            },
            E::SetMomentOfTruth {
                card: "c1".into(),
                on: true,
            },
            E::SetCardEmotion {
                card: "c1".into(),
                emotion: Some(-2),
            },
            E::LinkKpi {
                card: "c1".into(),
                kpi: Some("d1".into()),
            },
            E::MoveCard {
                card: "c1".into(),
                stage: "s1".into(),
                lane: "l5".into(),
                index: Some(0),
            },
            E::AddPersona,
            E::EditPersona {
                index: 0,
                field: PersonaField::Goals,
                value: "Get the parcel".into(),
            },
            E::AddParticipant { name: "Ann".into() },
            E::SetDotsPerParticipant { dots: 2 },
            E::CastDot {
                card: "c2".into(),
                participant: "Ann".into(),
            },
            E::TakeDot {
                card: "c2".into(),
                participant: "Ann".into(),
            },
            E::ClearDots,
            E::ClearExample,
            E::RemovePersona { index: 0 },
            E::DeleteLane { lane: "l9".into() },
            E::DeleteCard { card: "c2".into() },
            E::DeleteStage { stage: "s2".into() },
        ]
    }

    #[test]
    fn every_edit_round_trips_as_json_and_applies_in_turn() {
        let mut m = map();
        for edit in every_kind() {
            let text = serde_json::to_string(&edit).unwrap();
            let back: JourneyEdit = serde_json::from_str(&text).unwrap();
            assert_eq!(back, edit, "{text}");
            assert!(!edit.label().is_empty());
            edit.apply(&mut m)
                .unwrap_or_else(|e| panic!("{text} was refused: {e}"));
            assert!(m.problems().is_empty(), "{text} broke the map");
        }
        assert_eq!(m.title, "Refunds");
        assert_eq!(m.stages.len(), 1);
        assert_eq!(m.cards[0].text, "On hold 40 minutes");
        assert_eq!(m.cards[0].emotion(), Some(-2));
    }

    #[test]
    fn a_cards_emotion_is_an_edit_that_says_when_it_changes_nothing() {
        let mut m = map();
        let set = |emotion| JourneyEdit::SetCardEmotion {
            card: "c1".into(),
            emotion,
        };
        assert!(!set(None).changes(&m));
        assert!(set(Some(1)).changes(&m));
        set(Some(1)).apply(&mut m).unwrap();
        assert!(!set(Some(1)).changes(&m));
        assert_eq!(
            set(Some(5)).apply(&mut m),
            Err(EditError::EmotionOutOfRange(5))
        );
        assert_eq!(set(Some(1)).label(), "set a card's emotion");
    }

    #[test]
    fn edits_that_change_nothing_say_so() {
        let m = map();
        let same = JourneyEdit::SetCardText {
            card: "c1".into(),
            text: " On hold 25 minutes ".into(),
        };
        assert!(!same.changes(&m));
        let other = JourneyEdit::SetCardText {
            card: "c1".into(),
            text: "On hold 26 minutes".into(),
        };
        assert!(other.changes(&m));
        let here = JourneyEdit::MoveCard {
            card: "c1".into(),
            stage: "s1".into(),
            lane: "l4".into(),
            index: None,
        };
        assert!(!here.changes(&m));
        assert!(!JourneyEdit::ClearDots.changes(&m));
    }

    #[test]
    fn refusals_name_the_reason() {
        let mut m = map();
        let e = JourneyEdit::RenameStage {
            stage: "gone".into(),
            name: "x".into(),
        };
        assert_eq!(e.apply(&mut m), Err(EditError::NoSuchStage));
        let e = JourneyEdit::SetTitle { title: "  ".into() };
        assert_eq!(e.apply(&mut m), Err(EditError::EmptyName));
    }
}
