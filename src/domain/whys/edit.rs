//! Every change to a 5 Whys analysis as a value: what the page sends, what undo names,
//! and what another window receives to follow the facilitator's edits.

use super::error::EditError;
use super::ids::{AnswerId, CountermeasureId};
use super::model::{CauseLink, CountermeasureField, WhysAnalysis};
use super::strength::Strength;
use crate::domain::edit::PartEdit;
use crate::domain::evidence::Evidence;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One change to a 5 Whys analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhysEdit {
    /// Rewords the problem asked about.
    SetProblem {
        problem: String,
    },
    /// Adds an answer to the problem (`parent` `None`) or to another answer, at `at`
    /// among its siblings (or last).
    AddAnswer {
        id: AnswerId,
        parent: Option<AnswerId>,
        text: String,
        at: Option<usize>,
    },
    SetAnswerText {
        answer: AnswerId,
        text: String,
    },
    /// Moves an answer by `by` places among its siblings (negative: up).
    MoveAnswer {
        answer: AnswerId,
        by: isize,
    },
    /// Removes an answer and everything asked of it.
    DeleteAnswer {
        answer: AnswerId,
    },
    SetChecked {
        answer: AnswerId,
        checked: bool,
    },
    AddEvidence {
        answer: AnswerId,
        evidence: Evidence,
    },
    /// Replaces the piece of evidence at `index`.
    EditEvidence {
        answer: AnswerId,
        index: usize,
        evidence: Evidence,
    },
    RemoveEvidence {
        answer: AnswerId,
        index: usize,
    },
    SetRootCause {
        answer: AnswerId,
        root: bool,
    },
    AddCountermeasure {
        id: CountermeasureId,
        answer: AnswerId,
        what: String,
        #[serde(default)]
        owner: String,
        #[serde(default)]
        due: Option<NaiveDate>,
        #[serde(default)]
        strength: Strength,
    },
    /// Changes one field of a countermeasure.
    EditCountermeasure {
        countermeasure: CountermeasureId,
        change: CountermeasureField,
    },
    RemoveCountermeasure {
        countermeasure: CountermeasureId,
    },
    /// Rules the analysis out with a reason, or reopens it (`None`).
    SetRuledOut {
        reason: Option<String>,
    },
    /// Links the analysis to the fishbone cause it looks into.
    LinkOrigin {
        origin: CauseLink,
    },
    UnlinkOrigin,
}

impl PartEdit for WhysEdit {
    type Part = WhysAnalysis;
    type Error = EditError;

    fn apply(&self, w: &mut WhysAnalysis) -> Result<(), EditError> {
        use WhysEdit as E;
        match self {
            E::SetProblem { problem } => w.set_problem(problem),
            E::AddAnswer {
                id,
                parent,
                text,
                at,
            } => w.add_answer(id.clone(), parent.as_deref(), text, *at),
            E::SetAnswerText { answer, text } => w.set_answer_text(answer, text),
            E::MoveAnswer { answer, by } => w.move_answer(answer, *by),
            E::DeleteAnswer { answer } => w.delete_answer(answer),
            E::SetChecked { answer, checked } => w.set_checked(answer, *checked),
            E::AddEvidence { answer, evidence } => w.add_evidence(answer, evidence),
            E::EditEvidence {
                answer,
                index,
                evidence,
            } => w.edit_evidence(answer, *index, evidence),
            E::RemoveEvidence { answer, index } => w.remove_evidence(answer, *index),
            E::SetRootCause { answer, root } => w.set_root_cause(answer, *root),
            E::AddCountermeasure {
                id,
                answer,
                what,
                owner,
                due,
                strength,
            } => w.add_countermeasure(id.clone(), answer, what, owner, *due, *strength),
            E::EditCountermeasure {
                countermeasure,
                change,
            } => w.edit_countermeasure(countermeasure, change),
            E::RemoveCountermeasure { countermeasure } => w.remove_countermeasure(countermeasure),
            E::SetRuledOut { reason } => w.set_ruled_out(reason.as_deref()),
            E::LinkOrigin { origin } => {
                w.set_origin(Some(origin.clone()));
                Ok(())
            }
            E::UnlinkOrigin => {
                w.set_origin(None);
                Ok(())
            }
        }
    }

    fn changes(&self, w: &WhysAnalysis) -> bool {
        use WhysEdit as E;
        // An edit naming an answer that is not there "changes": applying it is refused,
        // and the refusal is what the user should see.
        let answer = |id: &AnswerId| w.answer(id);
        match self {
            E::SetProblem { problem } => w.problem != problem.trim(),
            E::SetAnswerText { answer: a, text } => answer(a).is_none_or(|a| a.text != text.trim()),
            E::SetChecked { answer: a, checked } => answer(a).is_none_or(|a| a.checked != *checked),
            E::SetRootCause { answer: a, root } => answer(a).is_none_or(|a| a.root_cause != *root),
            E::MoveAnswer { answer: a, by } => match w.parent(a) {
                None => true,
                Some(parent) => {
                    let siblings = parent.map_or(&w.answers, |p| &p.children);
                    let i = siblings.iter().position(|s| s.id == *a).unwrap_or(0) as isize;
                    let to = i.saturating_add(*by).clamp(0, siblings.len() as isize - 1);
                    to != i
                }
            },
            E::EditEvidence {
                answer: a,
                index,
                evidence,
            } => answer(a)
                .and_then(|a| a.evidence.get(*index))
                .is_none_or(|e| e.note != evidence.note.trim() || e.link != evidence.link),
            E::EditCountermeasure {
                countermeasure,
                change,
            } => w
                .countermeasure(countermeasure)
                .is_none_or(|m| match change {
                    CountermeasureField::What(t) => m.what != t.trim(),
                    CountermeasureField::Owner(t) => m.owner != t.trim(),
                    CountermeasureField::Due(d) => m.due != *d,
                    CountermeasureField::Strength(s) => m.strength != *s,
                }),
            E::SetRuledOut { reason } => w.ruled_out.as_deref() != reason.as_deref().map(str::trim),
            E::LinkOrigin { origin } => w.origin.as_ref() != Some(origin),
            E::UnlinkOrigin => w.origin.is_some(),
            _ => true,
        }
    }

    fn label(&self) -> String {
        use WhysEdit as E;
        match self {
            E::SetProblem { .. } => "reword the problem",
            E::AddAnswer { .. } => "add an answer",
            E::SetAnswerText { .. } => "reword an answer",
            E::MoveAnswer { .. } => "move an answer",
            E::DeleteAnswer { .. } => "remove an answer",
            E::SetChecked { checked: true, .. } => "mark an answer checked",
            E::SetChecked { checked: false, .. } => "mark an answer not checked",
            E::AddEvidence { .. } => "add evidence",
            E::EditEvidence { .. } => "edit evidence",
            E::RemoveEvidence { .. } => "remove evidence",
            E::SetRootCause { root: true, .. } => "mark a root cause",
            E::SetRootCause { root: false, .. } => "unmark a root cause",
            E::AddCountermeasure { .. } => "add a countermeasure",
            E::EditCountermeasure { .. } => "edit a countermeasure",
            E::RemoveCountermeasure { .. } => "remove a countermeasure",
            E::SetRuledOut { reason: Some(_) } => "rule the analysis out",
            E::SetRuledOut { reason: None } => "reopen the analysis",
            E::LinkOrigin { .. } => "link to a fishbone cause",
            E::UnlinkOrigin => "unlink from the fishbone cause",
        }
        .to_string()
    }
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "edit_refusal_tests.rs"]
mod refusal_tests;
