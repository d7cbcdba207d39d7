//! The root component: hash router, workspace provider, page shell.

use super::hooks::WorkspaceProvider;
use super::shell::Shell;
use yew::prelude::*;
use yew_router::HashRouter;

/// The whole app.
#[component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <WorkspaceProvider>
                <Shell />
            </WorkspaceProvider>
        </HashRouter>
    }
}
