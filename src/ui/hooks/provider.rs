//! The provider at the root of the app: one reducer for the workspace, its storage
//! status, and the listeners that save it and follow other tabs.

use super::persistence::{Persistence, StorageControl};
use super::storage_status::StorageStatus;
use super::use_workspace::{AllSaved, WorkspaceHandle};
use crate::state::AppState;
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Children of the provider.
#[derive(Properties, PartialEq)]
pub struct WorkspaceProviderProps {
    pub children: Html,
}

/// Loads the workspace once, shares it, and keeps storage in step with it.
#[component]
pub fn WorkspaceProvider(props: &WorkspaceProviderProps) -> Html {
    // Opened once, before the first render, so stored work shows at once.
    let boot = use_mut_ref(|| Some(Persistence::open()));
    let first = boot.borrow_mut().take();
    let (persistence, opened) = match first {
        Some((p, o)) => (Some(p), Some(o)),
        None => (None, None),
    };
    let workspace = opened.as_ref().map(|o| o.workspace.clone());
    let problem = opened.and_then(|o| o.problem);
    let state = use_reducer(move || AppState::loaded(workspace.unwrap_or_default()));
    let status = use_reducer(move || StorageStatus {
        startup_problem: problem,
        ..Default::default()
    });
    let persistence = use_mut_ref(move || persistence);
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();

    let control = use_memo((), {
        let persistence = persistence.clone();
        let latest = latest.clone();
        let status = status.dispatcher();
        move |_| StorageControl {
            persistence: Rc::new(RefCell::new(
                persistence.borrow_mut().take().expect("opened once"),
            )),
            latest,
            status,
        }
    });
    let control = (*control).clone();

    // Save shortly after each change.
    {
        let control = control.clone();
        use_effect_with(state.revision, move |_| {
            if control.latest.borrow().has_unsaved_changes() {
                control.schedule_save();
            }
        });
    }

    // Save at once when the page is hidden or closed; warn before closing a tab whose
    // work could not be saved; follow other tabs, and catch up on what was missed.
    {
        let control = control.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("a window");
            let document = window.document().expect("a document");
            let on_hide = {
                let control = control.clone();
                EventListener::new(&window, "pagehide", move |_| {
                    control.save_now();
                })
            };
            let on_unload = {
                let control = control.clone();
                EventListener::new_with_options(
                    &window,
                    "beforeunload",
                    EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        if !control.save_now() && control.work_at_risk() {
                            // Asks the browser to confirm leaving the page.
                            event.prevent_default();
                            let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
                        }
                    },
                )
            };
            let on_show = {
                let control = control.clone();
                EventListener::new(&window, "pageshow", move |_| control.check_stored())
            };
            let on_visibility = {
                let control = control.clone();
                let doc = document.clone();
                EventListener::new(&document, "visibilitychange", move |_| {
                    if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                        control.save_now();
                    } else {
                        control.check_stored();
                    }
                })
            };
            let on_storage = {
                let control = control.clone();
                EventListener::new(&window, "storage", move |event| {
                    if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                        control.on_storage_event(event.key(), event.new_value());
                    }
                })
            };
            // Anything another tab saved between this tab's start and now.
            control.check_stored();
            move || drop((on_hide, on_unload, on_show, on_visibility, on_storage))
        });
    }

    let all_saved = AllSaved(!state.has_unsaved_changes());
    let handle = WorkspaceHandle::new(state);
    html! {
        <ContextProvider<WorkspaceHandle> context={handle}>
            <ContextProvider<UseReducerHandle<StorageStatus>> context={status}>
                <ContextProvider<StorageControl> context={control}>
                    <ContextProvider<AllSaved> context={all_saved}>
                        { props.children.clone() }
                    </ContextProvider<AllSaved>>
                </ContextProvider<StorageControl>>
            </ContextProvider<UseReducerHandle<StorageStatus>>>
        </ContextProvider<WorkspaceHandle>>
    }
}
