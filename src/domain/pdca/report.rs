//! The evidence report of a cycle, in STAR form (Situation, Task, Action, Result): the
//! problem and its journey stage, the root-cause analyses, the objective and baseline,
//! the options matrix and the justification, the actions with owners and dates, the
//! before/after result and verdict, the decision and the follow-up. Built once as
//! blocks, which the page shows (printable on A4) and which are written as Markdown.

use super::actions::timing;
use super::check::{check, picks, run_chart};
use super::links::{pain_point_label, root_cause_label};
use super::matrix::{matrix, robustness_text};
use super::model::{ActDecision, Law, PdcaCycle, RootCauseRef};
use crate::domain::dates::show_day;
use crate::domain::project::Project;
use crate::domain::whys::markdown::escape;
use chrono::NaiveDate;

/// A picture the report shows where the page can draw it.
#[derive(Clone, Debug, PartialEq)]
pub enum Picture {
    /// A fishbone diagram of the project, by id.
    Fishbone(String),
    /// The run chart of the KPI: its SVG.
    RunChart(String),
}

/// One block of the report. Text is plain: the page escapes it as it draws it, and
/// [`to_markdown`] escapes it for Markdown and HTML.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(u8, String),
    Para(String),
    List(Vec<String>),
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Picture(Picture),
}

/// The report: a title and its blocks.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: String,
    pub blocks: Vec<Block>,
}

fn or_none(text: &str, none: &str) -> String {
    if text.trim().is_empty() {
        none.to_string()
    } else {
        text.trim().to_string()
    }
}

fn day(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "no date".into(), show_day)
}

fn pick_label(project: &Project, pick: Option<&super::model::KpiPick>) -> String {
    pick.and_then(|p| {
        picks(project, p.granularity)
            .into_iter()
            .find(|(q, _)| q == p)
            .map(|(_, l)| l)
    })
    .unwrap_or_else(|| "not picked".into())
}

/// The report of `cycle`, as of `today`.
pub fn report(project: &Project, cycle: &PdcaCycle, today: NaiveDate) -> Report {
    use Block::*;
    let mut b = Vec::new();
    // Situation
    b.push(Heading(2, "Situation".into()));
    b.push(Para(format!(
        "Project: {}. Problem: {}",
        project.name,
        or_none(&cycle.problem, "not stated yet.")
    )));
    if !cycle.pain_points.is_empty() {
        b.push(Para("Pain points on the customer journey:".into()));
        b.push(List(
            cycle
                .pain_points
                .iter()
                .map(|l| pain_point_label(project, l))
                .collect(),
        ));
    }
    if cycle.root_causes.is_empty() {
        b.push(Para("No root cause is linked to this plan.".into()));
    } else {
        b.push(Para("Root causes it answers:".into()));
        b.push(List(
            cycle
                .root_causes
                .iter()
                .map(|l| root_cause_label(project, l))
                .collect(),
        ));
    }
    let mut fishbones: Vec<&str> = Vec::new();
    let mut whys: Vec<&str> = Vec::new();
    for l in &cycle.root_causes {
        match l {
            RootCauseRef::FishboneCause { fishbone, .. } => fishbones.push(fishbone),
            RootCauseRef::WhysAnswer { whys: w, .. } => whys.push(w),
        }
    }
    fishbones.dedup();
    whys.dedup();
    for f in fishbones.iter().filter_map(|id| project.fishbone(id)) {
        b.push(Heading(3, format!("Fishbone diagram: {}", f.effect)));
        b.push(Block::Picture(self::Picture::Fishbone(f.id.to_string())));
    }
    for w in whys.iter().filter_map(|id| project.whys_analysis(id)) {
        b.push(Heading(3, format!("5 Whys: {}", w.problem)));
        b.push(List(
            w.walk()
                .iter()
                .map(|v| {
                    format!(
                        "{}Because {}{}",
                        "› ".repeat(v.depth.saturating_sub(1)),
                        v.answer.text,
                        if v.answer.root_cause {
                            " (root cause)"
                        } else {
                            ""
                        }
                    )
                })
                .collect(),
        ));
    }
    // Task
    b.push(Heading(2, "Task".into()));
    b.push(Para(format!(
        "Objective: {}",
        or_none(&cycle.objective, "not set yet.")
    )));
    b.push(Para(format!(
        "Baseline: {}. Target: {}.",
        pick_label(project, cycle.baseline.as_ref()),
        cycle
            .target
            .map_or_else(|| "none set".into(), |t| t.to_string())
    )));
    // Action
    b.push(Heading(2, "Action".into()));
    b.push(Heading(3, "Options weighed".into()));
    let m = matrix(cycle);
    if cycle.options.is_empty() {
        b.push(Para("No options were weighed.".into()));
    } else {
        let mut headers = vec!["Criterion".to_string(), "Weight".to_string()];
        headers.extend(cycle.options.iter().map(|o| o.name.clone()));
        let mut rows: Vec<Vec<String>> = cycle
            .criteria
            .iter()
            .map(|k| {
                let mut row = vec![k.name.clone(), k.weight.to_string()];
                row.extend(
                    cycle
                        .options
                        .iter()
                        .map(|o| o.scores.get(&k.id).map_or("–".into(), |s| s.to_string())),
                );
                row
            })
            .collect();
        for q in &cycle.constraints {
            let mut row = vec![format!("Must: {}", q.text), String::new()];
            row.extend(cycle.options.iter().map(|o| {
                if o.fails.contains(&q.id) {
                    "fails".into()
                } else {
                    "meets".into()
                }
            }));
            rows.push(row);
        }
        let mut total = vec!["Total (1–5)".to_string(), String::new()];
        total.extend(cycle.options.iter().map(|o| match m.standing(&o.id) {
            Some(s) if s.ruled_out() => "ruled out".into(),
            Some(s) => match (s.total, s.rank) {
                (Some(t), Some(r)) => format!("{t:.2} (rank {r})"),
                _ => "not fully scored".into(),
            },
            None => String::new(),
        }));
        rows.push(total);
        b.push(Table { headers, rows });
        b.push(Para(robustness_text(cycle, &m)));
        let notes: Vec<String> = cycle
            .options
            .iter()
            .filter(|o| !o.pros.is_empty() || !o.cons.is_empty())
            .map(|o| {
                format!(
                    "{}: pros: {}; cons: {}",
                    o.name,
                    or_none(&o.pros, "none noted"),
                    or_none(&o.cons, "none noted")
                )
            })
            .collect();
        if !notes.is_empty() {
            b.push(List(notes));
        }
    }
    b.push(Para(match cycle.chosen_option() {
        Some(o) => format!(
            "Chosen: {}. Why: {}",
            o.name,
            or_none(&cycle.justification, "no justification written.")
        ),
        None => "No option chosen yet.".into(),
    }));
    if !cycle.resources.trim().is_empty() {
        b.push(Para(format!(
            "Resources and constraints: {}",
            cycle.resources.trim()
        )));
    }
    if !cycle.contingency.trim().is_empty() {
        b.push(Para(format!("Contingency: {}", cycle.contingency.trim())));
    }
    b.push(List(
        Law::ALL
            .iter()
            .map(|law| {
                let c = cycle.compliance.get(law).cloned().unwrap_or_default();
                format!(
                    "{}: {}{}",
                    law.name(),
                    if c.checked {
                        "checked, complies"
                    } else {
                        "not checked"
                    },
                    if c.notes.trim().is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", c.notes.trim())
                    }
                )
            })
            .collect(),
    ));
    if !cycle.stakeholders.is_empty() {
        b.push(Heading(3, "Stakeholders told".into()));
        b.push(Table {
            headers: vec!["Who".into(), "How".into(), "When".into()],
            rows: cycle
                .stakeholders
                .iter()
                .map(|s| vec![s.who.clone(), s.how.clone(), s.when.clone()])
                .collect(),
        });
    }
    b.push(Heading(3, "Actions".into()));
    if cycle.actions.is_empty() {
        b.push(Para("No actions recorded.".into()));
    } else {
        b.push(Table {
            headers: vec![
                "Action".into(),
                "Owner".into(),
                "Due".into(),
                "Status".into(),
                "Notes".into(),
            ],
            rows: cycle
                .actions
                .iter()
                .map(|a| {
                    vec![
                        a.what.clone(),
                        or_none(&a.owner, "–"),
                        day(a.due),
                        format!("{} ({})", a.status.words(), timing(a, today).words()),
                        a.notes.clone(),
                    ]
                })
                .collect(),
        });
    }
    // Result
    b.push(Heading(2, "Result".into()));
    b.push(Para(match check(cycle, project) {
        Ok(r) => format!(
            "Before: {}. After: {}. {} ({})",
            pick_label(project, cycle.baseline.as_ref()),
            pick_label(project, cycle.after.as_ref()),
            r.sentence(cycle.target),
            r.comparison.method
        ),
        Err(why) => format!("No result yet: {why}"),
    }));
    if let Some((Ok(rc), labels)) = cycle.baseline.as_ref().map(|b| run_chart(b, project)) {
        b.push(Block::Picture(self::Picture::RunChart(
            rc.svg(&labels, 640, 260),
        )));
        b.push(Para(rc.summary()));
    }
    b.push(Para(match &cycle.decision {
        None => "Decision: not made yet.".into(),
        Some(ActDecision::Standardise { what, told }) => format!(
            "Decision: standardise. {} Told: {}",
            or_none(what, "What becomes standard is not written yet."),
            or_none(told, "not recorded.")
        ),
        Some(ActDecision::Adjust { what }) => {
            format!("Decision: adjust and run again. {}", or_none(what, ""))
        }
        Some(ActDecision::Abandon { reason }) => format!(
            "Decision: abandon. Reason: {}",
            or_none(reason, "not given.")
        ),
    }));
    if !cycle.lessons.trim().is_empty() {
        b.push(Para(format!("Lessons learned: {}", cycle.lessons.trim())));
    }
    let f = &cycle.follow_up;
    b.push(Para(match (f.due, f.done) {
        (_, true) => format!(
            "Follow-up done: {}",
            or_none(&f.result, "no finding written.")
        ),
        (Some(d), false) if d < today => format!("Follow-up overdue since {}.", day(Some(d))),
        (Some(d), false) => format!("Follow-up due {}.", day(Some(d))),
        (None, false) => "No follow-up date set.".into(),
    }));
    Report {
        title: format!("Evidence report: {}", cycle.title),
        blocks: b,
    }
}

/// The report as Markdown: every piece of user text escaped, pictures as a note (the
/// printed report has them), tables as pipe tables.
pub fn to_markdown(r: &Report) -> String {
    let mut out = format!("# {}\n\n", escape(&r.title));
    for block in &r.blocks {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&format!("{} {}\n\n", "#".repeat(usize::from(*level)), escape(text)))
            }
            Block::Para(text) => out.push_str(&format!("{}\n\n", escape(text))),
            Block::List(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", escape(i)));
                }
                out.push('\n');
            }
            Block::Table { headers, rows } => {
                let line = |cells: &[String]| format!("| {} |\n", cells.iter().map(|c| escape(c)).collect::<Vec<_>>().join(" | "));
                out.push_str(&line(headers));
                out.push_str(&format!("|{}\n", " --- |".repeat(headers.len())));
                for row in rows {
                    out.push_str(&line(row));
                }
                out.push('\n');
            }
            Block::Picture(Picture::Fishbone(_)) => {
                out.push_str("(The fishbone diagram is in the printed report and can be saved as SVG or PNG from the diagram's page.)\n\n")
            }
            Block::Picture(Picture::RunChart(_)) => {
                out.push_str("(The run chart is in the printed report.)\n\n")
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
