//! A stored sample of schema 4 (root-cause analyses: a fishbone diagram started from a
//! journey pain point, with nested causes, evidence and dots, and a 5 Whys asked of one
//! of its causes that reached a root cause with a countermeasure) is read back whole, so
//! later versions keep reading it. The sample is what schema 4 wrote and is never
//! written again (schema 5's sample is `tests/storage_pdca.rs`'s).

use cx_workbench::domain::evidence::{Evidence, EvidenceLink};
use cx_workbench::domain::fishbone::{
    Cause, CauseStatus, Fishbone, FishboneId, PainPointLink, Preset,
};
use cx_workbench::domain::journey::templates::Template;
use cx_workbench::domain::journey::LaneKind;
use cx_workbench::domain::whys::{
    Answer, AnswerId, CauseLink, Countermeasure, CountermeasureId, Strength, WhysAnalysis, WhysId,
};
use cx_workbench::domain::{Project, ProjectId, ProjectText, Workspace};
use std::rc::Rc;

#[path = "support/store_fixture.rs"]
mod store_fixture;

const V4: &str = include_str!("fixtures/storage/v4-local-storage.json");

fn sample() -> Workspace {
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z")
        .unwrap()
        .to_utc();
    let text = ProjectText::parse("Late deliveries, Q3", "Parcels after the promised day").unwrap();
    let mut p = Project::new(ProjectId("p19a8f2c0de12345678".into()), text, at);
    let mut n = 0;
    let mut map = Template::ContactCentreComplaint.build("j1".into(), "Complaint call", || {
        n += 1;
        format!("x{n}")
    });
    let card = map
        .cards
        .iter()
        .find(|c| map.lane_of(c).unwrap().kind == LaneKind::PainPoints)
        .unwrap()
        .id
        .clone();
    let stage = map.stage_name(&map.card(&card).unwrap().stage).to_string();
    Rc::make_mut(map.cards.iter_mut().find(|c| c.id == card).unwrap()).analysis = Some("f1".into());
    let mut k = 0;
    let mut f = Fishbone::new(
        FishboneId::from("f1"),
        "34% of late-delivery callers in Q3 were transferred more than twice",
        Preset::ContactCentre,
        || {
            k += 1;
            k
        },
    );
    f.source = Some(PainPointLink {
        journey: "j1".into(),
        card: card.to_string(),
        stage,
    });
    let mut staffing = Cause::new("k1".into(), "Too few agents at lunch");
    staffing.status = CauseStatus::Confirmed;
    staffing.evidence.push(Evidence {
        note: "Rota for March: 4 of 12 agents between 12:00 and 13:00".into(),
        link: EvidenceLink::Document {
            reference: "WFM rota export, March".into(),
        },
    });
    staffing.votes.push(("Sam".into(), 2));
    let mut breaks = Cause::new("k2".into(), "All breaks set at 12:00");
    breaks
        .children
        .push(Cause::new("k3".into(), "Rota tool has one break slot"));
    staffing.children.push(breaks);
    let mut weather = Cause::new("k4".into(), "Weather");
    weather.status = CauseStatus::RuledOut;
    f.categories[0].causes = vec![staffing, weather];
    f.workshop.participants.push("Sam".into());

    let mut w = WhysAnalysis::new(WhysId::from("w1"), "Too few agents at lunch");
    w.origin = Some(CauseLink {
        fishbone: "f1".into(),
        cause: "k1".into(),
    });
    let mut why1 = Answer::new(AnswerId::from("a1"), "All breaks are set at 12:00");
    why1.checked = true;
    why1.evidence.push(Evidence::note("Rota export"));
    let mut why2 = Answer::new(AnswerId::from("a2"), "The rota tool has one break slot");
    let mut why3 = Answer::new(
        AnswerId::from("a3"),
        "The tool was set up for the old shifts",
    );
    why3.root_cause = true;
    why3.countermeasures.push(Countermeasure {
        id: CountermeasureId::from("m1"),
        what: "Set up staggered break slots in the rota tool".into(),
        owner: "WFM team".into(),
        due: chrono::NaiveDate::from_ymd_opt(2027, 1, 15),
        strength: Strength::Strong,
    });
    why2.children.push(why3);
    why1.children.push(why2);
    w.answers.push(why1);

    p.journeys.push(Rc::new(map));
    p.fishbones.push(Rc::new(f));
    p.whys.push(Rc::new(w));
    let mut ws = Workspace::default();
    ws.settings.organisation = "Acme Retail".into();
    ws.projects.push(Rc::new(p));
    ws
}

#[test]
fn a_schema_4_sample_with_analyses_reads_back_whole() {
    let ws = sample();
    if store_fixture::write_if_asked(&ws, "v4-local-storage.json") {
        return;
    }
    let opened = store_fixture::open(V4);
    assert_eq!(opened.problem, None);
    assert_eq!(
        opened.workspace, ws,
        "every part of every analysis is read back"
    );
    let p = &opened.workspace.projects[0];
    assert_eq!(p.fishbones[0].cause_count(), 4);
    assert_eq!(
        cx_workbench::domain::root_cause::cause_verdict(p, "f1", "k1"),
        Some("root cause suspected")
    );
}

/// Every leaf of the sample workspace as stored: its JSON pointer.
fn leaves(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => m
            .iter()
            .for_each(|(k, v)| leaves(v, format!("{at}/{k}"), out)),
        serde_json::Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| leaves(v, format!("{at}/{i}"), out)),
        _ => out.push(at),
    }
}

proptest::proptest! {
    /// A field of the wrong type, or left out, anywhere in a stored workspace is reported at the same
    /// path as tracking the path while reading would give (serde_path_to_error), though
    /// the path is only worked out from the text once reading has failed.
    #[test]
    fn a_wrong_field_is_reported_at_its_path(pick in 0usize..10_000, pretty: bool, kind in 0u8..4) {
        let mut value = serde_json::to_value(sample()).unwrap();
        let mut all = Vec::new();
        leaves(&value, String::new(), &mut all);
        let at = &all[pick % all.len()];
        let (parent, key) = at.rsplit_once('/').unwrap();
        if kind == 3 {
            // A field left out: missing, unless it has a default.
            if let Some(m) = value.pointer_mut(parent).and_then(|p| p.as_object_mut()) {
                m.remove(key);
            }
        }
        if let Some(leaf) = value.pointer_mut(at) {
        *leaf = match (kind, &*leaf) {
            (0, serde_json::Value::String(_)) => serde_json::json!(7),
            (0, _) => serde_json::json!("seven"),
            (1, _) => serde_json::json!({ "x": 1 }),
            _ => serde_json::json!([true]),
        };
        }
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            value.to_string()
        };
        let theirs = serde_path_to_error::deserialize::<_, Workspace>(
            &mut serde_json::Deserializer::from_str(&text),
        );
        let ours = cx_workbench::storage::envelope::read_json::<Workspace>(&text, "data");
        match (theirs, ours) {
            (Err(theirs), Err(cx_workbench::storage::ReadError::Invalid(problems))) => {
                let path = theirs.path().to_string();
                let want = if path == "." { "data".to_string() } else { format!("data.{path}") };
                proptest::prop_assert_eq!(&problems[0].path, &want, "{} changed", at);
            }
            (Ok(_), Ok(_)) => {}
            (theirs, ours) => proptest::prop_assert!(false, "{at}: {theirs:?} / {ours:?}"),
        }
    }
}
