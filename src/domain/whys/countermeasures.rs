//! Editing what is done about the findings: countermeasures on root causes, ruling the
//! whole line of enquiry out, and the fishbone cause it was asked on.

use super::answers::checked;
use super::error::EditError;
use super::ids::{AnswerId, CountermeasureId};
use super::model::{
    CauseLink, Countermeasure, CountermeasureField, WhysAnalysis, MAX_COUNTERMEASURES,
    MAX_OWNER_CHARS, MAX_REASON_CHARS, MAX_TEXT_CHARS,
};
use super::strength::Strength;
use chrono::NaiveDate;

impl WhysAnalysis {
    /// A countermeasure by id.
    pub fn countermeasure(&self, id: &str) -> Option<&Countermeasure> {
        self.walk()
            .into_iter()
            .find_map(|v| v.answer.countermeasures.iter().find(|m| m.id == id))
    }

    /// The answer a countermeasure belongs to.
    fn owner_of(&self, id: &str) -> Result<AnswerId, EditError> {
        self.walk()
            .iter()
            .find(|v| v.answer.countermeasures.iter().any(|m| m.id == id))
            .map(|v| v.answer.id.clone())
            .ok_or(EditError::NoSuchCountermeasure)
    }

    fn countermeasure_mut(&mut self, id: &str) -> Result<&mut Countermeasure, EditError> {
        let owner = self.owner_of(id)?;
        self.answer_mut(&owner)
            .and_then(|a| a.countermeasures.iter_mut().find(|m| m.id == id))
            .ok_or(EditError::NoSuchCountermeasure)
    }

    /// Adds a countermeasure to a root cause.
    pub fn add_countermeasure(
        &mut self,
        id: CountermeasureId,
        answer: &AnswerId,
        what: &str,
        owner: &str,
        due: Option<NaiveDate>,
        strength: Strength,
    ) -> Result<(), EditError> {
        let what = checked(what, MAX_TEXT_CHARS, true)?;
        let owner = checked(owner, MAX_OWNER_CHARS, false)?;
        if self.used(&id) {
            return Err(EditError::IdInUse);
        }
        let a = self.answer_mut(answer).ok_or(EditError::NoSuchAnswer)?;
        if !a.root_cause {
            return Err(EditError::NotARootCause);
        }
        if a.countermeasures.len() >= MAX_COUNTERMEASURES {
            return Err(EditError::TooManyCountermeasures);
        }
        a.countermeasures.push(Countermeasure {
            id,
            what,
            owner,
            due,
            strength,
        });
        Ok(())
    }

    /// Changes one field of a countermeasure.
    pub fn edit_countermeasure(
        &mut self,
        id: &str,
        change: &CountermeasureField,
    ) -> Result<(), EditError> {
        let change = match change {
            CountermeasureField::What(t) => {
                CountermeasureField::What(checked(t, MAX_TEXT_CHARS, true)?)
            }
            CountermeasureField::Owner(t) => {
                CountermeasureField::Owner(checked(t, MAX_OWNER_CHARS, false)?)
            }
            other => other.clone(),
        };
        let m = self.countermeasure_mut(id)?;
        match change {
            CountermeasureField::What(t) => m.what = t,
            CountermeasureField::Owner(t) => m.owner = t,
            CountermeasureField::Due(d) => m.due = d,
            CountermeasureField::Strength(s) => m.strength = s,
        }
        Ok(())
    }

    /// Removes a countermeasure.
    pub fn remove_countermeasure(&mut self, id: &str) -> Result<(), EditError> {
        let owner = self.owner_of(id)?;
        if let Some(a) = self.answer_mut(&owner) {
            a.countermeasures.retain(|m| m.id != id);
        }
        Ok(())
    }

    /// Rules the analysis out with a reason (needed), or reopens it (`None`). An
    /// analysis with a root cause marked is not ruled out: the two would contradict.
    pub fn set_ruled_out(&mut self, reason: Option<&str>) -> Result<(), EditError> {
        self.ruled_out = match reason {
            None => None,
            Some(reason) => {
                let reason = checked(reason, MAX_REASON_CHARS, true)?;
                if self.walk().iter().any(|v| v.answer.root_cause) {
                    return Err(EditError::HasRootCause);
                }
                Some(reason)
            }
        };
        Ok(())
    }

    /// Links the analysis to the fishbone cause it looks into, or unlinks it.
    pub fn set_origin(&mut self, origin: Option<CauseLink>) {
        self.origin = origin;
    }
}
