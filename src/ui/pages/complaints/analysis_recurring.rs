//! Each category one-off or recurring under the team's rule, with how many came in the
//! rule's latest window, and "Analyse root cause" on each recurring one.

use crate::domain::complaints::analysis::Recurrence;
use yew::prelude::*;

/// Props of [`RecurringTable`].
#[derive(Properties, PartialEq)]
pub struct RecurringTableProps {
    /// Most complaints first.
    pub categories: Vec<Recurrence>,
    /// The rule in words ("at least 3 complaints within 90 days").
    pub rule: String,
    pub window: u32,
    /// The last day of the latest window, as shown.
    pub as_of: Option<AttrValue>,
    /// Starts a fishbone from the category named.
    pub on_analyse: Callback<String>,
}

/// The table.
#[component]
pub fn RecurringTable(props: &RecurringTableProps) -> Html {
    let window = props.window;
    html! {
        <section class="panel" aria-labelledby="recurring-heading">
            <h2 id="recurring-heading">{ "One-off or recurring" }</h2>
            <p>{ format!("A category recurs when it has {} (the team's rule, set in Settings).", props.rule) }</p>
            <div class="table-scroll">
                <table>
                    <caption>{ "Each category under the team's rule" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Category" }</th>
                        <th scope="col" class="num">{ "Complaints" }</th>
                        <th scope="col" class="num">{ match &props.as_of {
                            Some(d) => format!("In the {window} days to {d}"),
                            None => format!("In the last {window} days"),
                        } }</th>
                        <th scope="col">{ "One-off or recurring" }</th>
                        <th scope="col">{ "Next step" }</th>
                    </tr></thead>
                    <tbody>
                        { for props.categories.iter().map(|c| {
                            let category = c.category.clone();
                            let analyse = props.on_analyse.reform(move |_: MouseEvent| category.clone());
                            html! {
                                <tr>
                                    <th scope="row">{ &c.category }</th>
                                    <td class="num">{ c.count }</td>
                                    <td class="num">{ c.in_latest_window }</td>
                                    <td>{ if c.recurring { "↻ recurring" } else { "· one-off" } }</td>
                                    <td>
                                        if c.recurring {
                                            <button type="button" class="button button--small" onclick={analyse}>
                                                { "Analyse root cause" }
                                                <span class="visually-hidden">{ format!(" of {}", c.category) }</span>
                                            </button>
                                        } else {
                                            <span class="meta">{ "Watch: not yet recurring" }</span>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
