//! The project's chain, from each pain point to the fix that proved itself, with the
//! first missing link of each line said in words.

use crate::domain::pdca::chain::chain;
use crate::domain::Project;
use crate::ui::browser::now;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`ChainView`].
#[derive(Properties)]
pub struct ChainViewProps {
    pub project: std::rc::Rc<Project>,
}

/// Compared by pointer, as a changed project is a new `Rc`: comparing the whole project
/// would cost more than drawing the chain.
impl PartialEq for ChainViewProps {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.project, &other.project)
    }
}

/// The chain table.
#[component]
pub fn ChainView(props: &ChainViewProps) -> Html {
    let p = &props.project;
    let rows = chain(p, now().date_naive());
    let id = p.id.to_string();
    let dash = || html! { <span class="meta">{ "–" }</span> };
    html! {
        <section aria-labelledby="pdca-chain-heading">
            <h2 id="pdca-chain-heading">{ "From pain point to proven fix" }</h2>
            if rows.is_empty() {
                <p class="empty">{ "Nothing to follow yet: pain points on a journey map and PDCA plans appear here." }</p>
            } else {
                <div class="table-scroll">
                <table class="pdca-chain">
                    <caption class="visually-hidden">{ "Each pain point's root cause, plan, KPI result and follow-up, and what is still to do" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Pain point" }</th><th scope="col">{ "Root cause" }</th><th scope="col">{ "Plan" }</th>
                        <th scope="col">{ "KPI result" }</th><th scope="col">{ "Follow-up" }</th><th scope="col">{ "Still to do" }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <td>{ match &r.pain_point {
                                    Some((link, label)) => html! { <Link<Route> to={Route::Journey { id: id.clone(), map: link.journey.clone() }}>{ label.clone() }</Link<Route>> },
                                    None => dash(),
                                } }</td>
                                <td>{ match (&r.root_cause, &r.analysis) {
                                    (Some(t), Some(f)) => html! { <Link<Route> to={Route::Fishbone { id: id.clone(), fishbone: f.clone() }}>{ t.clone() }</Link<Route>> },
                                    (Some(t), None) => html! { { t.clone() } },
                                    (None, Some(f)) => html! { <Link<Route> to={Route::Fishbone { id: id.clone(), fishbone: f.clone() }}>{ "analysis open" }</Link<Route>> },
                                    (None, None) => dash(),
                                } }</td>
                                <td>{ match &r.plan {
                                    Some((cid, title, phase)) => html! { <>
                                        <Link<Route> to={Route::Pdca { id: id.clone(), cycle: cid.to_string() }}>{ title.clone() }</Link<Route>>
                                        { format!(" ({})", phase.name()) }
                                    </> },
                                    None => dash(),
                                } }</td>
                                <td>{ r.result.clone().map_or_else(dash, |t| html! { { t } }) }</td>
                                <td>{ r.follow_up.clone().map_or_else(dash, |t| html! { { t } }) }</td>
                                <td>{ match &r.gap {
                                    Some(g) => html! { <span class="pdca-gap">{ format!("○ {g}") }</span> },
                                    None => html! { <span class="pdca-complete">{ "✓ complete" }</span> },
                                } }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            }
        </section>
    }
}
