//! Checks on a map read from outside (storage, a backup file, another window): every
//! broken reference or out-of-range value is named with its field.

use super::map::{JourneyMap, MAX_CARDS, MAX_DOTS, MAX_STAGES};

impl JourneyMap {
    /// Problems with a map read from outside, as (field, message); empty when usable.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if self.stages.len() > MAX_STAGES || self.cards.len() > MAX_CARDS {
            out.push((
                "stages".into(),
                format!("more than {MAX_STAGES} stages or {MAX_CARDS} cards"),
            ));
            return out;
        }
        for (i, s) in self.stages.iter().enumerate() {
            if s.emotion.is_some_and(|e| !(-2..=2).contains(&e)) {
                out.push((
                    format!("stages[{i}].emotion"),
                    "must be from -2 to 2".into(),
                ));
            }
        }
        let mut ids = std::collections::HashSet::new();
        let all_ids = self
            .stages
            .iter()
            .map(|s| s.id.as_str())
            .chain(self.lanes.iter().map(|l| l.id.as_str()))
            .chain(self.cards.iter().map(|c| c.id.as_str()));
        for id in all_ids {
            if !ids.insert(id) {
                out.push(("id".into(), format!("the id \"{id}\" is used twice")));
                return out;
            }
        }
        for (i, c) in self.cards.iter().enumerate() {
            if c.votes.iter().any(|(_, n)| *n == 0 || *n > MAX_DOTS) {
                out.push((
                    format!("cards[{i}].votes"),
                    format!("dots must be from 1 to {MAX_DOTS}"),
                ));
            }
            if c.feeling.is_some_and(|f| !(1..=5).contains(&f)) {
                out.push((format!("cards[{i}].feeling"), "must be from 1 to 5".into()));
            }
            if !self.stages.iter().any(|s| s.id == c.stage) {
                out.push((
                    format!("cards[{i}].stage"),
                    "names no stage of the map".into(),
                ));
            }
            if !self.lanes.iter().any(|l| l.id == c.lane) {
                out.push((
                    format!("cards[{i}].lane"),
                    "names no lane of the map".into(),
                ));
            }
            if out.len() >= 10 {
                break;
            }
        }
        out
    }
}
