//! Every PDCA plan across the projects: each plan's phase, next action due and overdue
//! count, and the open actions by owner.

use crate::domain::pdca::dashboard::{by_owner, cycles};
use crate::ui::browser::now;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// The dashboard page.
#[component]
pub fn PlansDashboard() -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let today = now().date_naive();
    let lines = cycles(&workspace, today);
    let owners = by_owner(&workspace, today);
    let date = |d: Option<chrono::NaiveDate>| {
        d.map_or_else(
            || "no date".to_string(),
            |d| d.format("%-d %b %Y").to_string(),
        )
    };
    html! {
        <>
            <h1>{ "All PDCA plans" }</h1>
            <p class="lead">{ "Every project's plans: where each stands, what is due next, and who has what to do." }</p>
            if lines.is_empty() {
                <p class="empty">{ "No PDCA plans in any project yet. Start one from a project's PDCA plans page." }</p>
            } else {
                <div class="table-scroll">
                <table class="pdca-chain">
                    <caption class="visually-hidden">{ "Plans by project" }</caption>
                    <thead><tr><th scope="col">{ "Plan" }</th><th scope="col">{ "Project" }</th><th scope="col">{ "Phase" }</th>
                        <th scope="col">{ "Next action" }</th><th scope="col">{ "Overdue" }</th></tr></thead>
                    <tbody>
                        { for lines.iter().map(|l| html! {
                            <tr>
                                <th scope="row"><Link<Route> to={Route::Pdca { id: l.project.to_string(), cycle: l.cycle.to_string() }}>{ l.title.clone() }</Link<Route>></th>
                                <td><Link<Route> to={Route::Project { id: l.project.to_string() }}>{ l.project_name.clone() }</Link<Route>></td>
                                <td>{ l.phase.name() }</td>
                                <td>{ l.next_action.as_ref().map_or_else(|| "none".to_string(), |(what, due)| format!("{what} (due {})", date(*due))) }</td>
                                <td>{ if l.overdue > 0 { html! { <span class="pdca-timing--overdue">{ format!("⚠ {}", l.overdue) }</span> } } else { html! { "0" } } }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
                <h2>{ "Actions by owner" }</h2>
                if owners.is_empty() {
                    <p class="empty">{ "No open actions." }</p>
                }
                { for owners.iter().map(|o| html! {
                    <section class="pdca-owner" aria-label={format!("Actions of {}", o.owner)}>
                        <h3>{ format!("{} · {} open", o.owner, o.actions.len()) }</h3>
                        <ul>
                            { for o.actions.iter().map(|a| html! {
                                <li>
                                    <strong>{ date(a.due) }</strong>{ format!(" · {} · ", a.what) }
                                    <Link<Route> to={Route::Pdca { id: a.project.to_string(), cycle: a.cycle.to_string() }}>{ a.cycle_title.clone() }</Link<Route>>
                                    <span class={if matches!(a.timing, crate::domain::pdca::actions::Timing::Overdue(_)) { "pdca-timing pdca-timing--overdue" } else { "pdca-timing" }}>
                                        { format!(" · {} {}", a.timing.icon(), a.timing.words()) }
                                    </span>
                                </li>
                            }) }
                        </ul>
                    </section>
                }) }
            }
        </>
    }
}
