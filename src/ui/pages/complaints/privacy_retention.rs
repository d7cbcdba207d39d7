//! Retention: for each project with a log, the complaints closed before the cut-off the
//! retention setting gives today, the oldest of them, and a button to remove them.

use super::count;
use crate::domain::complaints::edit::ComplaintEdit;
use crate::domain::complaints::model::Complaint;
use crate::domain::dates::show_date;
use crate::state::Action;
use crate::ui::browser::now;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// How many of the oldest entries past retention are listed.
const OLDEST_SHOWN: usize = 3;

/// The retention section of the data-protection page.
#[component]
pub(super) fn RetentionSection() -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let style = workspace.settings.date_style;
    let retention = workspace.settings.complaints.retention;
    let today = now().date_naive();
    let with_log: Vec<_> = workspace
        .projects
        .iter()
        .filter(|p| !p.complaints.is_empty())
        .collect();
    let rule = match retention.months {
        Some(m) => format!(
            "Closed complaints are kept for {}.",
            count(m as usize, "month", "months")
        ),
        None => "Closed complaints are kept until removed by hand.".to_string(),
    };
    let body = match retention.cutoff(today) {
        _ if with_log.is_empty() => {
            html! { <p class="empty">{ "No project has complaints logged yet." }</p> }
        }
        None => {
            html! { <p class="empty">{ "Nothing is removed by the retention setting. Set a number of months in Settings to remove old closed complaints here." }</p> }
        }
        Some(cutoff) => html! {
            <>
                <p>{ format!("Cut-off today: complaints closed before {} are past retention. Open complaints are always kept.", show_date(cutoff, style)) }</p>
                <ul class="retention-list">
                    { for with_log.iter().map(|p| {
                        let mut past: Vec<&Complaint> = retention.preview(&p.complaints, today);
                        crate::domain::sort::sort_by_key(&mut past, |c| c.closed);
                        let n = past.len();
                        let remove = {
                            let (ws, project) = (ws.clone(), p.id.clone());
                            Callback::from(move |_| ws.apply(Action::Complaints {
                                project: project.clone(),
                                edit: ComplaintEdit::Purge { closed_before: cutoff },
                                at: now(),
                            }))
                        };
                        let label = format!("Remove {} past retention", count(n, "complaint", "complaints"));
                        html! {
                            <li key={p.id.to_string()}>
                                <h3>{ p.name.clone() }</h3>
                                if n == 0 {
                                    <p class="empty">{ match p.complaints.len() {
                                        1 => "Its one complaint is not past retention.".to_string(),
                                        all => format!("None of its {all} complaints is past retention."),
                                    } }</p>
                                } else {
                                    <p>{ format!("{n} of its {} {} past retention. The oldest:",
                                        count(p.complaints.len(), "complaint", "complaints"), if n == 1 { "is" } else { "are" }) }</p>
                                    <ul>
                                        { for past.iter().take(OLDEST_SHOWN).map(|c| html! {
                                            <li>
                                                { format!("Closed {}", c.closed.map(|d| show_date(d, style)).unwrap_or_default()) }
                                                { format!(" · received {}", show_date(c.received.date(), style)) }
                                                if !c.category.is_empty() { { format!(" · {}", c.category) } }
                                            </li>
                                        }) }
                                    </ul>
                                    <button type="button" class="button button--warning" onclick={remove}
                                        aria-label={format!("{label} from {}", p.name)}>{ label.clone() }</button>
                                }
                            </li>
                        }
                    }) }
                </ul>
                <p class="hint">{ "Removing can be undone with Undo (Ctrl+Z) until this tab is closed." }</p>
            </>
        },
    };
    html! {
        <section class="panel" aria-labelledby="retention-heading">
            <h2 id="retention-heading">{ "Retention" }</h2>
            <p>{ rule }{ " " }<Link<Route> to={Route::Settings}>{ "Change the retention period" }</Link<Route>></p>
            { body }
        </section>
    }
}
