//! The Do quadrant: the actions with owner, due date, status and notes; overdue and
//! due-soon ones say so by icon and words; and the timeline of actions by date.

use super::edit::{fresh, input_by_id, on_text, on_value, PdcaChange};
use super::editor_page::QuadrantProps;
use crate::domain::dates::show_day;
use crate::domain::pdca::actions::{timeline, timing, Timing};
use crate::domain::pdca::model::ActionStatus;
use crate::domain::pdca::timeline::timeline_svg;
use crate::domain::pdca::{ActionField, ActionId, PdcaEdit};
use crate::ui::browser::{event_value, now};
use crate::ui::widgets::DraftInput;
use chrono::NaiveDate;
use yew::prelude::*;

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

fn timing_class(t: Timing) -> &'static str {
    match t {
        Timing::Overdue(_) => "pdca-timing pdca-timing--overdue",
        Timing::DueSoon => "pdca-timing pdca-timing--soon",
        _ => "pdca-timing",
    }
}

/// The Do quadrant.
#[component]
pub fn DoPanel(props: &QuadrantProps) -> Html {
    let (c, on_edit) = (&props.cycle, &props.on_edit);
    let today = now().date_naive();
    let on_add = {
        let on_edit = on_edit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(what), Some(owner), Some(due)) = (
                input_by_id("pdca-new-action"),
                input_by_id("pdca-new-owner"),
                input_by_id("pdca-new-due"),
            ) else {
                return;
            };
            on_edit.emit(PdcaChange::new(PdcaEdit::AddAction {
                id: ActionId::fresh(fresh()),
                what: what.value(),
                owner: owner.value(),
                due: date(&due.value()),
            }));
            if !what.value().trim().is_empty() {
                what.set_value("");
                owner.set_value("");
                due.set_value("");
                let _ = what.focus();
            }
        })
    };
    html! {
        <section class="panel pdca-quadrant pdca-quadrant--do" aria-labelledby="pdca-do-heading">
            <h2 id="pdca-do-heading">{ "Do" }</h2>
            if c.actions.is_empty() {
                <p class="empty">{ "No actions yet: say what will be done, by whom and by when." }</p>
            } else {
                <div class="table-scroll">
                <table class="pdca-actions">
                    <caption class="visually-hidden">{ "Actions" }</caption>
                    <thead><tr><th scope="col">{ "Action" }</th><th scope="col">{ "Owner" }</th><th scope="col">{ "Due" }</th>
                        <th scope="col">{ "Status" }</th><th scope="col">{ "When" }</th><th scope="col">{ "Notes" }</th><th scope="col"><span class="visually-hidden">{ "Remove" }</span></th></tr></thead>
                    <tbody>
                        { for c.actions.iter().enumerate().map(|(n, a)| {
                            let t = timing(a, today);
                            let id = a.id.clone();
                            let n = n + 1;
                            html! {
                                <tr key={a.id.to_string()}>
                                    <td><DraftInput value={a.what.clone()} label={format!("Action {n}")}
                                        on_commit={{ let id = id.clone(); on_text(on_edit, move |t| PdcaEdit::EditAction { action: id.clone(), change: ActionField::What(t) }) }} /></td>
                                    <td><DraftInput value={a.owner.clone()} label={format!("Owner, action {n}")}
                                        on_commit={{ let id = id.clone(); on_text(on_edit, move |t| PdcaEdit::EditAction { action: id.clone(), change: ActionField::Owner(t) }) }} /></td>
                                    <td><input type="date" value={a.due.map(|d| d.to_string()).unwrap_or_default()} aria-label={format!("Due, action {n}")}
                                        onchange={{ let id = id.clone(); on_value(on_edit, move |t| PdcaEdit::EditAction { action: id.clone(), change: ActionField::Due(date(&t)) }) }} /></td>
                                    <td><select aria-label={format!("Status, action {n}")}
                                        onchange={{ let (id, on_edit) = (id.clone(), on_edit.clone()); Callback::from(move |e: Event| {
                                            let i = event_value(&e).parse::<usize>().unwrap_or(0);
                                            on_edit.emit(PdcaChange::new(PdcaEdit::EditAction { action: id.clone(), change: ActionField::Status(ActionStatus::ALL[i.min(3)]) }))
                                        }) }}>
                                        { for ActionStatus::ALL.iter().enumerate().map(|(i, s)| html! {
                                            <option value={i.to_string()} selected={*s == a.status}>{ s.words() }</option>
                                        }) }
                                    </select></td>
                                    <td><span class={timing_class(t)}>{ format!("{} {}", t.icon(), t.words()) }</span></td>
                                    <td><DraftInput value={a.notes.clone()} label={format!("Notes, action {n}")}
                                        on_commit={{ let id = id.clone(); on_text(on_edit, move |t| PdcaEdit::EditAction { action: id.clone(), change: ActionField::Notes(t) }) }} /></td>
                                    <td><button type="button" class="button button--warning button--small" aria-label={format!("Remove action {n}")}
                                        onclick={{ let (id, on_edit) = (id.clone(), on_edit.clone()); Callback::from(move |_| on_edit.emit(PdcaChange::new(PdcaEdit::RemoveAction { action: id.clone() }))) }}>{ "Remove" }</button></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                </div>
                <h3>{ "Timeline" }</h3>
                // Drawn by the domain, which escapes every piece of user text.
                if let Some(svg) = timeline_svg(c, today, 760) {
                    <div class="pdca-timeline-chart">{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
                }
                <ol class="pdca-timeline">
                    { for timeline(c).into_iter().map(|a| {
                        let t = timing(a, today);
                        html! { <li class={timing_class(t)}>
                            <strong>{ a.due.map_or_else(|| "No date".to_string(), show_day) }</strong>
                            { format!(" · {}{} · {} {}", a.what, if a.owner.is_empty() { String::new() } else { format!(" ({})", a.owner) }, t.icon(), t.words()) }
                        </li> }
                    }) }
                </ol>
            }
            <form class="pdca-add-action" onsubmit={on_add} novalidate=true>
                <div class="field"><label for="pdca-new-action">{ "New action" }</label>
                    <input id="pdca-new-action" type="text" maxlength="200" placeholder="Add the address form to the adviser screen" /></div>
                <div class="field"><label for="pdca-new-owner">{ "Owner" }</label><input id="pdca-new-owner" type="text" maxlength="200" /></div>
                <div class="field"><label for="pdca-new-due">{ "Due" }</label><input id="pdca-new-due" type="date" /></div>
                <button type="submit" class="button button--secondary">{ "Add action" }</button>
            </form>
        </section>
    }
}
