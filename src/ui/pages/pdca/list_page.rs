//! A project's PDCA plans: each with its phase, its next action and how many are
//! overdue; start one, or remove one (undo brings it back).

use super::chain_view::ChainView;
use super::edit::fresh;
use crate::domain::dates::show_day;
use crate::domain::pdca::actions::{next_due, overdue_count};
use crate::domain::pdca::{PdcaCycle, PdcaId};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{event_value, focus_by_id, now};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::ProjectMissing;
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

/// Props of [`PdcaListPage`].
#[derive(Properties, PartialEq)]
pub struct PdcaListPageProps {
    pub id: AttrValue,
}

/// The PDCA plans of one project.
#[component]
pub fn PdcaListPage(props: &PdcaListPageProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let title = use_state(String::new);
    let error = use_state(|| None::<String>);
    let workspace = ws.workspace();
    let id = ProjectId(props.id.to_string());
    let Some(project) = workspace.project(&id) else {
        return html! { <ProjectMissing /> };
    };
    let today = now().date_naive();
    let on_create = {
        let (ws, id, title, error, navigator) = (
            ws.clone(),
            id.clone(),
            title.clone(),
            error.clone(),
            navigator.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if title.trim().is_empty() {
                error.set(Some("Give the plan a title.".into()));
                focus_by_id("new-pdca-title");
                return;
            }
            let cid = PdcaId::fresh(fresh());
            ws.apply(Action::AddPdca {
                project: id.clone(),
                cycle: PdcaCycle::new(cid.clone(), &title, fresh),
                at: now(),
            });
            error.set(None);
            title.set(String::new());
            if let Some(n) = &navigator {
                n.push(&Route::Pdca {
                    id: id.to_string(),
                    cycle: cid.to_string(),
                });
            }
        })
    };
    html! {
        <>
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: id.to_string() }}>{ project.name.clone() }</Link<Route>>
            </p>
            <h1>{ "PDCA plans" }</h1>
            <p class="lead">{ "Plan the fix against the root cause, do it, check the KPI against the baseline, \
                               and act on what the check shows." }</p>
            <p><Link<Route> to={Route::Plans}>{ "All projects' plans and actions by owner" }</Link<Route>></p>
            if project.pdca.is_empty() {
                <p class="empty">{ "No PDCA plans yet. Start one below once a root cause is found." }</p>
            } else {
                <ul class="journey-list">
                    { for project.pdca.iter().map(|c| {
                        let remove = {
                            let (ws, id, cid) = (ws.clone(), id.clone(), c.id.clone());
                            Callback::from(move |_| ws.apply(Action::RemovePdca { project: id.clone(), cycle: cid.clone(), at: now() }))
                        };
                        let overdue = overdue_count(c, today);
                        let next = next_due(c).map(|a| match a.due {
                            Some(d) => format!(" · next: {} (due {})", a.what, show_day(d)),
                            None => format!(" · next: {}", a.what),
                        });
                        html! {
                            <li key={c.id.to_string()} class="journey-list__item">
                                <Link<Route> to={Route::Pdca { id: id.to_string(), cycle: c.id.to_string() }}>{ c.title.clone() }</Link<Route>>
                                <span class="meta">{ format!(" · {}", c.phase.name()) }{ next.unwrap_or_default() }</span>
                                if overdue > 0 {
                                    <span class="badge badge--warning">{ format!("⚠ {overdue} overdue") }</span>
                                }
                                <button type="button" class="button button--warning button--small"
                                    aria-label={format!("Remove PDCA plan {}", c.title)} onclick={remove}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
                <p class="hint">{ "Removing a plan can be undone with Undo (Ctrl+Z)." }</p>
            }
            if let Some(p) = workspace.projects.iter().find(|p| p.id == id) {
                <ChainView project={p.clone()} />
            }
            <section class="panel" aria-labelledby="new-pdca-heading">
                <h2 id="new-pdca-heading">{ "New PDCA plan" }</h2>
                if let Some(e) = &*error {
                    <p class="field-error" id="new-pdca-error" role="alert">{ e.clone() }</p>
                }
                <form onsubmit={on_create} novalidate=true>
                    <div class="field">
                        <label for="new-pdca-title">{ "Title" }</label>
                        <input id="new-pdca-title" type="text" maxlength="200" value={(*title).clone()}
                            aria-describedby={error.is_some().then_some("new-pdca-error")}
                            placeholder="Address changes without a transfer"
                            oninput={{ let t = title.clone(); Callback::from(move |e: InputEvent| t.set(event_value(&e))) }} />
                    </div>
                    <button type="submit" class="button">{ "Start plan" }</button>
                </form>
            </section>
        </>
    }
}
