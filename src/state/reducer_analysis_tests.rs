//! The reducer with root-cause analyses: a diagram started from a pain point links the
//! card in the same step, removing it unlinks, 5 Whys are added, edited and removed,
//! and a copied project keeps its analyses.

use super::*;
use crate::domain::fishbone::{Fishbone, FishboneEdit, FishboneId, PainPointLink, Parent, Preset};
use crate::domain::journey::templates::Template;
use crate::domain::journey::LaneKind;
use crate::domain::whys::model::CauseLink;
use crate::domain::whys::{AnswerId, WhysAnalysis, WhysEdit, WhysId};
use crate::domain::{ProjectText, Workspace};
use chrono::TimeZone;

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
}

fn pid() -> ProjectId {
    ProjectId("a".into())
}

/// A project with a journey map from a template (it has pain points).
fn with_map() -> Workspace {
    let ws = apply(
        &Workspace::default(),
        &Action::CreateProject {
            id: pid(),
            text: ProjectText::parse("Late deliveries", "").unwrap(),
            at: at(1),
        },
    )
    .unwrap();
    let mut n = 0;
    let map = Template::ContactCentreComplaint.build("j1".into(), "Complaints", || {
        n += 1;
        format!("x{n}")
    });
    apply(
        &ws,
        &Action::AddJourney {
            project: pid(),
            journey: map,
            at: at(2),
        },
    )
    .unwrap()
}

fn pain_point(ws: &Workspace) -> (JourneyId, CardId) {
    let map = &ws.projects[0].journeys[0];
    let card = map
        .cards
        .iter()
        .find(|c| map.lane_of(c).unwrap().kind == LaneKind::PainPoints)
        .unwrap();
    (map.id.clone(), card.id.clone())
}

fn diagram(on: &(JourneyId, CardId)) -> Fishbone {
    let mut n = 100;
    let mut f = Fishbone::new(
        FishboneId::from("f1"),
        "On hold for 20 minutes",
        Preset::SixM,
        || {
            n += 1;
            n
        },
    );
    f.source = Some(PainPointLink {
        journey: on.0.to_string(),
        card: on.1.to_string(),
        stage: "Contact us".into(),
    });
    f
}

#[test]
fn a_diagram_from_a_pain_point_links_both_ways_in_one_step() {
    let ws = with_map();
    let on = pain_point(&ws);
    let add = Action::AddFishbone {
        project: pid(),
        fishbone: diagram(&on),
        pain_point: Some(on.clone()),
        at: at(3),
    };
    assert_eq!(add.describe(&ws), "analyse the root cause of a pain point");
    let next = apply(&ws, &add).unwrap();
    let p = &next.projects[0];
    assert_eq!(p.fishbones.len(), 1);
    assert_eq!(
        p.journeys[0].card(&on.1).unwrap().analysis.as_deref(),
        Some("f1")
    );
    assert_eq!(p.updated_at, at(3));
    // The state before is untouched (it is the undo step).
    assert!(ws.projects[0].fishbones.is_empty());
    assert_eq!(
        ws.projects[0].journeys[0].card(&on.1).unwrap().analysis,
        None
    );
    assert!(apply(&next, &add).is_none(), "the same id twice is refused");

    // Removing the diagram unlinks the pain point.
    let removed = apply(
        &next,
        &Action::RemoveFishbone {
            project: pid(),
            fishbone: FishboneId::from("f1"),
            at: at(4),
        },
    )
    .unwrap();
    assert!(removed.projects[0].fishbones.is_empty());
    assert_eq!(
        removed.projects[0].journeys[0]
            .card(&on.1)
            .unwrap()
            .analysis,
        None
    );
}

#[test]
fn only_a_pain_point_that_is_there_can_start_a_diagram() {
    let ws = with_map();
    let map = &ws.projects[0].journeys[0];
    let not_pain = map
        .cards
        .iter()
        .find(|c| map.lane_of(c).unwrap().kind != LaneKind::PainPoints)
        .unwrap();
    for on in [
        (map.id.clone(), not_pain.id.clone()),
        (map.id.clone(), CardId::from("gone")),
        (JourneyId::from("gone"), pain_point(&ws).1),
    ] {
        let add = Action::AddFishbone {
            project: pid(),
            fishbone: diagram(&on),
            pain_point: Some(on),
            at: at(3),
        };
        assert!(
            apply(&ws, &add).is_none(),
            "refused whole: no diagram added"
        );
    }
}

#[test]
fn diagrams_and_whys_are_edited_through_their_own_edits() {
    let ws = with_map();
    let ws = apply(
        &ws,
        &Action::AddFishbone {
            project: pid(),
            fishbone: diagram(&pain_point(&ws)),
            pain_point: None,
            at: at(3),
        },
    )
    .unwrap();
    let category = ws.projects[0].fishbones[0].categories[0].id.clone();
    let add_cause = Action::Fishbone {
        project: pid(),
        fishbone: FishboneId::from("f1"),
        edit: FishboneEdit::AddCause {
            id: "k1".into(),
            text: "Too few agents at lunch".into(),
            parent: Parent::Category(category),
            at: None,
        },
        at: at(4),
    };
    assert_eq!(
        add_cause.describe(&ws),
        "add a cause in the fishbone diagram"
    );
    let ws = apply(&ws, &add_cause).unwrap();
    assert_eq!(ws.projects[0].fishbones[0].cause_count(), 1);
    // A refusal says why, in words.
    let nest = Action::Fishbone {
        project: pid(),
        fishbone: FishboneId::from("f1"),
        edit: FishboneEdit::Nest { cause: "k1".into() },
        at: at(5),
    };
    assert!(try_apply(&ws, &nest).unwrap_err().starts_with("Could not "));

    let mut w = WhysAnalysis::new(WhysId::from("w1"), "Too few agents at lunch");
    w.origin = Some(CauseLink {
        fishbone: "f1".into(),
        cause: "k1".into(),
    });
    let add_whys = Action::AddWhys {
        project: pid(),
        whys: w,
        at: at(5),
    };
    assert_eq!(add_whys.describe(&ws), "ask why of a cause");
    let ws = apply(&ws, &add_whys).unwrap();
    let ws = apply(
        &ws,
        &Action::Whys {
            project: pid(),
            whys: WhysId::from("w1"),
            edit: WhysEdit::AddAnswer {
                id: AnswerId::from("a1"),
                parent: None,
                text: "Lunch breaks are all at 12:00".into(),
                at: None,
            },
            at: at(6),
        },
    )
    .unwrap();
    assert_eq!(ws.projects[0].whys[0].answers.len(), 1);
    assert_eq!(
        crate::domain::root_cause::cause_verdict(&ws.projects[0], "f1", "k1"),
        Some("analysis open")
    );

    // A copy of the project keeps its analyses.
    let copy = apply(
        &ws,
        &Action::DuplicateProject {
            source: pid(),
            new_id: ProjectId("b".into()),
            at: at(7),
        },
    )
    .unwrap();
    assert_eq!(copy.projects[1].fishbones, ws.projects[0].fishbones);
    assert_eq!(copy.projects[1].whys, ws.projects[0].whys);

    let ws = apply(
        &ws,
        &Action::RemoveWhys {
            project: pid(),
            whys: WhysId::from("w1"),
            at: at(8),
        },
    )
    .unwrap();
    assert!(ws.projects[0].whys.is_empty());
}
