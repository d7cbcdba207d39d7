//! The complaint and feedback log: the list with its search, filters and deadlines, an
//! entry open beside it, the analysis of recurring issues, CSV import with personal data
//! redacted, and (the app's own page) data protection across the workspace.

mod analysis_page;
mod edit;
mod entry_handling;
mod entry_list;
mod entry_panel;
mod export_button;
mod filters;
mod import_page;
mod kpi_section;
mod log_form;
mod log_page;
mod personal_data_marks;
mod privacy_page;

pub use analysis_page::ComplaintAnalysisPage;
pub use import_page::ComplaintImportPage;
pub use kpi_section::ComplaintKpis;
pub use log_page::ComplaintLogPage;
pub use privacy_page::DataProtectionPage;

use super::tools::{CycleStep, Frame, Page, Tool};
use crate::domain::complaints::summary::complaints_summary;
use crate::ui::route::Route;
use yew::html;

/// The complaint log, as the shell and the project page list it.
pub const TOOL: Tool = Tool {
    name: "Complaint log",
    step: CycleStep::Detect,
    purpose: "Log complaints and feedback with their deadlines, tell one-off problems from \
              recurring ones, and keep personal data out of what is kept.",
    home: |id| Route::Complaints { id: id.into() },
    page,
    summary: complaints_summary,
};

fn page(route: &Route) -> Option<Page> {
    let (title, view) = match route.clone() {
        Route::Complaints { id } => (TOOL.name, html! { <ComplaintLogPage {id} /> }),
        Route::Complaint { id, entry } => (
            TOOL.name,
            html! { <ComplaintLogPage {id} entry={Some(entry)} /> },
        ),
        Route::ComplaintAnalysis { id } => {
            ("Recurring issues", html! { <ComplaintAnalysisPage {id} /> })
        }
        Route::ComplaintImport { id } => {
            ("Import complaints", html! { <ComplaintImportPage {id} /> })
        }
        _ => return None,
    };
    Some(Page {
        title,
        frame: Frame::App,
        view,
    })
}
