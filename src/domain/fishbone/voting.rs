//! Dot voting on causes in a workshop: who takes part, each participant's allowance,
//! placing and taking back dots, and the causes ranked by dots.

use super::categories::checked;
use super::error::EditError;
use super::ids::CauseId;
use super::model::Fishbone;
use crate::domain::dots;
use crate::domain::journey::people::{
    DOTS_PER_PARTICIPANT, MAX_PARTICIPANTS, MAX_PARTICIPANT_CHARS,
};

/// A cause on the ranking: where it is and its dots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedCause {
    pub cause: CauseId,
    pub text: String,
    /// The name of its category.
    pub category: String,
    /// 1 for a main cause, 2 for a cause of a cause…
    pub depth: usize,
    pub dots: u32,
}

impl Fishbone {
    /// Dots `participant` has placed on the whole diagram.
    pub fn dots_used(&self, participant: &str) -> u32 {
        self.outline()
            .iter()
            .flat_map(|r| r.cause.votes.iter())
            .filter(|(p, _)| p == participant)
            .fold(0u32, |sum, (_, n)| sum.saturating_add(*n))
    }

    /// Dots `participant` may still place (none when the allowance was lowered below
    /// what they had already placed: their dots stay).
    pub fn dots_left(&self, participant: &str) -> u32 {
        self.workshop
            .dots_per_participant
            .saturating_sub(self.dots_used(participant))
    }

    /// Dots each participant has placed, in the order they joined.
    pub fn dots_by_participant(&self) -> Vec<(String, u32)> {
        self.workshop
            .participants
            .iter()
            .map(|p| (p.clone(), self.dots_used(p)))
            .collect()
    }

    /// Places one of a participant's dots on a cause, within their allowance.
    pub fn cast_dot(&mut self, cause: &str, participant: &str) -> Result<(), EditError> {
        if !self.workshop.participants.iter().any(|p| p == participant) {
            return Err(EditError::NotTakingPart);
        }
        self.cause(cause).ok_or(EditError::NoSuchCause)?;
        if self.dots_left(participant) == 0 {
            return Err(EditError::NoDotsLeft);
        }
        dots::add(&mut self.cause_mut(cause)?.votes, participant);
        Ok(())
    }

    /// Takes back one of a participant's dots from a cause.
    pub fn take_dot(&mut self, cause: &str, participant: &str) -> Result<(), EditError> {
        let c = self.cause_mut(cause)?;
        if dots::take(&mut c.votes, participant) {
            Ok(())
        } else {
            Err(EditError::NoVoteToTake)
        }
    }

    /// Whether any cause has a dot.
    pub fn has_dots(&self) -> bool {
        self.outline().iter().any(|r| !r.cause.votes.is_empty())
    }

    /// Every dot off the diagram (a new round of voting).
    pub fn clear_dots(&mut self) {
        for cat in &mut self.categories {
            let mut stack: Vec<&mut super::model::Cause> = cat.causes.iter_mut().collect();
            while let Some(c) = stack.pop() {
                c.votes.clear();
                stack.extend(c.children.iter_mut());
            }
        }
    }

    /// The causes with dots, most dots first; ties keep outline order (category by
    /// category, each cause before its own causes).
    pub fn ranking(&self) -> Vec<RankedCause> {
        let mut rows: Vec<RankedCause> = self
            .outline()
            .into_iter()
            .filter(|r| r.cause.total_votes() > 0)
            .map(|r| RankedCause {
                cause: r.cause.id.clone(),
                text: r.cause.text.clone(),
                category: self.categories[r.category].name.clone(),
                depth: r.depth,
                dots: r.cause.total_votes(),
            })
            .collect();
        // A stable sort: equal dots stay in outline order.
        crate::domain::sort::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.dots));
        rows
    }

    /// Adds a workshop participant; a name already taking part (in any case) is
    /// refused, so two people never share one allowance by accident.
    pub fn add_participant(&mut self, name: &str) -> Result<(), EditError> {
        let name = checked(name, MAX_PARTICIPANT_CHARS, true)?;
        let key = name.to_lowercase();
        let people = &mut self.workshop.participants;
        if people.iter().any(|p| p.to_lowercase() == key) {
            return Err(EditError::AlreadyTakingPart);
        }
        if people.len() >= MAX_PARTICIPANTS {
            return Err(EditError::TooMany("participants", MAX_PARTICIPANTS));
        }
        people.push(name);
        Ok(())
    }

    /// Removes a participant and takes back all their dots.
    pub fn remove_participant(&mut self, name: &str) -> Result<(), EditError> {
        let i = self
            .workshop
            .participants
            .iter()
            .position(|p| p == name)
            .ok_or(EditError::NotTakingPart)?;
        self.workshop.participants.remove(i);
        for cat in &mut self.categories {
            let mut stack: Vec<&mut super::model::Cause> = cat.causes.iter_mut().collect();
            while let Some(c) = stack.pop() {
                c.votes.retain(|(p, _)| p != name);
                stack.extend(c.children.iter_mut());
            }
        }
        Ok(())
    }

    /// Sets how many dots each participant has (within [`DOTS_PER_PARTICIPANT`]).
    pub fn set_dots_per_participant(&mut self, dots: u32) -> Result<(), EditError> {
        if !DOTS_PER_PARTICIPANT.contains(&dots) {
            return Err(EditError::DotsOutOfRange);
        }
        self.workshop.dots_per_participant = dots;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fishbone::causes::Parent;
    use crate::domain::fishbone::{test_ids, Preset};

    /// People: k1 (k2 under it); Methods: k3.
    fn diagram() -> Fishbone {
        let mut f = Fishbone::new("f".into(), "Transfers", Preset::SixM, test_ids());
        let people = Parent::Category(f.categories[0].id.clone());
        let methods = Parent::Category(f.categories[1].id.clone());
        f.add_cause("k1".into(), "No training", &people, None)
            .unwrap();
        f.add_cause("k2".into(), "No time", &Parent::Cause("k1".into()), None)
            .unwrap();
        f.add_cause("k3".into(), "No script", &methods, None)
            .unwrap();
        f.add_participant("Ann").unwrap();
        f.add_participant("Bo").unwrap();
        f
    }

    #[test]
    fn dots_are_limited_per_participant_and_taken_back() {
        let mut f = diagram();
        f.set_dots_per_participant(2).unwrap();
        f.cast_dot("k2", "Ann").unwrap();
        f.cast_dot("k2", "Ann").unwrap();
        assert_eq!(f.cast_dot("k1", "Ann"), Err(EditError::NoDotsLeft));
        assert_eq!(f.cast_dot("k1", "Cy"), Err(EditError::NotTakingPart));
        assert_eq!(f.cast_dot("gone", "Bo"), Err(EditError::NoSuchCause));
        assert_eq!(
            f.dots_by_participant(),
            [("Ann".into(), 2), ("Bo".into(), 0)]
        );
        f.take_dot("k2", "Ann").unwrap();
        assert_eq!(f.cause("k2").unwrap().votes, [("Ann".to_string(), 1)]);
        f.take_dot("k2", "Ann").unwrap();
        assert!(f.cause("k2").unwrap().votes.is_empty());
        assert_eq!(f.take_dot("k2", "Ann"), Err(EditError::NoVoteToTake));
        assert_eq!(f.dots_left("Ann"), 2);
    }

    #[test]
    fn the_ranking_puts_most_dots_first_and_breaks_ties_by_outline_order() {
        let mut f = diagram();
        f.cast_dot("k3", "Ann").unwrap();
        f.cast_dot("k2", "Bo").unwrap();
        f.cast_dot("k3", "Bo").unwrap();
        f.cast_dot("k1", "Ann").unwrap();
        let ranking = f.ranking();
        let ranked: Vec<(&str, &str, usize, u32)> = ranking
            .iter()
            .map(|r| (r.cause.as_str(), r.category.as_str(), r.depth, r.dots))
            .collect();
        assert_eq!(
            ranked,
            [
                ("k3", "Methods", 1, 2),
                ("k1", "People", 1, 1),
                ("k2", "People", 2, 1)
            ]
        );
        assert!(f.has_dots());
        f.clear_dots();
        assert!(!f.has_dots() && f.ranking().is_empty());
    }

    #[test]
    fn removing_a_participant_takes_back_their_dots() {
        let mut f = diagram();
        f.cast_dot("k2", "Ann").unwrap();
        f.cast_dot("k2", "Bo").unwrap();
        f.remove_participant("Ann").unwrap();
        assert_eq!(f.cause("k2").unwrap().votes, [("Bo".to_string(), 1)]);
        assert_eq!(f.remove_participant("Ann"), Err(EditError::NotTakingPart));
        assert_eq!(f.add_participant(" bo "), Err(EditError::AlreadyTakingPart));
        assert_eq!(
            f.set_dots_per_participant(0),
            Err(EditError::DotsOutOfRange)
        );
        assert_eq!(
            f.set_dots_per_participant(21),
            Err(EditError::DotsOutOfRange)
        );
    }
}
