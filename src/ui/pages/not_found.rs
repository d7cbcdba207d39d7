//! The page for an address the app does not know.

use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Shown for unknown addresses.
#[component]
pub fn NotFoundPage() -> Html {
    html! {
        <>
            <h1>{ "Page not found" }</h1>
            <p>{ "This address does not match any page of CX Workbench. It may have been typed or \
                  copied wrongly." }</p>
            <p><Link<Route> to={Route::Projects}>{ "Go to your projects" }</Link<Route>></p>
        </>
    }
}
