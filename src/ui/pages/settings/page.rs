//! The Settings page. Each change applies at once and can be undone.

use super::erase_panel::ErasePanel;
use super::storage_usage::StorageUsage;
use crate::domain::dates::show_date;
use crate::domain::{ComplaintModel, DateStyle, Settings};
use crate::state::Action;
use crate::ui::browser::now;
use crate::ui::hooks::use_workspace;
use crate::ui::widgets::DraftInput;
use yew::prelude::*;

/// Workspace settings.
#[component]
pub fn SettingsPage() -> Html {
    let ws = use_workspace();
    let settings = ws.workspace().settings.clone();
    let update = {
        let ws = ws.clone();
        move |f: Box<dyn Fn(&mut Settings)>| {
            let ws = ws.clone();
            move || {
                let mut s = ws.workspace().settings.clone();
                f(&mut s);
                ws.apply(Action::UpdateSettings(s));
            }
        }
    };
    let on_org = {
        let ws = ws.clone();
        Callback::from(move |value: String| {
            let mut s = ws.workspace().settings.clone();
            s.organisation = value.trim().to_string();
            ws.apply(Action::UpdateSettings(s));
        })
    };
    let today = now();
    html! {
        <>
            <h1>{ "Settings" }</h1>
            <section class="panel" aria-labelledby="org-heading">
                <h2 id="org-heading">{ "Organisation" }</h2>
                <div class="field">
                    <label for="organisation">{ "Organisation name" }</label>
                    <p class="hint" id="organisation-hint">{ "Shown in the header and on printed evidence. Saved when you leave the field." }</p>
                    <DraftInput id="organisation" value={settings.organisation.clone()} on_commit={on_org}
                        describedby="organisation-hint" autocomplete="organization" maxlength="120" />
                </div>
            </section>
            <section class="panel">
                <fieldset class="field">
                    <legend><h2>{ "Default complaint model" }</h2></legend>
                    <p class="hint">{ "The model advisers are guided through when logging a complaint." }</p>
                    { for ComplaintModel::ALL.into_iter().map(|m| {
                        let set = update(Box::new(move |s: &mut Settings| s.complaint_model = m));
                        html! {
                            <div class="radio">
                                <input type="radio" name="complaint-model" id={format!("model-{}", m.code())}
                                    checked={settings.complaint_model == m} onchange={move |_| set()} />
                                <label for={format!("model-{}", m.code())}>
                                    <strong>{ m.label() }</strong>{ format!(": {}", m.steps()) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            </section>
            <section class="panel">
                <fieldset class="field">
                    <legend><h2>{ "Date format" }</h2></legend>
                    <p class="hint">{ "How dates are shown on screen and on paper. Files always store ISO 8601." }</p>
                    { for DateStyle::ALL.into_iter().map(|style| {
                        let set = update(Box::new(move |s: &mut Settings| s.date_style = style));
                        html! {
                            <div class="radio">
                                <input type="radio" name="date-style" id={format!("date-{}", style.code())}
                                    checked={settings.date_style == style} onchange={move |_| set()} />
                                <label for={format!("date-{}", style.code())}>{ show_date(today, style) }</label>
                            </div>
                        }
                    }) }
                    <p class="preview">{ "Today is shown as " }<strong>{ show_date(today, settings.date_style) }</strong></p>
                </fieldset>
            </section>
            <super::complaints_section::ComplaintSettingsSection />
            <StorageUsage />
            <ErasePanel />
        </>
    }
}
