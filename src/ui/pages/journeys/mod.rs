//! Customer journey maps: the list of a project's maps, the map editor (grid, curve,
//! personas, workshop tools, exports) and the presenter view for the projector.

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
mod list_page;
mod personas;
mod presenter;
mod workshop_panel;

pub use editor_page::JourneyPage;
pub use list_page::JourneysPage;
pub use presenter::PresenterPage;
