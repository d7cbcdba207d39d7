//! The project page's list of tools, by step of the cycle: each tool's name leads to
//! it, with what the project holds in it and what it is for.

use crate::domain::Project;
use crate::ui::pages::tools::by_step;
use crate::ui::route::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`ToolList`].
#[derive(Properties, PartialEq)]
pub struct ToolListProps {
    pub project: Rc<Project>,
}

/// The tools of the cycle for one project.
#[component]
pub fn ToolList(props: &ToolListProps) -> Html {
    let project = &props.project;
    html! {
        <ol class="cycle">
            { for by_step().into_iter().map(|(step, tools)| html! {
                <li class="cycle__step">
                    <h3 class="cycle__name">{ step.name() }</h3>
                    <ul class="tool-list">
                        { for tools.into_iter().map(|tool| html! {
                            <li>
                                <Link<Route> to={(tool.home)(project.id.as_str())}>{ tool.name }</Link<Route>>
                                <span class="tool-list__summary">{ format!(" · {}", (tool.summary)(project)) }</span>
                                <p class="hint">{ tool.purpose }</p>
                            </li>
                        }) }
                    </ul>
                </li>
            }) }
        </ol>
    }
}
