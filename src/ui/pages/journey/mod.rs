//! Customer journey maps: the list of a project's maps, the map editor (grid, curve,
//! personas, workshop tools, exports) and the presenter view for the projector.

mod analysis_link;
mod card_feeling;
mod card_view;
mod cell_view;
mod curve;
mod edit;
mod editor_page;
mod example_notice;
mod export_bar;
mod grid;
mod grid_drag;
mod grid_focus;
mod grid_keys;
mod headers;
mod heading_fit;
mod list_page;
mod personas;
mod presenter;
mod voting_table;
mod workshop_panel;

pub use editor_page::JourneyPage;
pub use list_page::JourneysPage;
pub use presenter::PresenterPage;

use super::tools::{CycleStep, Frame, Page, Tool};
use crate::domain::journey::summary::summary;
use crate::ui::route::Route;
use yew::html;

/// Journey maps, as the shell and the project page list them.
pub const TOOL: Tool = Tool {
    name: "Journey maps",
    step: CycleStep::Analyse,
    purpose: "See where the journey hurts: stages, pain points, moments of truth and \
              emotions, mapped live in a workshop.",
    home: |id| Route::Journeys { id: id.into() },
    page,
    summary: |project| summary(&project.journeys),
};

fn page(route: &Route) -> Option<Page> {
    let (title, frame, view) = match route.clone() {
        Route::Journeys { id } => (TOOL.name, Frame::App, html! { <JourneysPage {id} /> }),
        Route::Journey { id, map } => (TOOL.name, Frame::App, html! { <JourneyPage {id} {map} /> }),
        Route::Present { id, map } => (
            "Presenter view",
            Frame::Bare,
            html! { <PresenterPage {id} {map} /> },
        ),
        _ => return None,
    };
    Some(Page { title, frame, view })
}
