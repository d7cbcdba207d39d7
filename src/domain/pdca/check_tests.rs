use super::*;
use crate::domain::kpi::calendar::days_from_civil;
use crate::domain::kpi::dataset::with_typed_month;
use crate::domain::kpi::SurveyScale;
use crate::domain::pdca::ids::PdcaId;
use crate::domain::{Project, ProjectId, ProjectText};
use std::rc::Rc;

fn month(m: u32) -> i32 {
    days_from_civil(2026, m, 1).unwrap()
}

/// NPS answers (0–10) for a month: `detractors` 0s, `passives` 7s, `promoters` 10s.
fn nps_month(
    d: Option<&crate::domain::kpi::dataset::SurveyDataset>,
    m: u32,
    detractors: u64,
    passives: u64,
    promoters: u64,
) -> crate::domain::kpi::dataset::SurveyDataset {
    let mut counts = vec![0; 11];
    counts[0] = detractors;
    counts[7] = passives;
    counts[10] = promoters;
    with_typed_month(
        d,
        "s1".into(),
        SurveyScale::ZeroToTen,
        month(m),
        counts,
        chrono::DateTime::UNIX_EPOCH,
    )
    .unwrap()
}

fn project(months: &[(u32, u64, u64, u64)]) -> Project {
    let mut p = Project::new(
        ProjectId("p1".into()),
        ProjectText::parse("Q3", "").unwrap(),
        chrono::DateTime::UNIX_EPOCH,
    );
    let mut d = None;
    for &(m, a, b, c) in months {
        d = Some(nps_month(d.as_ref(), m, a, b, c));
    }
    p.datasets.push(Rc::new(d.unwrap()));
    p
}

fn pick(m: u32) -> KpiPick {
    KpiPick {
        dataset: "s1".into(),
        kpi: None,
        granularity: Granularity::Month,
        period: month(m),
    }
}

fn cycle(before: u32, after: u32, target: Option<f64>) -> PdcaCycle {
    let mut c = PdcaCycle::new(PdcaId::from("d1"), "NPS", || 1);
    c.baseline = Some(pick(before));
    c.after = Some(pick(after));
    c.target = target;
    c
}

#[test]
fn a_clear_rise_is_improved_and_meets_its_target() {
    // March: 200 answers, NPS (60 − 100) / 200 = −20. June: (120 − 40) / 200 = +40.
    let p = project(&[(3, 100, 40, 60), (6, 40, 40, 120)]);
    let r = check(&cycle(3, 6, Some(20.0)), &p).unwrap();
    assert_eq!(r.kind, KpiKind::Nps);
    assert_eq!(r.before.value.round(), -20.0);
    assert_eq!(r.after.value.round(), 40.0);
    assert!(r.comparison.significant);
    assert_eq!(r.verdict, Verdict::Improved);
    assert_eq!(r.target_met, Some(true));
    let s = r.sentence(Some(20.0));
    assert!(s.starts_with("Improved: NPS rose by +"), "{s}");
    assert!(s.ends_with("Target of +20 met."), "{s}");
}

#[test]
fn a_small_change_on_few_answers_is_no_real_change() {
    let p = project(&[(3, 5, 5, 5), (6, 4, 5, 6)]);
    let r = check(&cycle(3, 6, Some(50.0)), &p).unwrap();
    assert_eq!(r.verdict, Verdict::NoRealChange);
    assert_eq!(r.target_met, Some(false));
    assert!(r.sentence(Some(50.0)).contains("within sampling noise"));
}

#[test]
fn a_clear_fall_is_worse() {
    let p = project(&[(3, 40, 40, 120), (6, 100, 40, 60)]);
    let r = check(&cycle(3, 6, None), &p).unwrap();
    assert_eq!(r.verdict, Verdict::Worse);
    assert_eq!(r.target_met, None);
    assert!(r.sentence(None).starts_with("Worse: NPS fell by"));
}

#[test]
fn missing_data_is_said_not_guessed() {
    let p = project(&[(3, 10, 10, 10)]);
    assert_eq!(
        check(&cycle(3, 6, None), &p).unwrap_err(),
        "s1 has no answers in one of the two periods.".replace("s1", &p.datasets[0].name)
    );
    let mut c = cycle(3, 6, None);
    c.after = None;
    assert!(check(&c, &p).unwrap_err().starts_with("Pick the baseline"));
    c.baseline = Some(KpiPick {
        dataset: "gone".into(),
        ..pick(3)
    });
    c.after = Some(KpiPick {
        dataset: "gone".into(),
        ..pick(6)
    });
    assert!(check(&c, &p)
        .unwrap_err()
        .contains("no longer in the project"));
}

#[test]
fn the_series_and_the_picks_list_every_period() {
    let p = project(&[(3, 100, 40, 60), (4, 90, 40, 70), (6, 40, 40, 120)]);
    let s = series(&pick(3), &p);
    assert_eq!(
        s.iter().map(|(_, l, _)| l.as_str()).collect::<Vec<_>>(),
        ["Mar 2026", "Apr 2026", "Jun 2026"]
    );
    let picks = picks(&p, Granularity::Month);
    assert_eq!(picks.len(), 3);
    assert_eq!(picks[0].0, pick(6), "newest first");
    assert!(
        picks[0].1.starts_with("NPS +40, Jun 2026 ("),
        "{}",
        picks[0].1
    );
}
