//! The complaint log's settings: the name for the audit trail, the complaint scheme and
//! its clocks, bank holidays, categories, what counts as recurring, and retention. Each
//! change writes the whole settings as one undo step.

#[path = "complaints_holidays.rs"]
mod holidays;
#[path = "complaints_scheme.rs"]
mod scheme;

use crate::domain::complaints::category_rename::{logged_counts, name_problem};
use crate::domain::complaints::model::MAX_LINE_CHARS;
use crate::domain::complaints::settings::{Category, ComplaintSettings};
use crate::domain::fishbone::Preset;
use crate::state::Action;
use crate::ui::browser::{event_value, now};
use crate::ui::hooks::{use_workspace, WorkspaceHandle};
use crate::ui::route::Route;
use crate::ui::widgets::DraftInput;
use holidays::HolidayFields;
use scheme::SchemeFields;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Applies `change` to the complaint settings as one step.
pub(super) fn change(ws: &WorkspaceHandle, change: impl FnOnce(&mut ComplaintSettings)) {
    let mut s = ws.workspace().settings.clone();
    change(&mut s.complaints);
    ws.apply(Action::UpdateSettings(s));
}

/// A whole number typed in a field, if it is one within `min..=max`.
pub(super) fn number(text: &str, min: u32, max: u32) -> Option<u32> {
    text.trim().parse().ok().filter(|n| (min..=max).contains(n))
}

/// How many complaints are logged under a category, in words.
fn logged_words(n: usize) -> String {
    match n {
        0 => "No complaints logged under it".into(),
        1 => "1 complaint logged under it".into(),
        n => format!("{n} complaints logged under it"),
    }
}

/// The complaint log section of Settings.
#[component]
pub fn ComplaintSettingsSection() -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let s = &workspace.settings.complaints;
    let counts = logged_counts(&workspace);
    let new_category = use_state(String::new);
    let error = use_state(|| None::<(String, String)>);
    let on_name = {
        let ws = ws.clone();
        Callback::from(move |name: String| {
            let name: String = name.trim().chars().take(MAX_LINE_CHARS).collect();
            change(&ws, |c| c.user_name = name);
        })
    };
    let on_add_category = {
        let (ws, new_category, error) = (ws.clone(), new_category.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let all = ws.workspace().settings.complaints.categories.clone();
            if let Some(why) = name_problem(&new_category, &all) {
                return error.set(Some(("new-category".into(), why)));
            }
            let name = new_category.trim().to_string();
            change(&ws, |c| {
                c.categories.push(Category {
                    name,
                    fishbone: String::new(),
                })
            });
            new_category.set(String::new());
            error.set(None);
        })
    };
    let error_for = |field: &str| {
        (*error)
            .as_ref()
            .filter(|(f, _)| f == field)
            .map(|(_, why)| why.clone())
    };
    let field_error = |field: &str| match error_for(field) {
        Some(why) => {
            html! { <p class="field-error" id={format!("{field}-error")} role="alert">{ why }</p> }
        }
        None => html! {},
    };
    let recurrence = s.recurrence;
    let on_at_least = {
        let (ws, error) = (ws.clone(), error.clone());
        Callback::from(move |text: String| match number(&text, 1, 1_000) {
            Some(n) => {
                error.set(None);
                change(&ws, |c| c.recurrence.at_least = n);
            }
            None => error.set(Some((
                "recurrence".into(),
                "The number of complaints must be a whole number from 1 to 1,000.".into(),
            ))),
        })
    };
    let on_window = {
        let (ws, error) = (ws.clone(), error.clone());
        Callback::from(move |text: String| match number(&text, 1, 3_660) {
            Some(n) => {
                error.set(None);
                change(&ws, |c| c.recurrence.window_days = n);
            }
            None => error.set(Some((
                "recurrence".into(),
                "The window must be a whole number of days from 1 to 3,660.".into(),
            ))),
        })
    };
    let months = s.retention.months;
    let set_months = |m: Option<u32>| {
        let ws = ws.clone();
        Callback::from(move |_: Event| change(&ws, |c| c.retention.months = m))
    };
    let on_months = {
        let (ws, error) = (ws.clone(), error.clone());
        Callback::from(move |text: String| match number(&text, 1, 1_200) {
            Some(n) => {
                error.set(None);
                change(&ws, |c| c.retention.months = Some(n));
            }
            None => error.set(Some((
                "retention".into(),
                "The months must be a whole number from 1 to 1,200.".into(),
            ))),
        })
    };
    html! {
        <section class="panel" aria-labelledby="complaint-log-heading">
            <h2 id="complaint-log-heading">{ "Complaint log" }</h2>
            <p><Link<Route> to={Route::DataProtection}>{ "Data protection: erase or export a customer's data, remove old complaints" }</Link<Route>></p>
            <div class="field">
                <label for="complaint-user-name">{ "Your name for the audit trail" }</label>
                <p class="hint" id="complaint-user-name-hint">{ "Written beside each change you make to a complaint on this device. Saved when you leave the field." }</p>
                <DraftInput id="complaint-user-name" maxlength="120" value={s.user_name.clone()}
                    describedby="complaint-user-name-hint" autocomplete="name" on_commit={on_name} />
            </div>
            <SchemeFields />
            <HolidayFields />
            <fieldset class="field">
                <legend><h3>{ "Categories" }</h3></legend>
                <p class="hint">{ "Each category feeds a fishbone category when its complaints are analysed. Renaming a category also renames it on the complaints already logged under it, in every project, and each one's audit trail says so (undo takes it back)." }</p>
                <datalist id="fishbone-categories">
                    { for Preset::ContactCentre.categories().iter().map(|c| html! { <option value={*c} /> }) }
                </datalist>
                { field_error("category") }
                if s.categories.is_empty() {
                    <p class="empty">{ "No categories yet: add the ones your team uses." }</p>
                }
                <ul class="category-list">
                    { for s.categories.iter().enumerate().map(|(i, cat)| {
                        let rename = {
                            let (ws, error) = (ws.clone(), error.clone());
                            Callback::from(move |name: String| {
                                let all = &ws.workspace().settings.complaints.categories;
                                let others = all.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, c)| c);
                                if let Some(why) = name_problem(&name, others) {
                                    return error.set(Some(("category".into(), why)));
                                }
                                error.set(None);
                                ws.apply(Action::RenameComplaintCategory { index: i, to: name, at: now() });
                            })
                        };
                        let map = {
                            let ws = ws.clone();
                            Callback::from(move |to: String| {
                                let to: String = to.trim().chars().take(MAX_LINE_CHARS).collect();
                                change(&ws, |c| if let Some(cat) = c.categories.get_mut(i) { cat.fishbone = to });
                            })
                        };
                        let remove = {
                            let ws = ws.clone();
                            Callback::from(move |_| change(&ws, |c| { if i < c.categories.len() { c.categories.remove(i); } }))
                        };
                        html! {
                            <li key={format!("{i}-{}", cat.name)} class="category-row">
                                <div class="category-row__field">
                                    <label for={format!("category-{i}-name")}>{ format!("Category {} name", i + 1) }</label>
                                    <DraftInput id={format!("category-{i}-name")} maxlength="120" value={cat.name.clone()}
                                        describedby={format!("category-{i}-count")} on_commit={rename} />
                                    <p class="hint" id={format!("category-{i}-count")}>{ logged_words(counts.get(cat.name.trim()).copied().unwrap_or(0)) }</p>
                                </div>
                                <div class="category-row__field">
                                    <label for={format!("category-{i}-fishbone")}>{ format!("Fishbone category for {}", cat.name) }</label>
                                    <DraftInput id={format!("category-{i}-fishbone")} list="fishbone-categories" maxlength="120"
                                        value={cat.fishbone.clone()} on_commit={map} />
                                </div>
                                <button type="button" class="button button--secondary button--small" onclick={remove}>{ format!("Remove category {}", cat.name) }</button>
                            </li>
                        }
                    }) }
                </ul>
                <form onsubmit={on_add_category} novalidate=true>
                    { field_error("new-category") }
                    <label for="new-category">{ "New category" }</label>
                    <input id="new-category" type="text" maxlength="120" value={(*new_category).clone()}
                        oninput={{ let n = new_category.clone(); Callback::from(move |e: InputEvent| n.set(event_value(&e))) }} />
                    <button type="submit" class="button button--small">{ "Add category" }</button>
                </form>
            </fieldset>
            <fieldset class="field">
                <legend><h3>{ "Recurring issues" }</h3></legend>
                <p class="hint">{ format!("A category recurs when at least {} complaints come within {} days.", recurrence.at_least, recurrence.window_days) }</p>
                { field_error("recurrence") }
                <label for="recurrence-at-least">{ "At least this many complaints" }</label>
                <DraftInput id="recurrence-at-least" kind="number" min="1" max="1000" value={recurrence.at_least.to_string()} on_commit={on_at_least} />
                <label for="recurrence-window">{ "Within this many days" }</label>
                <DraftInput id="recurrence-window" kind="number" min="1" max="3660" value={recurrence.window_days.to_string()} on_commit={on_window} />
            </fieldset>
            <fieldset class="field">
                <legend><h3>{ "Retention" }</h3></legend>
                <p class="hint">{ "How long closed complaints are kept. Six years (72 months) is the limitation period for a claim in contract in England and Wales. Old ones are removed on the data protection page, after a preview." }</p>
                { field_error("retention") }
                <div class="radio">
                    <input type="radio" name="retention" id="retention-months" checked={months.is_some()} onchange={set_months(Some(months.unwrap_or(72)))} />
                    <label for="retention-months">{ "Keep closed complaints for a number of months" }</label>
                </div>
                if let Some(m) = months {
                    <label for="retention-months-count">{ "Months to keep closed complaints" }</label>
                    <DraftInput id="retention-months-count" kind="number" min="1" max="1200" value={m.to_string()} on_commit={on_months} />
                }
                <div class="radio">
                    <input type="radio" name="retention" id="retention-keep" checked={months.is_none()} onchange={set_months(None)} />
                    <label for="retention-keep">{ "Keep them until removed by hand" }</label>
                </div>
            </fieldset>
        </section>
    }
}
