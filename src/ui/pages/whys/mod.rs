//! 5 Whys: the list of a project's analyses, and the analysis itself: why → because
//! steps as a tree, answers checked with evidence, root causes with countermeasures, and
//! hints beside each step. An analysis asked of a fishbone cause shows its verdict on
//! that cause.

mod answer_view;
mod countermeasures;
mod edit;
mod editor_page;
mod evidence_form;
mod export_bar;
mod hints_view;
mod list_page;
mod new_answer;
mod rule_out;
mod text_keys;

pub use edit::{new_answer_id, new_countermeasure_id, new_whys_id, use_whys_edit, WhysChange};
pub use editor_page::WhysPage;
pub use list_page::WhysListPage;

use super::tools::{CycleStep, Frame, Page, Tool};
use crate::domain::root_cause::whys_summary;
use crate::ui::route::Route;
use yew::html;

/// 5 Whys, as the shell and the project page list them.
pub const TOOL: Tool = Tool {
    name: "5 Whys",
    step: CycleStep::Analyse,
    purpose: "Ask why until the root cause, check each answer, and set countermeasures \
              that remove the cause rather than remind people of it.",
    home: |id| Route::WhysList { id: id.into() },
    page,
    summary: whys_summary,
};

fn page(route: &Route) -> Option<Page> {
    let (title, view) = match route.clone() {
        Route::WhysList { id } => (TOOL.name, html! { <WhysListPage {id} /> }),
        Route::Whys { id, whys } => ("5 Whys analysis", html! { <WhysPage {id} {whys} /> }),
        _ => return None,
    };
    Some(Page {
        title,
        frame: Frame::App,
        view,
    })
}
