//! A project's KPIs: the quick calculator, survey imports and the figures they give.

mod calculator;
mod compare_datasets;
mod compare_periods;
mod contact_dataset_view;
mod contact_import_panel;
mod dataset_view;
mod date_format_select;
mod import_panel;
mod page;
mod typed_figures;

pub use page::KpisPage;

use super::tools::{CycleStep, Frame, Page, Tool};
use crate::domain::kpi::summary::summary;
use crate::ui::route::Route;
use yew::html;

/// KPIs, as the shell and the project page list them.
pub const TOOL: Tool = Tool {
    name: "KPIs",
    step: CycleStep::Detect,
    purpose: "NPS, CSAT, FCR and more from survey answers and contact records, each with \
              its definition and 95% interval.",
    home: |id| Route::Kpis { id: id.into() },
    page,
    summary: |project| summary(&project.datasets, &project.contact_datasets),
};

fn page(route: &Route) -> Option<Page> {
    let Route::Kpis { id } = route else {
        return None;
    };
    Some(Page {
        title: TOOL.name,
        frame: Frame::App,
        view: html! { <KpisPage id={id.clone()} /> },
    })
}
