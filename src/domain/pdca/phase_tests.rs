use super::*;
use crate::domain::kpi::calendar::Granularity;
use crate::domain::pdca::ids::{CriterionId, OptionId, PdcaId};
use crate::domain::pdca::model::{KpiPick, SolutionOption};

fn option(id: &str, name: &str) -> SolutionOption {
    SolutionOption {
        id: OptionId::from(id),
        name: name.into(),
        description: String::new(),
        pros: String::new(),
        cons: String::new(),
        scores: [(CriterionId::from("r1"), 3)].into(),
        fails: Vec::new(),
    }
}

fn pick(period: i32) -> KpiPick {
    KpiPick {
        dataset: "s1".into(),
        kpi: None,
        granularity: Granularity::Month,
        period,
    }
}

fn planned() -> PdcaCycle {
    let mut c = PdcaCycle::new(PdcaId::from("d1"), "Fewer transfers", || 1);
    c.problem = "34% of callers transferred twice".into();
    c.objective = "Under 10% by March 2027".into();
    c.options = vec![option("o1", "Form on every screen"), option("o2", "Script")];
    c.chosen = Some(OptionId::from("o1"));
    c.justification = "Cheapest, removes the cause".into();
    c
}

#[test]
fn a_new_plan_needs_its_essentials_before_do() {
    let c = PdcaCycle::new(PdcaId::from("d1"), "Fewer transfers", || 1);
    assert_eq!(
        missing_for_next(&c),
        vec![
            "a problem statement",
            "an objective",
            "at least two options to weigh (there are none)",
            "a chosen option"
        ]
    );
    assert_eq!(
        why_not_next(&c).unwrap(),
        "Do needs a problem statement, an objective, at least two options to weigh (there are none) and a chosen option."
    );
}

#[test]
fn a_complete_plan_can_move_to_do() {
    assert!(missing_for_next(&planned()).is_empty());
    assert_eq!(why_not_next(&planned()), None);
}

#[test]
fn a_choice_needs_a_justification_and_must_meet_the_musts() {
    let mut c = planned();
    c.justification = " ".into();
    assert_eq!(missing_for_next(&c), vec!["a justification of the choice"]);
    c.justification = "cheap".into();
    c.constraints
        .push(crate::domain::pdca::model::MustConstraint {
            id: "q1".into(),
            text: "legal".into(),
        });
    c.options[0].fails.push("q1".into());
    assert_eq!(
        missing_for_next(&c),
        vec!["a chosen option that meets every \"must\" (Form on every screen does not)"]
    );
}

#[test]
fn one_option_is_not_a_choice() {
    let mut c = planned();
    c.options.truncate(1);
    assert_eq!(
        missing_for_next(&c),
        vec!["at least two options to weigh (there is one)"]
    );
}

#[test]
fn no_check_without_a_baseline_and_a_later_after_figure() {
    let mut c = planned();
    c.phase = Phase::Do;
    assert_eq!(
        missing_for_next(&c),
        vec!["a baseline KPI figure", "the KPI figure after the change"]
    );
    c.baseline = Some(pick(20_000));
    assert_eq!(
        missing_for_next(&c),
        vec!["the KPI figure after the change"]
    );
    c.after = Some(pick(20_000));
    assert_eq!(
        missing_for_next(&c),
        vec!["an after figure from a later period than the baseline"]
    );
    c.after = Some(KpiPick {
        dataset: "other".into(),
        ..pick(20_100)
    });
    assert_eq!(
        missing_for_next(&c),
        vec!["an after figure of the same KPI, from the same data, as the baseline"]
    );
    c.after = Some(pick(20_100));
    assert!(missing_for_next(&c).is_empty());
}

#[test]
fn act_needs_a_decision_with_what_it_takes() {
    let mut c = planned();
    c.phase = Phase::Act;
    assert_eq!(
        why_not_next(&c).unwrap(),
        "Closed needs a decision: standardise, adjust and run again, or abandon."
    );
    c.decision = Some(ActDecision::Standardise {
        what: "form for all".into(),
        told: "team brief".into(),
    });
    assert_eq!(
        missing_for_next(&c),
        vec!["a follow-up date to confirm the problem has not come back"]
    );
    c.follow_up.due = chrono::NaiveDate::from_ymd_opt(2027, 1, 12);
    assert!(missing_for_next(&c).is_empty());
    c.decision = Some(ActDecision::Adjust {
        what: "try the script too".into(),
    });
    assert_eq!(
        missing_for_next(&c),
        vec!["the next cycle, started from this one"]
    );
    c.decision = Some(ActDecision::Abandon { reason: "".into() });
    assert_eq!(missing_for_next(&c), vec!["the reason for abandoning"]);
}

#[test]
fn phases_run_in_order() {
    assert_eq!(Phase::Plan.next(), Some(Phase::Do));
    assert_eq!(Phase::Closed.next(), None);
    assert_eq!(Phase::Do.previous(), Some(Phase::Plan));
    assert_eq!(Phase::Plan.previous(), None);
    assert_eq!(
        why_not_next(&PdcaCycle {
            phase: Phase::Closed,
            ..planned()
        }),
        None
    );
}
