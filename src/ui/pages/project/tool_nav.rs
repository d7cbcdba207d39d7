//! The project's tools, one click away from any of their pages: the steps of the
//! cycle that have a working tool, each with its tools.

use crate::ui::pages::tools::{self, by_step};
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`ToolNav`].
#[derive(Properties, PartialEq)]
pub struct ToolNavProps {
    /// The project whose tools are listed.
    pub project: AttrValue,
    /// The page being shown, to mark its tool.
    pub route: Route,
}

/// The navigation between a project's tools, shown under the header on their pages.
#[component]
pub fn ToolNav(props: &ToolNavProps) -> Html {
    let current = tools::page(&props.route).map(|(tool, _)| tool.name);
    let entry = |tool: &tools::Tool| {
        let home = (tool.home)(&props.project);
        if current == Some(tool.name) {
            // Not a link: the page (or its list, from one of its maps) is here already,
            // and the page's own breadcrumb leads back to the tool's first page.
            let which = if home == props.route { "page" } else { "true" };
            html! { <span class="tool-nav__tool tool-nav__tool--current" aria-current={which}>{ tool.name }</span> }
        } else {
            html! { <Link<Route> to={home} classes="tool-nav__tool">{ tool.name }</Link<Route>> }
        }
    };
    html! {
        <nav class="tool-nav" aria-label="Tools of this project">
            <ol class="tool-nav__steps">
                { for by_step().into_iter().map(|(step, tools)| html! {
                    <li class="tool-nav__step">
                        <span class="tool-nav__step-name">{ step.name() }</span>
                        <ul class="tool-nav__tools">
                            { for tools.into_iter().map(|t| html! { <li>{ entry(t) }</li> }) }
                        </ul>
                    </li>
                }) }
            </ol>
        </nav>
    }
}
