//! Home: create a project, and see every project with when it last changed.

use super::project_row::ProjectRow;
use crate::domain::ProjectText;
use crate::state::Action;
use crate::ui::browser::{new_project_id, now};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::ProjectForm;
use yew::prelude::*;
use yew_router::prelude::Link;

/// The projects page.
#[component]
pub fn ProjectsPage() -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let on_create = {
        let ws = ws.clone();
        Callback::from(move |text: ProjectText| {
            ws.apply(Action::CreateProject {
                id: new_project_id(),
                text,
                at: now(),
            })
        })
    };
    let style = workspace.settings.date_style;
    let projects = workspace.recently_changed();
    let count = match projects.len() {
        1 => "1 project".to_string(),
        n => format!("{n} projects"),
    };
    let workspace_has_plans = projects.iter().any(|p| !p.pdca.is_empty());
    html! {
        <>
            <h1>{ "Projects" }</h1>
            <p class="lead">{ "A project holds one customer-service problem as your team works it through \
                               the cycle: detect, analyse, resolve, review." }</p>
            if workspace_has_plans {
                <p><Link<Route> to={Route::Plans}>{ "All PDCA plans and actions by owner" }</Link<Route>></p>
            }
            <section class="panel no-print" aria-labelledby="new-project-heading">
                <h2 id="new-project-heading">{ "New project" }</h2>
                <ProjectForm id="new-project" submit_label="Create project" on_submit={on_create}
                    clear_on_submit=true />
            </section>
            <section aria-labelledby="project-list-heading">
                <h2 id="project-list-heading" tabindex="-1">{ "Your projects" }
                    <span class="count">{ format!(" ({count})") }</span></h2>
                if projects.is_empty() {
                    <p class="empty">{ "No projects yet. Create one above; it is kept in this browser, \
                                        and you can back it up to a file from the Backup page." }</p>
                } else {
                    <ul class="project-list">
                        { for projects.iter().map(|p| html! {
                            <ProjectRow key={p.id.as_str()} project={(*p).clone()} date_style={style} />
                        }) }
                    </ul>
                }
            </section>
        </>
    }
}
