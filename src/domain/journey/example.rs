//! The worked example a starting template puts in a new map (stage emotions, pain
//! points, moments of truth), and clearing it in one step. What the user has changed
//! since (a rewritten card, an emotion set again) is theirs and is not cleared.

use super::ids::{CardId, StageId};
use super::map::JourneyMap;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// What a template's worked example added to a map.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExampleContent {
    /// Stages given an example emotion.
    #[serde(default)]
    pub emotions: Vec<StageId>,
    /// Cards the example added (pain points): removed when it is cleared.
    #[serde(default)]
    pub cards: Vec<CardId>,
    /// Cards the example marked as a moment of truth: unmarked when it is cleared.
    #[serde(default)]
    pub moments_of_truth: Vec<CardId>,
}

impl ExampleContent {
    fn is_empty(&self) -> bool {
        self.emotions.is_empty() && self.cards.is_empty() && self.moments_of_truth.is_empty()
    }
}

impl JourneyMap {
    /// Removes the worked example: its cards, its moments of truth and its stage
    /// emotions, except what the user has changed since.
    pub fn clear_example(&mut self) {
        let Some(example) = self.example.take() else {
            return;
        };
        for stage in self.stages.iter_mut() {
            if example.emotions.contains(&stage.id) {
                stage.emotion = None;
            }
        }
        self.cards.retain(|c| !example.cards.contains(&c.id));
        for c in self.cards.iter_mut() {
            if c.moment_of_truth && example.moments_of_truth.contains(&c.id) {
                Rc::make_mut(c).moment_of_truth = false;
            }
        }
    }

    /// The stage or card `id` was changed by the user: it is no longer example content.
    pub(super) fn forget_example(&mut self, id: &str) {
        let Some(example) = self.example.as_mut() else {
            return;
        };
        example.emotions.retain(|s| s != id);
        example.cards.retain(|c| c != id);
        example.moments_of_truth.retain(|c| c != id);
        if example.is_empty() {
            self.example = None;
        }
    }
}
