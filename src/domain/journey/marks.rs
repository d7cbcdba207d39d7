//! What is marked under each stage of the emotion curve: its moments of truth (★) and
//! pain points (▲), counted once here and written in the same words by the editor, the
//! presenter view and the SVG picture.

use super::kinds::LaneKind;
use super::map::JourneyMap;

/// The marks of one stage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StageMarks {
    pub moments_of_truth: usize,
    pub pain_points: usize,
}

impl StageMarks {
    /// "★ 2 moments of truth", or `None` when there are none.
    pub fn truth_text(&self) -> Option<String> {
        (self.moments_of_truth > 0).then(|| {
            counted(
                "★",
                self.moments_of_truth,
                "moment of truth",
                "moments of truth",
            )
        })
    }

    /// "▲ 1 pain point", or `None` when there are none.
    pub fn pain_text(&self) -> Option<String> {
        (self.pain_points > 0).then(|| counted("▲", self.pain_points, "pain point", "pain points"))
    }
}

fn counted(icon: &str, n: usize, one: &str, many: &str) -> String {
    format!("{icon} {n} {}", if n == 1 { one } else { many })
}

/// The marks of every stage, in stage order, in one pass over the cards.
pub fn stage_marks(map: &JourneyMap) -> Vec<StageMarks> {
    let mut marks = vec![StageMarks::default(); map.stages.len()];
    let stage_at: std::collections::HashMap<&str, usize> = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let pain_lanes: Vec<&str> = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::PainPoints)
        .map(|l| l.id.as_str())
        .collect();
    for c in &map.cards {
        let Some(&i) = stage_at.get(c.stage.as_str()) else {
            continue;
        };
        marks[i].moments_of_truth += usize::from(c.moment_of_truth);
        marks[i].pain_points += usize::from(pain_lanes.contains(&c.lane.as_str()));
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::test_ids;

    #[test]
    fn marks_are_counted_per_stage_and_said_in_words() {
        let mut m = JourneyMap::blank("m".into(), "Map", test_ids("l"));
        m.add_stage("s1".into(), "Order", None).unwrap();
        m.add_stage("s2".into(), "Wait", None).unwrap();
        let pains = m.lanes[3].id.clone();
        m.add_card("c1".into(), "s2", &pains, "Late").unwrap();
        m.add_card("c2".into(), "s2", &pains, "No news").unwrap();
        m.add_card("c3".into(), "s1", "l1", "Pays").unwrap();
        m.set_moment_of_truth("c3", true).unwrap();
        let marks = stage_marks(&m);
        assert_eq!(
            marks,
            [
                StageMarks {
                    moments_of_truth: 1,
                    pain_points: 0
                },
                StageMarks {
                    moments_of_truth: 0,
                    pain_points: 2
                }
            ]
        );
        assert_eq!(
            marks[0].truth_text().as_deref(),
            Some("★ 1 moment of truth")
        );
        assert_eq!(marks[0].pain_text(), None);
        assert_eq!(marks[1].pain_text().as_deref(), Some("▲ 2 pain points"));
    }
}
