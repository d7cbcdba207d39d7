//! Registers the service worker (release builds only: a dev server rebuilds on every
//! save and must not be served from a cache) and tells when a new version is waiting.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// A new version of the app is installed and waiting; `reload` switches to it.
#[derive(Clone, PartialEq)]
pub struct UpdateReady {
    pub reload: Callback<()>,
}

/// Registers `sw.js` and returns `Some` once a newer version is ready to take over.
#[hook]
pub fn use_service_worker() -> Option<UpdateReady> {
    let waiting = use_state(|| None::<web_sys::ServiceWorkerRegistration>);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            if !cfg!(debug_assertions) {
                wasm_bindgen_futures::spawn_local(register(waiting));
            }
        });
    }
    let registration = (*waiting).clone()?;
    Some(UpdateReady {
        reload: Callback::from(move |_| {
            if let Some(worker) = registration.waiting() {
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
        }),
    })
}

async fn register(waiting: UseStateHandle<Option<web_sys::ServiceWorkerRegistration>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let Ok(found) = JsFuture::from(container.register("./sw.js")).await else {
        return;
    };
    let registration: web_sys::ServiceWorkerRegistration = found.unchecked_into();

    // When the waiting version takes control, load the page again from it.
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let had_controller = container.controller().is_some();
    if had_controller {
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    }
    on_change.forget();

    // Only an update matters: the first install has no older version to replace.
    if !had_controller {
        return;
    }
    if registration.waiting().is_some() {
        waiting.set(Some(registration.clone()));
    }
    let reg = registration.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = reg.installing() else {
            return;
        };
        let reg = reg.clone();
        let waiting = waiting.clone();
        let worker = installing.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == web_sys::ServiceWorkerState::Installed {
                waiting.set(Some(reg.clone()));
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}
