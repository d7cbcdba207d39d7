//! Recurring issues in the complaint log: the entries of a period and channel, the
//! Pareto chart of their categories with the vital few named, each category recurring
//! or one-off under the team's rule (with "Analyse root cause" on the recurring ones),
//! the chosen category's control chart by week or month, and the log's figures by
//! period. The log may hold 50,000 entries, so every figure is worked out once per
//! change of the log (told by its chunks' pointers) or of the choices, not per render.

#[path = "analysis_control.rs"]
mod control;
#[path = "analysis_kpis.rs"]
mod kpis;
#[path = "analysis_pareto.rs"]
mod pareto;
#[path = "analysis_recurring.rs"]
mod recurring;

use crate::domain::complaints::analysis::{
    category_counts, contacts_by_period, control_chart, figures_by_period, fishbone_for_category,
    latest_day, recurrences, rule_words, series, Filter,
};
use crate::domain::complaints::bank_holidays::parse_iso_date;
use crate::domain::complaints::clocks::final_deadline;
use crate::domain::complaints::log::ComplaintLog;
use crate::domain::complaints::model::{Channel, Complaint};
use crate::domain::complaints::recurrence::{pareto, MIN_PERIODS};
use crate::domain::dates::show_date;
use crate::domain::kpi::calendar::Granularity;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{event_value, now, random_u64};
use crate::ui::hooks::use_workspace;
use crate::ui::pages::fishbone::new_fishbone_id;
use crate::ui::route::Route;
use crate::ui::widgets::ProjectMissing;
use control::ControlChartView;
pub(super) use kpis::LogKpis;
use pareto::ParetoChart;
use recurring::RecurringTable;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

/// The entries looked at, compared by pointer: a new list is made only when the log or
/// the filter changed, and what is worked out from it follows.
#[derive(Clone)]
struct Entries(Rc<Vec<Rc<Complaint>>>);

impl PartialEq for Entries {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The log by identity: an edit replaces the chunk it touches, so the chunks' pointers
/// tell a change (about 200 of them for 50,000 entries) without reading an entry.
fn log_key(log: &ComplaintLog) -> Vec<usize> {
    log.chunks()
        .iter()
        .map(|c| Rc::as_ptr(c) as usize)
        .collect()
}

/// "Phone", "E-mail", … for the channel picker.
fn channel_name(c: Channel) -> String {
    let w = c.words();
    let mut chars = w.chars();
    chars.next().map_or_else(String::new, |f| {
        f.to_uppercase().collect::<String>() + chars.as_str()
    })
}

/// The choices for "Control chart by" and "Figures by", with their values.
const CHART_BY: [(&str, Granularity); 2] =
    [("Month", Granularity::Month), ("Week", Granularity::Week)];
const FIGURES_BY: [(&str, Granularity); 3] = [
    ("Month", Granularity::Month),
    ("Quarter", Granularity::Quarter),
    ("Week", Granularity::Week),
];

fn granularity_select(
    id: &'static str,
    label: &'static str,
    options: &'static [(&'static str, Granularity)],
    value: &UseStateHandle<Granularity>,
) -> Html {
    let on_change = {
        let value = value.clone();
        Callback::from(move |e: Event| {
            let chosen = event_value(&e);
            if let Some((_, g)) = options.iter().find(|(name, _)| *name == chosen) {
                value.set(*g);
            }
        })
    };
    html! {
        <div class="field field--inline">
            <label for={id}>{ label }</label>
            <select id={id} onchange={on_change}>
                { for options.iter().map(|(name, g)| html! {
                    <option value={*name} selected={**value == *g}>{ *name }</option>
                }) }
            </select>
        </div>
    }
}

/// Props of [`ComplaintAnalysisPage`].
#[derive(Properties, PartialEq)]
pub struct ComplaintAnalysisPageProps {
    pub id: AttrValue,
}

/// Recurring issues.
#[component]
pub fn ComplaintAnalysisPage(props: &ComplaintAnalysisPageProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let filter = use_state(Filter::default);
    let chart_by = use_state(|| Granularity::Month);
    let figures_by = use_state(|| Granularity::Month);
    let chosen = use_state(|| None::<String>);
    let workspace = ws.workspace();
    let id = ProjectId(props.id.to_string());
    let project = workspace.projects.iter().find(|p| p.id == id).cloned();
    let settings = workspace.settings.complaints.clone();
    let style = workspace.settings.date_style;

    let log = project
        .as_ref()
        .map(|p| p.complaints.clone())
        .unwrap_or_default();
    let entries = use_memo((log_key(&log), (*filter).clone()), move |(_, f)| {
        Entries(Rc::new(f.apply(&log)))
    });
    let overview = use_memo(((*entries).clone(), settings.recurrence), |(e, rule)| {
        let bars = pareto(&category_counts(&e.0));
        let as_of = latest_day(&e.0);
        let categories = as_of
            .map(|d| recurrences(&e.0, rule, d))
            .unwrap_or_default();
        (bars, categories, as_of)
    });
    let counts = use_memo(((*entries).clone(), *chart_by), |(e, by)| series(&e.0, *by));
    let contacts_key: Vec<usize> = project
        .iter()
        .flat_map(|p| p.contact_datasets.iter().map(|d| Rc::as_ptr(d) as usize))
        .collect();
    let figures = {
        let project = project.clone();
        let deps = (
            (*entries).clone(),
            *figures_by,
            settings.scheme.clone(),
            settings.holidays.clone(),
            contacts_key,
        );
        use_memo(deps, move |(e, by, scheme, cal, _)| {
            let contacts = project
                .as_ref()
                .map(|p| contacts_by_period(&p.contact_datasets, *by))
                .unwrap_or_default();
            figures_by_period(
                e.0.iter().map(|c| c.as_ref()),
                *by,
                &|c| final_deadline(c, scheme, cal),
                &contacts,
            )
        })
    };

    let Some(project) = project else {
        return html! { <ProjectMissing /> };
    };
    let breadcrumb = html! {
        <p class="breadcrumb">
            <Link<Route> to={Route::Project { id: id.to_string() }}>{ project.name.clone() }</Link<Route>>
            { " " }
            <Link<Route> to={Route::Complaints { id: id.to_string() }}>{ "Complaint log" }</Link<Route>>
        </p>
    };
    if project.complaints.is_empty() {
        return html! {
            <>
                { breadcrumb }
                <h1>{ "Recurring issues" }</h1>
                <p class="empty">{ "No complaints logged yet, so there is nothing to analyse. " }
                    <Link<Route> to={Route::Complaints { id: id.to_string() }}>{ "Log complaints" }</Link<Route>>
                    { " or " }
                    <Link<Route> to={Route::ComplaintImport { id: id.to_string() }}>{ "import them from a CSV file" }</Link<Route>>
                    { "." }</p>
            </>
        };
    }

    let (bars, categories, as_of) = &*overview;
    let set_date = |to: bool| {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let day = parse_iso_date(event_value(&e).trim());
            let mut f = (*filter).clone();
            if to {
                f.to = day
            } else {
                f.from = day
            }
            filter.set(f);
        })
    };
    let on_channel = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let value = event_value(&e);
            let mut f = (*filter).clone();
            f.channel = value
                .parse::<usize>()
                .ok()
                .and_then(|i| Channel::ALL.get(i).copied());
            filter.set(f);
        })
    };
    let on_category = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(Some(event_value(&e))))
    };
    let on_analyse = {
        let (ws, entries, settings, id) =
            (ws.clone(), entries.clone(), settings.clone(), id.clone());
        Callback::from(move |category: String| {
            let fid = new_fishbone_id();
            let fishbone =
                fishbone_for_category(&category, &entries.0, &settings, fid.clone(), random_u64);
            ws.apply(Action::AddFishbone {
                project: id.clone(),
                fishbone,
                pain_point: None,
                at: now(),
            });
            if let Some(n) = &navigator {
                n.push(&Route::Fishbone {
                    id: id.to_string(),
                    fishbone: fid.to_string(),
                });
            }
        })
    };
    // The chart's category: the one picked, else the first recurring, else the largest.
    let shown = chosen
        .as_ref()
        .filter(|c| counts.counts.contains_key(c.as_str()))
        .cloned()
        .or_else(|| {
            categories
                .iter()
                .find(|c| c.recurring)
                .map(|c| c.category.clone())
        })
        .or_else(|| categories.first().map(|c| c.category.clone()));
    let chart = shown.as_deref().and_then(|c| control_chart(&counts, c));
    let period_word = if *chart_by == Granularity::Week {
        "week"
    } else {
        "month"
    };
    let rule = rule_words(&settings.recurrence);
    let window = settings.recurrence.window_days;
    let date_value = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let backwards = matches!((filter.from, filter.to), (Some(f), Some(t)) if f > t);

    html! {
        <>
            { breadcrumb }
            <h1>{ "Recurring issues" }</h1>
            <p class="lead">{ "See which complaint categories make up most of the log, which keep coming back, \
                               and whether a category has changed — then analyse the root cause of a recurring one." }</p>
            <form class="panel" aria-labelledby="analysis-filters" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2 id="analysis-filters">{ "Which complaints" }</h2>
                <div class="button-row">
                    <div class="field field--inline">
                        <label for="analysis-from">{ "Period from" }</label>
                        <input id="analysis-from" type="date" value={date_value(filter.from)} onchange={set_date(false)} />
                    </div>
                    <div class="field field--inline">
                        <label for="analysis-to">{ "Period to" }</label>
                        <input id="analysis-to" type="date" value={date_value(filter.to)} onchange={set_date(true)} />
                    </div>
                    <div class="field field--inline">
                        <label for="analysis-channel">{ "Channel" }</label>
                        <select id="analysis-channel" onchange={on_channel}>
                            <option value="" selected={filter.channel.is_none()}>{ "All channels" }</option>
                            { for Channel::ALL.iter().enumerate().map(|(i, c)| html! {
                                <option value={i.to_string()} selected={filter.channel == Some(*c)}>{ channel_name(*c) }</option>
                            }) }
                        </select>
                    </div>
                </div>
                if backwards {
                    <p class="field-error" role="alert">{ "\u{201c}Period from\u{201d} is after \u{201c}Period to\u{201d}, so no complaint can match: swap them." }</p>
                }
                <p class="status-line" role="status">{ match (entries.0.len(), as_of) {
                    (0, _) | (_, None) => "No complaints match these choices.".to_string(),
                    (n, Some(last)) => {
                        let first = entries.0.iter().map(|c| c.received.date()).min().unwrap_or(*last);
                        format!("{n} of the log's {} complaints, received {} to {}.", project.complaints.len(),
                            show_date(first, style), show_date(*last, style))
                    }
                } }</p>
            </form>
            if !bars.is_empty() {
                <ParetoChart bars={bars.clone()} />
                <RecurringTable categories={categories.clone()} rule={rule} window={window}
                    as_of={as_of.map(|d| AttrValue::from(show_date(d, style)))} on_analyse={on_analyse} />
                <section class="panel" aria-labelledby="control-heading">
                    <h2 id="control-heading">{ "Has a category changed?" }</h2>
                    <p class="hint">{ "A control chart (c-chart) of one category's complaints per period: a point beyond the \
                                       limits, or a long run on one side of the centre line, is a change worth a look; the rest is \
                                       the usual ups and downs." }</p>
                    <div class="button-row">
                        <div class="field field--inline">
                            <label for="analysis-category">{ "Control chart of" }</label>
                            <select id="analysis-category" onchange={on_category}>
                                { for categories.iter().map(|c| html! {
                                    <option value={c.category.clone()} selected={shown.as_deref() == Some(c.category.as_str())}>
                                        { &c.category }</option>
                                }) }
                            </select>
                        </div>
                        { granularity_select("analysis-chart-by", "Control chart by", &CHART_BY, &chart_by) }
                    </div>
                    if counts.left_out > 0 {
                        <p class="hint">{ format!("{} older complaints fall before the {} periods drawn and are left out of the chart.",
                            counts.left_out, counts.periods.len()) }</p>
                    }
                    { match (&chart, &shown) {
                        (Some(c), _) => html! { <ControlChartView chart={c.clone()} period={period_word} /> },
                        (None, Some(name)) => html! {
                            <p class="empty">{ format!("Not enough for a control chart of {name}: it needs complaints over at least \
                                {MIN_PERIODS} {period_word}s (there are {}). {}", counts.periods.len(),
                                if *chart_by == Granularity::Week { "Choose a longer period." } else { "Try by week, or a longer period." }) }</p>
                        },
                        (None, None) => html! {},
                    } }
                </section>
            }
            <section class="panel" aria-labelledby="figures-heading">
                <h2 id="figures-heading">{ "The log's figures by period" }</h2>
                { granularity_select("analysis-figures-by", "Figures by", &FIGURES_BY, &figures_by) }
                <LogKpis project={props.id.clone()} figures={(*figures).clone()} by={*figures_by}
                    has_contacts={!project.contact_datasets.is_empty()} scheme={settings.scheme.name.clone()} />
            </section>
        </>
    }
}
