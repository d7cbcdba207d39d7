//! Adding, changing, moving and removing cards.

use super::error::EditError;
use super::ids::CardId;
use super::kinds::Channel;
use super::map::{Card, JourneyMap, MAX_CARDS};
use std::rc::Rc;

impl JourneyMap {
    /// Adds a card to a cell.
    pub fn add_card(
        &mut self,
        id: CardId,
        stage: &str,
        lane: &str,
        text: &str,
    ) -> Result<(), EditError> {
        self.stage_index(stage)?;
        if !self.lanes.iter().any(|l| l.id == lane) {
            return Err(EditError::NoSuchLane);
        }
        if self.used(&id) {
            return Err(EditError::IdInUse);
        }
        if self.cards.len() >= MAX_CARDS {
            return Err(EditError::MapFull);
        }
        self.cards.push(Rc::new(Card {
            id,
            stage: stage.into(),
            lane: lane.into(),
            text: text.trim().to_string(),
            channel: None,
            moment_of_truth: false,
            votes: Vec::new(),
            analysis: None,
            feeling: None,
            actors: Vec::new(),
            kpi: None,
        }));
        Ok(())
    }

    /// Moves a card to another cell.
    pub fn move_card(&mut self, id: &str, stage: &str, lane: &str) -> Result<(), EditError> {
        self.stage_index(stage)?;
        if !self.lanes.iter().any(|l| l.id == lane) {
            return Err(EditError::NoSuchLane);
        }
        let card = self.card_mut(id)?;
        card.stage = stage.into();
        card.lane = lane.into();
        Ok(())
    }

    /// Moves a card to a cell, at `index` among that cell's cards (or last).
    pub fn move_card_to(
        &mut self,
        id: &str,
        stage: &str,
        lane: &str,
        index: Option<usize>,
    ) -> Result<(), EditError> {
        let card = self.card(id).ok_or(EditError::NoSuchCard)?;
        if index.is_none() && card.stage == stage && card.lane == lane {
            // Dropped on its own cell, or moved past the edge: nothing changes.
            return Ok(());
        }
        self.move_card(id, stage, lane)?;
        let from = self
            .cards
            .iter()
            .position(|c| c.id == id)
            .ok_or(EditError::NoSuchCard)?;
        let card = self.cards.remove(from);
        // Cells keep the order of `cards`: insert before the index-th card of the cell.
        let at = index
            .and_then(|k| {
                self.cards
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.stage == stage && c.lane == lane)
                    .nth(k)
                    .map(|(i, _)| i)
            })
            .unwrap_or(self.cards.len());
        self.cards.insert(at, card);
        Ok(())
    }

    /// Removes a card.
    pub fn delete_card(&mut self, id: &str) -> Result<(), EditError> {
        let i = self
            .cards
            .iter()
            .position(|c| c.id == id)
            .ok_or(EditError::NoSuchCard)?;
        self.cards.remove(i);
        Ok(())
    }

    /// Changes a card's text (surrounding spaces dropped).
    pub fn set_card_text(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        let card = self.card_mut(id)?;
        if card.text != text.trim() {
            card.text = text.trim().to_string();
            self.forget_example(id);
        }
        Ok(())
    }

    /// Sets or clears a touchpoint's channel.
    pub fn set_channel(&mut self, id: &str, channel: Option<Channel>) -> Result<(), EditError> {
        self.card_mut(id)?.channel = channel;
        Ok(())
    }

    /// Flags or unflags a card as a moment of truth.
    pub fn set_moment_of_truth(&mut self, id: &str, on: bool) -> Result<(), EditError> {
        let card = self.card_mut(id)?;
        if card.moment_of_truth != on {
            card.moment_of_truth = on;
            self.forget_example(id);
        }
        Ok(())
    }

    /// Links a card to a KPI dataset of the project, or unlinks it.
    pub fn set_kpi(&mut self, id: &str, kpi: Option<String>) -> Result<(), EditError> {
        self.card_mut(id)?.kpi = kpi;
        Ok(())
    }
}
