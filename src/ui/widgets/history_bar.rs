//! Undo and Redo buttons, and whether the work is saved.

use crate::ui::hooks::{use_all_saved, use_storage, use_workspace};
use yew::prelude::*;

/// The header's undo/redo controls and save indicator.
#[component]
pub fn HistoryBar() -> Html {
    let ws = use_workspace();
    let (status, _) = use_storage();
    let all_saved = use_all_saved();
    let history = &ws.state().history;
    let undo_title = history
        .undo_label()
        .map(|l| format!("Undo {l} (Ctrl+Z)"))
        .unwrap_or_else(|| "Nothing to undo".into());
    let redo_title = history
        .redo_label()
        .map(|l| format!("Redo {l} (Ctrl+Shift+Z)"))
        .unwrap_or_else(|| "Nothing to redo".into());
    let saved = if status.save_error.is_some() {
        "Not saved"
    } else if status.saving_paused() {
        "Saving paused"
    } else if !all_saved {
        "Saving…"
    } else {
        "All changes saved"
    };
    let on_undo = {
        let ws = ws.clone();
        Callback::from(move |_| ws.undo())
    };
    let on_redo = {
        let ws = ws.clone();
        Callback::from(move |_| ws.redo())
    };
    html! {
        <div class="history-bar">
            <button type="button" class="button button--quiet" onclick={on_undo}
                disabled={history.undo_count() == 0} title={undo_title}
                aria-keyshortcuts="Control+Z">{ "Undo" }</button>
            <button type="button" class="button button--quiet" onclick={on_redo}
                disabled={history.redo_count() == 0} title={redo_title}
                aria-keyshortcuts="Control+Shift+Z Control+Y">{ "Redo" }</button>
            <span class="save-state">{ saved }</span>
        </div>
    }
}
