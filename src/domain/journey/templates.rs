//! Starting templates for a new journey map: the stages a team would otherwise type
//! first, with a touchpoint's channel where it is obvious, and a short worked example
//! (an emotion at each stage, pain points, moments of truth) so the first map shows
//! what a finished one looks like. "Clear example content" removes the example.

use super::{Channel, ExampleContent, JourneyId, JourneyMap, LaneKind};

/// A template's worked example: an emotion per stage (in stage order), pain points
/// (stage index, text) and the stages whose first touchpoint is a moment of truth.
struct Example {
    emotions: &'static [i8],
    pain_points: &'static [(usize, &'static str)],
    moments_of_truth: &'static [usize],
}

/// The templates offered when a map is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    OnlineOrderToDelivery,
    ContactCentreComplaint,
    InBranchService,
    Blank,
}

impl Template {
    /// Every template, in the order offered.
    pub const ALL: [Template; 4] = [
        Template::OnlineOrderToDelivery,
        Template::ContactCentreComplaint,
        Template::InBranchService,
        Template::Blank,
    ];

    /// What the template is called.
    pub fn label(self) -> &'static str {
        match self {
            Template::OnlineOrderToDelivery => "Online order to delivery",
            Template::ContactCentreComplaint => "Contact-centre complaint",
            Template::InBranchService => "In-branch service",
            Template::Blank => "Blank map",
        }
    }

    /// Stages, each with a first touchpoint (text and channel) if any.
    fn stages(self) -> &'static [(&'static str, Option<(&'static str, Channel)>)] {
        match self {
            Template::OnlineOrderToDelivery => &[
                ("Browse and choose", Some(("Product pages", Channel::Web))),
                ("Order and pay", Some(("Checkout", Channel::Web))),
                (
                    "Wait for delivery",
                    Some(("Dispatch email with tracking", Channel::Email)),
                ),
                (
                    "Receive the parcel",
                    Some(("Courier at the door", Channel::Store)),
                ),
                ("Use or return", Some(("Returns page", Channel::Web))),
            ],
            Template::ContactCentreComplaint => &[
                ("Notice the problem", None),
                (
                    "Contact us",
                    Some(("Call the contact centre", Channel::Phone)),
                ),
                (
                    "Complaint logged",
                    Some(("Adviser records the complaint", Channel::Phone)),
                ),
                ("Investigation", Some(("Update by email", Channel::Email))),
                ("Resolution", Some(("Outcome letter", Channel::Letter))),
                ("Follow-up", Some(("Satisfaction survey", Channel::Email))),
            ],
            Template::InBranchService => &[
                (
                    "Plan the visit",
                    Some(("Opening hours online", Channel::Web)),
                ),
                (
                    "Arrive and queue",
                    Some(("Branch entrance", Channel::Store)),
                ),
                (
                    "Served at the counter",
                    Some(("Counter adviser", Channel::Store)),
                ),
                ("Leave", None),
            ],
            Template::Blank => &[],
        }
    }

    fn example(self) -> Example {
        match self {
            Template::OnlineOrderToDelivery => Example {
                emotions: &[1, 0, -1, -2, 1],
                pain_points: &[
                    (2, "Tracking not updated for two days"),
                    (3, "Parcel left with a neighbour, no note"),
                ],
                moments_of_truth: &[3],
            },
            Template::ContactCentreComplaint => Example {
                emotions: &[-1, -2, -1, -2, 1, 0],
                pain_points: &[(1, "On hold for 20 minutes"), (3, "No update for a week")],
                moments_of_truth: &[1, 4],
            },
            Template::InBranchService => Example {
                emotions: &[1, -2, 1, 1],
                pain_points: &[(1, "Queue to the door, no idea how long")],
                moments_of_truth: &[2],
            },
            Template::Blank => Example {
                emotions: &[],
                pain_points: &[],
                moments_of_truth: &[],
            },
        }
    }

    /// A new map from this template.
    pub fn build(
        self,
        id: JourneyId,
        title: &str,
        mut new_id: impl FnMut() -> String,
    ) -> JourneyMap {
        let mut map = JourneyMap::blank(id, title, &mut new_id);
        let touchpoints = map.first_lane(LaneKind::Touchpoints);
        let pains = map.first_lane(LaneKind::PainPoints);
        let example = self.example();
        let mut added = ExampleContent::default();
        for (i, (name, touchpoint)) in self.stages().iter().enumerate() {
            let stage = new_id();
            if map.add_stage(stage.clone().into(), name, None).is_err() {
                continue;
            }
            if let Some(&e) = example.emotions.get(i) {
                if map.set_emotion(&stage, Some(e)).is_ok() {
                    added.emotions.push(stage.clone().into());
                }
            }
            if let Some((text, channel)) = touchpoint {
                let card = new_id();
                if map
                    .add_card(card.clone().into(), &stage, &touchpoints, text)
                    .is_ok()
                {
                    let _ = map.set_channel(&card, Some(*channel));
                    if example.moments_of_truth.contains(&i)
                        && map.set_moment_of_truth(&card, true).is_ok()
                    {
                        added.moments_of_truth.push(card.into());
                    }
                }
            }
            for (_, text) in example.pain_points.iter().filter(|(at, _)| *at == i) {
                let card = new_id();
                if map
                    .add_card(card.clone().into(), &stage, &pains, text)
                    .is_ok()
                {
                    added.cards.push(card.into());
                }
            }
        }
        map.example = (added != ExampleContent::default()).then_some(added);
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::test_ids;

    #[test]
    fn templates_give_stages_and_touchpoints() {
        let mut n = 0;
        let mut ids = || {
            n += 1;
            format!("t{n}")
        };
        let m = Template::ContactCentreComplaint.build("m".into(), "Complaints", &mut ids);
        assert_eq!(m.stages.len(), 6);
        assert_eq!(m.stages[1].name, "Contact us");
        let calls: Vec<_> = m
            .cards
            .iter()
            .filter(|c| c.channel == Some(Channel::Phone))
            .collect();
        assert_eq!(calls.len(), 2);
        assert!(m.problems().is_empty());
        assert!(Template::Blank
            .build("b".into(), "Blank", &mut ids)
            .stages
            .is_empty());
        for t in Template::ALL {
            let m = t.build("x".into(), t.label(), &mut ids);
            assert!(m
                .cards
                .iter()
                .all(|c| m.stages.iter().any(|s| s.id == c.stage)));
        }
    }

    #[test]
    fn every_template_but_blank_has_a_worked_example_that_clears_in_one_step() {
        let mut ids = crate::domain::journey::test_ids("t");
        for t in Template::ALL {
            let mut m = t.build("m".into(), t.label(), &mut ids);
            let marks = crate::domain::journey::marks::stage_marks(&m);
            let pains: usize = marks.iter().map(|s| s.pain_points).sum();
            let truths: usize = marks.iter().map(|s| s.moments_of_truth).sum();
            if t == Template::Blank {
                assert_eq!(m.example, None);
                continue;
            }
            assert!(m.stages.iter().all(|s| s.emotion.is_some()), "{t:?}");
            assert!(m.stages.iter().any(|s| s.emotion < Some(0)), "{t:?}");
            assert!(pains >= 1 && truths >= 1, "{t:?}");
            let touchpoints = m.cards.len() - pains;
            let stages = m.stages.clone();
            m.clear_example();
            assert!(m.stages.iter().all(|s| s.emotion.is_none()));
            assert_eq!(m.cards.len(), touchpoints, "only the example's cards go");
            assert!(m.cards.iter().all(|c| !c.moment_of_truth));
            assert_eq!(
                m.stages.iter().map(|s| &s.name).collect::<Vec<_>>(),
                stages.iter().map(|s| &s.name).collect::<Vec<_>>()
            );
            assert_eq!(m.example, None);
        }
    }

    #[test]
    fn clearing_the_example_keeps_what_the_user_changed() {
        use crate::domain::edit::PartEdit;
        use crate::domain::journey::JourneyEdit;
        let mut m = Template::InBranchService.build("m".into(), "Branch", test_ids("t"));
        let queue = m.stages[1].id.clone();
        let pain = m.example.as_ref().unwrap().cards[0].clone();
        // The user rewrites the example's pain point and sets one emotion again.
        m.set_card_text(&pain, "Queue of 40 minutes at lunch")
            .unwrap();
        m.set_emotion(&queue, Some(-1)).unwrap();
        let clear = JourneyEdit::ClearExample;
        assert!(clear.changes(&m));
        clear.apply(&mut m).unwrap();
        assert!(m.card(&pain).is_some(), "a rewritten card is the user's");
        assert_eq!(m.stages[1].emotion, Some(-1));
        assert_eq!(m.stages[0].emotion, None);
        assert!(!clear.changes(&m), "nothing left to clear");
    }
}
