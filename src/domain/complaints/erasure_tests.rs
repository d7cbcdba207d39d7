use super::text::{blank_word, contains_word, ERASED};
use super::*;
use crate::domain::complaints::bank_holidays::HolidayCalendar;
use crate::domain::complaints::log::ComplaintLog;
use crate::domain::complaints::model::{Complaint, ComplaintId, Escalation};
use crate::domain::evidence::{Evidence, EvidenceLink};
use crate::domain::fishbone::{Cause, CauseId, Fishbone, FishboneId, Preset};
use crate::domain::journey::{JourneyId, JourneyMap};
use crate::domain::project::{ProjectId, ProjectText};
use crate::domain::whys::{Answer, AnswerId, WhysAnalysis, WhysId};
use chrono::{NaiveDate, TimeZone};

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, 9, 0, 0).unwrap()
}

fn entry(n: u64, customer: &str, summary: &str) -> Complaint {
    let received = NaiveDate::from_ymd_opt(2026, 11, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let mut c = Complaint::new(ComplaintId::fresh(n), received, summary);
    c.customer = customer.into();
    c
}

fn project(id: &str, name: &str, description: &str) -> Project {
    let text = ProjectText::parse(name, description).unwrap();
    Project::new(ProjectId(id.into()), text, at(1))
}

/// "Deliveries" names ACC-1 everywhere; "Billing" holds one entry of ACC-1; "Other"
/// only mentions ACC-12 and XACC-1, which are other customers.
fn workspace() -> Workspace {
    let mut a = project("a", "Deliveries", "Started from ACC-1's complaint.");
    let mut other = entry(2, "ACC-2", "Same courier as acc-1, left in the rain");
    other.escalation = Some(Escalation {
        level: 1,
        to: "Team leader".into(),
        at: None,
        why: "Linked to ACC-1.".into(),
    });
    a.complaints = ComplaintLog::from_entries([
        entry(1, "ACC-1", "Parcel late"),
        other,
        entry(3, " acc-1 ", "Second call"),
        entry(4, "ACC-3", "Nothing to do with them"),
    ]);
    let mut n = 0;
    let mut journey = JourneyMap::blank(JourneyId::fresh(1), "Delivery", || {
        n += 1;
        format!("l{n:016x}")
    });
    let lane = journey.lanes[0].id.to_string();
    let card = serde_json::json!({
        "id": "c0000000000000001", "stage": "s0000000000000001", "lane": lane,
        "text": "Waited 3 days (ACC-1)", "analysis": "w0000000000000001"
    });
    journey
        .cards
        .push(Rc::new(serde_json::from_value(card).unwrap()));
    a.journeys.push(Rc::new(journey));
    let mut k = 0;
    let mut fish = Fishbone::new(FishboneId::fresh(1), "Late parcels", Preset::SixM, || {
        k += 1;
        k
    });
    let mut cause = Cause::new(CauseId::fresh(1), "Courier skips rural rounds");
    cause.evidence.push(Evidence {
        note: "Call from ACC-1 on 3 Nov".into(),
        link: EvidenceLink::Complaint {
            entry: ComplaintId::fresh(1).to_string(),
        },
    });
    fish.categories[0].causes.push(cause);
    a.fishbones.push(Rc::new(fish));
    a.whys.push(Rc::new(WhysAnalysis::new(
        WhysId::fresh(1),
        "Unrelated problem",
    )));

    let mut b = project("b", "Billing", "");
    b.complaints = ComplaintLog::from_entries([entry(10, "ACC-1", "Charged twice")]);

    let mut c = project("c", "Other", "About ACC-12 and XACC-1, not this customer.");
    let mut whys = WhysAnalysis::new(WhysId::fresh(2), "Why did ACC-12 call back?");
    whys.answers
        .push(Answer::new(AnswerId::fresh(1), "Because of ACC-1x"));
    c.whys.push(Rc::new(whys));
    c.complaints = ComplaintLog::from_entries([entry(20, "ACC-12", "Late")]);

    Workspace {
        projects: vec![Rc::new(a), Rc::new(b), Rc::new(c)],
        ..Workspace::default()
    }
}

#[test]
fn a_reference_is_found_only_as_a_whole_word() {
    assert!(contains_word("Call from ACC-1.", "acc-1"));
    assert!(contains_word("ACC-1", "ACC-1"));
    assert!(contains_word("(ACC-1)", "ACC-1"));
    assert!(!contains_word("ACC-12", "ACC-1"));
    assert!(!contains_word("XACC-1", "ACC-1"));
    assert!(!contains_word("ACC-1-B", "ACC-1"));
    assert!(
        !contains_word("ACC-1234", "1234"),
        "part of a longer reference"
    );
    assert!(!contains_word("", "ACC-1"));
    assert_eq!(
        blank_word("ACC-1 and acc-1, not ACC-10", "ACC-1").as_deref(),
        Some("[erased] and [erased], not ACC-10")
    );
    assert_eq!(blank_word("Café ACC-1é", "ACC-1"), None);
    assert_eq!(
        blank_word("Zoë: ACC-1", "ACC-1").as_deref(),
        Some("Zoë: [erased]")
    );
    assert_eq!(blank_word("no match", "ACC-1"), None);
}

#[test]
fn short_and_blank_references_are_refused_with_a_reason() {
    assert_eq!(check_reference("  "), Err(ReferenceError::Blank));
    assert_eq!(check_reference(" 12 "), Err(ReferenceError::TooShort));
    assert_eq!(check_reference(" ACC "), Ok("ACC"));
    assert!(ReferenceError::TooShort.to_string().contains("at least 3"));
    let mut ws = workspace();
    ws.projects[1] = Rc::new({
        let mut p = project("b", "Billing", "");
        p.complaints = ComplaintLog::from_entries([entry(10, "12", "x")]);
        p
    });
    assert!(find_customer(&ws, "12").is_empty());
    assert_eq!(erase_customer(&mut ws, "12", at(5)), None);
    assert_eq!(ws.projects[1].complaints.len(), 1, "nothing erased");
}

#[test]
fn find_previews_entries_and_places_per_project() {
    let ws = workspace();
    let found = find_customer(&ws, " acc-1");
    let names: Vec<&str> = found.iter().map(|f| f.project.name.as_str()).collect();
    assert_eq!(
        names,
        ["Deliveries", "Billing"],
        "Other only names other customers"
    );
    assert_eq!(found[0].entries.len(), 2);
    let places: Vec<String> = found[0].mentions.iter().map(|m| m.place.words()).collect();
    assert_eq!(
        places,
        [
            "Project, description",
            "Complaint log \u{201c}entry received 2 Nov 2026\u{201d}, summary",
            "Complaint log \u{201c}entry received 2 Nov 2026\u{201d}, why escalated",
            "Journey map \u{201c}Delivery\u{201d}, cards \u{203a} text",
            "Fishbone \u{201c}Late parcels\u{201d}, categories \u{203a} causes \u{203a} evidence \u{203a} note",
        ]
    );
    assert_eq!((found[1].entries.len(), found[1].mentions.len()), (1, 0));
}

#[test]
fn erasing_removes_entries_blanks_texts_and_leaves_ids_and_other_projects() {
    let before = workspace();
    let mut ws = before.clone();
    let report = erase_customer(&mut ws, "ACC-1", at(5)).unwrap();
    assert_eq!(report.totals(), (3, 5));
    assert_eq!(report.projects.len(), 2);
    assert_eq!(report.projects[1].project, "Billing");
    assert_eq!(report.projects[1].complaints_removed, 1);
    assert_eq!(report.projects[0].texts_changed[3].tool, "Journey map");

    assert!(
        Rc::ptr_eq(&ws.projects[2], &before.projects[2]),
        "Other is untouched"
    );
    let a = &ws.projects[0];
    assert_eq!(a.updated_at, at(5));
    assert_eq!(a.description, "Started from [erased]'s complaint.");
    let other = a.complaints.get(&ComplaintId::fresh(2)).unwrap();
    assert_eq!(other.summary, "Same courier as [erased], left in the rain");
    assert_eq!(
        other.escalation.as_ref().unwrap().why,
        "Linked to [erased]."
    );
    assert_eq!(other.customer, "ACC-2");
    assert_eq!(a.complaints.len(), 2);
    assert!(
        Rc::ptr_eq(&a.whys[0], &before.projects[0].whys[0]),
        "a part that does not name the customer stays shared"
    );
    let card = &a.journeys[0].cards[0];
    assert_eq!(card.text, format!("Waited 3 days ({ERASED})"));
    assert_eq!(card.lane, before.projects[0].journeys[0].cards[0].lane);
    assert_eq!(card.analysis.as_deref(), Some("w0000000000000001"));
    let cause = &a.fishbones[0].categories[0].causes[0];
    assert_eq!(cause.evidence[0].note, "Call from [erased] on 3 Nov");
    assert_eq!(
        cause.evidence[0].link,
        EvidenceLink::Complaint {
            entry: ComplaintId::fresh(1).to_string()
        },
        "links by id are kept"
    );
    assert!(find_customer(&ws, "ACC-1").is_empty());
    assert_eq!(erase_customer(&mut ws, "ACC-1", at(6)), None);
}

#[test]
fn an_erase_copies_only_the_log_chunks_that_change() {
    let mut ws = Workspace::default();
    let mut p = project("a", "Big", "");
    p.complaints = ComplaintLog::from_entries(
        (0..1_000).map(|n| entry(n, if n == 900 { "ACC-9" } else { "ACC-5" }, "late")),
    );
    ws.projects.push(Rc::new(p));
    let before = ws.clone();
    erase_customer(&mut ws, "ACC-9", at(5)).unwrap();
    let (new, old) = (&ws.projects[0].complaints, &before.projects[0].complaints);
    assert_eq!(new.len(), 999);
    assert_eq!(
        new.shared_chunks(old),
        3,
        "only the fourth chunk was copied"
    );
}

#[test]
fn a_tag_equal_to_the_reference_is_left_so_the_part_reads_back() {
    // A PDCA plan's phase is stored as "plan": a reference "plan" must not break it.
    let mut ws = Workspace::default();
    let mut p = project("a", "Plans", "");
    let mut ids = 0;
    let cycle = crate::domain::pdca::PdcaCycle::new(
        crate::domain::pdca::PdcaId::fresh(1),
        "Call PLAN back",
        || {
            ids += 1;
            ids
        },
    );
    p.pdca.push(Rc::new(cycle));
    ws.projects.push(Rc::new(p));
    let report = erase_customer(&mut ws, "plan", at(5)).unwrap();
    assert_eq!(ws.projects[0].pdca[0].title, "Call [erased] back");
    assert_eq!(
        ws.projects[0].pdca[0].phase,
        crate::domain::pdca::Phase::Plan
    );
    assert_eq!(report.totals(), (0, 1));
}

#[test]
fn the_export_holds_entries_with_their_project_and_the_mentions() {
    let ws = workspace();
    let json: serde_json::Value =
        serde_json::from_str(&export_customer(&ws, "ACC-1", "2026-12-01")).unwrap();
    assert_eq!(json["format"], "cx-workbench-subject-access");
    assert_eq!(json["customer"], "ACC-1");
    assert_eq!(json["made"], "2026-12-01");
    assert_eq!(
        json["answer_by"], "2027-01-04",
        "1 Jan is a bank holiday, then a weekend"
    );
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[2]["project"], "Billing");
    assert_eq!(entries[2]["entry"]["summary"], "Charged twice");
    assert!(entries[0]["entry"]["audit"].is_array());
    let mentions = json["mentions"].as_array().unwrap();
    assert_eq!(mentions.len(), 5);
    assert_eq!(mentions[0]["where"], "Project, description");
    assert_eq!(mentions[0]["text"], "Started from ACC-1's complaint.");
    let none: serde_json::Value =
        serde_json::from_str(&export_customer(&ws, "ACC-404", "not a date")).unwrap();
    assert_eq!(none["entries"].as_array().unwrap().len(), 0);
    assert!(none.get("answer_by").is_none());
}

#[test]
fn the_answer_is_due_a_month_later_on_a_working_day() {
    let cal = HolidayCalendar::default();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(
        answer_due(day(2027, 1, 31), &cal),
        day(2027, 3, 1),
        "28 Feb is a Sunday"
    );
    assert_eq!(answer_due(day(2026, 3, 10), &cal), day(2026, 4, 10));
    assert_eq!(
        answer_due(day(2026, 11, 25), &cal),
        day(2026, 12, 29),
        "25 Dec, then Boxing Day on the Monday"
    );
}
