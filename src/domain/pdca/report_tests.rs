use super::*;
use crate::domain::edit::PartEdit;
use crate::domain::pdca::ids::{ActionId, ConstraintId, OptionId, PdcaId};
use crate::domain::pdca::{PdcaEdit, PlanText};
use crate::domain::whys::{AnswerId, WhysAnalysis, WhysEdit, WhysId};
use crate::domain::{ProjectId, ProjectText};
use std::rc::Rc;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// A project with a 5 Whys root cause and a plan that answers it, with hostile text in
/// its fields.
fn sample() -> (Project, PdcaCycle) {
    let mut p = Project::new(
        ProjectId("p1".into()),
        ProjectText::parse("Late deliveries", "").unwrap(),
        chrono::DateTime::UNIX_EPOCH,
    );
    let mut w = WhysAnalysis::new(WhysId::from("w1"), "Transfers");
    WhysEdit::AddAnswer {
        id: AnswerId::from("a1"),
        parent: None,
        text: "no address form".into(),
        at: None,
    }
    .apply(&mut w)
    .unwrap();
    WhysEdit::SetRootCause {
        answer: AnswerId::from("a1"),
        root: true,
    }
    .apply(&mut w)
    .unwrap();
    p.whys.push(Rc::new(w));
    let mut n = 0;
    let mut c = PdcaCycle::new(
        PdcaId::from("d1"),
        "Address <script>alert(1)</script>",
        || {
            n += 1;
            n
        },
    );
    let edits = vec![
        PdcaEdit::SetText {
            field: PlanText::Problem,
            text: "34% transferred | twice".into(),
        },
        PdcaEdit::SetText {
            field: PlanText::Objective,
            text: "Under 10% by March".into(),
        },
        PdcaEdit::LinkRootCause {
            link: RootCauseRef::WhysAnswer {
                whys: "w1".into(),
                answer: "a1".into(),
            },
        },
        PdcaEdit::AddOption {
            id: OptionId::from("o1"),
            name: "Form \"><svg onload=x>".into(),
        },
        PdcaEdit::AddOption {
            id: OptionId::from("o2"),
            name: "Script".into(),
        },
        PdcaEdit::AddConstraint {
            id: ConstraintId::from("q1"),
            text: "Under £5,000".into(),
        },
        PdcaEdit::SetFails {
            option: OptionId::from("o2"),
            constraint: ConstraintId::from("q1"),
            fails: true,
        },
        PdcaEdit::Choose {
            option: Some(OptionId::from("o1")),
        },
        PdcaEdit::SetText {
            field: PlanText::Justification,
            text: "Removes the cause".into(),
        },
        PdcaEdit::AddAction {
            id: ActionId::from("t1"),
            what: "Add the form".into(),
            owner: "IT".into(),
            due: NaiveDate::from_ymd_opt(2026, 11, 20),
        },
    ];
    for e in edits {
        e.apply(&mut c).unwrap();
    }
    (p, c)
}

fn headings(r: &Report) -> Vec<String> {
    r.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(2, t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_report_runs_situation_task_action_result() {
    let (p, c) = sample();
    let r = report(&p, &c, today());
    assert_eq!(headings(&r), ["Situation", "Task", "Action", "Result"]);
    let text = format!("{:?}", r.blocks);
    assert!(
        text.contains("no address form (root cause, suspected, 5 Whys"),
        "the root cause it answers"
    );
    assert!(
        text.contains("Because no address form (root cause)"),
        "the 5 Whys outline"
    );
    assert!(text.contains("Chosen: Form"), "the choice");
    assert!(
        text.contains("overdue by 11 days"),
        "the action as of today"
    );
    assert!(
        text.contains("No result yet: Pick the baseline"),
        "a result not there is said"
    );
    assert!(text.contains("No follow-up date set."));
    // The matrix: criteria rows, the must, and totals with the ruled-out option.
    let table = r.blocks.iter().find_map(|b| match b {
        Block::Table { headers, rows } if headers[0] == "Criterion" => Some(rows.clone()),
        _ => None,
    });
    let rows = table.unwrap();
    assert_eq!(rows[5], ["Must: Under £5,000", "", "meets", "fails"]);
    assert_eq!(rows[6][3], "ruled out");
}

#[test]
fn the_markdown_escapes_user_text_everywhere() {
    let (p, c) = sample();
    let md = to_markdown(&report(&p, &c, today()));
    assert!(
        md.starts_with("# Evidence report: Address &lt;script&gt;alert\\(1\\)&lt;/script&gt;\n"),
        "{}",
        &md[..80]
    );
    assert!(
        !md.contains("<script") && !md.contains("<svg"),
        "no markup from user text"
    );
    assert!(
        md.contains("34% transferred \\| twice"),
        "a pipe cannot break a table"
    );
    assert!(md.contains("## Situation\n") && md.contains("## Result\n"));
    assert!(md.contains("| Criterion | Weight | Form &quot;&gt;&lt;svg onload\\=x&gt; | Script |\n| --- | --- | --- | --- |\n"), "{md}");
}
