//! To-be maps: a copy of an as-is map under new ids, and the two curves lined up.

use super::ids::JourneyId;
use super::kinds::JourneyState;
use super::map::{Card, JourneyMap, Lane, Stage, Workshop};
use std::rc::Rc;

impl JourneyMap {
    /// A to-be copy of this map: same stages, lanes and cards under new ids, votes
    /// cleared, state Future.
    pub fn to_be(&self, id: JourneyId, mut new_id: impl FnMut() -> String) -> JourneyMap {
        let mut ids = std::collections::HashMap::new();
        let mut remap = |old: &str| {
            ids.entry(old.to_string())
                .or_insert_with(&mut new_id)
                .clone()
        };
        JourneyMap {
            id,
            title: format!("{} (to-be)", self.title),
            scope: self.scope.clone(),
            personas: self.personas.clone(),
            state: JourneyState::Future,
            stages: self
                .stages
                .iter()
                .map(|s| Stage {
                    id: remap(&s.id).into(),
                    ..s.clone()
                })
                .collect(),
            lanes: self
                .lanes
                .iter()
                .map(|l| Lane {
                    id: remap(&l.id).into(),
                    kind: l.kind.clone(),
                })
                .collect(),
            cards: self
                .cards
                .iter()
                .map(|c| {
                    Rc::new(Card {
                        id: remap(&c.id).into(),
                        stage: remap(&c.stage).into(),
                        lane: remap(&c.lane).into(),
                        votes: Vec::new(),
                        analysis: None,
                        ..c.as_ref().clone()
                    })
                })
                .collect(),
            based_on: Some(self.id.clone()),
            workshop: Workshop {
                participants: self.workshop.participants.clone(),
                ..Workshop::default()
            },
            // The copy is the team's own work: its example content cannot be cleared
            // under new ids.
            example: None,
        }
    }

    /// Stage emotions of `other` lined up with this map's stages by name (ignoring case
    /// and spaces), for drawing an as-is and a to-be curve together.
    pub fn emotions_matched(&self, other: &JourneyMap) -> Vec<Option<i8>> {
        let key = |s: &str| s.trim().to_lowercase();
        self.stages
            .iter()
            .map(|s| {
                other
                    .stages
                    .iter()
                    .find(|o| key(&o.name) == key(&s.name))
                    .and_then(|o| o.emotion)
            })
            .collect()
    }
}
