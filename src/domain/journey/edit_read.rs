//! Reading a [`JourneyEdit`] from JSON through one struct of all its fields (see
//! `domain/edit_read.rs` for why); it reads what the derived `Serialize` writes.

use super::edit::JourneyEdit;
use super::ids::{CardId, LaneId, StageId};
use super::kinds::{Channel, JourneyState};
use super::people::PersonaField;
use crate::domain::edit_read::{need, read_edit, Unreadable};
use serde::{Deserialize, Deserializer};

const EDITS: &[&str] = &[
    "set_title",
    "set_scope",
    "set_state",
    "add_stage",
    "rename_stage",
    "move_stage",
    "move_stage_to",
    "delete_stage",
    "set_emotion",
    "add_lane",
    "rename_lane",
    "delete_lane",
    "add_card",
    "set_card_text",
    "set_channel",
    "set_moment_of_truth",
    "set_card_emotion",
    "clear_example",
    "link_kpi",
    "move_card",
    "delete_card",
    "add_persona",
    "edit_persona",
    "remove_persona",
    "add_participant",
    "set_dots_per_participant",
    "cast_dot",
    "take_dot",
    "clear_dots",
];
const WITHOUT_FIELDS: &[&str] = &["clear_example", "add_persona", "clear_dots"];

/// Every field of every journey edit.
#[derive(Default, Deserialize)]
struct Fields {
    title: Option<String>,
    scope: Option<String>,
    state: Option<JourneyState>,
    id: Option<String>,
    name: Option<String>,
    at: Option<usize>,
    stage: Option<StageId>,
    by: Option<isize>,
    to: Option<usize>,
    emotion: Option<i8>,
    lane: Option<LaneId>,
    card: Option<CardId>,
    text: Option<String>,
    channel: Option<Channel>,
    on: Option<bool>,
    kpi: Option<String>,
    index: Option<usize>,
    field: Option<PersonaField>,
    value: Option<String>,
    participant: Option<String>,
    dots: Option<u32>,
}

impl<'de> Deserialize<'de> for JourneyEdit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_edit(deserializer, "JourneyEdit", EDITS, WITHOUT_FIELDS, make)
    }
}

fn make(tag: &str, f: Fields) -> Result<JourneyEdit, Unreadable> {
    use JourneyEdit as E;
    let stage = || need(f.stage.clone(), "stage");
    let card = || need(f.card.clone(), "card");
    let lane = || need(f.lane.clone(), "lane");
    let title = || need(f.title.clone(), "title");
    let name = || need(f.name.clone(), "name");
    let text = || need(f.text.clone(), "text");
    let id = || need(f.id.clone(), "id");
    let index = || need(f.index, "index");
    let participant = || need(f.participant.clone(), "participant");
    Ok(match tag {
        "set_title" => E::SetTitle { title: title()? },
        "set_scope" => E::SetScope {
            scope: need(f.scope.clone(), "scope")?,
        },
        "set_state" => E::SetState {
            state: need(f.state, "state")?,
        },
        "add_stage" => E::AddStage {
            id: id()?.into(),
            name: name()?,
            at: f.at,
        },
        "rename_stage" => E::RenameStage {
            stage: stage()?,
            name: name()?,
        },
        "move_stage" => E::MoveStage {
            stage: stage()?,
            by: need(f.by, "by")?,
        },
        "move_stage_to" => E::MoveStageTo {
            stage: stage()?,
            to: need(f.to, "to")?,
        },
        "delete_stage" => E::DeleteStage { stage: stage()? },
        "set_emotion" => E::SetEmotion {
            stage: stage()?,
            emotion: f.emotion,
        },
        "add_lane" => E::AddLane {
            id: id()?.into(),
            title: title()?,
        },
        "rename_lane" => E::RenameLane {
            lane: lane()?,
            title: title()?,
        },
        "delete_lane" => E::DeleteLane { lane: lane()? },
        "add_card" => E::AddCard {
            id: id()?.into(),
            stage: stage()?,
            lane: lane()?,
            text: text()?,
        },
        "set_card_text" => E::SetCardText {
            card: card()?,
            text: text()?,
        },
        "set_channel" => E::SetChannel {
            card: card()?,
            channel: f.channel,
        },
        "set_moment_of_truth" => E::SetMomentOfTruth {
            card: card()?,
            on: need(f.on, "on")?,
        },
        "set_card_emotion" => E::SetCardEmotion {
            card: card()?,
            emotion: f.emotion,
        },
        "clear_example" => E::ClearExample,
        "link_kpi" => E::LinkKpi {
            card: card()?,
            kpi: f.kpi.clone(),
        },
        "move_card" => E::MoveCard {
            card: card()?,
            stage: stage()?,
            lane: lane()?,
            index: f.index,
        },
        "delete_card" => E::DeleteCard { card: card()? },
        "add_persona" => E::AddPersona,
        "edit_persona" => E::EditPersona {
            index: index()?,
            field: need(f.field, "field")?,
            value: need(f.value.clone(), "value")?,
        },
        "remove_persona" => E::RemovePersona { index: index()? },
        "add_participant" => E::AddParticipant { name: name()? },
        "set_dots_per_participant" => E::SetDotsPerParticipant {
            dots: need(f.dots, "dots")?,
        },
        "cast_dot" => E::CastDot {
            card: card()?,
            participant: participant()?,
        },
        "take_dot" => E::TakeDot {
            card: card()?,
            participant: participant()?,
        },
        "clear_dots" => E::ClearDots,
        _ => return Err(Unreadable::UnknownEdit),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_missing_a_field_or_with_an_unknown_tag_is_not_read() {
        let read = |t: &str| serde_json::from_str::<JourneyEdit>(t).map_err(|e| e.to_string());
        assert!(read(r#"{"rename_stage":{"stage":"s1"}}"#)
            .unwrap_err()
            .contains("missing field `name`"));
        assert!(read(r#"{"paint_card":{"card":"c1"}}"#)
            .unwrap_err()
            .contains("unknown variant `paint_card`"));
        assert!(read(r#""delete_card""#).is_err());
        assert_eq!(read(r#""clear_dots""#), Ok(JourneyEdit::ClearDots));
        assert_eq!(
            read(r#"{"move_card":{"card":"c1","stage":"s1","lane":"l1"}}"#),
            Ok(JourneyEdit::MoveCard {
                card: "c1".into(),
                stage: "s1".into(),
                lane: "l1".into(),
                index: None
            })
        );
    }

    #[test]
    fn every_tag_is_one_the_derived_writer_writes() {
        // The names serde gives the variants (snake_case) must all be read.
        crate::domain::edit_read::assert_every_tag_reads::<JourneyEdit>(EDITS, WITHOUT_FIELDS);
    }
}
