//! What a project's journey maps hold, in one line for the project page:
//! "3 journey maps (1 to-be), 14 pain points".

use super::{JourneyMap, JourneyState, LaneKind};
use crate::domain::wording::counted;
use std::rc::Rc;

/// The project page's line about these maps.
///
/// Pain points are counted on the as-is maps only: a to-be map starts as a copy of its
/// as-is map, so counting both would report every pain point twice. Cards left without
/// text are not counted.
pub fn summary(maps: &[Rc<JourneyMap>]) -> String {
    if maps.is_empty() {
        return "No journey maps yet".into();
    }
    let to_be = maps
        .iter()
        .filter(|m| m.state == JourneyState::Future)
        .count();
    let pain_points: usize = maps
        .iter()
        .filter(|m| m.state == JourneyState::Current)
        .map(|m| pain_points(m))
        .sum();
    let mut line = counted(maps.len() as u64, "journey map", "journey maps");
    if to_be > 0 {
        line.push_str(&format!(" ({to_be} to-be)"));
    }
    line.push_str(", ");
    line.push_str(&match pain_points {
        0 => "no pain points".to_string(),
        n => counted(n as u64, "pain point", "pain points"),
    });
    line
}

/// The cards with text in the map's pain-point lanes.
fn pain_points(map: &JourneyMap) -> usize {
    map.cards
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .filter(|c| {
            map.lane_of(c)
                .is_some_and(|l| l.kind == LaneKind::PainPoints)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::test_ids;

    /// A map with two stages and the given texts in its pain-point lane.
    fn map(id: &str, pains: &[&str]) -> JourneyMap {
        let mut m = JourneyMap::blank(id.into(), "Late delivery", test_ids("l"));
        m.add_stage("s1".into(), "Notice delay", None).unwrap();
        m.add_stage("s2".into(), "Contact us", None).unwrap();
        let lane = |m: &JourneyMap, kind: LaneKind| {
            m.lanes.iter().find(|l| l.kind == kind).unwrap().id.clone()
        };
        let (pain, action) = (
            lane(&m, LaneKind::PainPoints),
            lane(&m, LaneKind::CustomerActions),
        );
        for (i, text) in pains.iter().enumerate() {
            m.add_card(format!("p{i}").into(), "s1", &pain, text)
                .unwrap();
        }
        // Cards in other lanes are not pain points.
        m.add_card("a1".into(), "s2", &action, "Phones the contact centre")
            .unwrap();
        m
    }

    #[test]
    fn no_maps_says_so() {
        assert_eq!(summary(&[]), "No journey maps yet");
    }

    #[test]
    fn maps_and_pain_points_are_counted() {
        let one = [Rc::new(map("m1", &["Not told about the delay"]))];
        assert_eq!(summary(&one), "1 journey map, 1 pain point");
        let three = [
            Rc::new(map("m1", &["No tracking", "Told nothing"])),
            Rc::new(map("m2", &[])),
            Rc::new(map("m3", &["Transferred three times"])),
        ];
        assert_eq!(summary(&three), "3 journey maps, 3 pain points");
        assert_eq!(
            summary(&[Rc::new(map("m1", &[]))]),
            "1 journey map, no pain points"
        );
    }

    #[test]
    fn a_to_be_copy_does_not_count_its_pain_points_again() {
        let as_is = map("m1", &["No tracking", "Told nothing"]);
        let to_be = as_is.to_be("m2".into(), test_ids("t"));
        let maps = [Rc::new(as_is), Rc::new(to_be)];
        assert_eq!(summary(&maps), "2 journey maps (1 to-be), 2 pain points");
    }

    #[test]
    fn empty_cards_are_not_pain_points() {
        let maps = [Rc::new(map("m1", &["  ", "Told nothing"]))];
        assert_eq!(summary(&maps), "1 journey map, 1 pain point");
    }
}
