//! Hash routes (`#/project/…`), so the built folder works under any sub-path of any
//! static server without rewrite rules.

use yew_router::Routable;

/// Every page of the app.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// The list of projects (home).
    #[at("/")]
    Projects,
    /// One project.
    #[at("/project/:id")]
    Project { id: String },
    /// A project's KPIs: calculator, imports, figures.
    #[at("/project/:id/kpis")]
    Kpis { id: String },
    /// A project's customer journey maps.
    #[at("/project/:id/journeys")]
    Journeys { id: String },
    /// One journey map, in the editor.
    #[at("/project/:id/journeys/:map")]
    Journey { id: String, map: String },
    /// One journey map in the presenter view (projector, workshop).
    #[at("/project/:id/journeys/:map/present")]
    Present { id: String, map: String },
    /// Export and import of backup files.
    #[at("/backup")]
    Backup,
    /// Organisation, defaults, storage and erasing.
    #[at("/settings")]
    Settings,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
