//! Property tests: undo/redo always walk back to exactly the states seen, and readers
//! of outside data never panic, whatever bytes they get.

use cx_workbench::domain::{ProjectId, ProjectText, Workspace};
use cx_workbench::state::{Action, AppAction, AppState};
use cx_workbench::storage::backup::read_backup;
use cx_workbench::storage::envelope::decode;
use proptest::prelude::*;
use std::rc::Rc;
use yew::Reducible;

fn action() -> impl Strategy<Value = Action> {
    let id = (0u8..6).prop_map(|n| ProjectId(format!("p{n}")));
    let name = "[a-zA-Z ]{1,12}".prop_filter("has a letter", |s| !s.trim().is_empty());
    let at = (0i64..1_000_000).prop_map(|s| chrono::DateTime::from_timestamp(s, 0).unwrap());
    prop_oneof![
        (id.clone(), name.clone(), at.clone()).prop_map(|(id, n, at)| Action::CreateProject {
            id,
            text: ProjectText::parse(&n, "").unwrap(),
            at
        }),
        (id.clone(), name, at.clone()).prop_map(|(id, n, at)| Action::EditProject {
            id,
            text: ProjectText::parse(&n, "d").unwrap(),
            at
        }),
        (id.clone(), id.clone(), at).prop_map(|(source, new_id, at)| Action::DuplicateProject {
            source,
            new_id,
            at
        }),
        id.prop_map(|id| Action::DeleteProject { id }),
    ]
}

proptest! {
    #[test]
    fn undo_walks_back_through_every_state(actions in prop::collection::vec(action(), 0..40)) {
        let mut state = Rc::new(AppState::loaded(Workspace::default()));
        let mut seen = vec![state.workspace().clone()];
        for a in actions {
            let before = state.revision;
            state = state.reduce(AppAction::Apply(a));
            if state.revision != before {
                seen.push(state.workspace().clone());
            }
            // Ids stay unique whatever happens.
            let ws = state.workspace();
            let mut ids: Vec<_> = ws.projects.iter().map(|p| p.id.clone()).collect();
            ids.sort();
            ids.dedup();
            prop_assert_eq!(ids.len(), ws.projects.len());
        }
        let end = state.workspace().clone();
        // The last state seen is the present one; each undo steps back to the one before.
        for expected in seen.iter().rev().skip(1) {
            state = state.reduce(AppAction::Undo);
            prop_assert_eq!(state.workspace(), expected);
        }
        for _ in 1..seen.len() {
            state = state.reduce(AppAction::Redo);
        }
        prop_assert_eq!(state.workspace(), &end);
    }

    #[test]
    fn readers_never_panic_on_arbitrary_text(text in ".{0,400}") {
        let _ = decode(&text);
        let _ = read_backup(&text);
    }

    #[test]
    fn readers_never_panic_on_mangled_backups(cut in 0usize..600, byte in any::<u8>()) {
        let mut bytes = include_bytes!("fixtures/backup/v1-workspace-backup.json").to_vec();
        let i = cut.min(bytes.len() - 1);
        bytes[i] = byte;
        let text = String::from_utf8_lossy(&bytes);
        let _ = read_backup(&text);
        let cut_short: String = text.chars().take(cut).collect();
        let _ = read_backup(&cut_short);
    }
}
