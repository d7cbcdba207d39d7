//! A project's 5 Whys analyses: open one, start one from a problem statement, or remove
//! one (undo brings it back). An analysis asked of a fishbone cause says which.

use super::edit::new_whys_id;
use crate::domain::whys::WhysAnalysis;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{event_value, focus_by_id, now};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::ProjectMissing;
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

/// Props of [`WhysListPage`].
#[derive(Properties, PartialEq)]
pub struct WhysListPageProps {
    pub id: AttrValue,
}

/// The 5 Whys analyses of one project.
#[component]
pub fn WhysListPage(props: &WhysListPageProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let problem = use_state(String::new);
    let error = use_state(|| None::<String>);
    let workspace = ws.workspace();
    let id = ProjectId(props.id.to_string());
    let Some(project) = workspace.project(&id) else {
        return html! { <ProjectMissing /> };
    };
    let on_create = {
        let (ws, id, problem, error, navigator) = (
            ws.clone(),
            id.clone(),
            problem.clone(),
            error.clone(),
            navigator.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if problem.trim().is_empty() {
                error.set(Some("Write the problem to ask why of.".into()));
                focus_by_id("new-whys-problem");
                return;
            }
            let wid = new_whys_id();
            ws.apply(Action::AddWhys {
                project: id.clone(),
                whys: WhysAnalysis::new(wid.clone(), &problem),
                at: now(),
            });
            error.set(None);
            problem.set(String::new());
            if let Some(n) = &navigator {
                n.push(&Route::Whys {
                    id: id.to_string(),
                    whys: wid.to_string(),
                });
            }
        })
    };
    html! {
        <>
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: id.to_string() }}>{ project.name.clone() }</Link<Route>>
            </p>
            <h1>{ "5 Whys" }</h1>
            <p class="lead">{ "Ask why the problem happens, then why that happens, until you reach a cause you can \
                               remove; check each answer against the facts." }</p>
            if project.whys.is_empty() {
                <p class="empty">{ "No 5 Whys yet. Start one below, or with \u{201c}Ask why\u{201d} on a cause of a \
                                    fishbone diagram." }</p>
            } else {
                <ul class="journey-list">
                    { for project.whys.iter().map(|w| {
                        let remove = {
                            let (ws, id, wid) = (ws.clone(), id.clone(), w.id.clone());
                            Callback::from(move |_| ws.apply(Action::RemoveWhys {
                                project: id.clone(),
                                whys: wid.clone(),
                                at: now(),
                            }))
                        };
                        let on_cause = w.origin.as_ref().and_then(|o| project.fishbone(&o.fishbone).map(|f| (o, f)));
                        html! {
                            <li key={w.id.to_string()} class="journey-list__item">
                                <Link<Route> to={Route::Whys { id: id.to_string(), whys: w.id.to_string() }}>
                                    { w.problem.clone() }
                                </Link<Route>>
                                <span class="meta">{ format!(" · {} · {}", w.verdict().words(), w.summary().words()) }</span>
                                if let Some((o, f)) = on_cause {
                                    <span class="meta">{ " · asked of a cause in " }
                                        <Link<Route> to={Route::Fishbone { id: id.to_string(), fishbone: o.fishbone.clone() }}>
                                            { f.effect.clone() }
                                        </Link<Route>>
                                    </span>
                                }
                                <button type="button" class="button button--warning button--small"
                                    aria-label={format!("Remove 5 Whys {}", w.problem)} onclick={remove}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
                <p class="hint">{ "Removing an analysis can be undone with Undo (Ctrl+Z)." }</p>
            }
            <section class="panel" aria-labelledby="new-whys-heading">
                <h2 id="new-whys-heading">{ "New 5 Whys" }</h2>
                if let Some(e) = &*error {
                    <p class="field-error" id="new-whys-error" role="alert">{ e.clone() }</p>
                }
                <form onsubmit={on_create} novalidate=true>
                    <div class="field">
                        <label for="new-whys-problem">{ "Problem" }</label>
                        <input id="new-whys-problem" type="text" maxlength="300" value={(*problem).clone()}
                            aria-describedby={error.is_some().then_some("new-whys-error")}
                            placeholder="Customers are transferred three times to change an address"
                            oninput={{ let p = problem.clone(); Callback::from(move |e: InputEvent| p.set(event_value(&e))) }} />
                    </div>
                    <button type="submit" class="button">{ "Start 5 Whys" }</button>
                </form>
            </section>
        </>
    }
}
