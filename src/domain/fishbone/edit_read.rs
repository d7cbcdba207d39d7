//! Reading a [`FishboneEdit`] from JSON through one struct of all its fields (see
//! `domain/edit_read.rs` for why); it reads what the derived `Serialize` writes.

use super::causes::Parent;
use super::edit::FishboneEdit;
use super::ids::{CategoryId, CauseId};
use super::model::{CauseStatus, PainPointLink};
use super::presets::Preset;
use crate::domain::edit_read::{need, read_edit, Unreadable};
use crate::domain::evidence::Evidence;
use serde::{Deserialize, Deserializer};

const EDITS: &[&str] = &[
    "set_effect",
    "apply_preset",
    "add_category",
    "rename_category",
    "move_category",
    "delete_category",
    "add_cause",
    "add_sibling_after",
    "set_cause_text",
    "nest",
    "unnest",
    "move_cause",
    "move_cause_to",
    "delete_cause",
    "set_status",
    "add_evidence",
    "edit_evidence",
    "remove_evidence",
    "add_participant",
    "remove_participant",
    "set_dots_per_participant",
    "cast_dot",
    "take_dot",
    "clear_dots",
    "link_source",
    "unlink_source",
];
const WITHOUT_FIELDS: &[&str] = &["clear_dots", "unlink_source"];

/// Every field of every fishbone edit.
#[derive(Default, Deserialize)]
struct Fields {
    effect: Option<String>,
    preset: Option<Preset>,
    ids: Option<Vec<CategoryId>>,
    id: Option<String>,
    name: Option<String>,
    at: Option<usize>,
    category: Option<CategoryId>,
    by: Option<isize>,
    text: Option<String>,
    parent: Option<Parent>,
    after: Option<CauseId>,
    cause: Option<CauseId>,
    status: Option<CauseStatus>,
    evidence: Option<Evidence>,
    index: Option<usize>,
    participant: Option<String>,
    dots: Option<u32>,
    source: Option<PainPointLink>,
}

impl<'de> Deserialize<'de> for FishboneEdit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_edit(deserializer, "FishboneEdit", EDITS, WITHOUT_FIELDS, make)
    }
}

fn make(tag: &str, f: Fields) -> Result<FishboneEdit, Unreadable> {
    use FishboneEdit as E;
    let cause = need(f.cause, "cause");
    Ok(match tag {
        "set_effect" => E::SetEffect {
            effect: need(f.effect, "effect")?,
        },
        "apply_preset" => E::ApplyPreset {
            preset: need(f.preset, "preset")?,
            ids: need(f.ids, "ids")?,
        },
        "add_category" => E::AddCategory {
            id: need(f.id, "id")?.into(),
            name: need(f.name, "name")?,
            at: f.at,
        },
        "rename_category" => E::RenameCategory {
            category: need(f.category, "category")?,
            name: need(f.name, "name")?,
        },
        "move_category" => E::MoveCategory {
            category: need(f.category, "category")?,
            by: need(f.by, "by")?,
        },
        "delete_category" => E::DeleteCategory {
            category: need(f.category, "category")?,
        },
        "add_cause" => E::AddCause {
            id: need(f.id, "id")?.into(),
            text: need(f.text, "text")?,
            parent: need(f.parent, "parent")?,
            at: f.at,
        },
        "add_sibling_after" => E::AddSiblingAfter {
            id: need(f.id, "id")?.into(),
            after: need(f.after, "after")?,
            text: need(f.text, "text")?,
        },
        "set_cause_text" => E::SetCauseText {
            cause: cause?,
            text: need(f.text, "text")?,
        },
        "nest" => E::Nest { cause: cause? },
        "unnest" => E::Unnest { cause: cause? },
        "move_cause" => E::MoveCause {
            cause: cause?,
            by: need(f.by, "by")?,
        },
        "move_cause_to" => E::MoveCauseTo {
            cause: cause?,
            parent: need(f.parent, "parent")?,
            at: f.at,
        },
        "delete_cause" => E::DeleteCause { cause: cause? },
        "set_status" => E::SetStatus {
            cause: cause?,
            status: need(f.status, "status")?,
        },
        "add_evidence" => E::AddEvidence {
            cause: cause?,
            evidence: need(f.evidence, "evidence")?,
        },
        "edit_evidence" => E::EditEvidence {
            cause: cause?,
            index: need(f.index, "index")?,
            evidence: need(f.evidence, "evidence")?,
        },
        "remove_evidence" => E::RemoveEvidence {
            cause: cause?,
            index: need(f.index, "index")?,
        },
        "add_participant" => E::AddParticipant {
            name: need(f.name, "name")?,
        },
        "remove_participant" => E::RemoveParticipant {
            name: need(f.name, "name")?,
        },
        "set_dots_per_participant" => E::SetDotsPerParticipant {
            dots: need(f.dots, "dots")?,
        },
        "cast_dot" => E::CastDot {
            cause: cause?,
            participant: need(f.participant, "participant")?,
        },
        "take_dot" => E::TakeDot {
            cause: cause?,
            participant: need(f.participant, "participant")?,
        },
        "clear_dots" => E::ClearDots,
        "link_source" => E::LinkSource {
            source: need(f.source, "source")?,
        },
        "unlink_source" => E::UnlinkSource,
        _ => return Err(Unreadable::UnknownEdit),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_missing_a_field_or_with_an_unknown_tag_is_not_read() {
        let read = |t: &str| serde_json::from_str::<FishboneEdit>(t).map_err(|e| e.to_string());
        assert!(read(r#"{"set_cause_text":{"cause":"k1"}}"#)
            .unwrap_err()
            .contains("missing field `text`"));
        assert!(read(r#"{"set_cause_text":{"text":"x"}}"#)
            .unwrap_err()
            .contains("missing field `cause`"));
        assert!(read(r#"{"grow":{}}"#)
            .unwrap_err()
            .contains("unknown variant `grow`"));
        assert_eq!(read(r#""unlink_source""#), Ok(FishboneEdit::UnlinkSource));
        assert_eq!(
            read(r#"{"nest":{"cause":"k1"}}"#),
            Ok(FishboneEdit::Nest { cause: "k1".into() })
        );
    }

    #[test]
    fn every_tag_is_one_the_derived_writer_writes() {
        crate::domain::edit_read::assert_every_tag_reads::<FishboneEdit>(EDITS, WITHOUT_FIELDS);
    }
}
