//! What will be done about a root cause: a small table of countermeasures (what, who,
//! by when, how strong), each field kept when it changes, and a row to add one. The
//! strength is suggested from the words until the user picks one.

use super::edit::{new_countermeasure_id, WhysChange};
use super::text_keys::value_of;
use crate::domain::whys::{AnswerId, Countermeasure, CountermeasureField, Strength, WhysEdit};
use crate::ui::browser::{event_value, focus_soon};
use crate::ui::widgets::DraftInput;
use chrono::NaiveDate;
use yew::prelude::*;

/// A date from a date box ("2026-03-01"); `None` when it is empty or not a date.
fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// A strength from a select box's value.
fn strength(value: &str) -> Strength {
    Strength::ALL
        .into_iter()
        .find(|s| s.label() == value)
        .unwrap_or_default()
}

/// Capitalised label for the options: "Strong".
fn title(s: Strength) -> String {
    let l = s.label();
    l[..1].to_uppercase() + &l[1..]
}

fn strength_options(selected: Strength) -> Html {
    Strength::ALL
        .into_iter()
        .map(|s| html! { <option value={s.label()} selected={s == selected}>{ title(s) }</option> })
        .collect()
}

/// Props of [`Countermeasures`].
#[derive(Properties, PartialEq)]
pub struct CountermeasuresProps {
    pub answer: AnswerId,
    pub list: Vec<Countermeasure>,
    pub on_edit: Callback<WhysChange>,
}

/// The countermeasures of one root cause.
#[component]
pub fn Countermeasures(props: &CountermeasuresProps) -> Html {
    let a = props.answer.to_string();
    let heading = format!("whys-cm-h-{a}");
    let weak_only =
        !props.list.is_empty() && props.list.iter().all(|m| m.strength == Strength::Weak);
    html! {
        <section class="whys-cm" aria-labelledby={heading.clone()}>
            <h4 id={heading} class="whys-cm__heading">{ "Countermeasures" }</h4>
            if props.list.is_empty() {
                <p class="whys-cm__none">{ "No countermeasure yet: what would remove this cause?" }</p>
            } else {
                <table class="whys-cm__table">
                    <thead><tr>
                        <th scope="col">{ "What will be done" }</th><th scope="col">{ "Owner" }</th>
                        <th scope="col">{ "Due" }</th><th scope="col">{ "Strength" }</th>
                        <th scope="col"><span class="visually-hidden">{ "Remove" }</span></th>
                    </tr></thead>
                    <tbody>
                        { for props.list.iter().enumerate().map(|(i, m)| row(props, i, m)) }
                    </tbody>
                </table>
                if weak_only {
                    <p class="whys-cm__weak" role="note">{ "Training and reminders alone rarely stop a cause coming back: \
                        is there a change to the process or the system that would?" }</p>
                }
            }
            <AddCountermeasure answer={props.answer.clone()} on_edit={props.on_edit.clone()} />
        </section>
    }
}

fn row(props: &CountermeasuresProps, i: usize, m: &Countermeasure) -> Html {
    // The text fields commit their text; the date and the strength their event's value.
    let text_field = |make: fn(String) -> CountermeasureField| {
        let (on_edit, id) = (props.on_edit.clone(), m.id.clone());
        Callback::from(move |text: String| {
            on_edit.emit(WhysChange::new(WhysEdit::EditCountermeasure {
                countermeasure: id.clone(),
                change: make(text),
            }))
        })
    };
    let field = |make: fn(String) -> CountermeasureField| {
        text_field(make).reform(|e: Event| event_value(&e))
    };
    let remove = {
        let (on_edit, id) = (props.on_edit.clone(), m.id.clone());
        let next = format!("whys-cm-what-{}", props.answer);
        Callback::from(move |_| {
            on_edit.emit(WhysChange::new(WhysEdit::RemoveCountermeasure {
                countermeasure: id.clone(),
            }));
            focus_soon(next.clone());
        })
    };
    let n = i + 1;
    let meaning = format!("whys-cm-meaning-{}", m.id);
    html! {
        <tr key={m.id.to_string()}>
            <td><DraftInput maxlength="300" label={format!("What will be done, countermeasure {n}")}
                value={m.what.clone()} on_commit={text_field(CountermeasureField::What)} /></td>
            <td><DraftInput class="whys-cm__owner" maxlength="80" label={format!("Owner, countermeasure {n}")}
                value={m.owner.clone()} on_commit={text_field(CountermeasureField::Owner)} /></td>
            <td><input type="date" aria-label={format!("Due, countermeasure {n}")}
                value={m.due.map(|d| d.to_string()).unwrap_or_default()}
                onchange={field(|v| CountermeasureField::Due(date(&v)))} /></td>
            <td>
                <select aria-label={format!("Strength, countermeasure {n}")} aria-describedby={meaning.clone()}
                    onchange={field(|v| CountermeasureField::Strength(strength(&v)))}>
                    { strength_options(m.strength) }
                </select>
                <span class="whys-cm__meaning" id={meaning}>{ m.strength.meaning() }</span>
            </td>
            <td><button type="button" class="button button--warning button--small"
                aria-label={format!("Remove countermeasure {n}")} onclick={remove}>{ "Remove" }</button></td>
        </tr>
    }
}

/// Props of [`AddCountermeasure`].
#[derive(Properties, PartialEq)]
struct AddProps {
    answer: AnswerId,
    on_edit: Callback<WhysChange>,
}

/// The row that adds a countermeasure.
#[component]
fn AddCountermeasure(props: &AddProps) -> Html {
    let what = use_state(String::new);
    // The strength the user picked; until then, the one the words suggest.
    let chosen = use_state(|| None::<Strength>);
    let a = props.answer.to_string();
    let ids = [
        format!("whys-cm-what-{a}"),
        format!("whys-cm-owner-{a}"),
        format!("whys-cm-due-{a}"),
        format!("whys-cm-strength-{a}"),
    ];
    let shown = chosen
        .or_else(|| Strength::suggest(&what))
        .unwrap_or_default();
    let onsubmit = {
        let (what, chosen, on_edit, answer, ids) = (
            what.clone(),
            chosen.clone(),
            props.on_edit.clone(),
            props.answer.clone(),
            ids.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Read from the boxes: the last keys may not have been drawn yet.
            let text = value_of(&ids[0]);
            let picked = chosen
                .or_else(|| Strength::suggest(&text))
                .unwrap_or_default();
            on_edit.emit(WhysChange::new(WhysEdit::AddCountermeasure {
                id: new_countermeasure_id(),
                answer: answer.clone(),
                what: text,
                owner: value_of(&ids[1]),
                due: date(&value_of(&ids[2])),
                strength: picked,
            }));
            what.set(String::new());
            chosen.set(None);
            for id in &ids[..3] {
                clear(id);
            }
            focus_soon(ids[0].clone());
        })
    };
    let on_what = {
        let what = what.clone();
        Callback::from(move |e: InputEvent| what.set(event_value(&e)))
    };
    let on_strength = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(Some(strength(&event_value(&e)))))
    };
    let meaning = format!("whys-cm-new-meaning-{a}");
    html! {
        <form class="whys-cm__add" {onsubmit} novalidate=true>
            <div class="field field--compact whys-cm__add-what">
                <label for={ids[0].clone()}>{ "New countermeasure" }</label>
                <input id={ids[0].clone()} type="text" maxlength="300" value={(*what).clone()} oninput={on_what}
                    placeholder="Put the address form on every agent's screen" />
            </div>
            <div class="field field--compact">
                <label for={ids[1].clone()}>{ "Owner" }</label>
                <input id={ids[1].clone()} type="text" class="whys-cm__owner" maxlength="80" />
            </div>
            <div class="field field--compact">
                <label for={ids[2].clone()}>{ "Due" }</label>
                <input id={ids[2].clone()} type="date" />
            </div>
            <div class="field field--compact">
                <label for={ids[3].clone()}>{ "Strength" }</label>
                <select id={ids[3].clone()} aria-describedby={meaning.clone()} onchange={on_strength}>
                    { strength_options(shown) }
                </select>
                <span class="whys-cm__meaning" id={meaning}>{ shown.meaning() }
                    if chosen.is_none() && Strength::suggest(&what).is_some() { { " (suggested from the words)" } }
                </span>
            </div>
            <button type="submit" class="button button--secondary button--small">{ "Add countermeasure" }</button>
        </form>
    }
}

/// Empties the box with this dom id.
fn clear(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(i) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        i.set_value("");
    }
}
