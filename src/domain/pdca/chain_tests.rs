use super::*;
use crate::domain::edit::PartEdit;
use crate::domain::fishbone::{CauseId, Fishbone, FishboneEdit, FishboneId, Parent, Preset};
use crate::domain::journey::templates::Template;
use crate::domain::journey::LaneKind;
use crate::domain::kpi::calendar::{days_from_civil, Granularity};
use crate::domain::kpi::dataset::with_typed_month;
use crate::domain::kpi::SurveyScale;
use crate::domain::pdca::model::KpiPick;
use crate::domain::{ProjectId, ProjectText};
use std::rc::Rc;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// A project whose map has pain points; the first leads to a fishbone diagram.
fn project() -> Project {
    let mut p = Project::new(
        ProjectId("p1".into()),
        ProjectText::parse("Q3", "").unwrap(),
        chrono::DateTime::UNIX_EPOCH,
    );
    let mut n = 0;
    let mut map = Template::ContactCentreComplaint.build("j1".into(), "Complaint call", || {
        n += 1;
        format!("x{n}")
    });
    let i = map
        .cards
        .iter()
        .position(|c| map.lane_of(c).unwrap().kind == LaneKind::PainPoints)
        .unwrap();
    Rc::make_mut(&mut map.cards[i]).analysis = Some("f1".into());
    p.journeys.push(Rc::new(map));
    let mut k = 0;
    let f = Fishbone::new(
        FishboneId::from("f1"),
        "Transfers",
        Preset::ContactCentre,
        || {
            k += 1;
            k
        },
    );
    p.fishbones.push(Rc::new(f));
    p
}

fn first_row(p: &Project) -> ChainRow {
    chain(p, today()).remove(0)
}

fn confirm_a_cause(p: &mut Project) {
    let f = Rc::make_mut(&mut p.fishbones[0]);
    let g = f.categories[0].id.clone();
    FishboneEdit::AddCause {
        id: CauseId::from("k1"),
        text: "No address form".into(),
        parent: Parent::Category(g),
        at: None,
    }
    .apply(f)
    .unwrap();
    FishboneEdit::SetStatus {
        cause: CauseId::from("k1"),
        status: CauseStatus::Confirmed,
    }
    .apply(f)
    .unwrap();
}

#[test]
fn every_pain_point_has_a_line_and_the_first_gap_is_named() {
    let p = project();
    let rows = chain(&p, today());
    assert_eq!(rows.len(), pain_point_choices(&p).len());
    assert_eq!(
        rows[0].gap.as_deref(),
        Some("analysis started, no root cause confirmed yet")
    );
    assert_eq!(rows[1].gap.as_deref(), Some("no root-cause analysis yet"));
}

#[test]
fn the_chain_runs_to_a_proven_fix() {
    let mut p = project();
    confirm_a_cause(&mut p);
    let row = first_row(&p);
    assert_eq!(
        row.root_cause.as_deref(),
        Some("No address form (confirmed)")
    );
    assert_eq!(
        row.gap.as_deref(),
        Some("root cause confirmed, no plan yet")
    );

    // A plan that answers the diagram's cause joins the pain point's line.
    let mut c = PdcaCycle::new(PdcaId::from("d1"), "Form for all", || 1);
    c.root_causes.push(RootCauseRef::FishboneCause {
        fishbone: "f1".into(),
        cause: "k1".into(),
    });
    p.pdca.push(Rc::new(c.clone()));
    let row = first_row(&p);
    assert_eq!(
        row.plan.as_ref().map(|(_, t, _)| t.as_str()),
        Some("Form for all")
    );
    assert_eq!(
        crate::domain::pdca::links::plans_for_fishbone(&p, "f1").len(),
        1,
        "the diagram leads on to it"
    );
    assert_eq!(
        row.gap.as_deref(),
        Some("plan being made: no option chosen and started yet")
    );

    // Being carried out: the open actions are counted in words.
    c.phase = Phase::Do;
    let action = |n: u64, status| crate::domain::pdca::model::PlanAction {
        id: crate::domain::pdca::ids::ActionId::fresh(n),
        what: format!("step {n}"),
        owner: String::new(),
        due: None,
        status,
        notes: String::new(),
    };
    use crate::domain::pdca::model::ActionStatus;
    c.actions = vec![action(1, ActionStatus::InProgress)];
    p.pdca[0] = Rc::new(c.clone());
    assert_eq!(
        first_row(&p).gap.as_deref(),
        Some("plan in Do: 1 action open")
    );
    c.actions.push(action(2, ActionStatus::NotStarted));
    p.pdca[0] = Rc::new(c.clone());
    assert_eq!(
        first_row(&p).gap.as_deref(),
        Some("plan in Do: 2 actions open")
    );
    c.actions.clear();

    // Done, but no after figure.
    c.phase = Phase::Check;
    p.pdca[0] = Rc::new(c.clone());
    assert_eq!(
        first_row(&p).gap.as_deref(),
        Some("plan done, no after figure")
    );

    // Checked with data, standardised, follow-up due, then done.
    let month = |m| days_from_civil(2026, m, 1).unwrap();
    let mut counts = vec![0; 11];
    (counts[0], counts[10]) = (100, 60);
    let d = with_typed_month(
        None,
        "s1".into(),
        SurveyScale::ZeroToTen,
        month(3),
        counts.clone(),
        chrono::DateTime::UNIX_EPOCH,
    )
    .unwrap();
    (counts[0], counts[10]) = (40, 120);
    let d = with_typed_month(
        Some(&d),
        "s1".into(),
        SurveyScale::ZeroToTen,
        month(6),
        counts,
        chrono::DateTime::UNIX_EPOCH,
    )
    .unwrap();
    p.datasets.push(Rc::new(d));
    let pick = |m| KpiPick {
        dataset: "s1".into(),
        kpi: None,
        granularity: Granularity::Month,
        period: month(m),
    };
    (c.baseline, c.after) = (Some(pick(3)), Some(pick(6)));
    c.phase = Phase::Act;
    c.decision = Some(ActDecision::Standardise {
        what: "form for all".into(),
        told: "team brief".into(),
    });
    c.follow_up.due = NaiveDate::from_ymd_opt(2027, 1, 12);
    p.pdca[0] = Rc::new(c.clone());
    let row = first_row(&p);
    assert!(
        row.result.as_deref().unwrap().starts_with("improved: +"),
        "{:?}",
        row.result
    );
    assert_eq!(row.gap.as_deref(), Some("follow-up due 12 Jan 2027"));
    c.follow_up.done = true;
    c.follow_up.result = "no transfers for addresses in January".into();
    p.pdca[0] = Rc::new(c);
    let row = first_row(&p);
    assert_eq!(row.gap, None, "complete");
    assert_eq!(
        row.follow_up.as_deref(),
        Some("done: no transfers for addresses in January")
    );
}

#[test]
fn a_plan_answering_no_pain_point_has_its_own_line() {
    let mut p = project();
    p.pdca.push(Rc::new(PdcaCycle::new(
        PdcaId::from("d9"),
        "Quick win",
        || 1,
    )));
    let rows = chain(&p, today());
    let last = rows.last().unwrap();
    assert_eq!(last.pain_point, None);
    assert_eq!(last.gap.as_deref(), Some("plan with no root cause linked"));
}
