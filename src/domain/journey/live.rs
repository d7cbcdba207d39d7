//! Messages between windows of the same browser during a workshop: the facilitator's
//! window sends each edit as it is made (the edit value, not the whole map) and card
//! text as it is typed; the presenter window (on the projector) shows them at once. A
//! window that missed something asks for the whole map.

use super::countdown::Countdown;
use super::edit::JourneyEdit;
use super::map::JourneyMap;
use crate::domain::edit::PartEdit;
use crate::domain::fishbone::{Fishbone, FishboneEdit};
use serde::{Deserialize, Serialize};

/// Name of the channel the windows share.
pub const CHANNEL: &str = "cx-workbench:live";

/// One message on the channel. Every message names the project and map it is about,
/// so windows showing other maps ignore it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// Externally tagged (serde's default): an internally tagged enum would buffer every
// message and double the code that reads maps.
#[serde(rename_all = "snake_case")]
pub enum LiveMessage {
    /// The map as it is now in the sender's window, at the sender's `revision`.
    Map {
        project: String,
        map: JourneyMap,
        #[serde(default)]
        revision: u64,
    },
    /// One edit, taking the map from the sender's revision `before` to `after`.
    Edit {
        project: String,
        journey: String,
        edit: JourneyEdit,
        before: u64,
        after: u64,
    },
    /// A card's text being typed, before it is committed.
    Draft {
        project: String,
        journey: String,
        card: String,
        text: String,
    },
    /// The workshop countdown changed.
    Timer {
        project: String,
        journey: String,
        countdown: Countdown,
    },
    /// A window opened on a map and asks for its latest state.
    Hello { project: String, journey: String },
    /// A fishbone diagram as it is now in the sender's window, at its `revision`.
    /// (Hello, Timer and these two name the diagram in the `journey` field of `about`.)
    Diagram {
        project: String,
        diagram: Fishbone,
        revision: u64,
    },
    /// One edit of a fishbone diagram, from the sender's revision `before` to `after`.
    DiagramEdit {
        project: String,
        fishbone: String,
        edit: FishboneEdit,
        before: u64,
        after: u64,
    },
}

impl LiveMessage {
    /// The (project, map) the message is about.
    pub fn about(&self) -> (&str, &str) {
        match self {
            LiveMessage::Map { project, map, .. } => (project, &map.id),
            LiveMessage::Diagram {
                project, diagram, ..
            } => (project, diagram.id.as_str()),
            LiveMessage::DiagramEdit {
                project, fishbone, ..
            } => (project, fishbone),
            LiveMessage::Edit {
                project, journey, ..
            }
            | LiveMessage::Draft {
                project, journey, ..
            }
            | LiveMessage::Timer {
                project, journey, ..
            }
            | LiveMessage::Hello { project, journey } => (project, journey),
        }
    }

    /// Reads a message; anything else on the channel (or a hostile map) is `None`.
    pub fn read(text: &str) -> Option<LiveMessage> {
        let msg: LiveMessage = serde_json::from_str(text).ok()?;
        match &msg {
            LiveMessage::Map { map, .. } if !map.problems().is_empty() => return None,
            LiveMessage::Diagram { diagram, .. } if !diagram.problems().is_empty() => return None,
            _ => {}
        }
        Some(msg)
    }

    /// The message as text for the channel.
    pub fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Applies an edit heard on the channel to the part as last heard, when it follows on
/// from it (`before` is the revision held); false when it does not, and the window must
/// ask for the whole part.
pub fn follow<E: PartEdit>(
    held: &mut Option<(E::Part, u64)>,
    edit: &E,
    before: u64,
    after: u64,
) -> bool {
    match held {
        Some((part, at)) if *at == before => {
            // The sender applied the same edit to the same part; the rules are
            // deterministic, so a refusal there is one here.
            let mut next = part.clone();
            if edit.apply(&mut next).is_ok() {
                *part = next;
            }
            *at = after;
            true
        }
        _ => false,
    }
}

/// What a presenter window knows of the facilitator's map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LiveView {
    /// The map as last heard, and the sender's revision it is at.
    pub map: Option<(JourneyMap, u64)>,
    /// Card texts typed but not yet committed: (card id, text).
    pub drafts: Vec<(String, String)>,
    pub countdown: Option<Countdown>,
}

impl LiveView {
    /// Takes in one message about this map. Returns true when the window missed
    /// something (an edit that does not follow on from what it has) and must ask for the
    /// whole map with a hello.
    pub fn receive(&mut self, msg: LiveMessage) -> bool {
        match msg {
            LiveMessage::Map { map, revision, .. } => {
                self.map = Some((map, revision));
                self.drafts.clear();
            }
            LiveMessage::Edit {
                edit,
                before,
                after,
                ..
            } => {
                if !follow(&mut self.map, &edit, before, after) {
                    return true;
                }
                if let Some(card) = edit_card(&edit) {
                    self.drafts.retain(|(c, _)| c != card);
                }
            }
            LiveMessage::Draft { card, text, .. } => {
                self.drafts.retain(|(c, _)| *c != card);
                self.drafts.push((card, text));
            }
            LiveMessage::Timer { countdown, .. } => self.countdown = Some(countdown),
            LiveMessage::Hello { .. }
            | LiveMessage::Diagram { .. }
            | LiveMessage::DiagramEdit { .. } => {}
        }
        false
    }
}

/// The card whose text an edit commits, if it is one.
fn edit_card(edit: &JourneyEdit) -> Option<&str> {
    match edit {
        JourneyEdit::SetCardText { card, .. } => Some(card),
        _ => None,
    }
}

/// A map with typed-but-uncommitted card texts laid over it.
pub fn with_drafts(map: &JourneyMap, drafts: &[(String, String)]) -> JourneyMap {
    let mut out = map.clone();
    for (card, text) in drafts {
        if let Ok(c) = out.card_mut(card) {
            c.text = text.clone();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_and_junk_is_ignored() {
        let mut n = 0;
        let mut map = JourneyMap::blank("m".into(), "Map", || {
            n += 1;
            format!("l{n}")
        });
        map.add_stage("s".into(), "Order", None).unwrap();
        let msg = LiveMessage::Map {
            project: "p".into(),
            map: map.clone(),
            revision: 3,
        };
        assert_eq!(LiveMessage::read(&msg.write()), Some(msg.clone()));
        assert_eq!(msg.about(), ("p", "m"));
        let d = LiveMessage::Draft {
            project: "p".into(),
            journey: "m".into(),
            card: "c".into(),
            text: "<b>typing".into(),
        };
        assert_eq!(LiveMessage::read(&d.write()), Some(d));
        assert_eq!(LiveMessage::read("{\"kind\":\"nope\"}"), None);
        assert_eq!(LiveMessage::read("not json"), None);
        // A map with a card in no stage is refused, as from storage.
        map.add_card("c".into(), "s", "l1", "text").unwrap();
        std::rc::Rc::make_mut(&mut map.cards[0]).stage = "gone".into();
        let bad = LiveMessage::Map {
            project: "p".into(),
            map,
            revision: 0,
        };
        assert_eq!(LiveMessage::read(&bad.write()), None);
    }

    #[test]
    fn a_presenter_follows_edits_and_asks_again_after_a_gap() {
        let mut map = JourneyMap::blank("m".into(), "Map", || "l".into());
        map.add_stage("s".into(), "Order", None).unwrap();
        let mut view = LiveView::default();
        let edit = |before, after, name: &str| LiveMessage::Edit {
            project: "p".into(),
            journey: "m".into(),
            edit: JourneyEdit::RenameStage {
                stage: "s".into(),
                name: name.into(),
            },
            before,
            after,
        };
        assert!(view.receive(edit(0, 1, "Early")), "nothing to apply it to");
        assert!(!view.receive(LiveMessage::Map {
            project: "p".into(),
            map,
            revision: 4
        }));
        assert!(!view.receive(edit(4, 5, "Buy")));
        assert_eq!(view.map.as_ref().unwrap().0.stages[0].name, "Buy");
        // Revision 6 never arrived: the view must not guess.
        assert!(view.receive(edit(6, 7, "Pay")));
        assert_eq!(view.map.as_ref().unwrap().0.stages[0].name, "Buy");
        // An edit message is far smaller than the map it changes.
        let text = edit(5, 6, "Pay").write();
        assert!(text.len() < 200, "{text}");
        assert_eq!(LiveMessage::read(&text), Some(edit(5, 6, "Pay")));
    }

    #[test]
    fn drafts_lie_over_the_committed_text() {
        let mut map = JourneyMap::blank("m".into(), "Map", || "l".into());
        map.add_stage("s".into(), "Order", None).unwrap();
        map.add_card("c".into(), "s", "l", "old").unwrap();
        let shown = with_drafts(
            &map,
            &[("c".into(), "new".into()), ("x".into(), "y".into())],
        );
        assert_eq!(shown.cards[0].text, "new");
        assert_eq!(map.cards[0].text, "old");
    }
}
