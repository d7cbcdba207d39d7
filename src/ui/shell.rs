//! The frame around every page: skip link, header with navigation and undo/redo,
//! banners, the status line, and the page itself.

use super::hooks::service_worker::use_service_worker;
use super::hooks::undo_keys::use_undo_keys;
use super::hooks::{use_storage, use_workspace};
use super::pages::backup::BackupPage;
use super::pages::complaints::DataProtectionPage;
use super::pages::not_found::NotFoundPage;
use super::pages::pdca::PlansDashboard;
use super::pages::project::{ProjectPage, ToolNav};
use super::pages::projects::ProjectsPage;
use super::pages::settings::SettingsPage;
use super::pages::tools::{self, Frame, Page};
use super::route::Route;
use super::widgets::{Banner, BannerKind, HistoryBar, StorageBanners};
use crate::domain::ProjectId;
use yew::prelude::*;
use yew_router::prelude::*;

/// The page for `route`: the app's own pages here, every tool's from the registry.
fn page(route: &Route) -> Page {
    let framed = |title, view| Page {
        title,
        frame: Frame::App,
        view,
    };
    match route {
        Route::Projects => framed("Projects", html! { <ProjectsPage /> }),
        Route::Project { id } => framed("Projects", html! { <ProjectPage id={id.clone()} /> }),
        Route::Backup => framed("Backup", html! { <BackupPage /> }),
        Route::Settings => framed("Settings", html! { <SettingsPage /> }),
        // Every project's plans: the app's own page, as it is no one project's.
        Route::Plans => framed("All PDCA plans", html! { <PlansDashboard /> }),
        // Erasure and subject access reach every project's log: the app's own page.
        Route::DataProtection => framed("Data protection", html! { <DataProtectionPage /> }),
        other => tools::page(other)
            .map(|(_, page)| page)
            .unwrap_or_else(|| framed("Page not found", html! { <NotFoundPage /> })),
    }
}

/// The main navigation's entry a page comes under: a project's pages, its tools'
/// included, come under Projects; an unknown address under none.
fn section(route: &Route) -> Option<Route> {
    match route {
        Route::Projects | Route::Backup | Route::Settings => Some(route.clone()),
        Route::Plans => Some(Route::Projects),
        Route::DataProtection => Some(Route::Settings),
        other => other.project_id().map(|_| Route::Projects),
    }
}

/// Layout shared by every page.
#[component]
pub fn Shell() -> Html {
    let ws = use_workspace();
    let (status, control) = use_storage();
    use_undo_keys(ws.dispatcher());
    let update = use_service_worker();
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let page = page(&route);
    let organisation = ws.workspace().settings.organisation.clone();

    // The window title names the page, for tabs and screen readers.
    {
        let t = format!("{} · CX Workbench", page.title);
        use_effect_with(t, |t| {
            if let Some(d) = web_sys::window().and_then(|w| w.document()) {
                d.set_title(t);
            }
        });
    }
    // Mark the first render, for the load benchmark.
    use_effect_with((), |_| super::browser::mark("cx:first-render"));
    // After moving to another page, put focus at the start of the new content, so
    // keyboard and screen-reader users are not left on a link that has gone.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(route.clone(), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                super::browser::focus_new_page();
            }
        });
    }

    let nav_link = |to: Route, label: &'static str| {
        let current = section(&route).as_ref() == Some(&to);
        html! {
            <li>
                <Link<Route> to={to} classes={classes!("nav__link", current.then_some("nav__link--current"))}>
                    { label }
                </Link<Route>>
            </li>
        }
    };
    let update_banner = update.map(|u| {
        // Reload only with everything saved: a tab whose saving is paused or failing
        // keeps running the old version until its user has dealt with that.
        let safe = !(status.saving_paused() || status.save_error.is_some());
        let reload = {
            let (reload, control) = (u.reload.clone(), control.clone());
            Callback::from(move |_| {
                if control.save_now() {
                    reload.emit(());
                }
            })
        };
        html! {
            <Banner kind={BannerKind::Info} title="A new version of CX Workbench is ready">
                if safe {
                    <p>{ "Reload to use it. Your work is saved first." }</p>
                    <button type="button" class="button" onclick={reload}>{ "Reload now" }</button>
                } else {
                    <p>{ "Deal with the message about saving first; then you can reload to use it \
                          without losing work." }</p>
                }
            </Banner>
        }
    });
    // The presenter view is for the projector: the page alone, no app chrome.
    if page.frame == Frame::Bare {
        return html! {
            <main id="main" class="presenter-main" tabindex="-1">
                { page.view }
            </main>
        };
    }
    // On a tool's pages, the project's other tools are one click away; the project's
    // own page lists them itself, with what each holds. An address naming no project
    // of the workspace gets no bar: its page says the project is not there.
    let tool_nav = match (&route, route.project_id()) {
        (Route::Project { .. }, _) | (_, None) => None,
        (_, Some(project)) => ws
            .workspace()
            .project(&ProjectId(project.to_string()))
            .map(|_| html! { <ToolNav project={project.to_string()} route={route.clone()} /> }),
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={|e: MouseEvent| {
                // A hash link would change the route; move focus instead.
                e.prevent_default();
                super::browser::focus_by_id("main");
            }}>{ "Skip to main content" }</a>
            <header class="header">
                <div class="header__inner">
                    <p class="header__brand">
                        <span class="header__name">{ "CX Workbench" }</span>
                        if !organisation.is_empty() {
                            <span class="header__org">{ organisation.clone() }</span>
                        }
                    </p>
                    <nav class="nav" aria-label="Main">
                        <ul>
                            { nav_link(Route::Projects, "Projects") }
                            { nav_link(Route::Backup, "Backup") }
                            { nav_link(Route::Settings, "Settings") }
                        </ul>
                    </nav>
                    <HistoryBar />
                </div>
            </header>
            { for tool_nav }
            <div class="page">
                <p class="print-only print-heading">
                    { "CX Workbench" }
                    if !organisation.is_empty() { { format!(" · {organisation}") } }
                </p>
                <StorageBanners />
                { for update_banner }
                <p class="status-line" role="status" aria-live="polite">
                    { ws.state().last_change.clone().unwrap_or_default() }
                </p>
                <main id="main" tabindex="-1">
                    { page.view }
                </main>
            </div>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_has_its_page() {
        for pattern in Route::routes() {
            let path = pattern
                .replace(":id", "p1")
                .replace(":map", "m1")
                .replace(":fishbone", "f1")
                .replace(":whys", "w1");
            let route = Route::recognize(&path).unwrap();
            let title = page(&route).title;
            assert_eq!(
                title == "Page not found",
                path == "/not-found",
                "{path}: {title}"
            );
        }
    }

    #[test]
    fn a_project_and_its_tools_come_under_projects() {
        let under = |path: &str| section(&Route::recognize(path).unwrap());
        for path in [
            "/",
            "/project/p1",
            "/project/p1/kpis",
            "/project/p1/journeys/m1",
        ] {
            assert_eq!(under(path), Some(Route::Projects), "{path}");
        }
        assert_eq!(under("/backup"), Some(Route::Backup));
        assert_eq!(under("/settings"), Some(Route::Settings));
        assert_eq!(under("/nowhere"), None);
    }
}
