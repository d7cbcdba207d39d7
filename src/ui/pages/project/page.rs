//! A project: name, description and dates; edit, duplicate, export or delete it; and
//! its tools, by step of the cycle.

use super::tool_list::ToolList;
use crate::domain::dates::show_date_time;
use crate::domain::{ProjectId, ProjectText};
use crate::state::Action;
use crate::ui::browser::{new_project_id, now};
use crate::ui::downloads::download_project;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::{Banner, BannerKind, ProjectForm, ProjectMissing};
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

/// Props of [`ProjectPage`].
#[derive(Properties, PartialEq)]
pub struct ProjectPageProps {
    pub id: AttrValue,
}

/// The page of one project.
#[component]
pub fn ProjectPage(props: &ProjectPageProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let editing = use_state(|| false);
    let error = use_state(|| None::<String>);
    let workspace = ws.workspace();
    let id = ProjectId(props.id.to_string());
    let Some(project) = workspace.project_rc(&id).cloned() else {
        return html! { <ProjectMissing /> };
    };
    let style = workspace.settings.date_style;

    let on_save = {
        let (ws, editing, id) = (ws.clone(), editing.clone(), id.clone());
        Callback::from(move |text: ProjectText| {
            ws.apply(Action::EditProject {
                id: id.clone(),
                text,
                at: now(),
            });
            editing.set(false);
        })
    };
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    let on_cancel = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(false))
    };
    let on_duplicate = {
        let (ws, id, navigator) = (ws.clone(), id.clone(), navigator.clone());
        Callback::from(move |_| {
            let new_id = new_project_id();
            ws.apply(Action::DuplicateProject {
                source: id.clone(),
                new_id: new_id.clone(),
                at: now(),
            });
            if let Some(n) = &navigator {
                n.push(&Route::Project {
                    id: new_id.to_string(),
                });
            }
        })
    };
    let on_export = {
        let (workspace, id, error) = (workspace.clone(), id.clone(), error.clone());
        Callback::from(move |_| error.set(download_project(&workspace, &id).err()))
    };
    let on_delete = {
        let (ws, id, navigator) = (ws.clone(), id.clone(), navigator.clone());
        Callback::from(move |_| {
            ws.apply(Action::DeleteProject { id: id.clone() });
            if let Some(n) = &navigator {
                n.push(&Route::Projects);
            }
        })
    };

    html! {
        <>
            <p class="breadcrumb"><Link<Route> to={Route::Projects}>{ "Projects" }</Link<Route>></p>
            if let Some(e) = &*error {
                <Banner kind={BannerKind::Error} title={e.clone()} />
            }
            if *editing {
                <h1>{ "Edit project" }</h1>
                <section class="panel">
                    <ProjectForm id="edit-project" name={project.name.clone()}
                        description={project.description.clone()} submit_label="Save changes"
                        on_submit={on_save} on_cancel={on_cancel} />
                </section>
            } else {
                <h1>{ &project.name }</h1>
                if project.description.is_empty() {
                    <p class="empty">{ "No description yet." }</p>
                } else {
                    <p class="lead preserve-lines">{ &project.description }</p>
                }
                <dl class="facts">
                    <dt>{ "Created" }</dt><dd>{ show_date_time(project.created_at, style) }</dd>
                    <dt>{ "Last changed" }</dt><dd>{ show_date_time(project.updated_at, style) }</dd>
                </dl>
                <div class="button-row">
                    <button type="button" class="button" onclick={on_edit}>{ "Edit name and description" }</button>
                    <button type="button" class="button button--secondary" onclick={on_duplicate}>{ "Duplicate project" }</button>
                    <button type="button" class="button button--secondary" onclick={on_export}>{ "Export this project" }</button>
                    <button type="button" class="button button--warning" onclick={on_delete}>{ "Delete project" }</button>
                </div>
                <p class="hint">{ "Deleting can be undone with Undo (Ctrl+Z). An exported project can be \
                                   imported on another device from its Backup page." }</p>
                <h2>{ "Work in this project" }</h2>
                <ToolList project={project.clone()} />
            }
        </>
    }
}
