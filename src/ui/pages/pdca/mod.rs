//! PDCA plans: the list of a project's cycles, and a cycle as four quadrants (Plan with
//! its options matrix, Do with its actions, Check with the KPI before and after and the
//! run chart, Act with the decision and the follow-up).

mod act_panel;
mod chain_view;
mod check_panel;
mod dashboard_page;
mod do_panel;
mod edit;
mod editor_page;
mod kpi_view;
mod link_field;
mod list_page;
mod matrix_view;
mod overview;
mod plan_panel;
mod report_page;
mod root_cause_plans;
mod stakeholders;

pub use dashboard_page::PlansDashboard;
pub use editor_page::PdcaPage;
pub use list_page::PdcaListPage;
pub use report_page::ReportPage;
pub use root_cause_plans::RootCausePlans;

use super::tools::{CycleStep, Frame, Page, Tool};
use crate::domain::pdca::summary::pdca_summary;
use crate::ui::route::Route;
use yew::html;

/// PDCA plans, as the shell and the project page list them.
pub const TOOL: Tool = Tool {
    name: "PDCA plans",
    step: CycleStep::Resolve,
    purpose: "Plan the fix against the root cause, weigh at least two options, carry out the \
              actions, check the KPI against the baseline and act on what it shows.",
    home: |id| Route::PdcaList { id: id.into() },
    page,
    summary: pdca_summary,
};

fn page(route: &Route) -> Option<Page> {
    let (title, view) = match route.clone() {
        Route::PdcaList { id } => (TOOL.name, html! { <PdcaListPage {id} /> }),
        Route::Pdca { id, cycle } => ("PDCA plan", html! { <PdcaPage {id} {cycle} /> }),
        Route::PdcaReport { id, cycle } => {
            ("Evidence report", html! { <ReportPage {id} {cycle} /> })
        }
        _ => return None,
    };
    Some(Page {
        title,
        frame: Frame::App,
        view,
    })
}
