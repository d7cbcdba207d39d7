//! The log's figures per period as a table: first-contact resolution, escalation and
//! upheld rates, days to close, the share closed within the scheme's final deadline, and
//! complaints per 1,000 contacts when the project has contact data.

use crate::domain::complaints::kpis::{LogFigures, Share};
use crate::domain::kpi::calendar::Granularity;
use crate::domain::kpi::format::fixed;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// "62.5% of 8", or "—" when nothing is known.
fn share(s: &Option<Share>) -> Html {
    match s {
        Some(s) => {
            html! { <>{ format!("{}%", fixed(s.percent, 1)) }<span class="meta">{ format!(" of {}", s.n) }</span></> }
        }
        None => html! { <span title="nothing known yet">{ "—" }</span> },
    }
}

fn days(d: Option<f64>) -> String {
    d.map_or_else(|| "—".to_string(), |d| fixed(d, 1))
}

/// Props of [`LogKpis`].
#[derive(Properties, PartialEq)]
pub struct LogKpisProps {
    pub project: AttrValue,
    pub figures: Vec<LogFigures>,
    pub by: Granularity,
    /// The project has contact data to count complaints per 1,000 contacts against.
    pub has_contacts: bool,
    /// The scheme whose final deadline "closed within the deadline" uses.
    pub scheme: AttrValue,
}

/// The table, newest period first.
#[component]
pub fn LogKpis(props: &LogKpisProps) -> Html {
    html! {
        <>
            <p class="hint">{ format!(
                "Rates are of the complaints whose outcome is known; \u{201c}within deadline\u{201d} is of those closed, \
                 against the final deadline of {}.", props.scheme) }</p>
            if !props.has_contacts {
                <p class="hint">{ "Complaints per 1,000 contacts needs the contacts: " }
                    <Link<Route> to={Route::Kpis { id: props.project.to_string() }}>{ "import contact data on the KPI page" }</Link<Route>>
                    { "." }</p>
            }
            if props.figures.is_empty() {
                <p class="empty">{ "No complaints match these choices, so there are no figures." }</p>
            } else {
            <div class="table-scroll">
                <table>
                    <caption>{ "The log's figures by period, newest first" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Period" }</th>
                        <th scope="col" class="num">{ "Received" }</th>
                        <th scope="col" class="num">{ "First-contact resolution" }</th>
                        <th scope="col" class="num">{ "Escalated" }</th>
                        <th scope="col" class="num">{ "Upheld" }</th>
                        <th scope="col" class="num">{ "Mean days to close" }</th>
                        <th scope="col" class="num">{ "Median days to close" }</th>
                        <th scope="col" class="num">{ "Closed within deadline" }</th>
                        <th scope="col" class="num">{ "Per 1,000 contacts" }</th>
                    </tr></thead>
                    <tbody>
                        { for props.figures.iter().rev().map(|f| html! {
                            <tr>
                                <th scope="row">{ props.by.label(f.period) }</th>
                                <td class="num">{ f.received }</td>
                                <td class="num">{ share(&f.fcr) }</td>
                                <td class="num">{ share(&f.escalation) }</td>
                                <td class="num">{ share(&f.upheld) }</td>
                                <td class="num">{ days(f.mean_days) }</td>
                                <td class="num">{ days(f.median_days) }</td>
                                <td class="num">{ share(&f.within_deadline) }</td>
                                <td class="num">{ f.per_thousand.map_or_else(|| "—".to_string(), |x| fixed(x, 2)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            }
        </>
    }
}
