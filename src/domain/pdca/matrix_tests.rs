use super::*;
use crate::domain::pdca::ids::PdcaId;
use crate::domain::pdca::model::{MustConstraint, SolutionOption};
use proptest::prelude::*;

/// A cycle with criteria (name, weight) and options (name, scores in criteria order;
/// 0 means not scored).
fn cycle(criteria: &[(&str, u8)], options: &[(&str, &[u8])]) -> PdcaCycle {
    let mut c = PdcaCycle::new(PdcaId::from("d1"), "Fewer transfers", || 0);
    c.criteria = criteria
        .iter()
        .enumerate()
        .map(|(i, (name, weight))| Criterion {
            id: CriterionId::from(format!("r{i}")),
            name: (*name).into(),
            weight: *weight,
        })
        .collect();
    c.options = options
        .iter()
        .enumerate()
        .map(|(i, (name, scores))| SolutionOption {
            id: OptionId::from(format!("o{i}")),
            name: (*name).into(),
            description: String::new(),
            pros: String::new(),
            cons: String::new(),
            scores: scores
                .iter()
                .enumerate()
                .filter(|(_, &s)| s > 0)
                .map(|(j, &s)| (CriterionId::from(format!("r{j}")), s))
                .collect(),
            fails: Vec::new(),
        })
        .collect();
    c
}

fn id(s: &str) -> OptionId {
    OptionId::from(s)
}

#[test]
fn totals_are_weighted_means_and_rank_the_options() {
    // A: (3×2 + 5×5) / 8 = 31/8 = 3.875; B: (3×5 + 5×3) / 8 = 30/8 = 3.75.
    let c = cycle(
        &[("Cost", 3), ("Impact", 5)],
        &[("Form", &[2, 5]), ("Script", &[5, 3])],
    );
    let m = matrix(&c);
    assert_eq!(m.standings[0].option, id("o0"));
    assert_eq!(m.standings[0].total, Some(3.875));
    assert_eq!(m.standings[0].rank, Some(1));
    assert_eq!(m.standings[1].total, Some(3.75));
    assert_eq!(m.standings[1].rank, Some(2));
    assert_eq!(m.leader(), Some(&id("o0")));
}

#[test]
fn a_must_constraint_rules_an_option_out_whatever_its_score() {
    let mut c = cycle(
        &[("Cost", 3), ("Impact", 5)],
        &[("Form", &[5, 5]), ("Script", &[2, 2])],
    );
    c.constraints.push(MustConstraint {
        id: ConstraintId::from("q1"),
        text: "under £5,000".into(),
    });
    c.options[0].fails.push(ConstraintId::from("q1"));
    let m = matrix(&c);
    assert_eq!(m.leader(), Some(&id("o1")));
    let out = m.standing(&id("o0")).unwrap();
    assert!(out.ruled_out());
    assert_eq!(out.rank, None);
    assert_eq!(
        m.standings.last().unwrap().option,
        id("o0"),
        "ruled out comes last"
    );
    assert_eq!(m.robustness, Robustness::TooFew);
}

#[test]
fn a_failed_constraint_that_was_removed_no_longer_rules_out() {
    let mut c = cycle(&[("Cost", 3)], &[("Form", &[5]), ("Script", &[2])]);
    c.options[0].fails.push(ConstraintId::from("q-gone"));
    assert_eq!(matrix(&c).leader(), Some(&id("o0")));
}

#[test]
fn an_option_not_fully_scored_is_not_ranked_yet() {
    let c = cycle(
        &[("Cost", 3), ("Impact", 5), ("Ignored", 0)],
        &[("Form", &[4, 0, 0]), ("Script", &[2, 3, 0])],
    );
    let m = matrix(&c);
    let form = m.standing(&id("o0")).unwrap();
    assert_eq!((form.total, form.unscored, form.rank), (None, 1, None));
    // An unweighted criterion needs no score.
    assert_eq!(m.standing(&id("o1")).unwrap().unscored, 0);
    assert_eq!(m.leader(), Some(&id("o1")));
}

#[test]
fn equal_totals_share_a_rank_and_are_a_tie() {
    let c = cycle(
        &[("Cost", 2), ("Impact", 2)],
        &[("A", &[5, 3]), ("B", &[3, 5]), ("C", &[1, 1])],
    );
    let m = matrix(&c);
    assert_eq!(m.standings[0].rank, Some(1));
    assert_eq!(m.standings[1].rank, Some(1));
    assert_eq!(m.standings[2].rank, Some(3));
    assert_eq!(m.leader(), None);
    assert!(matches!(m.robustness, Robustness::Tied(ref ids) if ids.len() == 2));
    assert!(robustness_text(&c, &m).starts_with("A and B share first place"));
}

#[test]
fn the_smallest_weight_change_that_changes_the_choice_is_named() {
    // A 31 vs B 30 in weighted sums. Cost 3 → 4: A 33, B 35, so B first; one step.
    let c = cycle(
        &[("Cost", 3), ("Impact", 5)],
        &[("Form", &[2, 5]), ("Script", &[5, 3])],
    );
    let m = matrix(&c);
    assert_eq!(
        m.robustness,
        Robustness::Flips {
            criterion: CriterionId::from("r0"),
            from: 3,
            to: 4,
            first: id("o1"),
        }
    );
    assert_eq!(
        robustness_text(&c, &m),
        "Close call: changing the weight of Cost from 3 to 4 would put Script first."
    );
}

#[test]
fn an_option_better_on_every_criterion_is_a_robust_choice() {
    let c = cycle(
        &[("Cost", 3), ("Impact", 5), ("Risk", 1)],
        &[("Form", &[4, 5, 3]), ("Script", &[3, 2, 3])],
    );
    let m = matrix(&c);
    assert_eq!(m.robustness, Robustness::Robust);
    assert!(robustness_text(&c, &m).starts_with("Robust"));
}

#[test]
fn one_option_cannot_be_compared() {
    let c = cycle(&[("Cost", 3)], &[("Form", &[4])]);
    assert_eq!(matrix(&c).robustness, Robustness::TooFew);
    let none = cycle(&[("Cost", 0)], &[("Form", &[4]), ("B", &[2])]);
    assert_eq!(
        matrix(&none).robustness,
        Robustness::TooFew,
        "nothing weighted"
    );
}

fn with_weight(c: &PdcaCycle, j: usize, w: u8) -> PdcaCycle {
    let mut c = c.clone();
    c.criteria[j].weight = w;
    c
}

proptest! {
    /// The change named puts the option named first, and no smaller change of one
    /// weight changes who is first; a robust choice survives every change of one weight.
    #[test]
    fn robustness_is_the_smallest_change_that_changes_the_leader(
        weights in proptest::collection::vec(0u8..=10, 1..5),
        scores in proptest::collection::vec(proptest::collection::vec(1u8..=5, 4), 2..5),
    ) {
        let names: Vec<String> = (0..weights.len()).map(|j| format!("c{j}")).collect();
        let criteria: Vec<(&str, u8)> = names.iter().map(String::as_str).zip(weights.iter().copied()).collect();
        let options: Vec<(&str, &[u8])> = scores.iter().map(|s| ("x", &s[..weights.len()])).collect();
        let c = cycle(&criteria, &options);
        let m = matrix(&c);
        let leader = m.leader().cloned();
        let changes_leader = |j: usize, to: u8| {
            let n = matrix(&with_weight(&c, j, to));
            n.leader().is_some_and(|l| Some(l) != leader.as_ref())
        };
        match &m.robustness {
            Robustness::Flips { criterion, from, to, first } => {
                let j = c.criteria.iter().position(|k| &k.id == criterion).unwrap();
                prop_assert_eq!(*from, c.criteria[j].weight);
                let after = matrix(&with_weight(&c, j, *to));
                prop_assert_eq!(after.leader(), Some(first));
                let d = from.abs_diff(*to);
                for (j, k) in c.criteria.iter().enumerate() {
                    for to in 0..=MAX_WEIGHT {
                        if k.weight.abs_diff(to) < d && to != k.weight {
                            prop_assert!(!changes_leader(j, to), "a smaller change flips it");
                        }
                    }
                }
            }
            Robustness::Robust => {
                for (j, k) in c.criteria.iter().enumerate() {
                    for to in 0..=MAX_WEIGHT {
                        if to != k.weight {
                            prop_assert!(!changes_leader(j, to));
                        }
                    }
                }
            }
            Robustness::Tied(ids) => prop_assert!(ids.len() >= 2 && leader.is_none()),
            Robustness::TooFew => prop_assert!(weights.iter().all(|&w| w == 0)),
        }
    }
}
