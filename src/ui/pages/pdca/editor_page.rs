//! A PDCA cycle as four quadrants: Plan (with the options matrix), Do (actions), Check
//! (KPI before and after, run chart) and Act (decision, follow-up). The phase bar moves
//! the cycle on only when its essentials are there, and says what is missing. Every
//! edit is one undo step; a refused one says why above the quadrants.

use super::act_panel::ActPanel;
use super::check_panel::CheckPanel;
use super::do_panel::DoPanel;
use super::edit::{on_text, use_pdca_edit, PdcaChange};
use super::kpi_view::{use_kpi_view, SharedKpiView};
use super::overview::Overview;
use super::plan_panel::PlanPanel;
use crate::domain::file_stem::file_stem;
use crate::domain::pdca::ics::calendar;
use crate::domain::pdca::phase::why_not_next;
use crate::domain::pdca::summary::calendar_entries;
use crate::domain::pdca::{PdcaCycle, PdcaEdit, PdcaId, Phase};
use crate::domain::{Project, ProjectId};
use crate::ui::browser::{download_text, now};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::{Banner, BannerKind, DraftInput};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`PdcaPage`].
#[derive(Properties, PartialEq)]
pub struct PdcaPageProps {
    pub id: AttrValue,
    pub cycle: AttrValue,
}

/// Props every quadrant takes.
#[derive(Properties, Clone)]
pub struct QuadrantProps {
    pub project: Rc<Project>,
    pub cycle: Rc<PdcaCycle>,
    pub on_edit: Callback<PdcaChange>,
    /// The project's KPI data as the plan reads it.
    pub kpi: SharedKpiView,
}

/// Compared by pointer: a change to the project or the plan makes a new `Rc`, and
/// comparing a whole project (its datasets, maps and analyses) on every redraw of each
/// quadrant would cost more than the redraw.
impl PartialEq for QuadrantProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.project, &other.project)
            && Rc::ptr_eq(&self.cycle, &other.cycle)
            && self.on_edit == other.on_edit
            && self.kpi == other.kpi
    }
}

/// The cycle's page.
#[component]
pub fn PdcaPage(props: &PdcaPageProps) -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let project_id = ProjectId(props.id.to_string());
    let on_edit = use_pdca_edit(
        ws.clone(),
        project_id.clone(),
        PdcaId(props.cycle.to_string()),
    );
    let export_error = use_state(|| None::<String>);
    let project = workspace
        .projects
        .iter()
        .find(|p| p.id == project_id)
        .cloned();
    let cycle = project
        .as_ref()
        .and_then(|p| p.pdca.iter().find(|c| c.id == props.cycle.as_str()))
        .cloned();
    let error = ws.state().refusal().map(str::to_string);
    let kpi = use_kpi_view(project.clone(), cycle.clone());
    let (Some(project), Some(cycle)) = (project, cycle) else {
        return html! {
            <>
                <h1>{ "PDCA plan not found" }</h1>
                <p>{ "There is no PDCA plan at this address. It may have been removed: use Undo (Ctrl+Z) to bring it back." }</p>
                <p><Link<Route> to={Route::PdcaList { id: props.id.to_string() }}>{ "Go to the project's PDCA plans" }</Link<Route>></p>
            </>
        };
    };
    let blocked = why_not_next(&cycle);
    let on_next = {
        let (on_edit, next) = (on_edit.clone(), cycle.phase.next());
        Callback::from(move |_| {
            if let Some(phase) = next {
                on_edit.emit(PdcaChange::new(PdcaEdit::SetPhase { phase }));
            }
        })
    };
    let on_back = {
        let (on_edit, previous) = (on_edit.clone(), cycle.phase.previous());
        Callback::from(move |_| {
            if let Some(phase) = previous {
                on_edit.emit(PdcaChange::new(PdcaEdit::SetPhase { phase }));
            }
        })
    };
    let on_ics = {
        let (project, cycle, export_error) = (project.clone(), cycle.clone(), export_error.clone());
        Callback::from(move |_| {
            let entries = calendar_entries(&project, &cycle);
            let text = calendar(&format!("PDCA: {}", cycle.title), &entries, now());
            let name = format!("{}.ics", file_stem(&cycle.title, 8, "pdca-plan"));
            export_error.set(download_text(&name, &text, "text/calendar").err());
        })
    };
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let quadrant = QuadrantProps {
        project: project.clone(),
        cycle: cycle.clone(),
        on_edit: on_edit.clone(),
        kpi,
    };
    html! {
        <div class="pdca-page">
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: props.id.to_string() }}>{ project.name.clone() }</Link<Route>>
                { " › " }
                <Link<Route> to={Route::PdcaList { id: props.id.to_string() }}>{ "PDCA plans" }</Link<Route>>
            </p>
            <h1>{ format!("PDCA: {}", cycle.title) }</h1>
            if let Some(e) = &error {
                <Banner kind={BannerKind::Error} title={e.clone()} />
            }
            <div class="field pdca-title">
                <label for="pdca-title">{ "Title" }</label>
                <DraftInput id="pdca-title" maxlength="200" value={cycle.title.clone()}
                    on_commit={on_text(&on_edit, |title| PdcaEdit::SetTitle { title })} />
            </div>
            <nav class="pdca-phases" aria-label="Phase">
                <ol>
                    { for Phase::ALL.iter().map(|p| html! {
                        <li class={classes!("pdca-phase", (*p == cycle.phase).then_some("pdca-phase--current"))}
                            aria-current={(*p == cycle.phase).then_some("step")}>
                            { if *p < cycle.phase { format!("✓ {}", p.name()) } else { p.name().to_string() } }
                        </li>
                    }) }
                </ol>
                if cycle.phase.previous().is_some() {
                    <button type="button" class="button button--secondary button--small" onclick={on_back}>
                        { format!("Back to {}", cycle.phase.previous().map_or("", |p| p.name())) }
                    </button>
                }
                if let Some(next) = cycle.phase.next() {
                    <button type="button" class="button button--small" onclick={on_next}
                        aria-describedby={blocked.is_some().then_some("pdca-blocked")}>
                        { format!("Move to {}", next.name()) }
                    </button>
                }
                if let Some(why) = &blocked {
                    <p class="hint" id="pdca-blocked">{ why.clone() }</p>
                }
            </nav>
            <Overview ..quadrant.clone() />
            <div class="pdca-details">
                <PlanPanel ..quadrant.clone() />
                <DoPanel ..quadrant.clone() />
                <CheckPanel ..quadrant.clone() />
                <ActPanel ..quadrant />
            </div>
            <div class="export-bar">
                <Link<Route> classes="button button--secondary button--small" to={Route::PdcaReport { id: props.id.to_string(), cycle: props.cycle.to_string() }}>{ "Evidence report" }</Link<Route>>
                <button type="button" class="button button--secondary button--small" onclick={on_ics}>{ "Download due dates (.ics)" }</button>
                <button type="button" class="button button--secondary button--small" onclick={on_print}>{ "Print" }</button>
                if let Some(e) = &*export_error { <span class="field-error">{ format!(" Could not save: {e}") }</span> }
            </div>
        </div>
    }
}
