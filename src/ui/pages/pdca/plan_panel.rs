//! The Plan quadrant: the problem, what it answers (pain points and root causes, picked),
//! the objective, the baseline and target, the options matrix, resources, stakeholders
//! and the compliance check.

use super::edit::{on_text, PdcaChange};
use super::editor_page::QuadrantProps;
use super::link_field::{link_field, LinkKind};
use super::matrix_view::MatrixView;
use super::stakeholders::Stakeholders;
use crate::domain::pdca::links::{
    pain_point_choices, pain_point_label, root_cause_choices, root_cause_label,
};
use crate::domain::pdca::model::{ComplianceCheck, Law};
use crate::domain::pdca::{PdcaEdit, PlanText};
use crate::ui::browser::event_value;
use crate::ui::widgets::{DraftInput, DraftTextarea};
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn text_area(
    id: &str,
    label: &str,
    value: &str,
    field: PlanText,
    on_edit: &Callback<PdcaChange>,
    hint: &str,
) -> Html {
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            if !hint.is_empty() { <p class="hint">{ hint }</p> }
            <DraftTextarea id={id.to_string()} rows={2} maxlength="5000" value={value.to_string()}
                on_commit={on_text(on_edit, move |text| PdcaEdit::SetText { field, text })} />
        </div>
    }
}

/// The KPI pick list: every figure of the project's data, grouped by month, quarter and
/// week (the group sets the run chart's periods), or none.
pub fn kpi_select(
    id: &str,
    label: &str,
    chosen: Option<&crate::domain::pdca::KpiPick>,
    groups: &[(&'static str, Vec<(crate::domain::pdca::KpiPick, String)>)],
    on_pick: Callback<Option<crate::domain::pdca::KpiPick>>,
) -> Html {
    // One list of every pick, numbered in the order shown, for the options' values.
    let all: Vec<crate::domain::pdca::KpiPick> = groups
        .iter()
        .flat_map(|(_, list)| list.iter().map(|(p, _)| p.clone()))
        .collect();
    let at = chosen.and_then(|c| all.iter().position(|p| p == c));
    let onchange = Callback::from(move |e: Event| {
        let v = event_value(&e);
        on_pick.emit(v.parse::<usize>().ok().and_then(|i| all.get(i)).cloned())
    });
    let mut n = 0;
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            if groups.is_empty() {
                <p class="hint">{ "No KPI data in this project yet: import survey answers or contact records on the KPIs page." }</p>
            }
            <select id={id.to_string()} {onchange}>
                <option value="" selected={at.is_none()}>{ "None picked" }</option>
                { for groups.iter().map(|(name, list)| html! {
                    <optgroup label={*name}>
                        { for list.iter().map(|(_, l)| {
                            let i = n;
                            n += 1;
                            html! { <option value={i.to_string()} selected={at == Some(i)}>{ l.clone() }</option> }
                        }) }
                    </optgroup>
                }) }
            </select>
        </div>
    }
}

/// The Plan quadrant.
#[component]
pub fn PlanPanel(props: &QuadrantProps) -> Html {
    let (p, c, on_edit) = (&props.project, &props.cycle, &props.on_edit);
    let pains: Vec<_> = pain_point_choices(p)
        .into_iter()
        .filter(|(l, _)| !c.pain_points.contains(l))
        .collect();
    let roots: Vec<_> = root_cause_choices(p)
        .into_iter()
        .filter(|(l, _)| !c.root_causes.contains(l))
        .collect();
    let on_baseline = {
        let on_edit = on_edit.clone();
        Callback::from(move |pick| on_edit.emit(PdcaChange::new(PdcaEdit::SetBaseline { pick })))
    };
    let on_target = {
        let on_edit = on_edit.clone();
        Callback::from(move |v: String| {
            let target = if v.trim().is_empty() {
                None
            } else {
                Some(v.trim().parse::<f64>().unwrap_or(f64::NAN))
            };
            on_edit.emit(PdcaChange::new(PdcaEdit::SetTarget { target }))
        })
    };
    html! {
        <section class="panel pdca-quadrant pdca-quadrant--plan" aria-labelledby="pdca-plan-heading">
            <h2 id="pdca-plan-heading">{ "Plan" }</h2>
            { text_area("pdca-problem", "Problem statement", &c.problem, PlanText::Problem, on_edit,
                "What, where, when and how much: \u{201c}34% of late-delivery callers in Q3 were transferred more than twice\u{201d}.") }
            { link_field("Pain points it answers", LinkKind {
                noun: "pain point",
                id: "pdca-add-pain",
                none_yet: "No pain points on this project's journey maps yet.",
                linked: c.pain_points.iter().map(|l| (l.clone(), pain_point_label(p, l))).collect(),
                choices: pains,
                link: |link| PdcaEdit::LinkPainPoint { link },
                unlink: |link| PdcaEdit::UnlinkPainPoint { link },
            }, on_edit) }
            { link_field("Root causes it answers", LinkKind {
                noun: "root cause",
                id: "pdca-add-root",
                none_yet: "No confirmed fishbone causes or 5 Whys root causes yet: analyse the root cause first, so the plan does not jump to a solution.",
                linked: c.root_causes.iter().map(|l| (l.clone(), root_cause_label(p, l))).collect(),
                choices: roots,
                link: |link| PdcaEdit::LinkRootCause { link },
                unlink: |link| PdcaEdit::UnlinkRootCause { link },
            }, on_edit) }
            { text_area("pdca-objective", "Objective (SMART)", &c.objective, PlanText::Objective, on_edit,
                "Specific, measurable, achievable, relevant and time-bound: \u{201c}Fewer than 10% of callers transferred twice by 31 March 2027\u{201d}.") }
            { kpi_select("pdca-baseline", "Baseline KPI", c.baseline.as_ref(), &props.kpi.0.picks, on_baseline) }
            <div class="field">
                <label for="pdca-target">{ "Target (in the KPI's units)" }</label>
                <DraftInput id="pdca-target" kind="number" step="any" value={c.target.map(|t| t.to_string()).unwrap_or_default()} on_commit={on_target} />
            </div>
            <MatrixView ..props.clone() />
            { text_area("pdca-justification", "Why the chosen option", &c.justification, PlanText::Justification, on_edit,
                "Its cost, feasibility, impact on the customer and fit with policy.") }
            { text_area("pdca-resources", "Resources and constraints", &c.resources, PlanText::Resources, on_edit, "") }
            { text_area("pdca-contingency", "Contingency", &c.contingency, PlanText::Contingency, on_edit, "What you will do if it does not work.") }
            <Stakeholders ..props.clone() />
            <fieldset class="pdca-compliance">
                <legend>{ "Compliance check" }</legend>
                { for Law::ALL.iter().map(|law| {
                    let check = c.compliance.get(law).cloned().unwrap_or_default();
                    let key = format!("pdca-law-{}", Law::ALL.iter().position(|l| l == law).unwrap_or(0));
                    let on_tick = {
                        let (on_edit, law, check) = (on_edit.clone(), *law, check.clone());
                        Callback::from(move |e: Event| {
                            let checked = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
                            on_edit.emit(PdcaChange::new(PdcaEdit::SetCompliance { law, check: ComplianceCheck { checked, ..check.clone() } }))
                        })
                    };
                    let on_notes = {
                        let (law, check) = (*law, check.clone());
                        on_text(on_edit, move |notes| PdcaEdit::SetCompliance { law, check: ComplianceCheck { notes, ..check.clone() } })
                    };
                    html! {
                        <div class="pdca-law">
                            <input type="checkbox" id={key.clone()} checked={check.checked} onchange={on_tick} />
                            <label for={key.clone()}>{ format!("{}: complies", law.name()) }</label>
                            <p class="hint">{ law.question() }</p>
                            <label for={format!("{key}-notes")} class="visually-hidden">{ format!("Notes, {}", law.name()) }</label>
                            <DraftTextarea id={format!("{key}-notes")} rows={1} value={check.notes.clone()} on_commit={on_notes} />
                        </div>
                    }
                }) }
            </fieldset>
        </section>
    }
}
