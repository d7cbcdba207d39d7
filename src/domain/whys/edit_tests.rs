//! The 5 Whys edits: each kind as JSON and applied, the tree they build and which of
//! them change nothing. What they refuse is in `edit_refusal_tests.rs`.

use super::*;
use crate::domain::evidence::EvidenceLink;
use crate::domain::whys::tree::sample;
use crate::domain::whys::Verdict;

pub(super) fn add(id: &str, parent: Option<&str>, text: &str, at: Option<usize>) -> WhysEdit {
    WhysEdit::AddAnswer {
        id: id.into(),
        parent: parent.map(Into::into),
        text: text.into(),
        at,
    }
}

fn ids(list: &[crate::domain::whys::Answer]) -> Vec<&str> {
    list.iter().map(|a| a.id.as_str()).collect()
}

fn every_kind() -> Vec<WhysEdit> {
    use WhysEdit as E;
    let evidence = Evidence {
        note: "Listened to 20 calls".into(),
        link: EvidenceLink::Complaint { entry: "c9".into() },
    };
    vec![
        E::SetProblem {
            problem: "Customers call back about refunds".into(),
        },
        add("b1", None, "Refunds take ten days", None),
        add("b2", Some("b1"), "The refund batch runs weekly", None),
        add(
            "b3",
            Some("b2"),
            "Finance set the batch up in 2019",
            Some(0),
        ),
        E::SetAnswerText {
            answer: "b3".into(),
            text: "The batch was set up weekly in 2019".into(),
        },
        add("b4", None, "The letter gives no date", Some(0)),
        E::MoveAnswer {
            answer: "b4".into(),
            by: 1,
        },
        E::SetChecked {
            answer: "b3".into(),
            checked: true,
        },
        E::AddEvidence {
            answer: "b3".into(),
            evidence: evidence.clone(),
        },
        E::EditEvidence {
            answer: "b3".into(),
            index: 0,
            evidence: Evidence::note("Finance rota, March"),
        },
        E::AddEvidence {
            answer: "b3".into(),
            evidence,
        },
        E::RemoveEvidence {
            answer: "b3".into(),
            index: 1,
        },
        E::SetRootCause {
            answer: "b3".into(),
            root: true,
        },
        E::AddCountermeasure {
            id: "m1".into(),
            answer: "b3".into(),
            what: "Run the batch daily".into(),
            owner: "Finance".into(),
            due: chrono::NaiveDate::from_ymd_opt(2026, 5, 1),
            strength: Strength::Strong,
        },
        E::EditCountermeasure {
            countermeasure: "m1".into(),
            change: CountermeasureField::Owner("Finance ops".into()),
        },
        E::AddCountermeasure {
            id: "m2".into(),
            answer: "b3".into(),
            what: "Email the team".into(),
            owner: String::new(),
            due: None,
            strength: Strength::Weak,
        },
        E::RemoveCountermeasure {
            countermeasure: "m2".into(),
        },
        E::LinkOrigin {
            origin: CauseLink {
                fishbone: "f1".into(),
                cause: "k3".into(),
            },
        },
        E::DeleteAnswer {
            answer: "b4".into(),
        },
        E::UnlinkOrigin,
        E::LinkOrigin {
            origin: CauseLink {
                fishbone: "f1".into(),
                cause: "k4".into(),
            },
        },
    ]
}

#[test]
fn every_edit_round_trips_as_json_and_applies_in_turn() {
    let mut w = WhysAnalysis::new("w1".into(), "Repeat calls");
    for edit in every_kind() {
        let text = serde_json::to_string(&edit).unwrap();
        let back: WhysEdit = serde_json::from_str(&text).unwrap();
        assert_eq!(back, edit, "{text}");
        assert!(edit.changes(&w), "{text} should change something");
        edit.apply(&mut w)
            .unwrap_or_else(|e| panic!("{text} was refused: {e}"));
        assert!(
            w.problems().is_empty(),
            "{text} broke the analysis: {:?}",
            w.problems()
        );
    }
    assert_eq!(w.problem, "Customers call back about refunds");
    assert_eq!(ids(&w.answers), ["b1"]);
    let b3 = w.answer("b3").unwrap();
    assert_eq!(w.depth("b3"), Some(3));
    assert_eq!(b3.evidence, [Evidence::note("Finance rota, March")]);
    assert_eq!(b3.countermeasures.len(), 1);
    assert_eq!(b3.countermeasures[0].owner, "Finance ops");
    assert_eq!(w.verdict(), Verdict::RootCauseFound { confirmed: true });
    assert_eq!(w.origin.as_ref().unwrap().cause, "k4");
    let json = serde_json::to_string(&w).unwrap();
    assert_eq!(serde_json::from_str::<WhysAnalysis>(&json).unwrap(), w);
}

#[test]
fn edits_read_in_snake_case_and_short() {
    let e: WhysEdit = serde_json::from_str(
        r#"{"add_countermeasure":{"id":"m1","answer":"a3","what":"Buy seats"}}"#,
    )
    .unwrap();
    assert_eq!(e.label(), "add a countermeasure");
    let mut w = sample();
    e.apply(&mut w).unwrap();
    assert_eq!(w.countermeasure("m1").unwrap().strength, Strength::Weak);
    let json = serde_json::to_string(&WhysEdit::UnlinkOrigin).unwrap();
    assert_eq!(json, "\"unlink_origin\"");
}

#[test]
fn answers_go_where_they_are_put() {
    let mut w = sample();
    add("n1", None, "First", Some(0)).apply(&mut w).unwrap();
    add("n2", None, "Far", Some(99)).apply(&mut w).unwrap();
    assert_eq!(ids(&w.answers), ["n1", "a1", "a4", "n2"]);
    add("n3", Some("a2"), "Beside a3", Some(0))
        .apply(&mut w)
        .unwrap();
    assert_eq!(ids(&w.answer("a2").unwrap().children), ["n3", "a3"]);
    WhysEdit::MoveAnswer {
        answer: "n3".into(),
        by: 5,
    }
    .apply(&mut w)
    .unwrap();
    assert_eq!(ids(&w.answer("a2").unwrap().children), ["a3", "n3"]);
    WhysEdit::MoveAnswer {
        answer: "n2".into(),
        by: -10,
    }
    .apply(&mut w)
    .unwrap();
    assert_eq!(ids(&w.answers), ["n2", "n1", "a1", "a4"]);
    WhysEdit::DeleteAnswer {
        answer: "a1".into(),
    }
    .apply(&mut w)
    .unwrap();
    assert_eq!(w.answer_count(), 3, "a1, a2, a3 and n3 went together");
    assert!(w.answer("a3").is_none());
}

#[test]
fn edits_that_change_nothing_say_so() {
    let mut w = sample();
    w.answer_mut("a2")
        .unwrap()
        .evidence
        .push(Evidence::note("Screens"));
    let same = [
        WhysEdit::SetProblem {
            problem: " Customers are transferred three times ".into(),
        },
        WhysEdit::SetAnswerText {
            answer: "a1".into(),
            text: "Agents cannot change an address".into(),
        },
        WhysEdit::SetChecked {
            answer: "a1".into(),
            checked: false,
        },
        WhysEdit::SetRootCause {
            answer: "a3".into(),
            root: true,
        },
        WhysEdit::MoveAnswer {
            answer: "a1".into(),
            by: -1,
        },
        WhysEdit::MoveAnswer {
            answer: "a3".into(),
            by: 1,
        },
        WhysEdit::EditEvidence {
            answer: "a2".into(),
            index: 0,
            evidence: Evidence::note("Screens "),
        },
        WhysEdit::SetRuledOut { reason: None },
        WhysEdit::UnlinkOrigin,
    ];
    for e in same {
        assert!(!e.changes(&w), "{e:?}");
        let before = w.clone();
        e.apply(&mut w).unwrap();
        assert_eq!(w, before, "{e:?}");
    }
    assert!(WhysEdit::MoveAnswer {
        answer: "a1".into(),
        by: 1
    }
    .changes(&w));
    assert!(
        WhysEdit::SetChecked {
            answer: "gone".into(),
            checked: true
        }
        .changes(&w),
        "refused, not skipped"
    );
    w.add_countermeasure(
        "m1".into(),
        &"a3".into(),
        "Buy seats",
        "",
        None,
        Strength::Strong,
    )
    .unwrap();
    let same_strength = WhysEdit::EditCountermeasure {
        countermeasure: "m1".into(),
        change: CountermeasureField::Strength(Strength::Strong),
    };
    assert!(!same_strength.changes(&w));
    let origin = CauseLink {
        fishbone: "f".into(),
        cause: "k".into(),
    };
    w.set_origin(Some(origin.clone()));
    assert!(!WhysEdit::LinkOrigin { origin }.changes(&w));
}

#[test]
fn labels_are_in_words() {
    assert_eq!(add("n", None, "x", None).label(), "add an answer");
    assert_eq!(
        WhysEdit::SetRootCause {
            answer: "a".into(),
            root: true
        }
        .label(),
        "mark a root cause"
    );
    assert_eq!(
        WhysEdit::SetRuledOut { reason: None }.label(),
        "reopen the analysis"
    );
    for e in every_kind() {
        assert!(!e.label().is_empty());
    }
}
