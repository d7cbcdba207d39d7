//! Fishbone edits as data, property-tested: whatever sequence of outline edits a user
//! (or a hostile window) sends, the diagram stays one the app can store and read back,
//! edits that say they change nothing do not, and the same edits give the same diagram.

use cx_workbench::domain::edit::PartEdit;
use cx_workbench::domain::evidence::Evidence;
use cx_workbench::domain::fishbone::mermaid;
use cx_workbench::domain::fishbone::{CauseStatus, Fishbone, FishboneEdit, Parent, Preset};
use proptest::prelude::*;

fn start() -> Fishbone {
    let mut n = 0;
    Fishbone::new("f".into(), "Transfers", Preset::FourS, || {
        n += 1;
        n
    })
}

/// Ids from small pools, so edits often name parts that exist (the preset's categories
/// are g…1 to g…4) and sometimes parts that do not.
fn edit() -> impl Strategy<Value = FishboneEdit> {
    let category = || (1u64..7).prop_map(|n| format!("g{n:016x}").into());
    let cause = || (0u8..40).prop_map(|n| format!("k{n}").into());
    let parent = || {
        prop_oneof![
            1 => category().prop_map(Parent::Category),
            2 => cause().prop_map(Parent::Cause)
        ]
    };
    let text = "[a-z <>&\"%#]{0,12}";
    let who = "(Ann|Bo|Cy)";
    prop_oneof![
        8 => (cause(), text, parent(), prop::option::of(0usize..4)).prop_map(|(id, text, parent, at)| {
            FishboneEdit::AddCause { id, text, parent, at }
        }),
        4 => (cause(), cause(), text).prop_map(|(id, after, text)| FishboneEdit::AddSiblingAfter { id, after, text }),
        1 => (cause(), text).prop_map(|(cause, text)| FishboneEdit::SetCauseText { cause, text }),
        3 => cause().prop_map(|cause| FishboneEdit::Nest { cause }),
        2 => cause().prop_map(|cause| FishboneEdit::Unnest { cause }),
        1 => (cause(), -3isize..3).prop_map(|(cause, by)| FishboneEdit::MoveCause { cause, by }),
        2 => (cause(), parent(), prop::option::of(0usize..4)).prop_map(|(cause, parent, at)| {
            FishboneEdit::MoveCauseTo { cause, parent, at }
        }),
        1 => cause().prop_map(|cause| FishboneEdit::DeleteCause { cause }),
        1 => (cause(), 0usize..3).prop_map(|(cause, s)| FishboneEdit::SetStatus { cause, status: CauseStatus::ALL[s] }),
        1 => (cause(), "[a-z ]{0,6}").prop_map(|(cause, note)| FishboneEdit::AddEvidence { cause, evidence: Evidence::note(&note) }),
        1 => (cause(), 0usize..2, "[a-z ]{0,6}").prop_map(|(cause, index, note)| FishboneEdit::EditEvidence { cause, index, evidence: Evidence::note(&note) }),
        1 => (cause(), 0usize..2).prop_map(|(cause, index)| FishboneEdit::RemoveEvidence { cause, index }),
        1 => (category(), text, prop::option::of(0usize..6)).prop_map(|(id, name, at)| FishboneEdit::AddCategory { id, name, at }),
        1 => (category(), text).prop_map(|(category, name)| FishboneEdit::RenameCategory { category, name }),
        1 => (category(), -3isize..3).prop_map(|(category, by)| FishboneEdit::MoveCategory { category, by }),
        1 => category().prop_map(|category| FishboneEdit::DeleteCategory { category }),
        1 => text.prop_map(|effect| FishboneEdit::SetEffect { effect }),
        1 => (0usize..5).prop_map(|p| {
            let preset = Preset::ALL[p];
            let ids = (0..preset.categories().len() as u64).map(|n| format!("p{p}x{n}").into()).collect();
            FishboneEdit::ApplyPreset { preset, ids }
        }),
        1 => who.prop_map(|name| FishboneEdit::AddParticipant { name }),
        1 => who.prop_map(|name| FishboneEdit::RemoveParticipant { name }),
        1 => (0u32..22).prop_map(|dots| FishboneEdit::SetDotsPerParticipant { dots }),
        2 => (cause(), who).prop_map(|(cause, participant)| FishboneEdit::CastDot { cause, participant }),
        1 => (cause(), who).prop_map(|(cause, participant)| FishboneEdit::TakeDot { cause, participant }),
        1 => Just(FishboneEdit::ClearDots),
        1 => Just(FishboneEdit::UnlinkSource),
    ]
}

/// The edit with its references to causes ("cause", "after", a parent cause) pointed
/// at causes the diagram has, so most edits act on something; ids k30 to k39 are left
/// as they are, so some name causes that may not exist. New ids ("id") are kept.
fn aimed(e: &FishboneEdit, f: &Fishbone) -> FishboneEdit {
    fn walk(v: &mut serde_json::Value, ids: &[String]) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    let n = x.as_str().and_then(|s| s.get(1..)?.parse::<usize>().ok());
                    match n {
                        Some(n) if (k == "cause" || k == "after") && n < 30 => {
                            *x = ids[n % ids.len()].clone().into()
                        }
                        _ => walk(x, ids),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, ids)),
            _ => {}
        }
    }
    let ids: Vec<String> = f.outline().iter().map(|r| r.cause.id.to_string()).collect();
    if ids.is_empty() {
        return e.clone();
    }
    let mut v = serde_json::to_value(e).unwrap();
    walk(&mut v, &ids);
    serde_json::from_value(v).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_edits_keep_the_diagram_readable_and_are_deterministic(
        edits in prop::collection::vec(edit(), 0..100)
    ) {
        let (mut a, mut b) = (start(), start());
        for e in &edits {
            let e = &aimed(e, &a);
            // Through JSON, as between windows.
            let sent: FishboneEdit = serde_json::from_str(&serde_json::to_string(e).unwrap()).unwrap();
            let before = a.clone();
            let changes = e.changes(&a);
            match e.apply(&mut a) {
                Ok(()) => {
                    if !changes {
                        prop_assert_eq!(&a, &before, "{:?} said it changes nothing", e);
                    }
                }
                // The reducer throws away a refused edit's copy.
                Err(_) => a = before,
            }
            let before = b.clone();
            if sent.apply(&mut b).is_err() {
                b = before;
            }
            prop_assert!(a.problems().is_empty(), "{:?} broke the diagram: {:?}", e, a.problems());
        }
        prop_assert_eq!(&a, &b);
        let text = serde_json::to_string(&a).unwrap();
        let back: Fishbone = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&back, &a);
        // Whatever the edits made, Mermaid text of it reads back with the same shape.
        let again = mermaid::parse(&mermaid::emit(&a)).unwrap().into_fishbone("f".into(), || 1);
        prop_assert_eq!(again.cause_count(), a.cause_count());
        prop_assert_eq!(again.categories.len(), a.categories.len());
    }
}

#[test]
fn older_or_shorter_data_reads_with_defaults() {
    let f: Fishbone = serde_json::from_str(
        r#"{"id":"f1","categories":[{"id":"g1","name":"People","causes":[{"id":"k1","text":"Tired","children":[{"id":"k2"}]}]}]}"#,
    )
    .unwrap();
    assert_eq!(f.effect, "");
    assert_eq!(f.workshop.dots_per_participant, 3);
    let k2 = f.cause("k2").unwrap();
    assert_eq!((k2.text.as_str(), k2.status), ("", CauseStatus::Suspected));
    assert!(f.problems().is_empty());
}
