//! Import a backup file: read and check it, show what it holds, then add its projects
//! as new ones or replace the workspace after confirmation. Nothing is merged silently,
//! and nothing changes when the file has a problem.

use crate::domain::dates::show_iso_time;
use crate::state::Action;
use crate::storage::backup::{
    fresh_copies, read_backup, BackupContents, BackupScope, MAX_BACKUP_BYTES,
};
use crate::storage::ReadError;
use crate::ui::browser::new_project_id;
use crate::ui::hooks::use_workspace;
use crate::ui::widgets::{Banner, BannerKind};
use gloo::file::callbacks::FileReader;
use gloo::file::File;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Where the import is.
#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading(String),
    Failed {
        file: String,
        problems: Vec<String>,
    },
    Ready {
        file: String,
        contents: BackupContents,
    },
    ConfirmReplace {
        file: String,
        contents: BackupContents,
    },
    Done(String),
}

/// The import section.
#[component]
pub fn ImportPanel() -> Html {
    let ws = use_workspace();
    let stage = use_state(|| Stage::Idle);
    let reader = use_mut_ref(|| None::<FileReader>);
    let input = use_node_ref();

    let on_file = {
        let (stage, reader) = (stage.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let target: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = target.files().and_then(|f| f.get(0)) else {
                return;
            };
            let file = File::from(file);
            let name = file.name();
            // Checked before reading, so a huge file is never loaded into memory.
            if file.size() > MAX_BACKUP_BYTES as u64 {
                stage.set(Stage::Failed {
                    problems: vec![ReadError::TooLarge {
                        bytes: file.size() as usize,
                        limit: MAX_BACKUP_BYTES,
                    }
                    .to_string()],
                    file: name,
                });
                target.set_value("");
                return;
            }
            stage.set(Stage::Reading(name.clone()));
            let stage = stage.clone();
            let task = gloo::file::callbacks::read_as_text(&file, move |result| {
                stage.set(match result {
                    Err(e) => Stage::Failed {
                        file: name.clone(),
                        problems: vec![format!("the file could not be read: {e}")],
                    },
                    Ok(text) => match read_backup(&text) {
                        Ok(contents) => Stage::Ready {
                            file: name.clone(),
                            contents,
                        },
                        Err(e) => Stage::Failed {
                            file: name.clone(),
                            problems: e.details(),
                        },
                    },
                });
            });
            *reader.borrow_mut() = Some(task);
            // Let the same file be chosen again after a fix.
            target.set_value("");
        })
    };
    let reset = {
        let stage = stage.clone();
        Callback::from(move |_| stage.set(Stage::Idle))
    };

    // The button just pressed has gone: put focus on the outcome.
    use_effect_with(matches!(*stage, Stage::Done(_)), |done| {
        if *done {
            crate::ui::browser::focus_by_id("import-result");
        }
    });

    let body = match &*stage {
        Stage::Idle => html! {},
        Stage::Reading(file) => html! { <p role="status">{ format!("Reading {file}…") }</p> },
        Stage::Failed { file, problems } => html! {
            <Banner kind={BannerKind::Error} title={format!("{file} was not imported")}>
                <p>{ "Nothing has been changed. The file has these problems:" }</p>
                <ul>{ for problems.iter().map(|p| html! { <li><code>{ p }</code></li> }) }</ul>
            </Banner>
        },
        Stage::Ready { file, contents } => {
            let n = contents.workspace.projects.len();
            let exported = contents
                .exported_at
                .as_deref()
                .map(|s| {
                    format!(
                        ", exported {}",
                        show_iso_time(s, ws.workspace().settings.date_style)
                    )
                })
                .unwrap_or_default();
            let kind = match contents.scope {
                BackupScope::Workspace => "a backup of a whole workspace",
                BackupScope::Project => "a single exported project",
            };
            let on_add = {
                let (ws, stage, contents) = (ws.clone(), stage.clone(), contents.clone());
                Callback::from(move |_| {
                    let copies = fresh_copies(
                        &contents.workspace.projects,
                        &ws.workspace(),
                        new_project_id,
                    );
                    let n = copies.len();
                    ws.apply(Action::AddImportedProjects(copies));
                    stage.set(Stage::Done(format!(
                        "Added {n} {} as new. Undo (Ctrl+Z) takes them out again.",
                        if n == 1 { "project" } else { "projects" }
                    )));
                })
            };
            let on_replace = {
                let (stage, file, contents) = (stage.clone(), file.clone(), contents.clone());
                Callback::from(move |_| {
                    stage.set(Stage::ConfirmReplace {
                        file: file.clone(),
                        contents: contents.clone(),
                    })
                })
            };
            html! {
                <div class="import-preview">
                    <p role="status">{ format!("{file} is {kind}{exported}, with {n} {}:", if n == 1 { "project" } else { "projects" }) }</p>
                    <ul>{ for contents.workspace.projects.iter().take(20).map(|p| html! { <li>{ &p.name }</li> }) }</ul>
                    if n > 20 { <p>{ format!("…and {} more.", n - 20) }</p> }
                    <div class="button-row">
                        if n > 0 {
                            <button type="button" class="button" onclick={on_add}>
                                { format!("Add {n} as new {}", if n == 1 { "project" } else { "projects" }) }</button>
                        }
                        if contents.scope == BackupScope::Workspace {
                            <button type="button" class="button button--warning" onclick={on_replace}>
                                { "Replace the whole workspace…" }</button>
                        }
                        <button type="button" class="button button--secondary" onclick={reset.clone()}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        }
        Stage::ConfirmReplace { file, contents } => {
            let current = ws.workspace().projects.len();
            let n = contents.workspace.projects.len();
            let on_confirm = {
                let (ws, stage, contents) = (ws.clone(), stage.clone(), contents.clone());
                Callback::from(move |_| {
                    ws.apply(Action::ReplaceWorkspace(contents.workspace.clone()));
                    stage.set(Stage::Done("The workspace was replaced from the backup. Undo (Ctrl+Z) brings back what was there.".into()));
                })
            };
            html! {
                <Banner kind={BannerKind::Warning} title="Replace the whole workspace?">
                    <p>{ format!("Your {current} {} and settings will be replaced by the {n} in {file}. \
                                  You can undo this straight after.", if current == 1 { "project" } else { "projects" }) }</p>
                    <div class="button-row">
                        <button type="button" class="button button--warning" onclick={on_confirm}>{ "Yes, replace the workspace" }</button>
                        <button type="button" class="button button--secondary" onclick={reset.clone()}>{ "Cancel" }</button>
                    </div>
                </Banner>
            }
        }
        Stage::Done(message) => html! {
            <Banner id="import-result" kind={BannerKind::Success} title={message.clone()} />
        },
    };

    html! {
        <section class="panel" aria-labelledby="import-heading">
            <h2 id="import-heading">{ "Import" }</h2>
            <p>{ "Choose a backup file made by CX Workbench. It is checked first; you then choose to add its \
                  projects as new ones or to replace the whole workspace." }</p>
            <div class="field">
                <label for="import-file">{ "Backup file (.json)" }</label>
                <input id="import-file" ref={input} type="file" accept=".json,application/json" onchange={on_file} />
            </div>
            { body }
        </section>
    }
}
