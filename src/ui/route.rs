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
