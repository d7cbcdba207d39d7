//! On a root cause (a 5 Whys answer marked as one, a confirmed fishbone cause): the PDCA
//! plans that answer it, each a link, and "Plan the fix" to start one linked to it, so
//! the analysis leads on to the fix.

use super::edit::fresh;
use crate::domain::pdca::links::{plan_for_root_cause, plans_for};
use crate::domain::pdca::{PdcaId, RootCauseRef};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::now;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

/// Props of [`RootCausePlans`].
#[derive(Properties, PartialEq)]
pub struct RootCausePlansProps {
    pub project: ProjectId,
    pub link: RootCauseRef,
    /// The root cause's words, for the button's accessible name.
    pub text: AttrValue,
}

/// The plans of one root cause, and the button to start one.
#[component]
pub fn RootCausePlans(props: &RootCausePlansProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let workspace = ws.workspace();
    let Some(project) = workspace.project(&props.project) else {
        return Html::default();
    };
    let plans = plans_for(project, &props.link);
    let on_plan = {
        let (ws, project, link, navigator) = (
            ws.clone(),
            project.clone(),
            props.link.clone(),
            navigator.clone(),
        );
        Callback::from(move |_| {
            let id = PdcaId::fresh(fresh());
            let Some(cycle) = plan_for_root_cause(&project, id.clone(), &link, fresh) else {
                return;
            };
            ws.apply(Action::AddPdca {
                project: project.id.clone(),
                cycle,
                at: now(),
            });
            if let Some(n) = &navigator {
                n.push(&Route::Pdca {
                    id: project.id.to_string(),
                    cycle: id.to_string(),
                });
            }
        })
    };
    let words = if plans.is_empty() {
        "Plan the fix (PDCA)"
    } else {
        "Plan another fix (PDCA)"
    };
    html! {
        <div class="root-cause-plans">
            if !plans.is_empty() {
                <p class="meta">{ "Answered by: " }
                    { for plans.iter().enumerate().map(|(i, c)| html! { <>
                        if i > 0 { { ", " } }
                        <Link<Route> to={Route::Pdca { id: project.id.to_string(), cycle: c.id.to_string() }}>{ c.title.clone() }</Link<Route>>
                        { format!(" ({})", c.phase.name()) }
                    </> }) }
                </p>
            }
            // The accessible name starts with the words shown, and says which cause.
            <button type="button" class="button button--secondary button--small" onclick={on_plan}
                aria-label={format!("{words} for: {}", props.text)}>{ words }</button>
        </div>
    }
}
