//! Starting templates for a new journey map: the stages a team would otherwise type
//! first, with a touchpoint's channel where it is obvious.

use super::{Channel, JourneyId, JourneyMap, LaneKind};

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

    /// A new map from this template.
    pub fn build(
        self,
        id: JourneyId,
        title: &str,
        mut new_id: impl FnMut() -> String,
    ) -> JourneyMap {
        let mut map = JourneyMap::blank(id, title, &mut new_id);
        let touchpoints = map
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Touchpoints)
            .map(|l| l.id.clone())
            .unwrap_or_default();
        for (name, touchpoint) in self.stages() {
            let stage = new_id();
            if map.add_stage(stage.clone().into(), name, None).is_err() {
                continue;
            }
            if let Some((text, channel)) = touchpoint {
                let card = new_id();
                if map
                    .add_card(card.clone().into(), &stage, &touchpoints, text)
                    .is_ok()
                {
                    if let Ok(c) = map.card_mut(&card) {
                        c.channel = Some(*channel);
                    }
                }
            }
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
