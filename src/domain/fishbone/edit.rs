//! Every change to a fishbone diagram as a value: what the page sends (the outline's
//! keys and drags included), what undo names, and what another window receives.

use super::causes::Parent;
use super::error::EditError;
use super::ids::{CategoryId, CauseId};
use super::model::{CauseStatus, Fishbone, PainPointLink};
use super::presets::Preset;
use crate::domain::edit::PartEdit;
use crate::domain::evidence::Evidence;
use serde::Serialize;

/// One change to a fishbone diagram.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FishboneEdit {
    /// Rewrites the problem statement.
    SetEffect {
        effect: String,
    },
    /// Adds the preset's categories the diagram does not have yet, at the end, with
    /// `ids` in order (see [`FishboneEdit::apply_preset`]); nothing is removed.
    ApplyPreset {
        preset: Preset,
        ids: Vec<CategoryId>,
    },
    /// Adds a category at `at` (or at the end).
    AddCategory {
        id: CategoryId,
        name: String,
        at: Option<usize>,
    },
    RenameCategory {
        category: CategoryId,
        name: String,
    },
    /// Moves a category by `by` places (negative: up), clamped to the ends.
    MoveCategory {
        category: CategoryId,
        by: isize,
    },
    /// Removes a category with all its causes.
    DeleteCategory {
        category: CategoryId,
    },
    /// Adds a cause under a category or a cause, at `at` (or last).
    AddCause {
        id: CauseId,
        text: String,
        parent: Parent,
        at: Option<usize>,
    },
    /// Adds a cause just after another, on its level (Enter in the outline).
    AddSiblingAfter {
        id: CauseId,
        after: CauseId,
        text: String,
    },
    SetCauseText {
        cause: CauseId,
        text: String,
    },
    /// Puts a cause under the cause just above it (Tab).
    Nest {
        cause: CauseId,
    },
    /// Moves a cause out of its parent, to just after it (Shift+Tab).
    Unnest {
        cause: CauseId,
    },
    /// Moves a cause by `by` places among its siblings (Alt+↑/↓), clamped to the ends.
    MoveCause {
        cause: CauseId,
        by: isize,
    },
    /// Moves a cause with its causes under `parent`, at `at` (or last): drag and drop.
    MoveCauseTo {
        cause: CauseId,
        parent: Parent,
        at: Option<usize>,
    },
    /// Removes a cause with all the causes below it.
    DeleteCause {
        cause: CauseId,
    },
    SetStatus {
        cause: CauseId,
        status: CauseStatus,
    },
    AddEvidence {
        cause: CauseId,
        evidence: Evidence,
    },
    EditEvidence {
        cause: CauseId,
        index: usize,
        evidence: Evidence,
    },
    RemoveEvidence {
        cause: CauseId,
        index: usize,
    },
    AddParticipant {
        name: String,
    },
    /// Removes a participant and their dots.
    RemoveParticipant {
        name: String,
    },
    SetDotsPerParticipant {
        dots: u32,
    },
    /// One of the participant's dots onto a cause.
    CastDot {
        cause: CauseId,
        participant: String,
    },
    /// One of the participant's dots back off a cause.
    TakeDot {
        cause: CauseId,
        participant: String,
    },
    /// Every dot off the diagram (a new round of voting).
    ClearDots,
    /// Links the diagram to the journey pain point it analyses.
    LinkSource {
        source: PainPointLink,
    },
    UnlinkSource,
}

impl FishboneEdit {
    /// The edit that applies `preset` to `fishbone`, with a new id (from `new_id`) for
    /// each category it will add.
    pub fn apply_preset(
        fishbone: &Fishbone,
        preset: Preset,
        mut new_id: impl FnMut() -> u64,
    ) -> Self {
        let ids = fishbone
            .missing_from(preset)
            .iter()
            .map(|_| CategoryId::fresh(new_id()))
            .collect();
        FishboneEdit::ApplyPreset { preset, ids }
    }
}

impl PartEdit for FishboneEdit {
    type Part = Fishbone;
    type Error = EditError;

    fn apply(&self, f: &mut Fishbone) -> Result<(), EditError> {
        use FishboneEdit as E;
        match self {
            E::SetEffect { effect } => f.set_effect(effect),
            E::ApplyPreset { preset, ids } => f.apply_preset(*preset, ids),
            E::AddCategory { id, name, at } => f.add_category(id.clone(), name, *at),
            E::RenameCategory { category, name } => f.rename_category(category, name),
            E::MoveCategory { category, by } => f.move_category(category, *by),
            E::DeleteCategory { category } => f.delete_category(category),
            E::AddCause {
                id,
                text,
                parent,
                at,
            } => f.add_cause(id.clone(), text, parent, *at),
            E::AddSiblingAfter { id, after, text } => f.add_sibling_after(id.clone(), after, text),
            E::SetCauseText { cause, text } => f.set_cause_text(cause, text),
            E::Nest { cause } => f.nest(cause),
            E::Unnest { cause } => f.unnest(cause),
            E::MoveCause { cause, by } => f.move_cause(cause, *by),
            E::MoveCauseTo { cause, parent, at } => f.move_cause_to(cause, parent, *at),
            E::DeleteCause { cause } => f.delete_cause(cause),
            E::SetStatus { cause, status } => f.set_status(cause, *status),
            E::AddEvidence { cause, evidence } => f.add_evidence(cause, evidence),
            E::EditEvidence {
                cause,
                index,
                evidence,
            } => f.edit_evidence(cause, *index, evidence),
            E::RemoveEvidence { cause, index } => f.remove_evidence(cause, *index),
            E::AddParticipant { name } => f.add_participant(name),
            E::RemoveParticipant { name } => f.remove_participant(name),
            E::SetDotsPerParticipant { dots } => f.set_dots_per_participant(*dots),
            E::CastDot { cause, participant } => f.cast_dot(cause, participant),
            E::TakeDot { cause, participant } => f.take_dot(cause, participant),
            E::ClearDots => {
                f.clear_dots();
                Ok(())
            }
            E::LinkSource { source } => {
                f.source = Some(source.clone());
                Ok(())
            }
            E::UnlinkSource => {
                f.source = None;
                Ok(())
            }
        }
    }

    fn changes(&self, f: &Fishbone) -> bool {
        use FishboneEdit as E;
        let cause = |id: &CauseId| f.cause(id);
        let category = |id: &CategoryId| f.categories.iter().position(|c| c.id == *id);
        let cause_moves = |id: &CauseId, by: isize| match f.place(id) {
            Some(p) => {
                let len = f
                    .siblings(p.category, &p.path[..p.depth() - 1])
                    .map_or(0, Vec::len);
                Fishbone::moved(p.index(), by, len) != p.index()
            }
            None => true,
        };
        match self {
            E::SetEffect { effect } => f.effect != effect.trim(),
            E::ApplyPreset { preset, .. } => !f.missing_from(*preset).is_empty(),
            E::RenameCategory { category: g, name } => {
                category(g).is_none_or(|i| f.categories[i].name != name.trim())
            }
            E::MoveCategory { category: g, by } => {
                category(g).is_none_or(|i| Fishbone::moved(i, *by, f.categories.len()) != i)
            }
            E::SetCauseText { cause: k, text } => cause(k).is_none_or(|c| c.text != text.trim()),
            E::MoveCause { cause: k, by } => cause_moves(k, *by),
            E::MoveCauseTo {
                cause: k,
                parent,
                at,
            } => !f.stays_put(k, parent, *at),
            E::SetStatus { cause: k, status } => cause(k).is_none_or(|c| c.status != *status),
            E::EditEvidence {
                cause: k,
                index,
                evidence,
            } => cause(k).is_none_or(|c| {
                c.evidence.get(*index).is_none_or(|e| {
                    Some(e) != crate::domain::evidence::checked(evidence).ok().as_ref()
                })
            }),
            E::SetDotsPerParticipant { dots } => f.workshop.dots_per_participant != *dots,
            E::ClearDots => f.has_dots(),
            E::LinkSource { source } => f.source.as_ref() != Some(source),
            E::UnlinkSource => f.source.is_some(),
            _ => true,
        }
    }

    fn label(&self) -> String {
        use FishboneEdit as E;
        match self {
            E::SetEffect { .. } => "edit the problem statement",
            E::ApplyPreset { .. } => "add a preset's categories",
            E::AddCategory { .. } => "add a category",
            E::RenameCategory { .. } => "rename a category",
            E::MoveCategory { .. } => "move a category",
            E::DeleteCategory { .. } => "delete a category",
            E::AddCause { .. } | E::AddSiblingAfter { .. } => "add a cause",
            E::SetCauseText { .. } => "edit a cause",
            E::Nest { .. } => "nest a cause",
            E::Unnest { .. } => "un-nest a cause",
            E::MoveCause { .. } | E::MoveCauseTo { .. } => "move a cause",
            E::DeleteCause { .. } => "delete a cause",
            E::SetStatus { .. } => "set a cause's status",
            E::AddEvidence { .. } => "add evidence",
            E::EditEvidence { .. } => "edit evidence",
            E::RemoveEvidence { .. } => "remove evidence",
            E::AddParticipant { .. } => "add a participant",
            E::RemoveParticipant { .. } => "remove a participant",
            E::SetDotsPerParticipant { .. } => "set dots per participant",
            E::CastDot { .. } => "place a dot",
            E::TakeDot { .. } => "take back a dot",
            E::ClearDots => "clear all dots",
            E::LinkSource { .. } => "link a pain point",
            E::UnlinkSource => "unlink the pain point",
        }
        .to_string()
    }
}
