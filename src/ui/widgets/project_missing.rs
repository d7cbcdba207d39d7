//! What a project's pages show when the address names no project (deleted, or a link
//! from another device).

use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// "Project not found", how to get it back, and the way to the projects.
#[component]
pub fn ProjectMissing() -> Html {
    html! {
        <>
            <h1>{ "Project not found" }</h1>
            <p>{ "There is no project at this address. It may have been deleted: use Undo \
                  (Ctrl+Z) to bring back a project you have just deleted." }</p>
            <p><Link<Route> to={Route::Projects}>{ "Go to your projects" }</Link<Route>></p>
        </>
    }
}
