//! Changing the log from its pages: controls send [`ComplaintEdit`] values through one
//! callback; each that changes the log is one undo step, and one that is refused says
//! why (the reducer keeps the reason for the page to show).

use crate::domain::complaints::edit::{ComplaintEdit, EntryChange};
use crate::domain::complaints::model::ComplaintId;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::now;
use crate::ui::hooks::WorkspaceHandle;
use yew::prelude::*;

/// The callback the log's controls use to change it, the same for the life of the page.
#[hook]
pub fn use_log_edit(ws: WorkspaceHandle, project: ProjectId) -> Callback<ComplaintEdit> {
    let dispatcher = use_mut_ref(|| ws.clone());
    *dispatcher.borrow_mut() = ws;
    use_callback(project, move |edit: ComplaintEdit, project| {
        dispatcher.borrow().apply(Action::Complaints {
            project: project.clone(),
            edit,
            at: now(),
        })
    })
}

/// The edit that makes `change` to entry `entry`, written in the audit trail as `by`.
pub fn change(entry: &ComplaintId, change: EntryChange, by: &str) -> ComplaintEdit {
    ComplaintEdit::Change {
        entry: entry.clone(),
        change,
        at: now(),
        by: by.to_string(),
    }
}
