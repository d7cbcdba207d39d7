//! How the customer feels, on one scale for stages and cards: −2 (angry) to +2
//! (delighted), in words as well as numbers, and what the emotion curve goes through.
//!
//! A card's own emotion is optional. It is kept as the Mermaid task score (1–5, in
//! `Card.feeling`) so Mermaid text reads in and writes out exactly as it was, and it is
//! shown and edited on the stages' scale: score − 3, so 1 is −2 and 5 is +2. Where a
//! stage has cards with an emotion, the curve goes through each of them (Mermaid's
//! "Do work" at 1 and "Make tea" at 5 are two points, not their average); where it has
//! none, through the stage's own emotion.

use super::error::EditError;
use super::map::{Card, JourneyMap};
use std::collections::HashMap;

/// The scale, best first, with the word said beside each value.
pub const EMOTIONS: [(i8, &str); 5] = [
    (2, "delighted"),
    (1, "pleased"),
    (0, "neutral"),
    (-1, "annoyed"),
    (-2, "angry"),
];

/// "+2", "0", "−1": the value as the page and the pictures write it.
pub fn emotion_number(e: i8) -> String {
    match e {
        e if e > 0 => format!("+{e}"),
        0 => "0".into(),
        e => format!("−{}", e.unsigned_abs()),
    }
}

/// "+2 delighted", "−1 annoyed": a value in numbers and words (out-of-range values are
/// held to the scale).
pub fn emotion_text(e: i8) -> String {
    let e = e.clamp(-2, 2);
    let word = EMOTIONS
        .iter()
        .find(|(v, _)| *v == e)
        .map_or("", |(_, w)| w);
    format!("{} {word}", emotion_number(e))
}

impl Card {
    /// The card's own emotion on the −2..+2 scale (its Mermaid score − 3), if it has one.
    pub fn emotion(&self) -> Option<i8> {
        self.feeling.map(|f| (f.clamp(1, 5) as i8) - 3)
    }
}

/// One value the curve goes through at a stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurveValue {
    pub emotion: i8,
    /// The card whose emotion it is (its text); `None` for the stage's own emotion.
    pub card: Option<String>,
}

impl JourneyMap {
    /// Sets or clears a card's own emotion (−2..+2).
    pub fn set_card_emotion(&mut self, id: &str, emotion: Option<i8>) -> Result<(), EditError> {
        if let Some(e) = emotion {
            if !(-2..=2).contains(&e) {
                return Err(EditError::EmotionOutOfRange(e));
            }
        }
        let feeling = emotion.map(|e| (e + 3) as u8);
        let card = self.card_mut(id)?;
        if card.feeling != feeling {
            card.feeling = feeling;
            self.forget_example(id);
        }
        Ok(())
    }

    /// What the emotion curve goes through at each stage, in stage order: the emotions
    /// of its cards (lane by lane, top to bottom; in a lane, in card order) where it has
    /// any, else the stage's own emotion, else nothing (the curve has a gap there).
    pub fn curve_values(&self) -> Vec<Vec<CurveValue>> {
        let stage_at: HashMap<&str, usize> = self
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let lane_at: HashMap<&str, usize> = self
            .lanes
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i))
            .collect();
        let mut by_stage: Vec<Vec<(usize, CurveValue)>> = vec![Vec::new(); self.stages.len()];
        for c in &self.cards {
            let (Some(e), Some(&si), Some(&li)) = (
                c.emotion(),
                stage_at.get(c.stage.as_str()),
                lane_at.get(c.lane.as_str()),
            ) else {
                continue;
            };
            by_stage[si].push((
                li,
                CurveValue {
                    emotion: e,
                    card: Some(c.text.clone()),
                },
            ));
        }
        by_stage
            .into_iter()
            .zip(&self.stages)
            .map(|(mut cards, stage)| {
                if cards.is_empty() {
                    return stage
                        .emotion
                        .map(|e| CurveValue {
                            emotion: e.clamp(-2, 2),
                            card: None,
                        })
                        .into_iter()
                        .collect();
                }
                // Stable: cards of one lane keep their order.
                crate::domain::sort::sort_by_key(&mut cards, |(lane, _)| *lane);
                cards.into_iter().map(|(_, v)| v).collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::test_ids;

    #[test]
    fn the_scale_in_numbers_and_words() {
        assert_eq!(emotion_text(2), "+2 delighted");
        assert_eq!(emotion_text(0), "0 neutral");
        assert_eq!(emotion_text(-1), "−1 annoyed");
        assert_eq!(emotion_text(-9), "−2 angry");
        assert_eq!(emotion_number(-2), "−2");
    }

    #[test]
    fn a_cards_emotion_is_its_mermaid_score_on_the_stage_scale() {
        let mut m = JourneyMap::blank("m".into(), "Day", test_ids("l"));
        m.add_stage("s1".into(), "Work", None).unwrap();
        m.add_card("c1".into(), "s1", "l1", "Make tea").unwrap();
        assert_eq!(m.card("c1").unwrap().emotion(), None);
        m.set_card_emotion("c1", Some(-2)).unwrap();
        assert_eq!(m.card("c1").unwrap().feeling, Some(1));
        assert_eq!(m.card("c1").unwrap().emotion(), Some(-2));
        m.set_card_emotion("c1", Some(2)).unwrap();
        assert_eq!(m.card("c1").unwrap().feeling, Some(5));
        assert_eq!(
            m.set_card_emotion("c1", Some(3)),
            Err(EditError::EmotionOutOfRange(3))
        );
        assert_eq!(
            m.set_card_emotion("gone", Some(0)),
            Err(EditError::NoSuchCard)
        );
        m.set_card_emotion("c1", None).unwrap();
        assert_eq!(m.card("c1").unwrap().feeling, None);
    }

    #[test]
    fn the_curve_goes_through_card_emotions_where_a_stage_has_them() {
        let mut m = JourneyMap::blank("m".into(), "Day", test_ids("l"));
        for (id, name) in [("s1", "Go to work"), ("s2", "Lunch"), ("s3", "Go home")] {
            m.add_stage(id.into(), name, None).unwrap();
        }
        // Stage 1: two cards with emotions, the lower lane's card added first.
        m.add_card("c1".into(), "s1", "l3", "Worried").unwrap();
        m.add_card("c2".into(), "s1", "l1", "Make tea").unwrap();
        m.add_card("c3".into(), "s1", "l1", "No emotion").unwrap();
        m.set_card_emotion("c1", Some(-1)).unwrap();
        m.set_card_emotion("c2", Some(2)).unwrap();
        m.set_emotion("s1", Some(0)).unwrap();
        // Stage 2: no emotion at all; stage 3: the stage's own.
        m.set_emotion("s3", Some(1)).unwrap();
        let v = m.curve_values();
        assert_eq!(
            v[0],
            [
                CurveValue {
                    emotion: 2,
                    card: Some("Make tea".into())
                },
                CurveValue {
                    emotion: -1,
                    card: Some("Worried".into())
                }
            ],
            "cards lane by lane; the stage's own 0 is not drawn over them"
        );
        assert!(v[1].is_empty());
        assert_eq!(
            v[2],
            [CurveValue {
                emotion: 1,
                card: None
            }]
        );
    }
}
