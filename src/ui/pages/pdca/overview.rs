//! The cycle at a glance, as the four quadrants of the PDCA wheel: what the plan
//! answers and chose, how the actions stand, what the check found, what was decided.
//! Each quadrant links to its part of the page below.

use super::editor_page::QuadrantProps;
use crate::domain::dates::show_day;
use crate::domain::pdca::actions::{next_due, overdue_count};
use crate::domain::pdca::model::ActDecision;
use crate::domain::pdca::phase::Phase;
use crate::domain::wording::counted;
use crate::ui::browser::now;
use yew::prelude::*;

fn quadrant(phase: Phase, current: Phase, anchor: &str, lines: Vec<String>) -> Html {
    let state = match phase.cmp(&current) {
        std::cmp::Ordering::Less => "done",
        std::cmp::Ordering::Equal => "now",
        std::cmp::Ordering::Greater => "to come",
    };
    html! {
        <li class={classes!("pdca-wheel__quadrant", (phase == current).then_some("pdca-wheel__quadrant--current"))}>
            <h3><a href={format!("#{anchor}")}>{ phase.name() }</a>{ format!(" · {state}") }</h3>
            <ul>{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
        </li>
    }
}

/// The four quadrants.
#[component]
pub fn Overview(props: &QuadrantProps) -> Html {
    let c = &props.cycle;
    let today = now().date_naive();
    let plan = vec![
        if c.problem.is_empty() {
            "No problem statement yet".into()
        } else {
            c.problem.clone()
        },
        format!(
            "{}, {} answered",
            counted(c.pain_points.len() as u64, "pain point", "pain points"),
            counted(c.root_causes.len() as u64, "root cause", "root causes")
        ),
        match c.chosen_option() {
            Some(o) => format!("Chosen: {} (of {} options)", o.name, c.options.len()),
            None => format!(
                "{}, none chosen",
                counted(c.options.len() as u64, "option", "options")
            ),
        },
    ];
    let overdue = overdue_count(c, today);
    let done = c
        .actions
        .iter()
        .filter(|a| a.status == crate::domain::pdca::ActionStatus::Done)
        .count();
    let mut doing = vec![format!(
        "{done} of {} done",
        counted(c.actions.len() as u64, "action", "actions")
    )];
    if overdue > 0 {
        doing.push(format!("⚠ {overdue} overdue"));
    }
    if let Some(a) = next_due(c) {
        doing.push(match a.due {
            Some(d) => format!("Next: {} (due {})", a.what, show_day(d)),
            None => format!("Next: {}", a.what),
        });
    }
    let checking = vec![match &props.kpi.0.check {
        Ok(r) => r.sentence(c.target),
        Err(why) => why.clone(),
    }];
    let mut acting = vec![match &c.decision {
        None => "No decision yet".to_string(),
        Some(ActDecision::Standardise { .. }) => "Standardise".into(),
        Some(ActDecision::Adjust { .. }) => "Adjust and run again".into(),
        Some(ActDecision::Abandon { .. }) => "Abandon".into(),
    }];
    match (c.follow_up.due, c.follow_up.done) {
        (_, true) => acting.push("Follow-up done".into()),
        (Some(d), false) if d < today => {
            acting.push(format!("⚠ Follow-up overdue since {}", show_day(d)))
        }
        (Some(d), false) => acting.push(format!("Follow-up due {}", show_day(d))),
        (None, false) => acting.push("No follow-up date yet".into()),
    }
    html! {
        <ol class="pdca-wheel" aria-label="The cycle at a glance">
            { quadrant(Phase::Plan, c.phase, "pdca-plan-heading", plan) }
            { quadrant(Phase::Do, c.phase, "pdca-do-heading", doing) }
            { quadrant(Phase::Check, c.phase, "pdca-check-heading", checking) }
            { quadrant(Phase::Act, c.phase, "pdca-act-heading", acting) }
        </ol>
    }
}
