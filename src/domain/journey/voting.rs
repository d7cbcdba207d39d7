//! Dot voting in a workshop: which cards take dots, each participant's allowance,
//! taking a dot back, and the ranking.

use super::error::EditError;
use super::kinds::LaneKind;
use super::map::{Card, JourneyMap};
use crate::domain::dots;
use std::rc::Rc;

/// One card on the voting board: a pain point or opportunity, where it is, its dots.
#[derive(Clone, Debug, PartialEq)]
pub struct VoteRow {
    pub card: Rc<Card>,
    /// The lane's title ("Pain points").
    pub lane: String,
    /// The stage's name.
    pub stage: String,
}

impl JourneyMap {
    /// Dots each workshop participant has placed, in the order they joined.
    pub fn dots_by_participant(&self) -> Vec<(String, u32)> {
        self.workshop
            .participants
            .iter()
            .map(|p| (p.clone(), self.dots_used(p)))
            .collect()
    }

    /// The voting board: every pain point and opportunity, most dots first, with the
    /// names the table shows. Compared by value (cards by pointer first), so a page
    /// redraws the board only when a votable card changed.
    pub fn voting_board(&self) -> Vec<VoteRow> {
        let by_id: std::collections::HashMap<&str, &Rc<Card>> =
            self.cards.iter().map(|c| (c.id.as_str(), c)).collect();
        self.votable_cards(true)
            .into_iter()
            .filter_map(|c| {
                Some(VoteRow {
                    card: Rc::clone(by_id.get(c.id.as_str())?),
                    lane: self.lane_of(c)?.kind.title().to_string(),
                    stage: self.stage_name(&c.stage).to_string(),
                })
            })
            .collect()
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

    /// Adds one of `participant`'s dots to a card.
    pub fn vote(&mut self, card: &str, participant: &str) -> Result<(), EditError> {
        dots::add(&mut self.card_mut(card)?.votes, participant);
        Ok(())
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
        if dots::take(&mut c.votes, participant) {
            Ok(())
        } else {
            Err(EditError::NoVoteToTake)
        }
    }

    /// Clears every dot (a new round of voting).
    pub fn clear_dots(&mut self) {
        // Only cards with dots are copied: the rest stay shared with the undo history.
        for c in self.cards.iter_mut().filter(|c| !c.votes.is_empty()) {
            Rc::make_mut(c).votes.clear();
        }
    }

    /// Pain points then opportunities, each in map order; with `by_votes`, all of them
    /// most dots first (ties keep that order).
    pub fn votable_cards(&self, by_votes: bool) -> Vec<&Card> {
        let mut cards: Vec<&Card> = self
            .cards
            .iter()
            .map(|c| c.as_ref())
            .filter(|c| self.votable(c))
            .collect();
        let rank = |c: &&Card| match self.lane_of(c).map(|l| &l.kind) {
            Some(LaneKind::PainPoints) => 0,
            _ => 1,
        };
        crate::domain::sort::sort_by_key(&mut cards, rank);
        if by_votes {
            crate::domain::sort::sort_by_key(&mut cards, |c| std::cmp::Reverse(c.total_votes()));
        }
        cards
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
            .map(|c| c.as_ref())
            .collect();
        crate::domain::sort::sort_by_key(&mut cards, |c| std::cmp::Reverse(c.total_votes()));
        cards
    }
}
