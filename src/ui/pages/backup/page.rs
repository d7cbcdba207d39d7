//! The Backup page.

use super::export_panel::ExportPanel;
use super::import_panel::ImportPanel;
use super::recovered_copies::RecoveredCopies;
use yew::prelude::*;

/// Export, import and recovered copies.
#[component]
pub fn BackupPage() -> Html {
    html! {
        <>
            <h1>{ "Backup and restore" }</h1>
            <p class="lead">{ "Everything you make is kept in this browser on this device only. A backup \
                               file moves your work to another device or keeps it safe." }</p>
            <ExportPanel />
            <ImportPanel />
            <RecoveredCopies />
        </>
    }
}
