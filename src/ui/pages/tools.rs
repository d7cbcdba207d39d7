//! The tools of the improvement cycle, registered in one place.
//!
//! Each tool's `ui/pages/<tool>/mod.rs` exports one [`Tool`]: its name, the step of
//! the cycle it serves, its pages (which addresses of [`Route`] it shows, under what
//! title) and its line on the project page. The shell's navigation, the window title
//! and the project page all read [`TOOLS`], so adding a tool is one entry here and
//! nothing else in the shell. A tool joins the list only when it works: until then its
//! pages are not reachable from the navigation.

use super::{complaints, fishbone, journey, kpi, pdca, whys};
use crate::domain::Project;
use crate::ui::route::Route;
use yew::Html;

/// Every tool a user can reach, in the order of the cycle.
pub const TOOLS: &[Tool] = &[
    complaints::TOOL,
    kpi::TOOL,
    journey::TOOL,
    fishbone::TOOL,
    whys::TOOL,
    pdca::TOOL,
];

/// A step of the improvement cycle, in the words the users' training gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CycleStep {
    /// Log complaints and feedback, watch KPIs, tell one-off problems from recurring ones.
    Detect,
    /// Map the journey to see where it hurts; find root causes.
    Analyse,
    /// Plan the fix as a PDCA cycle.
    Resolve,
    /// Check the KPI against the baseline after the change; keep the evidence.
    Review,
}

impl CycleStep {
    /// The steps in the order the cycle runs.
    pub const ALL: [CycleStep; 4] = [
        CycleStep::Detect,
        CycleStep::Analyse,
        CycleStep::Resolve,
        CycleStep::Review,
    ];

    /// The step's name as users say it.
    pub fn name(self) -> &'static str {
        match self {
            CycleStep::Detect => "Detect",
            CycleStep::Analyse => "Analyse",
            CycleStep::Resolve => "Resolve",
            CycleStep::Review => "Review",
        }
    }
}

/// How a page is framed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// In the app's frame: header, navigation, undo and redo, banners.
    App,
    /// The page alone, for a projector: no app chrome at all.
    Bare,
}

/// One page of the app: a tool's, for an address the tool owns, or the shell's own.
pub struct Page {
    /// The page's title, for the window title ("Journey maps · CX Workbench").
    pub title: &'static str,
    /// Whether the app's frame is drawn around it.
    pub frame: Frame,
    /// The page itself.
    pub view: Html,
}

/// A tool of the cycle, as the shell and the project page see it.
pub struct Tool {
    /// The tool's name in the navigation and on the project page ("Journey maps").
    pub name: &'static str,
    /// The step of the cycle the tool serves.
    pub step: CycleStep,
    /// What the tool is for, in a few words, shown on the project page.
    pub purpose: &'static str,
    /// The tool's first page for a project (given its id).
    pub home: fn(&str) -> Route,
    /// The tool's page for an address, or `None` when the address is not the tool's.
    pub page: fn(&Route) -> Option<Page>,
    /// What the project holds in this tool, in one line ("3 journey maps, 14 pain
    /// points"): a domain function, so it is tested natively.
    pub summary: fn(&Project) -> String,
}

/// The tool whose page `route` is, with that page.
pub fn page(route: &Route) -> Option<(&'static Tool, Page)> {
    TOOLS
        .iter()
        .find_map(|tool| (tool.page)(route).map(|page| (tool, page)))
}

/// The steps that have at least one tool, each with its tools: a step with no working
/// tool yet is not shown at all.
pub fn by_step() -> Vec<(CycleStep, Vec<&'static Tool>)> {
    CycleStep::ALL
        .into_iter()
        .map(|step| {
            let tools = TOOLS.iter().filter(|t| t.step == step).collect();
            (step, tools)
        })
        .filter(|(_, tools): &(CycleStep, Vec<&Tool>)| !tools.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ProjectId, ProjectText};
    use chrono::{DateTime, Utc};
    use yew_router::Routable;

    /// Every address of the app, with sample ids in place of its parameters.
    fn every_route() -> Vec<Route> {
        Route::routes()
            .into_iter()
            .map(|pattern| {
                let path = pattern
                    .replace(":id", "p1")
                    .replace(":map", "m1")
                    .replace(":fishbone", "f1")
                    .replace(":whys", "w1")
                    .replace(":entry", "n1");
                Route::recognize(&path).unwrap_or_else(|| panic!("{pattern} is not known"))
            })
            .collect()
    }

    #[test]
    fn each_tool_is_listed_once_and_in_the_order_of_the_cycle() {
        for (i, a) in TOOLS.iter().enumerate() {
            assert!(!a.name.is_empty() && !a.purpose.is_empty());
            assert!(
                TOOLS[i + 1..].iter().all(|b| b.name != a.name),
                "{}",
                a.name
            );
        }
        assert!(TOOLS.windows(2).all(|w| w[0].step <= w[1].step));
    }

    #[test]
    fn each_tool_owns_its_home_page_and_only_its_own_pages() {
        for tool in TOOLS {
            let home = (tool.home)("p1");
            assert_eq!(home.project_id(), Some("p1"), "{}", tool.name);
            let (owner, page) = super::page(&home).expect("the home page is the tool's");
            assert_eq!(owner.name, tool.name);
            assert_eq!(
                page.frame,
                Frame::App,
                "{}: the home page has the navigation",
                tool.name
            );
        }
        for route in every_route() {
            let owners = TOOLS.iter().filter(|t| (t.page)(&route).is_some()).count();
            assert!(owners <= 1, "{route:?} is claimed by {owners} tools");
            if owners == 1 {
                assert!(
                    route.project_id().is_some(),
                    "{route:?}: a tool's page is a project's"
                );
            }
        }
    }

    #[test]
    fn the_tools_own_the_pages_they_always_had() {
        let owner = |path: &str| {
            super::page(&Route::recognize(path).unwrap()).map(|(t, p)| (t.name, p.title, p.frame))
        };
        assert_eq!(
            owner("/project/p1/kpis"),
            Some(("KPIs", "KPIs", Frame::App))
        );
        assert_eq!(
            owner("/project/p1/journeys"),
            Some(("Journey maps", "Journey maps", Frame::App))
        );
        assert_eq!(
            owner("/project/p1/journeys/m1"),
            Some(("Journey maps", "Journey maps", Frame::App))
        );
        assert_eq!(
            owner("/project/p1/journeys/m1/present"),
            Some(("Journey maps", "Presenter view", Frame::Bare))
        );
        for path in [
            "/",
            "/project/p1",
            "/plans",
            "/backup",
            "/settings",
            "/not-found",
        ] {
            assert_eq!(owner(path), None, "{path} is the app's own page");
        }
    }

    #[test]
    fn steps_without_a_working_tool_are_left_out() {
        let steps = by_step();
        assert_eq!(
            steps.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            [CycleStep::Detect, CycleStep::Analyse, CycleStep::Resolve]
        );
        assert_eq!(
            steps.iter().map(|(_, t)| t.len()).sum::<usize>(),
            TOOLS.len()
        );
    }

    #[test]
    fn every_tool_sums_up_an_empty_project() {
        let text = ProjectText::parse("Late deliveries, Q3", "").unwrap();
        let project = Project::new(ProjectId("p1".into()), text, DateTime::<Utc>::UNIX_EPOCH);
        let lines: Vec<String> = TOOLS.iter().map(|t| (t.summary)(&project)).collect();
        assert_eq!(
            lines,
            [
                "No complaints logged yet",
                "No survey data or contact records yet",
                "No journey maps yet",
                "No fishbone diagrams yet",
                "No 5 Whys yet",
                "No PDCA plans yet"
            ]
        );
    }
}
