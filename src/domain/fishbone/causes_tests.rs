//! The outline's edits on a small diagram: nesting, un-nesting, reordering, dragging,
//! deleting with children, the refusals and their reasons, and edits as values.

use super::causes::Parent;
use super::model::{Cause, CauseStatus, Fishbone, MAX_DEPTH};
use super::{test_ids, EditError, FishboneEdit, Preset};
use crate::domain::edit::PartEdit;
use crate::domain::evidence::{Evidence, EvidenceLink};

/// People: a, b, c (main causes); Methods: none.
fn diagram() -> Fishbone {
    let mut f = Fishbone::new("f".into(), "Transfers", Preset::SixM, test_ids());
    let people = Parent::Category(f.categories[0].id.clone());
    for id in ["a", "b", "c"] {
        f.add_cause(id.into(), &id.to_uppercase(), &people, None)
            .unwrap();
    }
    f
}

/// The outline as text: "a b(c)" for b holding c.
fn shape(f: &Fishbone) -> Vec<String> {
    fn one(c: &Cause) -> String {
        if c.children.is_empty() {
            c.id.to_string()
        } else {
            let inner: Vec<String> = c.children.iter().map(one).collect();
            format!("{}({})", c.id, inner.join(" "))
        }
    }
    f.categories
        .iter()
        .map(|g| g.causes.iter().map(one).collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn tab_nests_under_the_cause_above_and_shift_tab_brings_it_back() {
    let mut f = diagram();
    f.nest("b").unwrap();
    assert_eq!(shape(&f)[0], "a(b) c");
    f.nest("c").unwrap();
    assert_eq!(shape(&f)[0], "a(b c)");
    f.nest("c").unwrap();
    assert_eq!(shape(&f)[0], "a(b(c))", "three levels");
    assert_eq!(f.place("c").unwrap().depth(), 3);
    f.unnest("c").unwrap();
    assert_eq!(shape(&f)[0], "a(b c)");
    f.unnest("b").unwrap();
    assert_eq!(
        shape(&f)[0],
        "a(c) b",
        "b moves after its parent; c stays under a"
    );
    assert_eq!(f.unnest("a"), Err(EditError::AlreadyMainCause));
    assert_eq!(f.nest("a"), Err(EditError::NoCauseAbove));
    assert_eq!(
        f.nest("c"),
        Err(EditError::NoCauseAbove),
        "c is first under a"
    );
    assert_eq!(f.nest("gone"), Err(EditError::NoSuchCause));
}

#[test]
fn nesting_stops_at_the_depth_limit() {
    let mut f = diagram();
    let mut parent = "a".to_string();
    for level in 2..=MAX_DEPTH {
        let id = format!("d{level}");
        f.add_cause(
            id.clone().into(),
            "deeper",
            &Parent::Cause(parent.into()),
            None,
        )
        .unwrap();
        parent = id;
    }
    assert_eq!(f.place(&parent).unwrap().depth(), MAX_DEPTH);
    let deepest = Parent::Cause(parent.clone().into());
    assert_eq!(
        f.add_cause("x".into(), "too deep", &deepest, None),
        Err(EditError::TooDeep)
    );
    // b goes under a: fine; a's chain then pushes nothing deeper.
    f.nest("b").unwrap();
    // c under b under a is depth 3; moving a whole chain of 5 under c is refused.
    f.nest("c").unwrap();
    assert_eq!(
        f.move_cause_to("d2", &Parent::Cause("c".into()), None),
        Err(EditError::TooDeep)
    );
    assert!(f.problems().is_empty());
}

#[test]
fn alt_arrows_reorder_within_siblings_and_stop_at_the_ends() {
    let mut f = diagram();
    f.move_cause("a", 1).unwrap();
    assert_eq!(shape(&f)[0], "b a c");
    f.move_cause("a", 5).unwrap();
    assert_eq!(shape(&f)[0], "b c a");
    let first = FishboneEdit::MoveCause {
        cause: "b".into(),
        by: -1,
    };
    assert!(!first.changes(&f), "the first cause cannot go higher");
    assert!(FishboneEdit::MoveCause {
        cause: "b".into(),
        by: 1
    }
    .changes(&f));
}

#[test]
fn a_drag_moves_a_cause_with_its_causes_but_never_into_itself() {
    let mut f = diagram();
    f.nest("b").unwrap(); // a(b) c
    let methods = Parent::Category(f.categories[1].id.clone());
    f.move_cause_to("a", &methods, None).unwrap();
    assert_eq!(shape(&f)[..2], ["c", "a(b)"]);
    assert_eq!(
        f.move_cause_to("a", &Parent::Cause("b".into()), None),
        Err(EditError::IntoItself)
    );
    assert_eq!(
        f.move_cause_to("a", &Parent::Cause("a".into()), None),
        Err(EditError::IntoItself)
    );
    f.move_cause_to("c", &Parent::Cause("a".into()), Some(0))
        .unwrap();
    assert_eq!(shape(&f)[..2], ["", "a(c b)"]);
    let here = FishboneEdit::MoveCauseTo {
        cause: "b".into(),
        parent: Parent::Cause("a".into()),
        at: None,
    };
    assert!(!here.changes(&f), "b is already last under a");
    let up = FishboneEdit::MoveCauseTo {
        cause: "b".into(),
        parent: Parent::Cause("a".into()),
        at: Some(0),
    };
    assert!(up.changes(&f));
    up.apply(&mut f).unwrap();
    assert_eq!(shape(&f)[1], "a(b c)");
}

#[test]
fn enter_adds_a_sibling_after_and_delete_takes_the_causes_below() {
    let mut f = diagram();
    f.nest("b").unwrap(); // a(b) c
    f.add_sibling_after("n".into(), "b", "").unwrap();
    assert_eq!(shape(&f)[0], "a(b n) c");
    assert_eq!(f.cause("n").unwrap().text, "", "a blank cause while typing");
    assert_eq!(
        f.add_sibling_after("n".into(), "b", "x"),
        Err(EditError::IdInUse)
    );
    f.delete_cause("a").unwrap();
    assert_eq!(shape(&f)[0], "c");
    assert!(f.cause("b").is_none() && f.cause("n").is_none());
    assert_eq!(f.cause_count(), 1);
    assert_eq!(f.delete_cause("a"), Err(EditError::NoSuchCause));
}

#[test]
fn status_and_evidence_are_kept_on_the_cause() {
    let mut f = diagram();
    f.set_status("a", CauseStatus::Confirmed).unwrap();
    let e = Evidence {
        note: " 14 of 20 transfers were address changes ".into(),
        link: EvidenceLink::None,
    };
    f.add_evidence("a", &e).unwrap();
    assert_eq!(
        f.cause("a").unwrap().evidence[0].note,
        "14 of 20 transfers were address changes"
    );
    assert!(matches!(
        f.add_evidence("a", &Evidence::note(" ")),
        Err(EditError::BadEvidence(why)) if why.contains("note or a link")
    ));
    f.edit_evidence("a", 0, &Evidence::note("20 calls"))
        .unwrap();
    assert_eq!(
        f.edit_evidence("a", 3, &Evidence::note("x")),
        Err(EditError::NoSuchEvidence)
    );
    f.remove_evidence("a", 0).unwrap();
    assert_eq!(f.remove_evidence("a", 0), Err(EditError::NoSuchEvidence));
}

fn every_kind(f: &Fishbone) -> Vec<FishboneEdit> {
    use FishboneEdit as E;
    let people = f.categories[0].id.clone();
    vec![
        E::SetEffect {
            effect: "34% of callers were transferred twice".into(),
        },
        E::AddCategory {
            id: "g9".into(),
            name: "Policy".into(),
            at: Some(0),
        },
        E::RenameCategory {
            category: "g9".into(),
            name: "Rules".into(),
        },
        E::MoveCategory {
            category: "g9".into(),
            by: 2,
        },
        E::AddCause {
            id: "d".into(),
            text: "No script".into(),
            parent: Parent::Category(people.clone()),
            at: Some(0),
        },
        E::AddSiblingAfter {
            id: "e".into(),
            after: "d".into(),
            text: "".into(),
        },
        E::SetCauseText {
            cause: "e".into(),
            text: "Old script".into(),
        },
        E::Nest { cause: "e".into() },
        E::Unnest { cause: "e".into() },
        E::MoveCause {
            cause: "e".into(),
            by: 1,
        },
        E::MoveCauseTo {
            cause: "e".into(),
            parent: Parent::Cause("a".into()),
            at: None,
        },
        E::SetStatus {
            cause: "e".into(),
            status: CauseStatus::RuledOut,
        },
        E::AddEvidence {
            cause: "e".into(),
            evidence: Evidence::note("20 calls"),
        },
        E::EditEvidence {
            cause: "e".into(),
            index: 0,
            evidence: Evidence::note("30 calls"),
        },
        E::RemoveEvidence {
            cause: "e".into(),
            index: 0,
        },
        E::AddParticipant { name: "Ann".into() },
        E::AddParticipant { name: "Bo".into() },
        E::SetDotsPerParticipant { dots: 5 },
        E::CastDot {
            cause: "e".into(),
            participant: "Ann".into(),
        },
        E::CastDot {
            cause: "d".into(),
            participant: "Bo".into(),
        },
        E::TakeDot {
            cause: "e".into(),
            participant: "Ann".into(),
        },
        E::ClearDots,
        E::RemoveParticipant { name: "Bo".into() },
        E::LinkSource {
            source: super::PainPointLink {
                journey: "j1".into(),
                card: "c1".into(),
                stage: "s1".into(),
            },
        },
        E::UnlinkSource,
        E::DeleteCause { cause: "d".into() },
        E::DeleteCategory {
            category: "g9".into(),
        },
        FishboneEdit::apply_preset(f, Preset::EightP, {
            let mut n = 100;
            move || {
                n += 1;
                n
            }
        }),
    ]
}

#[test]
fn every_edit_round_trips_as_json_and_applies_in_turn() {
    let mut f = diagram();
    for edit in every_kind(&f.clone()) {
        let text = serde_json::to_string(&edit).unwrap();
        let back: FishboneEdit = serde_json::from_str(&text).unwrap();
        assert_eq!(back, edit, "{text}");
        assert!(!edit.label().is_empty());
        assert!(edit.changes(&f), "{text} should change something");
        edit.apply(&mut f)
            .unwrap_or_else(|e| panic!("{text} was refused: {e}"));
        assert!(f.problems().is_empty(), "{text} broke the diagram");
    }
    assert_eq!(shape(&f)[0], "a(e) b c");
    assert_eq!(f.cause("e").unwrap().status, CauseStatus::RuledOut);
    assert_eq!(f.categories.len(), 6 + 7, "8P added the seven it lacked");
    let json = serde_json::to_string(&FishboneEdit::AddCause {
        id: "k1".into(),
        text: "x".into(),
        parent: Parent::Cause("k0".into()),
        at: None,
    })
    .unwrap();
    assert_eq!(
        json,
        r#"{"add_cause":{"id":"k1","text":"x","parent":{"cause":"k0"},"at":null}}"#
    );
}

#[test]
fn edits_that_change_nothing_say_so() {
    let mut f = diagram();
    let people = f.categories[0].id.clone();
    let none = [
        FishboneEdit::SetEffect {
            effect: " Transfers ".into(),
        },
        FishboneEdit::SetCauseText {
            cause: "a".into(),
            text: "A ".into(),
        },
        FishboneEdit::RenameCategory {
            category: people.clone(),
            name: "People".into(),
        },
        FishboneEdit::MoveCategory {
            category: people.clone(),
            by: -1,
        },
        FishboneEdit::SetStatus {
            cause: "a".into(),
            status: CauseStatus::Suspected,
        },
        FishboneEdit::MoveCauseTo {
            cause: "a".into(),
            parent: Parent::Category(people),
            at: Some(0),
        },
        FishboneEdit::SetDotsPerParticipant { dots: 3 },
        FishboneEdit::ClearDots,
        FishboneEdit::UnlinkSource,
        FishboneEdit::apply_preset(&f, Preset::SixM, test_ids()),
        FishboneEdit::apply_preset(&f, Preset::Custom, test_ids()),
    ];
    for e in none {
        assert!(!e.changes(&f), "{e:?}");
        let before = f.clone();
        e.apply(&mut f).unwrap();
        assert_eq!(f, before, "{e:?} said it changes nothing");
    }
    assert_eq!(
        FishboneEdit::Nest { cause: "b".into() }.label(),
        "nest a cause"
    );
}

#[test]
fn the_stored_form_leaves_out_what_is_empty_and_reads_back() {
    let mut f = diagram();
    f.nest("b").unwrap();
    f.set_status("b", CauseStatus::Confirmed).unwrap();
    let json = serde_json::to_string(&f.categories[0]).unwrap();
    assert!(
        json.contains(
            r#"{"id":"a","text":"A","children":[{"id":"b","text":"B","status":"confirmed"}]}"#
        ),
        "{json}"
    );
    let back: Fishbone = serde_json::from_str(&serde_json::to_string(&f).unwrap()).unwrap();
    assert_eq!(back, f);
}

#[test]
fn the_categories_holding_the_first_rows_are_counted_at_every_level() {
    let mut f = diagram();
    let methods = Parent::Category(f.categories[1].id.clone());
    f.add_cause("m".into(), "M", &methods, None).unwrap();
    f.add_cause("n".into(), "N", &Parent::Cause("m".into()), None)
        .unwrap();
    // People holds 3 causes, Methods 2 (one nested), the other four none.
    assert_eq!(f.categories_holding(0), 0);
    assert_eq!(f.categories_holding(1), 1);
    assert_eq!(f.categories_holding(3), 1);
    assert_eq!(f.categories_holding(4), 2);
    assert_eq!(f.categories_holding(5), 2);
    assert_eq!(f.categories_holding(6), f.categories.len());
}
