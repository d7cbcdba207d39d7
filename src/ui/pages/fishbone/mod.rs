//! Fishbone diagrams: the list of a project's diagrams (new from a preset, from a journey
//! pain point, or from Mermaid `ishikawa-beta` text), the editor (an outline beside the
//! picture, the selected cause's status, evidence and 5 Whys, exports, the workshop's
//! dot voting) and the presenter view for the projector.

mod category_tools;
mod cause_panel;
mod edit;
mod editor_links;
mod editor_page;
mod effect_field;
mod export_bar;
mod list_page;
mod mirror;
mod outline;
mod outline_keys;
mod picture;
mod picture_box;
mod presenter;
mod workshop_panel;

pub use edit::{new_category_id, new_cause_id, new_fishbone_id, use_fishbone_edit, FishboneChange};
pub use editor_page::FishbonePage;
pub use list_page::FishbonesPage;
pub use picture::picture_svg;
pub use presenter::FishbonePresenter;

use super::tools::{CycleStep, Frame, Page, Tool};
use crate::domain::root_cause::fishbone_summary;
use crate::ui::route::Route;
use yew::html;

/// Fishbone diagrams, as the shell and the project page list them.
pub const TOOL: Tool = Tool {
    name: "Fishbone diagrams",
    step: CycleStep::Analyse,
    purpose: "Find why it happens: causes by category, each checked against the evidence \
              and voted on in a workshop, before any fix is chosen.",
    home: |id| Route::Fishbones { id: id.into() },
    page,
    summary: fishbone_summary,
};

fn page(route: &Route) -> Option<Page> {
    let (title, frame, view) = match route.clone() {
        Route::Fishbones { id } => (TOOL.name, Frame::App, html! { <FishbonesPage {id} /> }),
        Route::Fishbone { id, fishbone } => (
            "Fishbone diagram",
            Frame::App,
            html! { <FishbonePage {id} {fishbone} /> },
        ),
        Route::PresentFishbone { id, fishbone } => (
            "Presenter view",
            Frame::Bare,
            html! { <FishbonePresenter {id} {fishbone} /> },
        ),
        _ => return None,
    };
    Some(Page { title, frame, view })
}
