//! A stored sample of schema 5 (a PDCA cycle with every part filled in: links to a pain
//! point and a root cause, baseline and after figures, a matrix with a "must", the
//! choice, stakeholders, a compliance check, actions, the decision and the follow-up,
//! and the cycle it was run again as) is read back whole, so later versions keep
//! reading it. `CX_WRITE_FIXTURE=1 cargo test --test storage_pdca` writes the sample
//! again (only when its shape changes on purpose, with a new schema version).

use cx_workbench::domain::edit::PartEdit;
use cx_workbench::domain::kpi::calendar::Granularity;
use cx_workbench::domain::pdca::model::{ComplianceCheck, Law};
use cx_workbench::domain::pdca::{
    ActDecision, ActionField, ActionId, ActionStatus, ConstraintId, CriterionId, KpiPick, OptionId,
    PainPointRef, PdcaCycle, PdcaEdit, PdcaId, Phase, PlanText, RootCauseRef, StakeholderId,
};
use cx_workbench::domain::{Project, ProjectId, ProjectText, Workspace};
use std::rc::Rc;

#[path = "support/store_fixture.rs"]
mod store_fixture;

const V5: &str = include_str!("fixtures/storage/v5-local-storage.json");

fn sample() -> Workspace {
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z")
        .unwrap()
        .to_utc();
    let text = ProjectText::parse("Late deliveries, Q3", "").unwrap();
    let mut p = Project::new(ProjectId("p19a8f2c0de12345678".into()), text, at);
    let mut n = 0;
    let mut c = PdcaCycle::new(
        PdcaId::from("d1"),
        "Address changes without a transfer",
        || {
            n += 1;
            n
        },
    );
    let pick = |period| KpiPick {
        dataset: "s1".into(),
        kpi: None,
        granularity: Granularity::Month,
        period,
    };
    let day = chrono::NaiveDate::from_ymd_opt;
    let cost = c.criteria[0].id.clone();
    let edits = vec![
        PdcaEdit::SetText {
            field: PlanText::Problem,
            text: "34% of callers transferred twice".into(),
        },
        PdcaEdit::SetText {
            field: PlanText::Objective,
            text: "Under 10% by 31 March 2027".into(),
        },
        PdcaEdit::SetText {
            field: PlanText::Resources,
            text: "Two IT days".into(),
        },
        PdcaEdit::SetText {
            field: PlanText::Contingency,
            text: "Script as a fallback".into(),
        },
        PdcaEdit::LinkPainPoint {
            link: PainPointRef {
                journey: "j1".into(),
                card: "c1".into(),
            },
        },
        PdcaEdit::LinkRootCause {
            link: RootCauseRef::FishboneCause {
                fishbone: "f1".into(),
                cause: "k1".into(),
            },
        },
        PdcaEdit::LinkRootCause {
            link: RootCauseRef::WhysAnswer {
                whys: "w1".into(),
                answer: "a1".into(),
            },
        },
        PdcaEdit::SetBaseline {
            pick: Some(pick(20_666)),
        },
        PdcaEdit::SetAfter {
            pick: Some(pick(20_758)),
        },
        PdcaEdit::SetTarget { target: Some(20.5) },
        PdcaEdit::AddCriterion {
            id: CriterionId::from("r-policy"),
            name: "Fits policy".into(),
            weight: 4,
        },
        PdcaEdit::AddConstraint {
            id: ConstraintId::from("q1"),
            text: "Under £5,000".into(),
        },
        PdcaEdit::AddOption {
            id: OptionId::from("o1"),
            name: "Form on every screen".into(),
        },
        PdcaEdit::AddOption {
            id: OptionId::from("o2"),
            name: "New CRM".into(),
        },
        PdcaEdit::SetScore {
            option: OptionId::from("o1"),
            criterion: cost.clone(),
            score: Some(4),
        },
        PdcaEdit::SetScore {
            option: OptionId::from("o2"),
            criterion: cost,
            score: Some(1),
        },
        PdcaEdit::SetFails {
            option: OptionId::from("o2"),
            constraint: ConstraintId::from("q1"),
            fails: true,
        },
        PdcaEdit::SetOptionText {
            option: OptionId::from("o1"),
            field: cx_workbench::domain::pdca::OptionText::Pros,
            text: "Removes the cause".into(),
        },
        PdcaEdit::Choose {
            option: Some(OptionId::from("o1")),
        },
        PdcaEdit::SetText {
            field: PlanText::Justification,
            text: "Cheapest, removes the cause".into(),
        },
        PdcaEdit::AddStakeholder {
            id: StakeholderId::from("h1"),
            who: "Team leaders".into(),
            how: "Huddle".into(),
            when: "Before go-live".into(),
        },
        PdcaEdit::SetCompliance {
            law: Law::Equality2010,
            check: ComplianceCheck {
                checked: true,
                notes: "Also on the text relay line".into(),
            },
        },
        PdcaEdit::AddAction {
            id: ActionId::from("t1"),
            what: "Add the form".into(),
            owner: "IT".into(),
            due: day(2026, 11, 20),
        },
        PdcaEdit::EditAction {
            action: ActionId::from("t1"),
            change: ActionField::Status(ActionStatus::Done),
        },
        PdcaEdit::EditAction {
            action: ActionId::from("t1"),
            change: ActionField::Notes("Live on 18 Nov".into()),
        },
        PdcaEdit::Decide {
            decision: Some(ActDecision::Standardise {
                what: "The form is standard".into(),
                told: "All advisers".into(),
            }),
        },
        PdcaEdit::SetText {
            field: PlanText::Lessons,
            text: "Ask the advisers first".into(),
        },
        PdcaEdit::SetFollowUp {
            due: day(2027, 1, 12),
            result: "No address transfers in January".into(),
            done: true,
        },
    ];
    for e in edits {
        e.apply(&mut c).unwrap();
    }
    c.phase = Phase::Closed;
    let mut next = c.next_cycle(PdcaId::from("d2"));
    next.phase = Phase::Plan;
    c.next = Some(next.id.clone());
    p.pdca = vec![Rc::new(c), Rc::new(next)];
    Workspace {
        projects: vec![Rc::new(p)],
        ..Default::default()
    }
}

#[test]
fn a_schema_5_sample_with_a_pdca_cycle_reads_back_whole() {
    let ws = sample();
    if store_fixture::write_if_asked(&ws, "v5-local-storage.json") {
        return;
    }
    let opened = store_fixture::open(V5);
    assert_eq!(opened.problem, None);
    assert_eq!(opened.workspace, ws, "every part of the cycle is read back");
    let p = &opened.workspace.projects[0];
    assert_eq!(p.pdca[0].next, Some(PdcaId::from("d2")));
    assert_eq!(p.pdca[1].previous, Some(PdcaId::from("d1")));
    assert_eq!(
        p.pdca[1].baseline, p.pdca[0].after,
        "the next cycle starts from the after figure"
    );
}
