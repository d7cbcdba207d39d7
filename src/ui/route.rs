//! Hash routes (`#/project/…`), so the built folder works under any sub-path of any
//! static server without rewrite rules.
//!
//! Every address of the app is listed here, once: addresses are what users bookmark
//! and paste, so each keeps working as pages change. Which page an address shows is
//! said by the shell (the app's own pages) and by each tool's `mod.rs` (its pages; see
//! [`crate::ui::pages::tools`]).

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
    /// A project's fishbone diagrams.
    #[at("/project/:id/fishbones")]
    Fishbones { id: String },
    /// One fishbone diagram, in the editor (outline beside the picture).
    #[at("/project/:id/fishbones/:fishbone")]
    Fishbone { id: String, fishbone: String },
    /// One fishbone diagram in the presenter view (projector, workshop).
    #[at("/project/:id/fishbones/:fishbone/present")]
    PresentFishbone { id: String, fishbone: String },
    /// A project's 5 Whys analyses.
    #[at("/project/:id/whys")]
    WhysList { id: String },
    /// One 5 Whys analysis.
    #[at("/project/:id/whys/:whys")]
    Whys { id: String, whys: String },
    /// A project's PDCA plans.
    #[at("/project/:id/pdca")]
    PdcaList { id: String },
    /// One PDCA cycle: the four quadrants.
    #[at("/project/:id/pdca/:cycle")]
    Pdca { id: String, cycle: String },
    /// A PDCA cycle's evidence report (STAR), to print or save as Markdown.
    #[at("/project/:id/pdca/:cycle/report")]
    PdcaReport { id: String, cycle: String },
    /// A project's complaint and feedback log: the list, and a form to log one.
    #[at("/project/:id/complaints")]
    Complaints { id: String },
    /// One entry of the log, open beside the list.
    #[at("/project/:id/complaints/entry/:entry")]
    Complaint { id: String, entry: String },
    /// Recurring issues in the log: the Pareto chart, control charts, the log's KPIs.
    #[at("/project/:id/complaints/analysis")]
    ComplaintAnalysis { id: String },
    /// Complaints imported from a CSV file, personal data redacted before they are kept.
    #[at("/project/:id/complaints/import")]
    ComplaintImport { id: String },
    /// Data protection across the workspace: erase a customer, export a customer's data,
    /// retention of closed complaints.
    #[at("/data-protection")]
    DataProtection,
    /// Every project's PDCA plans and their actions by owner.
    #[at("/plans")]
    Plans,
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

impl Route {
    /// The project a page belongs to: the project's own page and its tools' pages.
    pub fn project_id(&self) -> Option<&str> {
        // No catch-all arm: a new address must say here whether it is a project's.
        match self {
            Route::Project { id }
            | Route::Kpis { id }
            | Route::Journeys { id }
            | Route::Journey { id, .. }
            | Route::Present { id, .. }
            | Route::Fishbones { id }
            | Route::Fishbone { id, .. }
            | Route::PresentFishbone { id, .. }
            | Route::WhysList { id }
            | Route::Whys { id, .. }
            | Route::PdcaList { id }
            | Route::Pdca { id, .. }
            | Route::PdcaReport { id, .. }
            | Route::Complaints { id }
            | Route::Complaint { id, .. }
            | Route::ComplaintAnalysis { id }
            | Route::ComplaintImport { id } => Some(id),
            Route::Projects
            | Route::Plans
            | Route::DataProtection
            | Route::Backup
            | Route::Settings
            | Route::NotFound => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The addresses the app has always had, as users have bookmarked them.
    const ADDRESSES: [(&str, Option<&str>); 23] = [
        ("/", None),
        ("/project/p1", Some("p1")),
        ("/project/p1/kpis", Some("p1")),
        ("/project/p1/journeys", Some("p1")),
        ("/project/p1/journeys/m1", Some("p1")),
        ("/project/p1/journeys/m1/present", Some("p1")),
        ("/project/p1/fishbones", Some("p1")),
        ("/project/p1/fishbones/f1", Some("p1")),
        ("/project/p1/fishbones/f1/present", Some("p1")),
        ("/project/p1/whys", Some("p1")),
        ("/project/p1/whys/w1", Some("p1")),
        ("/project/p1/pdca", Some("p1")),
        ("/project/p1/pdca/d1", Some("p1")),
        ("/project/p1/pdca/d1/report", Some("p1")),
        ("/project/p1/complaints", Some("p1")),
        ("/project/p1/complaints/entry/n1", Some("p1")),
        ("/project/p1/complaints/analysis", Some("p1")),
        ("/project/p1/complaints/import", Some("p1")),
        ("/data-protection", None),
        ("/plans", None),
        ("/backup", None),
        ("/settings", None),
        ("/not-found", None),
    ];

    #[test]
    fn every_address_still_leads_to_its_page() {
        for (path, project) in ADDRESSES {
            let route = Route::recognize(path).unwrap_or_else(|| panic!("{path} is not known"));
            assert_ne!(
                (route.clone(), path != "/not-found"),
                (Route::NotFound, true),
                "{path}"
            );
            assert_eq!(route.to_path(), path, "{path} is written back the same");
            assert_eq!(route.project_id(), project, "{path}");
        }
        assert_eq!(
            Route::recognize("/project/p1/journeys/m1/present"),
            Some(Route::Present {
                id: "p1".into(),
                map: "m1".into()
            })
        );
    }

    #[test]
    fn every_address_is_one_of_those() {
        // A new address needs a line above, so that it is checked from then on.
        assert_eq!(Route::routes().len(), ADDRESSES.len());
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        assert_eq!(Route::recognize("/project"), Some(Route::NotFound));
        assert_eq!(Route::recognize("/fishbone"), Some(Route::NotFound));
    }
}
