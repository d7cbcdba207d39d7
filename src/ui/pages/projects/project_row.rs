//! One project in the list: its name (a link), description, last change and actions.

use crate::domain::dates::show_date_time;
use crate::domain::{DateStyle, Project};
use crate::state::Action;
use crate::ui::browser::{new_project_id, now};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`ProjectRow`].
#[derive(Properties, PartialEq)]
pub struct ProjectRowProps {
    pub project: Project,
    pub date_style: DateStyle,
}

/// A project in the list.
#[component]
pub fn ProjectRow(props: &ProjectRowProps) -> Html {
    let ws = use_workspace();
    let p = &props.project;
    let on_duplicate = {
        let ws = ws.clone();
        let id = p.id.clone();
        Callback::from(move |_| {
            ws.apply(Action::DuplicateProject {
                source: id.clone(),
                new_id: new_project_id(),
                at: now(),
            })
        })
    };
    let on_delete = {
        let ws = ws.clone();
        let id = p.id.clone();
        Callback::from(move |_| {
            ws.apply(Action::DeleteProject { id: id.clone() });
            // The pressed button goes with the row; keep keyboard focus in the list.
            crate::ui::browser::focus_by_id("project-list-heading");
        })
    };
    html! {
        <li class="project-row">
            <div class="project-row__main">
                <h3 class="project-row__name">
                    <Link<Route> to={Route::Project { id: p.id.to_string() }}>{ &p.name }</Link<Route>>
                </h3>
                if !p.description.is_empty() {
                    <p class="project-row__description">{ &p.description }</p>
                }
                <p class="meta">{ format!("Last changed {}", show_date_time(p.updated_at, props.date_style)) }</p>
            </div>
            <div class="project-row__actions">
                <button type="button" class="button button--secondary" onclick={on_duplicate}
                    aria-label={format!("Duplicate {}", p.name)}>{ "Duplicate" }</button>
                <button type="button" class="button button--warning" onclick={on_delete}
                    aria-label={format!("Delete {}", p.name)}>{ "Delete" }</button>
            </div>
        </li>
    }
}
