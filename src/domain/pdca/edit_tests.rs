use super::*;
use crate::domain::pdca::ids::PdcaId;

fn cycle() -> PdcaCycle {
    let mut n = 0;
    PdcaCycle::new(PdcaId::from("d1"), "Fewer transfers", || {
        n += 1;
        n
    })
}

fn apply(c: &mut PdcaCycle, e: PdcaEdit) -> Result<(), EditError> {
    e.apply(c)
}

fn oid(s: &str) -> OptionId {
    OptionId::from(s)
}

#[test]
fn a_new_plan_starts_with_the_syllabus_criteria() {
    let c = cycle();
    let names: Vec<&str> = c.criteria.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Cost",
            "Feasibility",
            "Impact on the customer",
            "Risk",
            "Time to deliver"
        ]
    );
    assert_eq!(c.phase, Phase::Plan);
}

#[test]
fn options_are_scored_chosen_and_removed() {
    let mut c = cycle();
    let cost = c.criteria[0].id.clone();
    apply(
        &mut c,
        PdcaEdit::AddOption {
            id: oid("o1"),
            name: " Form ".into(),
        },
    )
    .unwrap();
    assert_eq!(c.options[0].name, "Form");
    apply(
        &mut c,
        PdcaEdit::SetScore {
            option: oid("o1"),
            criterion: cost.clone(),
            score: Some(4),
        },
    )
    .unwrap();
    assert_eq!(c.options[0].scores[&cost], 4);
    assert_eq!(
        apply(
            &mut c,
            PdcaEdit::SetScore {
                option: oid("o1"),
                criterion: cost.clone(),
                score: Some(6)
            }
        ),
        Err(EditError::BadScore)
    );
    apply(
        &mut c,
        PdcaEdit::SetScore {
            option: oid("o1"),
            criterion: cost.clone(),
            score: None,
        },
    )
    .unwrap();
    assert!(c.options[0].scores.is_empty());
    apply(
        &mut c,
        PdcaEdit::Choose {
            option: Some(oid("o1")),
        },
    )
    .unwrap();
    assert_eq!(
        apply(
            &mut c,
            PdcaEdit::Choose {
                option: Some(oid("nope"))
            }
        ),
        Err(EditError::NoSuchOption)
    );
    apply(&mut c, PdcaEdit::RemoveOption { option: oid("o1") }).unwrap();
    assert_eq!(
        c.chosen, None,
        "removing the chosen option clears the choice"
    );
}

#[test]
fn removing_a_criterion_or_constraint_removes_what_hung_off_it() {
    let mut c = cycle();
    let cost = c.criteria[0].id.clone();
    apply(
        &mut c,
        PdcaEdit::AddOption {
            id: oid("o1"),
            name: "Form".into(),
        },
    )
    .unwrap();
    apply(
        &mut c,
        PdcaEdit::SetScore {
            option: oid("o1"),
            criterion: cost.clone(),
            score: Some(2),
        },
    )
    .unwrap();
    apply(
        &mut c,
        PdcaEdit::RemoveCriterion {
            criterion: cost.clone(),
        },
    )
    .unwrap();
    assert!(c.options[0].scores.is_empty());
    let q = ConstraintId::from("q1");
    apply(
        &mut c,
        PdcaEdit::AddConstraint {
            id: q.clone(),
            text: "Under £5,000".into(),
        },
    )
    .unwrap();
    apply(
        &mut c,
        PdcaEdit::SetFails {
            option: oid("o1"),
            constraint: q.clone(),
            fails: true,
        },
    )
    .unwrap();
    apply(
        &mut c,
        PdcaEdit::SetFails {
            option: oid("o1"),
            constraint: q.clone(),
            fails: true,
        },
    )
    .unwrap();
    assert_eq!(c.options[0].fails, vec![q.clone()], "marked once");
    apply(&mut c, PdcaEdit::RemoveConstraint { constraint: q }).unwrap();
    assert!(c.options[0].fails.is_empty());
}

#[test]
fn weights_and_text_are_checked() {
    let mut c = cycle();
    let cost = c.criteria[0].id.clone();
    assert_eq!(
        apply(
            &mut c,
            PdcaEdit::SetWeight {
                criterion: cost.clone(),
                weight: 11
            }
        ),
        Err(EditError::BadWeight)
    );
    apply(
        &mut c,
        PdcaEdit::SetWeight {
            criterion: cost,
            weight: 0,
        },
    )
    .unwrap();
    assert_eq!(
        apply(&mut c, PdcaEdit::SetTitle { title: "  ".into() }),
        Err(EditError::EmptyText)
    );
    assert_eq!(
        apply(
            &mut c,
            PdcaEdit::SetText {
                field: PlanText::Problem,
                text: "x".repeat(MAX_TEXT_CHARS + 1)
            }
        ),
        Err(EditError::TooLong(MAX_TEXT_CHARS))
    );
    assert_eq!(
        apply(
            &mut c,
            PdcaEdit::SetTarget {
                target: Some(f64::NAN)
            }
        ),
        Err(EditError::BadTarget)
    );
    apply(&mut c, PdcaEdit::SetTarget { target: Some(20.0) }).unwrap();
    assert_eq!(c.target, Some(20.0));
}

#[test]
fn links_are_made_once_and_removed() {
    let mut c = cycle();
    let l = PainPointRef {
        journey: "j1".into(),
        card: "c1".into(),
    };
    apply(&mut c, PdcaEdit::LinkPainPoint { link: l.clone() }).unwrap();
    assert_eq!(
        apply(&mut c, PdcaEdit::LinkPainPoint { link: l.clone() }),
        Err(EditError::AlreadyLinked)
    );
    apply(&mut c, PdcaEdit::UnlinkPainPoint { link: l.clone() }).unwrap();
    assert_eq!(
        apply(&mut c, PdcaEdit::UnlinkPainPoint { link: l }),
        Err(EditError::NotLinked)
    );
    let r = RootCauseRef::WhysAnswer {
        whys: "w1".into(),
        answer: "a1".into(),
    };
    apply(&mut c, PdcaEdit::LinkRootCause { link: r }).unwrap();
    assert_eq!(c.root_causes.len(), 1);
}

#[test]
fn phases_move_on_only_when_ready_and_one_at_a_time() {
    let mut c = cycle();
    let err = apply(&mut c, PdcaEdit::SetPhase { phase: Phase::Do }).unwrap_err();
    assert!(
        err.to_string().starts_with("Do needs a problem statement"),
        "{err}"
    );
    assert_eq!(
        apply(
            &mut c,
            PdcaEdit::SetPhase {
                phase: Phase::Check
            }
        ),
        Err(EditError::SkipsAPhase)
    );
    apply(
        &mut c,
        PdcaEdit::SetText {
            field: PlanText::Problem,
            text: "34% transferred".into(),
        },
    )
    .unwrap();
    apply(
        &mut c,
        PdcaEdit::SetText {
            field: PlanText::Objective,
            text: "Under 10% by March".into(),
        },
    )
    .unwrap();
    apply(
        &mut c,
        PdcaEdit::AddOption {
            id: oid("o1"),
            name: "Form".into(),
        },
    )
    .unwrap();
    apply(
        &mut c,
        PdcaEdit::AddOption {
            id: oid("o2"),
            name: "Script".into(),
        },
    )
    .unwrap();
    apply(
        &mut c,
        PdcaEdit::Choose {
            option: Some(oid("o1")),
        },
    )
    .unwrap();
    apply(
        &mut c,
        PdcaEdit::SetText {
            field: PlanText::Justification,
            text: "Removes the cause".into(),
        },
    )
    .unwrap();
    apply(&mut c, PdcaEdit::SetPhase { phase: Phase::Do }).unwrap();
    assert_eq!(c.phase, Phase::Do);
    // Back is always allowed.
    apply(&mut c, PdcaEdit::SetPhase { phase: Phase::Plan }).unwrap();
    assert_eq!(c.phase, Phase::Plan);
}

#[test]
fn actions_are_added_edited_and_removed() {
    let mut c = cycle();
    let t = ActionId::from("t1");
    let due = chrono::NaiveDate::from_ymd_opt(2027, 1, 12);
    apply(
        &mut c,
        PdcaEdit::AddAction {
            id: t.clone(),
            what: "Put the form on every screen".into(),
            owner: "IT".into(),
            due,
        },
    )
    .unwrap();
    assert_eq!(
        apply(
            &mut c,
            PdcaEdit::AddAction {
                id: t.clone(),
                what: "again".into(),
                owner: "".into(),
                due: None
            }
        ),
        Err(EditError::IdInUse)
    );
    apply(
        &mut c,
        PdcaEdit::EditAction {
            action: t.clone(),
            change: ActionField::Status(ActionStatus::Done),
        },
    )
    .unwrap();
    assert_eq!(c.actions[0].status, ActionStatus::Done);
    assert_eq!(
        PdcaEdit::EditAction {
            action: t.clone(),
            change: ActionField::Status(ActionStatus::Done)
        }
        .label(),
        "change an action's status"
    );
    apply(&mut c, PdcaEdit::RemoveAction { action: t.clone() }).unwrap();
    assert_eq!(
        apply(&mut c, PdcaEdit::RemoveAction { action: t }),
        Err(EditError::NoSuchAction)
    );
}

#[test]
fn edits_round_trip_as_json() {
    let edits = vec![
        PdcaEdit::SetTitle { title: "x".into() },
        PdcaEdit::SetText {
            field: PlanText::Lessons,
            text: "y".into(),
        },
        PdcaEdit::SetBaseline {
            pick: Some(KpiPick {
                dataset: "s1".into(),
                kpi: Some(crate::domain::kpi::KpiKind::Fcr),
                granularity: crate::domain::kpi::calendar::Granularity::Month,
                period: 20_000,
            }),
        },
        PdcaEdit::SetScore {
            option: oid("o1"),
            criterion: CriterionId::from("r1"),
            score: Some(3),
        },
        PdcaEdit::SetCompliance {
            law: Law::Equality2010,
            check: ComplianceCheck {
                checked: true,
                notes: "BSL video".into(),
            },
        },
        PdcaEdit::Decide {
            decision: Some(ActDecision::Abandon {
                reason: "no budget".into(),
            }),
        },
        PdcaEdit::SetPhase {
            phase: Phase::Check,
        },
        PdcaEdit::EditAction {
            action: ActionId::from("t1"),
            change: ActionField::Due(None),
        },
    ];
    for e in edits {
        let json = serde_json::to_string(&e).unwrap();
        let back: PdcaEdit = serde_json::from_str(&json).unwrap();
        assert_eq!(back, e, "{json}");
    }
}
