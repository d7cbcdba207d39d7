//! The reducer with PDCA cycles: added, edited (one undo step, named), refused with the
//! reason, run again as a linked cycle, and removed with its links.

use super::*;
use crate::domain::pdca::{PdcaCycle, PdcaEdit, PdcaId, Phase, PlanText};
use crate::domain::{ProjectText, Workspace};
use crate::state::action::Action;
use chrono::TimeZone;

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, 9, 0, 0).unwrap()
}

fn pid() -> ProjectId {
    ProjectId("a".into())
}

fn with_cycle() -> Workspace {
    let ws = apply(
        &Workspace::default(),
        &Action::CreateProject {
            id: pid(),
            text: ProjectText::parse("Late deliveries", "").unwrap(),
            at: at(1),
        },
    )
    .unwrap();
    apply(
        &ws,
        &Action::AddPdca {
            project: pid(),
            cycle: PdcaCycle::new(PdcaId::from("d1"), "Fewer transfers", || 7),
            at: at(2),
        },
    )
    .unwrap()
}

#[test]
fn a_cycle_is_added_edited_and_refused_with_a_reason() {
    let ws = with_cycle();
    assert_eq!(ws.projects[0].pdca.len(), 1);
    let edit = Action::Pdca {
        project: pid(),
        cycle: PdcaId::from("d1"),
        edit: PdcaEdit::SetText {
            field: PlanText::Problem,
            text: "34% transferred".into(),
        },
        at: at(3),
    };
    assert_eq!(
        edit.describe(&ws),
        "edit the problem statement in the PDCA plan"
    );
    let ws = apply(&ws, &edit).unwrap();
    assert_eq!(ws.projects[0].pdca[0].problem, "34% transferred");
    let refused = try_apply(
        &ws,
        &Action::Pdca {
            project: pid(),
            cycle: PdcaId::from("d1"),
            edit: PdcaEdit::SetPhase { phase: Phase::Do },
            at: at(4),
        },
    )
    .unwrap_err();
    assert!(refused.contains("Do needs an objective"), "{refused}");
}

#[test]
fn running_again_links_both_cycles_in_one_step_and_removing_unlinks() {
    let ws = with_cycle();
    let next = ws.projects[0].pdca[0].next_cycle(PdcaId::from("d2"));
    let run = Action::StartNextPdca {
        project: pid(),
        from: PdcaId::from("d1"),
        cycle: next.clone(),
        at: at(5),
    };
    let ws2 = apply(&ws, &run).unwrap();
    let p = &ws2.projects[0];
    assert_eq!(p.pdca[0].next, Some(PdcaId::from("d2")));
    assert_eq!(p.pdca[1].previous, Some(PdcaId::from("d1")));
    assert_eq!(apply(&ws2, &run), None, "a cycle has one next cycle");
    let ws3 = apply(
        &ws2,
        &Action::RemovePdca {
            project: pid(),
            cycle: PdcaId::from("d2"),
            at: at(6),
        },
    )
    .unwrap();
    assert_eq!(ws3.projects[0].pdca.len(), 1);
    assert_eq!(ws3.projects[0].pdca[0].next, None);
}

#[test]
fn a_copied_project_keeps_its_cycles() {
    let ws = with_cycle();
    let copy = apply(
        &ws,
        &Action::DuplicateProject {
            source: pid(),
            new_id: ProjectId("b".into()),
            at: at(7),
        },
    )
    .unwrap();
    assert_eq!(copy.projects[1].pdca, ws.projects[0].pdca);
}
