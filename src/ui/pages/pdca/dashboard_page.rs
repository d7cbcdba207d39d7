//! Every PDCA plan across the projects: each plan's phase, next action due and overdue
//! count, and the open actions by owner (each owner's list opened on demand, so a
//! workspace of thousands of actions opens at once).

use crate::domain::dates::show_day;
use crate::domain::pdca::actions::Timing;
use crate::domain::pdca::dashboard::{by_owner, cycles, CycleLine, OwnerActions};
use crate::domain::pdca::Phase;
use crate::ui::browser::now;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::Routable;

/// The address of `route` as a plain link: hundreds of rows each with a router link
/// component would cost more to draw than the rows themselves.
fn href(route: Route) -> String {
    format!("#{}", route.to_path())
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map_or_else(|| "no date".to_string(), show_day)
}

/// Props of [`OwnerGroup`].
#[derive(Properties, PartialEq)]
struct OwnerGroupProps {
    owner: Rc<OwnerActions>,
}

/// One owner's open actions: the count and how many are overdue, and the list once
/// opened.
#[component]
fn OwnerGroup(props: &OwnerGroupProps) -> Html {
    let open = use_state_eq(|| false);
    let o = &props.owner;
    let overdue = o
        .actions
        .iter()
        .filter(|a| matches!(a.timing, Timing::Overdue(_)))
        .count();
    let ontoggle = on_toggle(open.clone());
    html! {
        <details class="pdca-owner" {ontoggle}>
            <summary>
                <strong>{ o.owner.clone() }</strong>{ format!(" · {} open", o.actions.len()) }
                if overdue > 0 { <span class="pdca-timing--overdue">{ format!(" · ⚠ {overdue} overdue") }</span> }
            </summary>
            if *open {
                <ul>
                    { for o.actions.iter().map(|a| html! {
                        <li>
                            <strong>{ date(a.due) }</strong>{ format!(" · {} · ", a.what) }
                            <a href={href(Route::Pdca { id: a.project.to_string(), cycle: a.cycle.to_string() })}>{ a.cycle_title.clone() }</a>
                            <span class={if matches!(a.timing, Timing::Overdue(_)) { "pdca-timing pdca-timing--overdue" } else { "pdca-timing" }}>
                                { format!(" · {} {}", a.timing.icon(), a.timing.words()) }
                            </span>
                        </li>
                    }) }
                </ul>
            }
        </details>
    }
}

/// The table of plans.
fn plans_table(lines: &[CycleLine]) -> Html {
    html! {
        <div class="table-scroll">
        <table class="pdca-chain">
            <caption class="visually-hidden">{ "Plans by project" }</caption>
            <thead><tr><th scope="col">{ "Plan" }</th><th scope="col">{ "Project" }</th><th scope="col">{ "Phase" }</th>
                <th scope="col">{ "Next action" }</th><th scope="col">{ "Overdue" }</th></tr></thead>
            <tbody>
                { for lines.iter().map(|l| html! {
                    <tr>
                        <th scope="row"><a href={href(Route::Pdca { id: l.project.to_string(), cycle: l.cycle.to_string() })}>{ l.title.clone() }</a></th>
                        <td><a href={href(Route::Project { id: l.project.to_string() })}>{ l.project_name.clone() }</a></td>
                        <td>{ l.phase.name() }</td>
                        <td>{ l.next_action.as_ref().map_or_else(|| "none".to_string(), |(what, due)| format!("{what} (due {})", date(*due))) }</td>
                        <td>{ if l.overdue > 0 { format!("⚠ {}", l.overdue) } else { "0".to_string() } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// Props of [`ClosedPlans`].
#[derive(Properties, PartialEq)]
struct ClosedPlansProps {
    lines: Rc<Vec<CycleLine>>,
}

/// The closed plans, listed once opened.
#[component]
fn ClosedPlans(props: &ClosedPlansProps) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = on_toggle(open.clone());
    html! {
        <details class="pdca-closed" {ontoggle}>
            <summary>{ format!("Closed plans ({})", props.lines.len()) }</summary>
            if *open { { plans_table(&props.lines) } }
        </details>
    }
}

/// Keeps `open` in step with a `<details>` element opened or closed.
fn on_toggle(open: UseStateHandle<bool>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        use wasm_bindgen::JsCast;
        if let Some(d) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            open.set(d.has_attribute("open"));
        }
    })
}

/// The dashboard page.
#[component]
pub fn PlansDashboard() -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let today = now().date_naive();
    let lines = cycles(&workspace, today);
    let owners = by_owner(&workspace, today);
    let (closed, open): (Vec<CycleLine>, Vec<CycleLine>) = lines
        .iter()
        .cloned()
        .partition(|l| l.phase == Phase::Closed);
    html! {
        <>
            <h1>{ "All PDCA plans" }</h1>
            <p class="lead">{ "Every project's plans: where each stands, what is due next, and who has what to do." }</p>
            if lines.is_empty() {
                <p class="empty">{ "No PDCA plans in any project yet. Start one from a project's PDCA plans page." }</p>
            } else {
                <h2>{ "Actions by owner" }</h2>
                if owners.is_empty() {
                    <p class="empty">{ "No open actions." }</p>
                }
                { for owners.into_iter().map(|o| { let key = o.owner.clone(); html! { <OwnerGroup {key} owner={Rc::new(o)} /> } }) }
                <h2>{ format!("Plans under way ({})", open.len()) }</h2>
                if open.is_empty() {
                    <p class="empty">{ "Every plan is closed." }</p>
                } else {
                    { plans_table(&open) }
                }
                if !closed.is_empty() {
                    <ClosedPlans lines={Rc::new(closed)} />
                }
            }
        </>
    }
}
