//! A project's fishbone diagrams: open one, start one from a problem statement and a
//! set of categories, read one from Mermaid `ishikawa-beta` text, or remove one (undo
//! brings it back). Diagrams started from a journey pain point say which.

use super::edit::new_fishbone_id;
use crate::domain::fishbone::effect_hint::effect_hint;
use crate::domain::fishbone::{mermaid, Fishbone, Preset};
use crate::domain::mermaid_source::diagram_text;
use crate::domain::root_cause::findings;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{event_value, focus_by_id, now, random_u64};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::{MermaidFileInput, ProjectMissing};
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

/// Props of [`FishbonesPage`].
#[derive(Properties, PartialEq)]
pub struct FishbonesPageProps {
    pub id: AttrValue,
}

/// The fishbone diagrams of one project.
#[component]
pub fn FishbonesPage(props: &FishbonesPageProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let effect = use_state(String::new);
    let preset = use_state(|| 0usize);
    let error = use_state(|| None::<String>);
    let mermaid_text = use_state(String::new);
    let mermaid_error = use_state(|| None::<String>);
    let mermaid_notices = use_state(Vec::<String>::new);
    let workspace = ws.workspace();
    let id = ProjectId(props.id.to_string());
    let Some(project) = workspace.project(&id) else {
        return html! { <ProjectMissing /> };
    };

    let open = {
        let (navigator, id) = (navigator.clone(), id.clone());
        move |fishbone: String| {
            if let Some(n) = &navigator {
                n.push(&Route::Fishbone {
                    id: id.to_string(),
                    fishbone,
                });
            }
        }
    };
    let on_create = {
        let (ws, id, effect, preset, error, open) = (
            ws.clone(),
            id.clone(),
            effect.clone(),
            preset.clone(),
            error.clone(),
            open.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if effect.trim().is_empty() {
                error.set(Some(
                    "Write the problem first: what happens, where, when and how much.".into(),
                ));
                focus_by_id("new-fishbone-effect");
                return;
            }
            let chosen = Preset::ALL[(*preset).min(Preset::ALL.len() - 1)];
            let fid = new_fishbone_id();
            let f = Fishbone::new(fid.clone(), &effect, chosen, random_u64);
            ws.apply(Action::AddFishbone {
                project: id.clone(),
                fishbone: f,
                pain_point: None,
                at: now(),
            });
            error.set(None);
            effect.set(String::new());
            open(fid.to_string());
        })
    };
    let on_import = {
        let (ws, id, text, mermaid_error, notices, open) = (
            ws.clone(),
            id.clone(),
            mermaid_text.clone(),
            mermaid_error.clone(),
            mermaid_notices.clone(),
            open.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match mermaid::parse(&diagram_text(&text, "ishikawa")) {
                Ok(imported) => {
                    let said: Vec<String> = imported
                        .notices
                        .iter()
                        .map(|n| format!("Line {}: {}", n.line, n.message))
                        .collect();
                    let fid = new_fishbone_id();
                    ws.apply(Action::AddFishbone {
                        project: id.clone(),
                        fishbone: imported.into_fishbone(fid.clone(), random_u64),
                        pain_point: None,
                        at: now(),
                    });
                    mermaid_error.set(None);
                    text.set(String::new());
                    notices.set(said);
                    open(fid.to_string());
                }
                Err(err) => {
                    mermaid_error.set(Some(format!("Nothing was imported. Mermaid text, {err}.")));
                    focus_by_id("fishbone-mermaid");
                }
            }
        })
    };
    let hint = effect_hint(&effect).filter(|_| !effect.trim().is_empty());

    html! {
        <>
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: id.to_string() }}>{ project.name.clone() }</Link<Route>>
            </p>
            <h1>{ "Fishbone diagrams" }</h1>
            <p class="lead">{ "Put the problem at the head, gather the possible causes by category, check each \
                               against the evidence, and ask why of the ones that hold — before choosing a fix." }</p>
            if project.fishbones.is_empty() {
                <p class="empty">{ "No fishbone diagrams yet. Start one below, or from a pain point on a journey map \
                                    (\u{201c}Analyse root cause\u{201d})." }</p>
            } else {
                <ul class="journey-list">
                    { for project.fishbones.iter().map(|f| {
                        let remove = {
                            let (ws, id, fid) = (ws.clone(), id.clone(), f.id.clone());
                            Callback::from(move |_| ws.apply(Action::RemoveFishbone {
                                project: id.clone(),
                                fishbone: fid.clone(),
                                at: now(),
                            }))
                        };
                        let title = if f.effect.trim().is_empty() { "(no problem statement yet)".to_string() } else { f.effect.clone() };
                        let from = f.source.as_ref().map(|s| format!(" · from a pain point at {}", s.stage));
                        html! {
                            <li key={f.id.to_string()} class="journey-list__item">
                                <Link<Route> to={Route::Fishbone { id: id.to_string(), fishbone: f.id.to_string() }}>
                                    { title.clone() }
                                </Link<Route>>
                                <span class="meta">{ format!(" · {}{}", findings(project, f).words(), from.unwrap_or_default()) }</span>
                                <button type="button" class="button button--warning button--small"
                                    aria-label={format!("Remove fishbone diagram {title}")} onclick={remove}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
                <p class="hint">{ "Removing a diagram can be undone with Undo (Ctrl+Z)." }</p>
            }
            if !mermaid_notices.is_empty() {
                <section class="panel" aria-labelledby="fishbone-notices">
                    <h2 id="fishbone-notices">{ "How the Mermaid text was read" }</h2>
                    <ul>{ for mermaid_notices.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                </section>
            }
            <section class="panel" aria-labelledby="new-fishbone-heading">
                <h2 id="new-fishbone-heading">{ "New fishbone diagram" }</h2>
                if let Some(e) = &*error {
                    <p class="field-error" id="new-fishbone-error" role="alert">{ e.clone() }</p>
                }
                <form onsubmit={on_create} novalidate=true>
                    <div class="field">
                        <label for="new-fishbone-effect">{ "Problem (the effect)" }</label>
                        <input id="new-fishbone-effect" type="text" maxlength="300" value={(*effect).clone()}
                            aria-describedby={classes!(error.is_some().then_some("new-fishbone-error"), hint.is_some().then_some("new-fishbone-hint")).to_string()}
                            placeholder="34% of late-delivery callers in Q3 were transferred more than twice"
                            oninput={{ let effect = effect.clone(); Callback::from(move |e: InputEvent| effect.set(event_value(&e))) }} />
                        if let Some(h) = &hint {
                            <p class="hint" id="new-fishbone-hint">{ h.message.clone() }</p>
                        }
                    </div>
                    <div class="field">
                        <label for="new-fishbone-preset">{ "Categories" }</label>
                        <select id="new-fishbone-preset" aria-describedby="new-fishbone-preset-about"
                            onchange={{ let preset = preset.clone(); Callback::from(move |e: Event| {
                                preset.set(event_value(&e).parse().unwrap_or(0))
                            }) }}>
                            { for Preset::ALL.iter().enumerate().map(|(i, p)| html! {
                                <option value={i.to_string()} selected={i == *preset}>{ p.name() }</option>
                            }) }
                        </select>
                        <p class="hint" id="new-fishbone-preset-about">
                            { Preset::ALL[(*preset).min(Preset::ALL.len() - 1)].description() }
                        </p>
                    </div>
                    <button type="submit" class="button">{ "Create diagram" }</button>
                </form>
            </section>
            <section class="panel" aria-labelledby="fishbone-mermaid-heading">
                <h2 id="fishbone-mermaid-heading">{ "Import Mermaid ishikawa text" }</h2>
                <p class="hint">{ "Paste a Mermaid \u{201c}ishikawa-beta\u{201d} diagram (on its own, or in a Markdown document's mermaid block), or choose its file: the first line after the \
                                   keyword is the problem, the lines indented under it the categories, and deeper lines \
                                   their causes." }</p>
                if let Some(e) = &*mermaid_error {
                    <p class="field-error" id="fishbone-mermaid-error" role="alert">{ e.clone() }</p>
                }
                <form onsubmit={on_import} novalidate=true>
                    <div class="field">
                        <label for="fishbone-mermaid">{ "Mermaid text" }</label>
                        <textarea id="fishbone-mermaid" rows="8" class="code"
                            aria-describedby={mermaid_error.is_some().then_some("fishbone-mermaid-error")}
                            value={(*mermaid_text).clone()}
                            oninput={{ let t = mermaid_text.clone(); Callback::from(move |e: InputEvent| t.set(event_value(&e))) }} />
                    </div>
                    <MermaidFileInput id="fishbone-mermaid-file" text={mermaid_text.clone()} error={mermaid_error.clone()} />
                    <button type="submit" class="button button--secondary">{ "Import as a new diagram" }</button>
                </form>
            </section>
        </>
    }
}
