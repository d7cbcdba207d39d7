//! A project's journey maps: open one, start one from a template, read one from
//! Mermaid `journey` text, or remove one (undo brings it back). An import whose
//! sections repeat a name says so (with the lines) before the map is opened.

use super::edit::{event_value, new_map_id, new_part_id};
use crate::domain::journey::mermaid;
use crate::domain::journey::people::check_title;
use crate::domain::journey::templates::Template;
use crate::domain::journey::{EditError, JourneyState};
use crate::domain::mermaid_source::diagram_text;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{focus_by_id, focus_soon, now};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::{Banner, BannerKind, MermaidFileInput, ProjectMissing};
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

/// Props of [`JourneysPage`].
#[derive(Properties, PartialEq)]
pub struct JourneysPageProps {
    pub id: AttrValue,
}

/// The maps of one project.
#[component]
pub fn JourneysPage(props: &JourneysPageProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let title = use_state(String::new);
    let template = use_state(|| 0usize);
    let mermaid_text = use_state(String::new);
    let error = use_state(|| None::<String>);
    let mermaid_error = use_state(|| None::<String>);
    // A map just imported with something to say about it (sections that repeat a
    // name, scores outside 1–5): (map id, title, heading, what to say, what to do).
    type Notices = (String, String, &'static str, Vec<String>, &'static str);
    let imported = use_state(|| None::<Notices>);
    let workspace = ws.workspace();
    let id = ProjectId(props.id.to_string());
    let Some(project) = workspace.project(&id) else {
        return html! { <ProjectMissing /> };
    };

    let open = {
        let (navigator, id) = (navigator.clone(), id.clone());
        move |map: String| {
            if let Some(n) = &navigator {
                n.push(&Route::Journey {
                    id: id.to_string(),
                    map,
                });
            }
        }
    };
    let on_create = {
        let (ws, id, title, template, error, open) = (
            ws.clone(),
            id.clone(),
            title.clone(),
            template.clone(),
            error.clone(),
            open.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = match check_title(&title) {
                Ok(name) => name,
                Err(e) => {
                    error.set(Some(match e {
                        EditError::EmptyName => {
                            "Give the map a title, e.g. \"Late delivery to refund\".".into()
                        }
                        e => format!("The title is not right: {e}."),
                    }));
                    focus_by_id("new-map-title");
                    return;
                }
            };
            let t = Template::ALL[(*template).min(Template::ALL.len() - 1)];
            let map_id = new_map_id();
            let map = t.build(map_id.clone(), &name, new_part_id);
            ws.apply(Action::AddJourney {
                project: id.clone(),
                journey: map,
                at: now(),
            });
            error.set(None);
            title.set(String::new());
            open(map_id.to_string());
        })
    };
    let on_import = {
        let (ws, id, text, mermaid_error, open, imported) = (
            ws.clone(),
            id.clone(),
            mermaid_text.clone(),
            mermaid_error.clone(),
            open.clone(),
            imported.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let map_id = new_map_id();
            match mermaid::import(&diagram_text(&text, "journey"), map_id.clone(), new_part_id) {
                Ok(imported_map) => {
                    let notices = imported_map.notices();
                    let heading = imported_map.notices_heading();
                    let map = imported_map.map;
                    let title = map.title.clone();
                    ws.apply(Action::AddJourney {
                        project: id.clone(),
                        journey: map,
                        at: now(),
                    });
                    mermaid_error.set(None);
                    text.set(String::new());
                    if let Some((about, todo)) = heading {
                        // Said here, where the text was pasted, before the map opens.
                        imported.set(Some((map_id.to_string(), title, about, notices, todo)));
                        focus_soon("import-notice");
                    } else {
                        imported.set(None);
                        open(map_id.to_string());
                    }
                }
                Err(err) => {
                    mermaid_error.set(Some(format!("Nothing was imported. Mermaid text, {err}.")));
                    focus_by_id("mermaid-text");
                }
            }
        })
    };

    html! {
        <>
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: id.to_string() }}>{ project.name.clone() }</Link<Route>>
            </p>
            <h1>{ "Journey maps" }</h1>
            <p class="lead">{ "Map what the customer does, feels and meets at each stage, mark the pain \
                               points, and run the map live in a workshop." }</p>
            if project.journeys.is_empty() {
                <p class="empty">{ "No journey maps yet. Start one from a template below." }</p>
            } else {
                <ul class="journey-list">
                    { for project.journeys.iter().map(|m| {
                        let remove = {
                            let (ws, id, map) = (ws.clone(), id.clone(), m.id.to_string());
                            Callback::from(move |_| ws.apply(Action::RemoveJourney {
                                project: id.clone(),
                                journey: map.clone(),
                                at: now(),
                            }))
                        };
                        let state = match m.state {
                            JourneyState::Current => "As-is",
                            JourneyState::Future => "To-be",
                        };
                        html! {
                            <li key={m.id.clone()} class="journey-list__item">
                                <Link<Route> to={Route::Journey { id: id.to_string(), map: m.id.to_string() }}>
                                    { m.title.clone() }
                                </Link<Route>>
                                <span class="meta">{ format!(" · {state} · {} stages · {} cards", m.stages.len(), m.cards.len()) }</span>
                                <button type="button" class="button button--warning button--small"
                                    aria-label={format!("Remove map {}", m.title)} onclick={remove}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
                <p class="hint">{ "Removing a map can be undone with Undo (Ctrl+Z)." }</p>
            }
            <section class="panel" aria-labelledby="new-map-heading">
                <h2 id="new-map-heading">{ "New journey map" }</h2>
                if let Some(e) = &*error {
                    <p class="field-error" id="new-map-error">{ e.clone() }</p>
                }
                <form onsubmit={on_create} novalidate=true>
                    <div class="field">
                        <label for="new-map-title">{ "Title" }</label>
                        <input id="new-map-title" type="text" maxlength="200" value={(*title).clone()}
                            aria-describedby={error.is_some().then_some("new-map-error")}
                            oninput={{ let title = title.clone(); Callback::from(move |e: InputEvent| title.set(event_value(&e))) }} />
                    </div>
                    <div class="field">
                        <label for="new-map-template">{ "Start from" }</label>
                        <select id="new-map-template"
                            onchange={{ let template = template.clone(); Callback::from(move |e: Event| {
                                template.set(event_value(&e).parse().unwrap_or(0))
                            }) }}>
                            { for Template::ALL.iter().enumerate().map(|(i, t)| html! {
                                <option value={i.to_string()} selected={i == *template}>{ t.label() }</option>
                            }) }
                        </select>
                    </div>
                    <button type="submit" class="button">{ "Create map" }</button>
                </form>
            </section>
            <section class="panel" aria-labelledby="mermaid-heading">
                <h2 id="mermaid-heading">{ "Import Mermaid journey text" }</h2>
                <p class="hint">{ "Paste a Mermaid \"journey\" diagram, or a Markdown document with one in a mermaid block, or choose its file: the title, sections become stages, tasks \
                                   become customer actions with their own emotion (score 1–5, shown from −2 to +2; the \
                                   section's average is the stage's), and their actors are shown on the card and \
                                   become personas." }</p>
                if let Some(e) = &*mermaid_error {
                    <p class="field-error" id="mermaid-error" role="alert">{ e.clone() }</p>
                }
                if let Some((map, title, about, notices, todo)) = &*imported {
                    <Banner kind={BannerKind::Warning} id="import-notice"
                        title={format!("Imported \u{201c}{title}\u{201d}: {about}")}>
                        <ul>{ for notices.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                        <p>
                            <Link<Route> to={Route::Journey { id: id.to_string(), map: map.clone() }}>
                                { format!("Open {title}") }
                            </Link<Route>>
                            { format!(" · {todo}") }
                        </p>
                    </Banner>
                }
                <form onsubmit={on_import} novalidate=true>
                    <div class="field">
                        <label for="mermaid-text">{ "Mermaid text" }</label>
                        <textarea id="mermaid-text" rows="8" class="code"
                            aria-describedby={mermaid_error.is_some().then_some("mermaid-error")}
                            value={(*mermaid_text).clone()}
                            oninput={{ let t = mermaid_text.clone(); Callback::from(move |e: InputEvent| t.set(event_value(&e))) }} />
                    </div>
                    <MermaidFileInput id="mermaid-text-file" text={mermaid_text.clone()} error={mermaid_error.clone()} />
                    <button type="submit" class="button button--secondary">{ "Import as a new map" }</button>
                </form>
            </section>
        </>
    }
}
