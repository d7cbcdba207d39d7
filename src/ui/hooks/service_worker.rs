//! Registers the service worker (release builds only: a dev server rebuilds on every
//! save and must not be served from a cache) and tells when a new version is waiting.
//! Only the tab where the user asks for it reloads; other tabs keep running until their
//! user reloads, so no tab loses work it has not saved.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};
use yew::prelude::*;

/// A new version of the app is installed and waiting; `reload` switches to it.
#[derive(Clone, PartialEq)]
pub struct UpdateReady {
    pub reload: Callback<()>,
}

/// Registers `sw.js` and returns `Some` once a newer version is ready to take over.
#[hook]
pub fn use_service_worker() -> Option<UpdateReady> {
    let waiting = use_state(|| None::<ServiceWorkerRegistration>);
    let reload_asked = use_memo((), |_| Rc::new(Cell::new(false)));
    {
        let waiting = waiting.clone();
        let reload_asked = (*reload_asked).clone();
        use_effect_with((), move |_| {
            if !cfg!(debug_assertions) {
                wasm_bindgen_futures::spawn_local(register(waiting, reload_asked));
            }
        });
    }
    let registration = (*waiting).clone()?;
    let reload_asked = (*reload_asked).clone();
    Some(UpdateReady {
        reload: Callback::from(move |_| {
            if let Some(worker) = registration.waiting() {
                reload_asked.set(true);
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
        }),
    })
}

/// The page's service worker container; `None` where there is none (a page served
/// over plain HTTP from another host than localhost, or a browser that blocks them),
/// which web-sys would otherwise hand over as `undefined`.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let found = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!found.is_undefined() && !found.is_null()).then(|| found.unchecked_into())
}

/// Offers the update once `worker` is installed, if a version is already running (the
/// very first install is no update).
fn watch(
    worker: ServiceWorker,
    registration: ServiceWorkerRegistration,
    waiting: UseStateHandle<Option<ServiceWorkerRegistration>>,
) {
    let w = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        let controlled = container().is_some_and(|c| c.controller().is_some());
        if w.state() == ServiceWorkerState::Installed && controlled {
            waiting.set(Some(registration.clone()));
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

async fn register(
    waiting: UseStateHandle<Option<ServiceWorkerRegistration>>,
    reload_asked: Rc<Cell<bool>>,
) {
    let Some(container) = container() else { return };
    // Set before registering, so no change of controller is missed.
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if reload_asked.get() {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();

    let Ok(found) = JsFuture::from(container.register("./sw.js")).await else {
        return;
    };
    if found.is_undefined() || found.is_null() {
        return;
    }
    let registration: ServiceWorkerRegistration = found.unchecked_into();
    let controlled = container.controller().is_some();
    if registration.waiting().is_some() && controlled {
        waiting.set(Some(registration.clone()));
    }
    // An update may already be installing (the browser checks while the page loads).
    if let Some(installing) = registration.installing() {
        watch(installing, registration.clone(), waiting.clone());
    }
    let reg = registration.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        if let Some(installing) = reg.installing() {
            watch(installing, reg.clone(), waiting.clone());
        }
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}
