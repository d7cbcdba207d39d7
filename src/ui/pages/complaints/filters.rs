//! The list's search, filters and sort. Each change makes a new [`Query`]; the page
//! filters the log once per query.

use crate::domain::complaints::clocks::Standing;
use crate::domain::complaints::model::{Channel, Severity};
use crate::domain::complaints::query::{Query, SortBy};
use crate::ui::browser::event_value;
use yew::prelude::*;

/// Props of [`Filters`].
#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub query: UseStateHandle<Query>,
    /// The team's categories.
    pub categories: Vec<String>,
}

const SORTS: [(SortBy, &str); 5] = [
    (SortBy::Received, "date received"),
    (SortBy::Deadline, "next deadline"),
    (SortBy::Severity, "severity"),
    (SortBy::Category, "category"),
    (SortBy::Customer, "customer reference"),
];

/// The filter bar above the list.
#[component]
pub fn Filters(props: &FiltersProps) -> Html {
    let q = (*props.query).clone();
    let set = |change: fn(&mut Query, String)| {
        let query = props.query.clone();
        Callback::from(move |e: Event| {
            let mut next = (*query).clone();
            change(&mut next, event_value(&e));
            query.set(next);
        })
    };
    let on_text = {
        let query = props.query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(Query {
                text: event_value(&e),
                ..(*query).clone()
            })
        })
    };
    let clear = {
        let query = props.query.clone();
        Callback::from(move |_| query.set(Query::default()))
    };
    html! {
        <div class="log-filters" role="search" aria-label="Search and filter complaints">
            <div class="field">
                <label for="log-search">{ "Search" }</label>
                <input id="log-search" type="search" value={q.text.clone()} oninput={on_text}
                    placeholder="Words in the summary, category or customer reference" />
            </div>
            <div class="field">
                <label for="filter-standing">{ "Deadlines" }</label>
                <select id="filter-standing" onchange={set(|q, v| q.standing = Standing::ALL.into_iter().find(|s| s.words() == v))}>
                    <option value="" selected={q.standing.is_none()}>{ "any" }</option>
                    { for Standing::ALL.into_iter().map(|s| html! { <option value={s.words()} selected={q.standing == Some(s)}>{ s.words() }</option> }) }
                </select>
            </div>
            <div class="field">
                <label for="filter-category">{ "Category" }</label>
                <select id="filter-category" onchange={set(|q, v| q.category = (!v.is_empty()).then_some(v))}>
                    <option value="" selected={q.category.is_none()}>{ "any" }</option>
                    { for props.categories.iter().map(|c| html! { <option value={c.clone()} selected={q.category.as_ref() == Some(c)}>{ c.clone() }</option> }) }
                </select>
            </div>
            <div class="field">
                <label for="filter-channel">{ "Channel" }</label>
                <select id="filter-channel" onchange={set(|q, v| q.channel = Channel::ALL.into_iter().find(|c| c.words() == v))}>
                    <option value="" selected={q.channel.is_none()}>{ "any" }</option>
                    { for Channel::ALL.into_iter().map(|c| html! { <option value={c.words()} selected={q.channel == Some(c)}>{ c.words() }</option> }) }
                </select>
            </div>
            <div class="field">
                <label for="filter-severity">{ "Severity" }</label>
                <select id="filter-severity" onchange={set(|q, v| q.severity = Severity::ALL.into_iter().find(|s| s.words() == v))}>
                    <option value="" selected={q.severity.is_none()}>{ "any" }</option>
                    { for Severity::ALL.into_iter().map(|s| html! { <option value={s.words()} selected={q.severity == Some(s)}>{ s.words() }</option> }) }
                </select>
            </div>
            <div class="field">
                <label for="filter-sort">{ "Sort by" }</label>
                <select id="filter-sort" onchange={set(|q, v| if let Some((s, _)) = SORTS.iter().find(|(_, w)| *w == v) { q.sort = *s })}>
                    { for SORTS.iter().map(|(s, w)| html! { <option value={*w} selected={q.sort == *s}>{ *w }</option> }) }
                </select>
            </div>
            <label class="checkbox" for="filter-descending">
                <input type="checkbox" id="filter-descending" checked={q.descending}
                    onchange={set(|q, _| q.descending = !q.descending)} />
                { "Newest or highest first" }
            </label>
            <label class="checkbox" for="filter-open">
                <input type="checkbox" id="filter-open" checked={q.open_only}
                    onchange={set(|q, _| q.open_only = !q.open_only)} />
                { "Open only" }
            </label>
            if q != Query::default() {
                <button type="button" class="button button--secondary button--small" onclick={clear}>{ "Clear filters" }</button>
            }
        </div>
    }
}
