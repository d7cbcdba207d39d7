//! The Act quadrant: standardise, adjust and run again (a new cycle pre-filled from this
//! one and linked to it), or abandon with a reason; lessons learned; the follow-up that
//! confirms the problem has not come back.

use super::edit::{fresh, on_text, PdcaChange};
use super::editor_page::QuadrantProps;
use crate::domain::pdca::model::ActDecision;
use crate::domain::pdca::{PdcaEdit, PdcaId, PlanText};
use crate::state::Action;
use crate::ui::browser::{event_value, now};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::DraftTextarea;
use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

fn checked(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// The Act quadrant.
#[component]
pub fn ActPanel(props: &QuadrantProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let (p, c, on_edit) = (&props.project, &props.cycle, &props.on_edit);
    let decide = |d: Option<ActDecision>| {
        let on_edit = on_edit.clone();
        Callback::from(move |_| {
            on_edit.emit(PdcaChange::new(PdcaEdit::Decide {
                decision: d.clone(),
            }))
        })
    };
    let kind = match &c.decision {
        None => 0,
        Some(ActDecision::Standardise { .. }) => 1,
        Some(ActDecision::Adjust { .. }) => 2,
        Some(ActDecision::Abandon { .. }) => 3,
    };
    let decision_text = |d: &ActDecision| -> Callback<String> {
        let d = d.clone();
        on_text(on_edit, move |t| PdcaEdit::Decide {
            decision: Some(match &d {
                ActDecision::Standardise { told, .. } => ActDecision::Standardise {
                    what: t,
                    told: told.clone(),
                },
                ActDecision::Adjust { .. } => ActDecision::Adjust { what: t },
                ActDecision::Abandon { .. } => ActDecision::Abandon { reason: t },
            }),
        })
    };
    let on_run_again = {
        let (ws, project, cycle, navigator) =
            (ws.clone(), p.id.clone(), c.clone(), navigator.clone());
        Callback::from(move |_| {
            let id = PdcaId::fresh(fresh());
            ws.apply(Action::StartNextPdca {
                project: project.clone(),
                from: cycle.id.clone(),
                cycle: cycle.next_cycle(id.clone()),
                at: now(),
            });
            if let Some(n) = &navigator {
                n.push(&Route::Pdca {
                    id: project.to_string(),
                    cycle: id.to_string(),
                });
            }
        })
    };
    let follow = c.follow_up.clone();
    let on_follow_due = {
        let (on_edit, f) = (on_edit.clone(), follow.clone());
        Callback::from(move |e: Event| {
            let due = NaiveDate::parse_from_str(event_value(&e).trim(), "%Y-%m-%d").ok();
            on_edit.emit(PdcaChange::new(PdcaEdit::SetFollowUp {
                due,
                result: f.result.clone(),
                done: f.done,
            }))
        })
    };
    let on_follow_result = {
        let f = follow.clone();
        on_text(on_edit, move |result| PdcaEdit::SetFollowUp {
            due: f.due,
            result,
            done: f.done,
        })
    };
    let on_follow_done = {
        let (on_edit, f) = (on_edit.clone(), follow.clone());
        Callback::from(move |e: Event| {
            on_edit.emit(PdcaChange::new(PdcaEdit::SetFollowUp {
                due: f.due,
                result: f.result.clone(),
                done: checked(&e),
            }))
        })
    };
    html! {
        <section class="panel pdca-quadrant pdca-quadrant--act" aria-labelledby="pdca-act-heading">
            <h2 id="pdca-act-heading">{ "Act" }</h2>
            <fieldset>
                <legend>{ "Decision" }</legend>
                <label class="pdca-choice"><input type="radio" name="pdca-decision" checked={kind == 1}
                    onchange={decide(Some(ActDecision::Standardise { what: String::new(), told: String::new() }))} />{ " Standardise: make it the new way of working" }</label>
                <label class="pdca-choice"><input type="radio" name="pdca-decision" checked={kind == 2}
                    onchange={decide(Some(ActDecision::Adjust { what: String::new() }))} />{ " Adjust and run again" }</label>
                <label class="pdca-choice"><input type="radio" name="pdca-decision" checked={kind == 3}
                    onchange={decide(Some(ActDecision::Abandon { reason: String::new() }))} />{ " Abandon" }</label>
            </fieldset>
            { match &c.decision {
                Some(d @ ActDecision::Standardise { what, told }) => {
                    let on_told = { let what = what.clone(); on_text(on_edit, move |t| PdcaEdit::Decide { decision: Some(ActDecision::Standardise { what: what.clone(), told: t }) }) };
                    html! { <>
                        <div class="field"><label for="pdca-standard">{ "What becomes standard" }</label>
                            <DraftTextarea key="pdca-standard" id="pdca-standard" value={what.clone()} on_commit={decision_text(d)} /></div>
                        <div class="field"><label for="pdca-told">{ "Who is told, and how" }</label>
                            <DraftTextarea key="pdca-told" id="pdca-told" value={told.clone()} on_commit={on_told} /></div>
                    </> }
                }
                Some(d @ ActDecision::Adjust { what }) => html! { <>
                    <div class="field"><label for="pdca-adjust">{ "What changes in the next cycle" }</label>
                        <DraftTextarea key="pdca-adjust" id="pdca-adjust" value={what.clone()} on_commit={decision_text(d)} /></div>
                    { match c.next.as_ref().filter(|n| p.pdca_cycle(n).is_some()) {
                        Some(n) => html! { <p>{ "Next cycle: " }<Link<Route> to={Route::Pdca { id: p.id.to_string(), cycle: n.to_string() }}>
                            { p.pdca_cycle(n).map(|x| x.title.clone()).unwrap_or_default() }</Link<Route>></p> },
                        None => html! { <button type="button" class="button button--secondary" onclick={on_run_again}>{ "Start the next cycle" }</button> },
                    } }
                </> },
                Some(d @ ActDecision::Abandon { reason }) => html! {
                    <div class="field"><label for="pdca-abandon">{ "Why it is abandoned" }</label>
                        <DraftTextarea key="pdca-abandon" id="pdca-abandon" value={reason.clone()} on_commit={decision_text(d)} /></div>
                },
                None => html! {},
            } }
            if let Some(prev) = c.previous.as_ref().and_then(|id| p.pdca_cycle(id)) {
                <p class="meta">{ "Runs again after " }<Link<Route> to={Route::Pdca { id: p.id.to_string(), cycle: prev.id.to_string() }}>{ prev.title.clone() }</Link<Route>></p>
            }
            <div class="field"><label for="pdca-lessons">{ "Lessons learned" }</label>
                <DraftTextarea id="pdca-lessons" value={c.lessons.clone()}
                    on_commit={on_text(on_edit, |text| PdcaEdit::SetText { field: PlanText::Lessons, text })} /></div>
            <fieldset>
                <legend>{ "Follow-up: has the problem come back?" }</legend>
                <div class="field"><label for="pdca-follow-due">{ "Follow-up date" }</label>
                    <input id="pdca-follow-due" type="date" value={follow.due.map(|d| d.to_string()).unwrap_or_default()} onchange={on_follow_due} /></div>
                <div class="field"><label for="pdca-follow-result">{ "What the follow-up found" }</label>
                    <DraftTextarea id="pdca-follow-result" value={follow.result.clone()} on_commit={on_follow_result} /></div>
                <label class="pdca-choice"><input type="checkbox" checked={follow.done} onchange={on_follow_done} />{ " Follow-up done" }</label>
            </fieldset>
        </section>
    }
}
