//! The app's state as a Yew reducer: the undo history of the workspace, plus the
//! revision counters that tell persistence what still needs saving.

use super::action::Action;
use super::history::{History, UNDO_DEPTH};
use super::reducer::try_apply;
use crate::domain::Workspace;
use std::rc::Rc;
use yew::Reducible;

/// What the UI can ask of the store.
// Actions are built once and moved into the reducer, never kept in bulk: boxing the
// large ones would cost more allocations than the few bytes it saves.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// A user's change; recorded for undo.
    Apply(Action),
    Undo,
    Redo,
    /// The workspace another tab saved; recorded for undo but already saved.
    LoadFromOtherTab(Workspace),
    /// Persistence wrote this revision to storage.
    MarkSaved(u64),
    /// Everything was erased from this device: empty workspace, no undo.
    EraseAll,
}

/// The state shared through the app by one context provider.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub history: History<Workspace>,
    /// Goes up by one with every change of the workspace (including undo and redo).
    pub revision: u64,
    /// The revision last written to storage.
    pub saved_revision: u64,
    /// The last thing that happened, for the status line read out by screen readers.
    pub last_change: Option<String>,
    /// Why the last change asked for was refused, with the revision it was refused at
    /// (so a page shows it only until the next change).
    pub refused: Option<(u64, String)>,
    /// The user's change that made this revision, when the last revision was one
    /// (`None` after undo, redo or another tab's save): lets the live channel send the
    /// edit itself instead of the whole map.
    pub last_action: Option<Rc<Action>>,
}

impl AppState {
    /// Why the last change asked for was refused, while nothing has changed since (a
    /// page shows it until the next change).
    pub fn refusal(&self) -> Option<&str> {
        self.refused
            .as_ref()
            .filter(|(at, _)| *at == self.revision)
            .map(|(_, why)| why.as_str())
    }

    /// A state whose workspace is already in storage as it is.
    pub fn loaded(workspace: Workspace) -> Self {
        AppState {
            history: History::new(workspace, UNDO_DEPTH),
            revision: 0,
            saved_revision: 0,
            last_change: None,
            refused: None,
            last_action: None,
        }
    }

    /// The current workspace.
    pub fn workspace(&self) -> &Rc<Workspace> {
        self.history.present()
    }

    /// True when this tab holds changes not yet written to storage.
    pub fn has_unsaved_changes(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// The state after `action`; the same value when nothing changed.
    pub fn next(&self, action: AppAction) -> Option<AppState> {
        let mut next = self.clone();
        next.last_action = None;
        match action {
            AppAction::Apply(action) => match try_apply(self.workspace(), &action) {
                Ok(changed) => {
                    let changed = changed?;
                    let label = action.describe(self.workspace());
                    next.last_change = Some(format!("Done: {label}"));
                    next.history.record(changed, label);
                    next.revision += 1;
                    next.refused = None;
                    next.last_action = Some(Rc::new(action));
                }
                Err(why) => {
                    next.refused = Some((self.revision, why));
                    next.last_action = self.last_action.clone();
                }
            },
            AppAction::Undo => {
                let label = next.history.undo()?;
                next.revision += 1;
                next.last_change = Some(format!("Undone: {label}"));
            }
            AppAction::Redo => {
                let label = next.history.redo()?;
                next.revision += 1;
                next.last_change = Some(format!("Redone: {label}"));
            }
            AppAction::LoadFromOtherTab(ws) => {
                if &ws == self.workspace().as_ref() {
                    next.saved_revision = next.revision;
                } else {
                    next.history.record(ws, "changes from another tab");
                    next.revision += 1;
                    next.saved_revision = next.revision;
                    next.last_change = Some("Loaded changes saved in another tab".into());
                }
            }
            AppAction::MarkSaved(revision) => {
                if self.saved_revision == revision {
                    return None;
                }
                // Saving is no change of the workspace: the last change is still the last.
                next.last_action = self.last_action.clone();
                next.saved_revision = revision;
            }
            AppAction::EraseAll => {
                next.history.reset(Workspace::default());
                next.revision += 1;
                next.saved_revision = next.revision;
                next.last_change = Some("All data on this device was erased".into());
            }
        }
        Some(next)
    }
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        match self.next(action) {
            Some(next) => Rc::new(next),
            // Returning the same Rc tells Yew nothing changed, so nothing re-renders.
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ProjectId, ProjectText};
    use chrono::Utc;

    fn create(n: u32) -> AppAction {
        AppAction::Apply(Action::CreateProject {
            id: ProjectId(format!("p{n}")),
            text: ProjectText::parse(&format!("Project {n}"), "").unwrap(),
            at: chrono::DateTime::<Utc>::UNIX_EPOCH,
        })
    }

    fn run(state: Rc<AppState>, actions: impl IntoIterator<Item = AppAction>) -> Rc<AppState> {
        actions.into_iter().fold(state, |s, a| s.reduce(a))
    }

    #[test]
    fn every_change_is_undoable_and_counts_a_revision() {
        let s = run(
            Rc::new(AppState::loaded(Workspace::default())),
            [create(1), create(2)],
        );
        assert_eq!(s.workspace().projects.len(), 2);
        assert_eq!(s.revision, 2);
        assert!(s.has_unsaved_changes());
        let s = s.reduce(AppAction::Undo);
        assert_eq!(s.workspace().projects.len(), 1);
        assert_eq!(
            s.last_change.as_deref(),
            Some("Undone: create project \"Project 2\"")
        );
        let s = s.reduce(AppAction::Redo);
        assert_eq!(s.workspace().projects.len(), 2);
        assert_eq!(s.revision, 4);
    }

    #[test]
    fn a_refusal_is_told_until_the_next_change() {
        let s = run(Rc::new(AppState::loaded(Workspace::default())), [create(1)]);
        let mut refused = (*s).clone();
        refused.refused = Some((s.revision, "Could not rename: no.".into()));
        assert_eq!(refused.refusal(), Some("Could not rename: no."));
        refused.refused = Some((s.revision - 1, "older".into()));
        assert_eq!(refused.refusal(), None, "a change since: no longer said");
    }

    #[test]
    fn at_least_a_hundred_steps_undo() {
        let s = run(
            Rc::new(AppState::loaded(Workspace::default())),
            (0..150).map(create),
        );
        let s = run(s, (0..150).map(|_| AppAction::Undo));
        assert!(s.workspace().projects.is_empty());
        let s = run(s, (0..150).map(|_| AppAction::Redo));
        assert_eq!(s.workspace().projects.len(), 150);
    }

    #[test]
    fn no_op_keeps_the_same_value() {
        let s = Rc::new(AppState::loaded(Workspace::default()));
        let after = s.clone().reduce(AppAction::Undo);
        assert!(Rc::ptr_eq(&s, &after));
        let after = s.clone().reduce(AppAction::MarkSaved(0));
        assert!(Rc::ptr_eq(&s, &after));
    }

    #[test]
    fn saving_and_other_tabs() {
        let s = run(Rc::new(AppState::loaded(Workspace::default())), [create(1)]);
        let s = s.reduce(AppAction::MarkSaved(1));
        assert!(!s.has_unsaved_changes());
        let theirs = run(Rc::new(AppState::loaded(Workspace::default())), [create(7)])
            .workspace()
            .as_ref()
            .clone();
        let s = s.reduce(AppAction::LoadFromOtherTab(theirs.clone()));
        assert_eq!(s.workspace().as_ref(), &theirs);
        assert!(!s.has_unsaved_changes(), "loaded data is already saved");
        // Undo of the other tab's change is the user's own change and must be saved.
        let s = s.reduce(AppAction::Undo);
        assert!(s.has_unsaved_changes());
    }

    #[test]
    fn erase_all_cannot_be_undone() {
        let s = run(
            Rc::new(AppState::loaded(Workspace::default())),
            [create(1), AppAction::EraseAll],
        );
        assert!(s.workspace().projects.is_empty());
        assert_eq!(s.history.undo_count(), 0);
        assert!(!s.has_unsaved_changes());
    }
}
