//! A fishbone diagram followed live by a presenter window: the facilitator's window sends
//! each edit as it is made (the edit value, see `LiveMessage::DiagramEdit`), or the whole
//! diagram after anything else (undo, another tab, a window that asked); the presenter
//! applies the edits in order and asks for the whole diagram when it missed one.

use super::model::Fishbone;
use crate::domain::journey::live::{follow, LiveMessage};

/// What a presenter window knows of the facilitator's diagram.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FishboneLiveView {
    /// The diagram as last heard, and the sender's revision it is at.
    pub diagram: Option<(Fishbone, u64)>,
}

impl FishboneLiveView {
    /// Takes in one message about this diagram. Returns true when the window missed
    /// something (an edit that does not follow on from what it has) and must ask for the
    /// whole diagram with a hello.
    pub fn receive(&mut self, msg: LiveMessage) -> bool {
        match msg {
            LiveMessage::Diagram {
                diagram, revision, ..
            } => self.diagram = Some((diagram, revision)),
            LiveMessage::DiagramEdit {
                edit,
                before,
                after,
                ..
            } => return !follow(&mut self.diagram, &edit, before, after),
            _ => {}
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fishbone::{test_ids, FishboneEdit, Parent, Preset};

    fn diagram() -> Fishbone {
        Fishbone::new("f".into(), "Transfers", Preset::SixM, test_ids())
    }

    fn add(id: &str, f: &Fishbone, before: u64) -> LiveMessage {
        LiveMessage::DiagramEdit {
            project: "p".into(),
            fishbone: "f".into(),
            edit: FishboneEdit::AddCause {
                id: id.into(),
                text: id.to_uppercase(),
                parent: Parent::Category(f.categories[0].id.clone()),
                at: None,
            },
            before,
            after: before + 1,
        }
    }

    #[test]
    fn edits_in_order_are_applied_and_a_missed_one_asks_for_the_whole() {
        let f = diagram();
        let mut view = FishboneLiveView::default();
        assert!(view.receive(add("a", &f, 3)), "nothing yet: ask");
        let whole = LiveMessage::Diagram {
            project: "p".into(),
            diagram: f.clone(),
            revision: 3,
        };
        assert!(!view.receive(whole.clone()));
        assert!(!view.receive(add("a", &f, 3)));
        assert!(!view.receive(add("b", &f, 4)));
        let (shown, at) = view.diagram.clone().unwrap();
        assert_eq!(at, 5);
        assert_eq!(shown.cause_count(), 2);
        assert!(
            view.receive(add("c", &f, 9)),
            "revision 9 does not follow 5"
        );
        assert_eq!(view.diagram.as_ref().unwrap().0.cause_count(), 2);
    }

    #[test]
    fn messages_travel_as_text_and_a_hostile_diagram_is_refused() {
        let f = diagram();
        let msg = add("a", &f, 0);
        assert_eq!(LiveMessage::read(&msg.write()), Some(msg.clone()));
        assert_eq!(msg.about(), ("p", "f"));
        let mut bad = f.clone();
        bad.categories.push(bad.categories[0].clone());
        let whole = LiveMessage::Diagram {
            project: "p".into(),
            diagram: bad,
            revision: 1,
        };
        assert_eq!(LiveMessage::read(&whole.write()), None);
    }
}
