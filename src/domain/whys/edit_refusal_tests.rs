//! What the 5 Whys edits refuse, and the limits they keep.

use super::tests::add;
use super::*;
use crate::domain::whys::model::{MAX_ANSWERS, MAX_DEPTH};
use crate::domain::whys::tree::sample;

#[test]
fn refusals_name_the_reason() {
    let mut w = sample();
    let refused = |w: &mut WhysAnalysis, e: WhysEdit| e.apply(w).unwrap_err();
    assert_eq!(
        refused(&mut w, add("n", Some("gone"), "x", None)),
        EditError::NoSuchAnswer
    );
    assert_eq!(
        refused(&mut w, add("a2", None, "x", None)),
        EditError::IdInUse
    );
    assert_eq!(
        refused(&mut w, add("n", None, "  ", None)),
        EditError::EmptyText
    );
    assert_eq!(
        refused(&mut w, add("n", None, &"x".repeat(301), None)),
        EditError::TooLong(300)
    );
    assert_eq!(
        refused(
            &mut w,
            WhysEdit::SetProblem {
                problem: " ".into()
            }
        ),
        EditError::EmptyText
    );
    let m = |answer: &str| WhysEdit::AddCountermeasure {
        id: "m1".into(),
        answer: answer.into(),
        what: "Fix".into(),
        owner: String::new(),
        due: None,
        strength: Strength::Medium,
    };
    assert_eq!(refused(&mut w, m("a2")), EditError::NotARootCause);
    m("a3").apply(&mut w).unwrap();
    assert_eq!(refused(&mut w, m("a3")), EditError::IdInUse);
    assert_eq!(
        refused(
            &mut w,
            WhysEdit::SetRootCause {
                answer: "a3".into(),
                root: false
            }
        ),
        EditError::HasCountermeasures
    );
    assert_eq!(
        refused(
            &mut w,
            WhysEdit::SetRuledOut {
                reason: Some("No".into())
            }
        ),
        EditError::HasRootCause
    );
    assert_eq!(
        refused(
            &mut w,
            WhysEdit::RemoveEvidence {
                answer: "a3".into(),
                index: 0
            }
        ),
        EditError::NoSuchEvidence
    );
    assert_eq!(
        refused(
            &mut w,
            WhysEdit::AddEvidence {
                answer: "a3".into(),
                evidence: Evidence::note(" ")
            }
        ),
        EditError::BadEvidence("evidence needs a note or a link".into())
    );
    assert_eq!(
        refused(
            &mut w,
            WhysEdit::RemoveCountermeasure {
                countermeasure: "m9".into()
            }
        ),
        EditError::NoSuchCountermeasure
    );
    let mut open = WhysAnalysis::new("w".into(), "Repeat calls");
    add("a", None, "Rota gaps", None).apply(&mut open).unwrap();
    WhysEdit::SetRuledOut {
        reason: Some(" Not rota ".into()),
    }
    .apply(&mut open)
    .unwrap();
    assert_eq!(open.ruled_out.as_deref(), Some("Not rota"));
    assert_eq!(
        refused(
            &mut open,
            WhysEdit::SetRootCause {
                answer: "a".into(),
                root: true
            }
        ),
        EditError::RuledOut
    );
    assert_eq!(
        refused(
            &mut open,
            WhysEdit::SetRuledOut {
                reason: Some("".into())
            }
        ),
        EditError::EmptyText
    );
}

#[test]
fn depth_and_count_are_limited() {
    let mut w = WhysAnalysis::new("w".into(), "Repeat calls");
    add("d1", None, "why", None).apply(&mut w).unwrap();
    for n in 2..=MAX_DEPTH {
        add(&format!("d{n}"), Some(&format!("d{}", n - 1)), "why", None)
            .apply(&mut w)
            .unwrap();
    }
    let deeper = add("d99", Some(&format!("d{MAX_DEPTH}")), "why", None);
    assert_eq!(deeper.apply(&mut w), Err(EditError::TooDeep));
    for n in w.answer_count()..MAX_ANSWERS {
        add(&format!("n{n}"), None, "why", None)
            .apply(&mut w)
            .unwrap();
    }
    assert_eq!(
        add("last", None, "why", None).apply(&mut w),
        Err(EditError::TooManyAnswers)
    );
    assert!(w.problems().is_empty());
}
