//! The list's search, filters and sort. Each change makes a new [`Query`]; the page
//! filters the log once per query.

use crate::domain::complaints::clocks::Standing;
use crate::domain::complaints::model::{Channel, Severity};
use crate::domain::complaints::query::{Query, SortBy};
use crate::ui::browser::event_value;
use crate::ui::widgets::choice::{choice, words_options};
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
        Callback::from(move |v: String| {
            let mut next = (*query).clone();
            change(&mut next, v);
            query.set(next);
        })
    };
    let toggle = |change: fn(&mut Query)| {
        let query = props.query.clone();
        Callback::from(move |_: Event| {
            let mut next = (*query).clone();
            change(&mut next);
            query.set(next);
        })
    };
    // Every list starts with "any" (the empty value).
    let any = |rest: Vec<(String, String)>| {
        let mut all = vec![(String::new(), "any".to_string())];
        all.extend(rest);
        all
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
            { choice("filter-standing", "Deadlines", any(words_options(Standing::ALL.map(|s| s.words()))),
                q.standing.map(|s| s.words()).unwrap_or_default(),
                set(|q, v| q.standing = Standing::ALL.into_iter().find(|s| s.words() == v))) }
            { choice("filter-category", "Category", any(words_options(props.categories.iter().map(|c| c.as_str()))),
                q.category.as_deref().unwrap_or_default(),
                set(|q, v| q.category = (!v.is_empty()).then_some(v))) }
            { choice("filter-channel", "Channel", any(words_options(Channel::ALL.map(|c| c.words()))),
                q.channel.map(|c| c.words()).unwrap_or_default(),
                set(|q, v| q.channel = Channel::ALL.into_iter().find(|c| c.words() == v))) }
            { choice("filter-severity", "Severity", any(words_options(Severity::ALL.map(|s| s.words()))),
                q.severity.map(|s| s.words()).unwrap_or_default(),
                set(|q, v| q.severity = Severity::ALL.into_iter().find(|s| s.words() == v))) }
            { choice("filter-sort", "Sort by", words_options(SORTS.iter().map(|(_, w)| *w)),
                SORTS.iter().find(|(s, _)| *s == q.sort).map(|(_, w)| *w).unwrap_or_default(),
                set(|q, v| if let Some((s, _)) = SORTS.iter().find(|(_, w)| *w == v) { q.sort = *s })) }
            <label class="checkbox" for="filter-descending">
                <input type="checkbox" id="filter-descending" checked={q.descending}
                    onchange={toggle(|q| q.descending = !q.descending)} />
                { "Newest or highest first" }
            </label>
            <label class="checkbox" for="filter-open">
                <input type="checkbox" id="filter-open" checked={q.open_only}
                    onchange={toggle(|q| q.open_only = !q.open_only)} />
                { "Open only" }
            </label>
            if q != Query::default() {
                <button type="button" class="button button--secondary button--small" onclick={clear}>{ "Clear filters" }</button>
            }
        </div>
    }
}
