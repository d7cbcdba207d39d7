//! The frame around every page: skip link, header with navigation and undo/redo,
//! banners, the status line, and the page itself.

use super::hooks::service_worker::use_service_worker;
use super::hooks::undo_keys::use_undo_keys;
use super::hooks::{use_storage, use_workspace};
use super::pages::backup::BackupPage;
use super::pages::journeys::{JourneyPage, JourneysPage, PresenterPage};
use super::pages::kpis::KpisPage;
use super::pages::not_found::NotFoundPage;
use super::pages::project::ProjectPage;
use super::pages::projects::ProjectsPage;
use super::pages::settings::SettingsPage;
use super::route::Route;
use super::widgets::{Banner, BannerKind, HistoryBar, StorageBanners};
use yew::prelude::*;
use yew_router::prelude::*;

fn page(route: Route) -> Html {
    match route {
        Route::Projects => html! { <ProjectsPage /> },
        Route::Project { id } => html! { <ProjectPage id={id} /> },
        Route::Kpis { id } => html! { <KpisPage id={id} /> },
        Route::Journeys { id } => html! { <JourneysPage id={id} /> },
        Route::Journey { id, map } => html! { <JourneyPage id={id} map={map} /> },
        Route::Present { id, map } => html! { <PresenterPage id={id} map={map} /> },
        Route::Backup => html! { <BackupPage /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

fn title(route: &Route) -> &'static str {
    match route {
        Route::Projects | Route::Project { .. } => "Projects",
        Route::Kpis { .. } => "KPIs",
        Route::Journeys { .. } | Route::Journey { .. } => "Journey maps",
        Route::Present { .. } => "Presenter view",
        Route::Backup => "Backup",
        Route::Settings => "Settings",
        Route::NotFound => "Page not found",
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
    let organisation = ws.workspace().settings.organisation.clone();

    // The window title names the page, for tabs and screen readers.
    {
        let t = format!("{} · CX Workbench", title(&route));
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
                super::browser::focus_by_id("main");
            }
        });
    }

    let nav_link = |to: Route, label: &'static str| {
        // A project's pages belong to the Projects section.
        let section = |r: &Route| match r {
            Route::Kpis { .. }
            | Route::Journeys { .. }
            | Route::Journey { .. }
            | Route::Present { .. } => "Projects",
            other => title(other),
        };
        let current = section(&route) == section(&to);
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
    if matches!(route, Route::Present { .. }) {
        return html! {
            <main id="main" class="presenter-main" tabindex="-1">
                <Switch<Route> render={page} />
            </main>
        };
    }
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
                    <Switch<Route> render={page} />
                </main>
            </div>
        </>
    }
}
