//! "Export log as CSV": the project's complaint log downloaded as a CSV file for a
//! spreadsheet or another tool, named after the project and the day.

use crate::domain::complaints::csv::export_csv;
use crate::domain::dates::show_date;
use crate::domain::file_stem::file_stem;
use crate::domain::{DateStyle, ProjectId};
use crate::ui::browser::{download_text, now};
use crate::ui::hooks::use_workspace;
use yew::prelude::*;

/// Props of [`ExportCsvButton`].
#[derive(Properties, PartialEq)]
pub struct ExportCsvButtonProps {
    pub id: AttrValue,
}

/// The file name: "North-queue-complaints-2026-12-01.csv".
fn file_name(project: &str) -> String {
    let day = show_date(now(), DateStyle::Iso);
    format!("{}-complaints-{day}.csv", file_stem(project, 12, "project"))
}

/// Downloads the project's complaint log as CSV (every field of every entry).
#[component]
pub fn ExportCsvButton(props: &ExportCsvButtonProps) -> Html {
    let ws = use_workspace();
    let error = use_state(|| None::<String>);
    let id = ProjectId(props.id.to_string());
    let workspace = ws.workspace();
    let Some(project) = workspace.project(&id) else {
        return html! {};
    };
    let empty = project.complaints.is_empty();
    let onclick = {
        let (ws, error) = (ws.clone(), error.clone());
        Callback::from(move |_| {
            let workspace = ws.workspace();
            let result = match workspace.project(&id) {
                None => Err("the project no longer exists".to_string()),
                Some(p) => download_text(
                    &file_name(&p.name),
                    &export_csv(p.complaints.iter()),
                    "text/csv;charset=utf-8",
                ),
            };
            error.set(result.err());
        })
    };
    html! {
        <div class="export-csv">
            <button type="button" class="button button--secondary" {onclick} disabled={empty}
                title={empty.then_some("The log has no complaints yet")}>
                { "Export log as CSV" }</button>
            if let Some(why) = &*error {
                <p class="error" role="alert">{ format!("The CSV file could not be made: {why}.") }</p>
            }
        </div>
    }
}
