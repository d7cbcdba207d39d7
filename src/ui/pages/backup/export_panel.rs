//! Download the whole workspace as a backup file.

use crate::domain::wording::all_of;
use crate::ui::downloads::download_workspace;
use crate::ui::hooks::use_workspace;
use crate::ui::widgets::{Banner, BannerKind};
use yew::prelude::*;

/// The export section.
#[component]
pub fn ExportPanel() -> Html {
    let ws = use_workspace();
    let error = use_state(|| None::<String>);
    let workspace = ws.workspace();
    let count = workspace.projects.len();
    let on_export = {
        let (workspace, error) = (workspace.clone(), error.clone());
        Callback::from(move |_| error.set(download_workspace(&workspace).err()))
    };
    html! {
        <section class="panel" aria-labelledby="export-heading">
            <h2 id="export-heading">{ "Export" }</h2>
            <p>{ format!("Saves your settings and {} to one JSON file. To export a single \
                          project, use \"Export this project\" on its page.",
                          all_of(count as u64, "project", "projects")) }</p>
            if let Some(e) = &*error {
                <Banner kind={BannerKind::Error} title={e.clone()} />
            }
            <button type="button" class="button" onclick={on_export}>{ "Download a backup of everything" }</button>
        </section>
    }
}
