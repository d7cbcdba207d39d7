//! 5 Whys edits as data, property-tested: whatever sequence of edits a user (or a
//! hostile window) sends, an analysis stays one the app can store and read back,
//! an edit that says it changes nothing does not, refused edits are thrown away, and
//! the same edits through JSON give the same analysis.

use cx_workbench::domain::edit::PartEdit;
use cx_workbench::domain::evidence::{Evidence, EvidenceLink};
use cx_workbench::domain::whys::{
    CauseLink, CountermeasureField, Strength, WhysAnalysis, WhysEdit,
};
use proptest::prelude::*;

fn start() -> WhysAnalysis {
    let mut w = WhysAnalysis::new("w1".into(), "Customers call back about refunds");
    for e in [
        r#"{"add_answer":{"id":"x1","parent":null,"text":"Refunds take ten days","at":null}}"#,
        r#"{"add_answer":{"id":"x2","parent":"x1","text":"The batch runs weekly","at":null}}"#,
        r#"{"add_answer":{"id":"x3","parent":"x2","text":"Set up in 2019","at":null}}"#,
        r#"{"set_root_cause":{"answer":"x3","root":true}}"#,
    ] {
        serde_json::from_str::<WhysEdit>(e)
            .unwrap()
            .apply(&mut w)
            .unwrap();
    }
    w
}

/// Ids drawn from small pools, so edits often name answers and countermeasures that
/// exist and sometimes ones that do not.
fn edit() -> impl Strategy<Value = WhysEdit> {
    let answer = || (1u8..14).prop_map(|n| format!("x{n}").into());
    let measure = || (1u8..6).prop_map(|n| format!("m{n}").into());
    let text = "[a-z <>&\"|*]{0,12}";
    let strength = prop_oneof![
        Just(Strength::Strong),
        Just(Strength::Medium),
        Just(Strength::Weak)
    ];
    let evidence = ("[a-z ]{0,8}", any::<bool>()).prop_map(|(note, linked)| Evidence {
        note,
        link: if linked {
            EvidenceLink::Document {
                reference: "file".into(),
            }
        } else {
            EvidenceLink::None
        },
    });
    prop_oneof![
        text.prop_map(|problem| WhysEdit::SetProblem { problem }),
        (
            answer(),
            prop::option::of(answer()),
            text,
            prop::option::of(0usize..4)
        )
            .prop_map(|(id, parent, text, at)| WhysEdit::AddAnswer {
                id,
                parent,
                text,
                at
            }),
        (answer(), text).prop_map(|(answer, text)| WhysEdit::SetAnswerText { answer, text }),
        (answer(), -3isize..3).prop_map(|(answer, by)| WhysEdit::MoveAnswer { answer, by }),
        answer().prop_map(|answer| WhysEdit::DeleteAnswer { answer }),
        (answer(), any::<bool>())
            .prop_map(|(answer, checked)| WhysEdit::SetChecked { answer, checked }),
        (answer(), evidence.clone())
            .prop_map(|(answer, evidence)| WhysEdit::AddEvidence { answer, evidence }),
        (answer(), 0usize..3, evidence).prop_map(|(answer, index, evidence)| {
            WhysEdit::EditEvidence {
                answer,
                index,
                evidence,
            }
        }),
        (answer(), 0usize..3)
            .prop_map(|(answer, index)| WhysEdit::RemoveEvidence { answer, index }),
        (answer(), any::<bool>())
            .prop_map(|(answer, root)| WhysEdit::SetRootCause { answer, root }),
        (measure(), answer(), text, "[a-z]{0,6}", strength.clone()).prop_map(
            |(id, answer, what, owner, strength)| WhysEdit::AddCountermeasure {
                id,
                answer,
                what,
                owner,
                due: chrono::NaiveDate::from_ymd_opt(2026, 6, 1),
                strength,
            }
        ),
        (measure(), text).prop_map(|(countermeasure, t)| WhysEdit::EditCountermeasure {
            countermeasure,
            change: CountermeasureField::What(t),
        }),
        (measure(), strength).prop_map(|(countermeasure, s)| WhysEdit::EditCountermeasure {
            countermeasure,
            change: CountermeasureField::Strength(s),
        }),
        measure().prop_map(|countermeasure| WhysEdit::RemoveCountermeasure { countermeasure }),
        prop::option::of(text).prop_map(|reason| WhysEdit::SetRuledOut { reason }),
        "[a-z]{1,3}".prop_map(|cause| WhysEdit::LinkOrigin {
            origin: CauseLink {
                fishbone: "f1".into(),
                cause
            },
        }),
        Just(WhysEdit::UnlinkOrigin),
    ]
}

proptest! {
    #[test]
    fn any_edits_keep_the_analysis_readable_and_are_deterministic(
        edits in prop::collection::vec(edit(), 0..60)
    ) {
        let (mut a, mut b) = (start(), start());
        for e in &edits {
            // Through JSON, as between windows.
            let sent: WhysEdit = serde_json::from_str(&serde_json::to_string(e).unwrap()).unwrap();
            prop_assert_eq!(&sent, e);
            let before = a.clone();
            let changes = e.changes(&a);
            match e.apply(&mut a) {
                Ok(()) => {
                    if !changes {
                        prop_assert_eq!(&a, &before, "{:?} said it changes nothing", e);
                    }
                }
                Err(_) => a = before,
            }
            let before = b.clone();
            if sent.apply(&mut b).is_err() {
                b = before;
            }
            prop_assert!(a.problems().is_empty(), "{:?} broke the analysis: {:?}", e, a.problems());
            // The queries hold for whatever the edits made.
            let summary = a.summary();
            prop_assert!(summary.checked <= summary.answers);
            prop_assert!(summary.with_countermeasures <= summary.root_causes);
            for v in a.walk() {
                prop_assert_eq!(a.depth(&v.answer.id), Some(v.depth));
                prop_assert!(a.question_of(&v.answer.id).is_some());
            }
        }
        prop_assert_eq!(&a, &b);
        let text = serde_json::to_string(&a).unwrap();
        let back: WhysAnalysis = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back, a);
    }
}
