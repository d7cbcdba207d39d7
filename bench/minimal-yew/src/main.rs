//! The smallest Yew app that does what the load benchmark measures in CX Workbench:
//! marks `cx:start` when the wasm runs and `cx:first-render` after the first render
//! (the same event: an effect of the root component), and registers the same kind of
//! service worker, so "warm" means the same thing for both.

use yew::prelude::*;

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

#[component]
fn App() -> Html {
    use_effect_with((), |_| {
        mark("cx:first-render");
        // Registered after the first render, as the app does; the promise is not awaited.
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().service_worker().register("./sw.js");
        }
    });
    html! { <h1>{ "Hello" }</h1> }
}

fn main() {
    mark("cx:start");
    yew::Renderer::<App>::new().render();
}
