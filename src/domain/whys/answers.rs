//! Editing the answers: adding one under the problem or under another answer, changing
//! its words, moving it among its siblings, removing it with everything asked of it,
//! checking it, its evidence, and marking it as a root cause.

use super::error::EditError;
use super::ids::AnswerId;
use super::model::{Answer, WhysAnalysis, MAX_ANSWERS, MAX_DEPTH, MAX_TEXT_CHARS};
use crate::domain::evidence::{self, Evidence};

/// Trims `text` and checks it against `limit` characters (and, if `needed`, that it is
/// not empty).
pub(super) fn checked(text: &str, limit: usize, needed: bool) -> Result<String, EditError> {
    let text = text.trim();
    if needed && text.is_empty() {
        return Err(EditError::EmptyText);
    }
    if text.chars().count() > limit {
        return Err(EditError::TooLong(limit));
    }
    Ok(text.to_string())
}

impl WhysAnalysis {
    /// Whether an answer or a countermeasure already has the id.
    pub(super) fn used(&self, id: &str) -> bool {
        self.walk()
            .iter()
            .any(|v| v.answer.id == id || v.answer.countermeasures.iter().any(|m| m.id == id))
    }

    fn answer_or_refuse(&mut self, id: &str) -> Result<&mut Answer, EditError> {
        self.answer_mut(id).ok_or(EditError::NoSuchAnswer)
    }

    /// Rewords the problem (it is needed).
    pub fn set_problem(&mut self, problem: &str) -> Result<(), EditError> {
        self.problem = checked(problem, MAX_TEXT_CHARS, true)?;
        Ok(())
    }

    /// Adds an answer to the problem (`parent` `None`) or to another answer, at `at`
    /// among its siblings (or last).
    pub fn add_answer(
        &mut self,
        id: AnswerId,
        parent: Option<&str>,
        text: &str,
        at: Option<usize>,
    ) -> Result<(), EditError> {
        let text = checked(text, MAX_TEXT_CHARS, true)?;
        if self.used(&id) {
            return Err(EditError::IdInUse);
        }
        if self.answer_count() >= MAX_ANSWERS {
            return Err(EditError::TooManyAnswers);
        }
        let list = match parent {
            None => &mut self.answers,
            Some(p) => {
                if self.depth(p).ok_or(EditError::NoSuchAnswer)? >= MAX_DEPTH {
                    return Err(EditError::TooDeep);
                }
                &mut self.answer_or_refuse(p)?.children
            }
        };
        let at = at.unwrap_or(list.len()).min(list.len());
        list.insert(at, Answer::new(id, &text));
        Ok(())
    }

    /// Rewords an answer (it is needed).
    pub fn set_answer_text(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        let text = checked(text, MAX_TEXT_CHARS, true)?;
        self.answer_or_refuse(id)?.text = text;
        Ok(())
    }

    /// Moves an answer by `by` places among its siblings (negative: up), stopping at
    /// the ends.
    pub fn move_answer(&mut self, id: &str, by: isize) -> Result<(), EditError> {
        let (list, i) = self.siblings_mut(id).ok_or(EditError::NoSuchAnswer)?;
        let to = (i as isize)
            .saturating_add(by)
            .clamp(0, list.len() as isize - 1) as usize;
        let answer = list.remove(i);
        list.insert(to, answer);
        Ok(())
    }

    /// Removes an answer and everything asked of it.
    pub fn delete_answer(&mut self, id: &str) -> Result<(), EditError> {
        let (list, i) = self.siblings_mut(id).ok_or(EditError::NoSuchAnswer)?;
        list.remove(i);
        Ok(())
    }

    /// Marks an answer as checked against the facts, or not.
    pub fn set_checked(&mut self, id: &str, checked: bool) -> Result<(), EditError> {
        self.answer_or_refuse(id)?.checked = checked;
        Ok(())
    }

    /// Adds a piece of evidence to an answer.
    pub fn add_evidence(&mut self, id: &str, evidence: &Evidence) -> Result<(), EditError> {
        let evidence = evidence::checked(evidence)?;
        Ok(evidence::push(
            &mut self.answer_or_refuse(id)?.evidence,
            evidence,
        )?)
    }

    /// Replaces the piece of evidence at `index` on an answer.
    pub fn edit_evidence(
        &mut self,
        id: &str,
        index: usize,
        evidence: &Evidence,
    ) -> Result<(), EditError> {
        let evidence = evidence::checked(evidence)?;
        Ok(evidence::replace(
            &mut self.answer_or_refuse(id)?.evidence,
            index,
            evidence,
        )?)
    }

    /// Removes the piece of evidence at `index` from an answer.
    pub fn remove_evidence(&mut self, id: &str, index: usize) -> Result<(), EditError> {
        Ok(evidence::remove(
            &mut self.answer_or_refuse(id)?.evidence,
            index,
        )?)
    }

    /// Marks an answer as a root cause, or not. A ruled-out analysis takes none, and a
    /// root cause keeps its mark while it has countermeasures, so none are lost.
    pub fn set_root_cause(&mut self, id: &str, root: bool) -> Result<(), EditError> {
        let ruled_out = self.ruled_out.is_some();
        let answer = self.answer_or_refuse(id)?;
        if root && !answer.root_cause && ruled_out {
            return Err(EditError::RuledOut);
        }
        if !root && !answer.countermeasures.is_empty() {
            return Err(EditError::HasCountermeasures);
        }
        answer.root_cause = root;
        Ok(())
    }
}
