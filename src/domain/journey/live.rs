//! Messages between windows of the same browser during a workshop: the facilitator's
//! window sends the map after each change and card text as it is typed; the presenter
//! window (on the projector) shows them at once.

use super::countdown::Countdown;
use super::map::JourneyMap;
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
    /// The map as it is now in the sender's window.
    Map { project: String, map: JourneyMap },
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
}

impl LiveMessage {
    /// The (project, map) the message is about.
    pub fn about(&self) -> (&str, &str) {
        match self {
            LiveMessage::Map { project, map } => (project, &map.id),
            LiveMessage::Draft {
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
        if let LiveMessage::Map { map, .. } = &msg {
            if !map.problems().is_empty() {
                return None;
            }
        }
        Some(msg)
    }

    /// The message as text for the channel.
    pub fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A map with typed-but-uncommitted card texts laid over it.
pub fn with_drafts(map: &JourneyMap, drafts: &[(String, String)]) -> JourneyMap {
    let mut out = map.clone();
    for (card, text) in drafts {
        if let Some(c) = out.cards.iter_mut().find(|c| &c.id == card) {
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
        map.cards[0].stage = "gone".into();
        let bad = LiveMessage::Map {
            project: "p".into(),
            map,
        };
        assert_eq!(LiveMessage::read(&bad.write()), None);
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
