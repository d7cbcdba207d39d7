//! Editing causes the way an outline is edited: add one under a category or a cause,
//! Enter (a sibling after), Tab (nest under the cause above), Shift+Tab (un-nest),
//! Alt+↑/↓ (reorder), drag and drop (move anywhere but into itself), delete with its
//! causes; and a cause's status and evidence.

use super::categories::checked;
use super::error::EditError;
use super::ids::{CategoryId, CauseId};
use super::model::{Cause, CauseStatus, Fishbone, MAX_CAUSES, MAX_CAUSE_CHARS, MAX_DEPTH};
use super::tree::Place;
use crate::domain::evidence::{self, Evidence};
use serde::{Deserialize, Serialize};

/// What a cause goes under: a category (a main cause) or another cause.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Parent {
    Category(CategoryId),
    Cause(CauseId),
}

impl Fishbone {
    fn check_room(&self) -> Result<(), EditError> {
        if self.cause_count() >= MAX_CAUSES {
            return Err(EditError::TooMany("causes", MAX_CAUSES));
        }
        Ok(())
    }

    /// The depth a cause put under `parent` has: 1 under a category.
    fn depth_under(&self, parent: &Parent) -> Result<usize, EditError> {
        match parent {
            Parent::Category(g) => self.category_index(g).map(|_| 1),
            Parent::Cause(k) => self
                .place(k)
                .map(|p| p.depth() + 1)
                .ok_or(EditError::NoSuchCause),
        }
    }

    /// What a placed cause is under.
    pub fn parent_of(&self, place: &Place) -> Option<Parent> {
        match place.parent() {
            None => Some(Parent::Category(
                self.categories.get(place.category)?.id.clone(),
            )),
            Some(p) => {
                let (last, above) = p.path.split_last()?;
                let cause = self.siblings(p.category, above)?.get(*last)?;
                Some(Parent::Cause(cause.id.clone()))
            }
        }
    }

    fn children_of_mut(&mut self, parent: &Parent) -> Result<&mut Vec<Cause>, EditError> {
        match parent {
            Parent::Category(g) => {
                let i = self.category_index(g)?;
                Ok(&mut self.categories[i].causes)
            }
            Parent::Cause(k) => Ok(&mut self.cause_mut(k)?.children),
        }
    }

    /// Adds a cause under a category or a cause, at `at` among its siblings (or last).
    pub fn add_cause(
        &mut self,
        id: CauseId,
        text: &str,
        parent: &Parent,
        at: Option<usize>,
    ) -> Result<(), EditError> {
        let text = checked(text, MAX_CAUSE_CHARS, false)?;
        self.check_new_id(&id)?;
        self.check_room()?;
        if self.depth_under(parent)? > MAX_DEPTH {
            return Err(EditError::TooDeep);
        }
        let list = self.children_of_mut(parent)?;
        let at = at.unwrap_or(list.len()).min(list.len());
        list.insert(at, Cause::new(id, &text));
        Ok(())
    }

    /// Adds a cause just after another on the same level (Enter in the outline).
    pub fn add_sibling_after(
        &mut self,
        id: CauseId,
        after: &str,
        text: &str,
    ) -> Result<(), EditError> {
        let text = checked(text, MAX_CAUSE_CHARS, false)?;
        let place = self.place(after).ok_or(EditError::NoSuchCause)?;
        self.check_new_id(&id)?;
        self.check_room()?;
        self.list_of_mut(&place)?
            .insert(place.index() + 1, Cause::new(id, &text));
        Ok(())
    }

    /// Changes a cause's text (it may be blank).
    pub fn set_cause_text(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        let text = checked(text, MAX_CAUSE_CHARS, false)?;
        self.cause_mut(id)?.text = text;
        Ok(())
    }

    /// Makes a cause the last cause of the cause just above it (Tab), with its own
    /// causes; refused for the first of its siblings or past [`MAX_DEPTH`].
    pub fn nest(&mut self, id: &str) -> Result<(), EditError> {
        let place = self.place(id).ok_or(EditError::NoSuchCause)?;
        let i = place.index();
        if i == 0 {
            return Err(EditError::NoCauseAbove);
        }
        let height = self.cause(id).map_or(1, Cause::height);
        if place.depth() + height > MAX_DEPTH {
            return Err(EditError::TooDeep);
        }
        let cause = self.take_out(&place)?;
        self.list_of_mut(&place)?[i - 1].children.push(cause);
        Ok(())
    }

    /// Moves a cause out of its parent to just after it (Shift+Tab); a main cause stays
    /// in its category (moving it elsewhere is a drag).
    pub fn unnest(&mut self, id: &str) -> Result<(), EditError> {
        let place = self.place(id).ok_or(EditError::NoSuchCause)?;
        let parent = place.parent().ok_or(EditError::AlreadyMainCause)?;
        let cause = self.take_out(&place)?;
        self.list_of_mut(&parent)?.insert(parent.index() + 1, cause);
        Ok(())
    }

    /// Moves a cause by `by` places among its siblings (Alt+↑/↓), clamped to the ends.
    pub fn move_cause(&mut self, id: &str, by: isize) -> Result<(), EditError> {
        let place = self.place(id).ok_or(EditError::NoSuchCause)?;
        let list = self.list_of_mut(&place)?;
        let to = Self::moved(place.index(), by, list.len());
        let cause = list.remove(place.index());
        list.insert(to, cause);
        Ok(())
    }

    /// Moves a cause, with its causes, under `parent` at `at` among the causes there
    /// (counted without it; last when `None`): drag and drop. Refused into its own
    /// subtree or past [`MAX_DEPTH`].
    pub fn move_cause_to(
        &mut self,
        id: &str,
        parent: &Parent,
        at: Option<usize>,
    ) -> Result<(), EditError> {
        let place = self.place(id).ok_or(EditError::NoSuchCause)?;
        if let Parent::Cause(k) = parent {
            let target = self.place(k).ok_or(EditError::NoSuchCause)?;
            if target.category == place.category && target.path.starts_with(&place.path) {
                return Err(EditError::IntoItself);
            }
        }
        let height = self.cause(id).map_or(1, Cause::height);
        if self.depth_under(parent)? + height - 1 > MAX_DEPTH {
            return Err(EditError::TooDeep);
        }
        let cause = self.take_out(&place)?;
        let list = self.children_of_mut(parent)?;
        let at = at.unwrap_or(list.len()).min(list.len());
        list.insert(at, cause);
        Ok(())
    }

    /// Whether [`Fishbone::move_cause_to`] would leave the cause where it is.
    pub fn stays_put(&self, id: &str, parent: &Parent, at: Option<usize>) -> bool {
        let Some(place) = self.place(id) else {
            return false;
        };
        if self.parent_of(&place).as_ref() != Some(parent) {
            return false;
        }
        let len = self
            .siblings(place.category, &place.path[..place.depth() - 1])
            .map_or(0, Vec::len);
        at.unwrap_or(len).min(len - 1) == place.index()
    }

    /// Deletes a cause with all the causes below it.
    pub fn delete_cause(&mut self, id: &str) -> Result<(), EditError> {
        let place = self.place(id).ok_or(EditError::NoSuchCause)?;
        self.take_out(&place).map(|_| ())
    }

    pub fn set_status(&mut self, id: &str, status: CauseStatus) -> Result<(), EditError> {
        self.cause_mut(id)?.status = status;
        Ok(())
    }

    /// Adds a piece of evidence to a cause.
    pub fn add_evidence(&mut self, id: &str, evidence: &Evidence) -> Result<(), EditError> {
        let evidence = evidence::checked(evidence)?;
        Ok(evidence::push(&mut self.cause_mut(id)?.evidence, evidence)?)
    }

    /// Replaces the piece of evidence at `index` of a cause.
    pub fn edit_evidence(
        &mut self,
        id: &str,
        index: usize,
        evidence: &Evidence,
    ) -> Result<(), EditError> {
        let evidence = evidence::checked(evidence)?;
        Ok(evidence::replace(
            &mut self.cause_mut(id)?.evidence,
            index,
            evidence,
        )?)
    }

    /// Removes the piece of evidence at `index` of a cause.
    pub fn remove_evidence(&mut self, id: &str, index: usize) -> Result<(), EditError> {
        Ok(evidence::remove(&mut self.cause_mut(id)?.evidence, index)?)
    }
}
