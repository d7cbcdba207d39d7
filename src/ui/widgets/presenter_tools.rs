//! The presenter view's own controls, the same in every tool: Full screen (the
//! projector then shows the view and nothing else) and the way back to the editor.

use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`PresenterTools`].
#[derive(Properties, PartialEq)]
pub struct PresenterToolsProps {
    /// The editor of what is presented.
    pub back: Route,
}

/// Full screen and "Back to the editor", at a size read across the room.
#[component]
pub fn PresenterTools(props: &PresenterToolsProps) -> Html {
    let full_screen = Callback::from(|_| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.request_fullscreen();
        }
    });
    html! {
        <div class="presenter__tools">
            <button type="button" class="button button--secondary" onclick={full_screen}>{ "Full screen" }</button>
            <Link<Route> to={props.back.clone()} classes="presenter__back">{ "Back to the editor" }</Link<Route>>
        </div>
    }
}
