//! Journey edits as data, property-tested: whatever sequence of edits a user (or a
//! hostile window) sends, a map stays one the app can store and read back, refused
//! edits change nothing, and the same edits applied to the same map give the same map
//! (which is what lets the presenter window follow edits instead of whole maps).

use cx_workbench::domain::edit::PartEdit;
use cx_workbench::domain::journey::templates::Template;
use cx_workbench::domain::journey::{Channel, JourneyEdit, JourneyMap};
use proptest::prelude::*;

fn start() -> JourneyMap {
    let mut n = 0;
    Template::ContactCentreComplaint.build("m".into(), "Complaints", || {
        n += 1;
        format!("x{n}")
    })
}

/// Ids drawn from a small pool, so edits often name parts that exist (the template's
/// ids are x1, x2, …) and sometimes parts that do not.
fn edit() -> impl Strategy<Value = JourneyEdit> {
    let id = || (1u8..24).prop_map(|n| format!("x{n}"));
    let new = || (100u16..140).prop_map(|n| format!("n{n}"));
    let text = "[a-z <>&\"]{0,12}";
    prop_oneof![
        (new(), text, prop::option::of(0usize..8)).prop_map(|(id, name, at)| {
            JourneyEdit::AddStage {
                id: id.into(),
                name,
                at,
            }
        }),
        (id(), text).prop_map(|(s, name)| JourneyEdit::RenameStage {
            stage: s.into(),
            name
        }),
        (id(), -3isize..3).prop_map(|(s, by)| JourneyEdit::MoveStage {
            stage: s.into(),
            by
        }),
        (id(), 0usize..9).prop_map(|(s, to)| JourneyEdit::MoveStageTo {
            stage: s.into(),
            to
        }),
        id().prop_map(|s| JourneyEdit::DeleteStage { stage: s.into() }),
        (id(), prop::option::of(-3i8..4)).prop_map(|(s, emotion)| JourneyEdit::SetEmotion {
            stage: s.into(),
            emotion
        }),
        (new(), id(), id(), text).prop_map(|(c, s, l, text)| JourneyEdit::AddCard {
            id: c.into(),
            stage: s.into(),
            lane: l.into(),
            text
        }),
        (new(), text).prop_map(|(c, text)| JourneyEdit::SetCardText {
            card: c.into(),
            text
        }),
        (new(), any::<bool>()).prop_map(|(c, on)| JourneyEdit::SetChannel {
            card: c.into(),
            channel: on.then_some(Channel::Chat)
        }),
        (new(), id(), id(), prop::option::of(0usize..3)).prop_map(|(c, s, l, index)| {
            JourneyEdit::MoveCard {
                card: c.into(),
                stage: s.into(),
                lane: l.into(),
                index,
            }
        }),
        new().prop_map(|c| JourneyEdit::DeleteCard { card: c.into() }),
        (new(), text).prop_map(|(l, title)| JourneyEdit::AddLane {
            id: l.into(),
            title
        }),
        id().prop_map(|l| JourneyEdit::DeleteLane { lane: l.into() }),
        "[A-Za-z]{0,4}".prop_map(|name| JourneyEdit::AddParticipant { name }),
        (0u32..25).prop_map(|dots| JourneyEdit::SetDotsPerParticipant { dots }),
        (new(), "[A-Za-z]{1,4}").prop_map(|(c, participant)| JourneyEdit::CastDot {
            card: c.into(),
            participant
        }),
        (new(), "[A-Za-z]{1,4}").prop_map(|(c, participant)| JourneyEdit::TakeDot {
            card: c.into(),
            participant
        }),
        Just(JourneyEdit::ClearDots),
        Just(JourneyEdit::ClearExample),
        (id(), prop::option::of(-3i8..4)).prop_map(|(c, emotion)| JourneyEdit::SetCardEmotion {
            card: c.into(),
            emotion
        }),
        (new(), any::<bool>())
            .prop_map(|(c, on)| JourneyEdit::SetMomentOfTruth { card: c.into(), on }),
        Just(JourneyEdit::AddPersona),
        (0usize..3).prop_map(|index| JourneyEdit::RemovePersona { index }),
        text.prop_map(|title| JourneyEdit::SetTitle { title }),
    ]
}

proptest! {
    #[test]
    fn any_edits_keep_the_map_readable_and_are_deterministic(
        edits in prop::collection::vec(edit(), 0..60)
    ) {
        let (mut a, mut b) = (start(), start());
        for e in &edits {
            // Through JSON, as between windows.
            let sent: JourneyEdit = serde_json::from_str(&serde_json::to_string(e).unwrap()).unwrap();
            let before = a.clone();
            let changes = e.changes(&a);
            match e.apply(&mut a) {
                Ok(()) => {
                    if !changes {
                        prop_assert_eq!(&a, &before, "{:?} said it changes nothing", e);
                    }
                }
                // A refused edit is thrown away by the reducer; the map it was tried on
                // is never kept, so only `before` matters.
                Err(_) => a = before,
            }
            let before = b.clone();
            if sent.apply(&mut b).is_err() {
                b = before;
            }
            prop_assert!(a.problems().is_empty(), "{:?} broke the map: {:?}", e, a.problems());
        }
        prop_assert_eq!(&a, &b);
        let text = serde_json::to_string(&a).unwrap();
        let back: JourneyMap = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back, a);
    }
}
