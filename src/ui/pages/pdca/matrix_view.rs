//! The options matrix: options as columns, criteria as rows with their weights, a score
//! per cell, "must" constraints each option meets or fails, totals and ranks, the
//! choice, and how robust it is.

use super::edit::{fresh, on_text, PdcaChange};
use super::editor_page::QuadrantProps;
use crate::domain::pdca::matrix::{matrix, robustness_text};
use crate::domain::pdca::model::{MAX_SCORE, MAX_WEIGHT};
use crate::domain::pdca::{ConstraintId, CriterionId, OptionId, OptionText, PdcaEdit};
use crate::ui::browser::event_value;
use crate::ui::widgets::{DraftInput, DraftTextarea};
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn add_form(id: &str, label: &str, placeholder: &str, on_add: Callback<String>) -> Html {
    let onsubmit = {
        let id = id.to_string();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
                .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(i) = input {
                if !i.value().trim().is_empty() {
                    on_add.emit(i.value());
                    i.set_value("");
                }
            }
        })
    };
    html! {
        <form class="pdca-add" {onsubmit} novalidate=true>
            <label for={id.to_string()}>{ label }</label>
            <input id={id.to_string()} type="text" maxlength="200" placeholder={placeholder.to_string()} />
            <button type="submit" class="button button--secondary button--small">{ "Add" }</button>
        </form>
    }
}

/// The matrix.
#[component]
pub fn MatrixView(props: &QuadrantProps) -> Html {
    let (c, on_edit) = (&props.cycle, &props.on_edit);
    let m = matrix(c);
    let emit = |edit: PdcaEdit| {
        let on_edit = on_edit.clone();
        move || on_edit.emit(PdcaChange::new(edit.clone()))
    };
    let add_option = {
        let on_edit = on_edit.clone();
        Callback::from(move |name: String| {
            on_edit.emit(PdcaChange::new(PdcaEdit::AddOption {
                id: OptionId::fresh(fresh()),
                name,
            }))
        })
    };
    let add_criterion = {
        let on_edit = on_edit.clone();
        Callback::from(move |name: String| {
            on_edit.emit(PdcaChange::new(PdcaEdit::AddCriterion {
                id: CriterionId::fresh(fresh()),
                name,
                weight: 3,
            }))
        })
    };
    let add_must = {
        let on_edit = on_edit.clone();
        Callback::from(move |text: String| {
            on_edit.emit(PdcaChange::new(PdcaEdit::AddConstraint {
                id: ConstraintId::fresh(fresh()),
                text,
            }))
        })
    };
    html! {
        <section class="pdca-matrix" aria-labelledby="pdca-matrix-heading">
            <h3 id="pdca-matrix-heading">{ "Options compared" }</h3>
            <p class="hint">{ format!("Score each option from 1 (poor) to {MAX_SCORE} (very good) for the team: a cheap option scores high on cost. \
                                       Weights run from 0 (ignored) to {MAX_WEIGHT}. An option that fails a \u{201c}must\u{201d} is ruled out whatever its score.") }</p>
            if c.options.len() < 2 {
                <p class="empty">{ "Add at least two options: weighing alternatives is what shows the chosen one is the right one." }</p>
            }
            { add_form("pdca-new-option", "New option", "Put the address form on every adviser's screen", add_option) }
            if !c.options.is_empty() {
                <div class="table-scroll">
                <table class="pdca-matrix__table">
                    <caption class="visually-hidden">{ "Options by criterion: weights, scores, musts and totals" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Criterion" }</th>
                            <th scope="col">{ "Weight" }</th>
                            { for c.options.iter().map(|o| html! {
                                <th scope="col">
                                    <label for={format!("opt-name-{}", o.id)} class="visually-hidden">{ "Option name" }</label>
                                    <DraftInput id={format!("opt-name-{}", o.id)} value={o.name.clone()} maxlength="200"
                                        on_commit={{ let id = o.id.clone(); on_text(on_edit, move |text| PdcaEdit::SetOptionText { option: id.clone(), field: OptionText::Name, text }) }} />
                                    <button type="button" class="button button--warning button--small" aria-label={format!("Remove option {}", o.name)}
                                        onclick={{ let f = emit(PdcaEdit::RemoveOption { option: o.id.clone() }); Callback::from(move |_| f()) }}>{ "Remove" }</button>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for c.criteria.iter().map(|k| html! {
                            <tr>
                                <th scope="row">
                                    { k.name.clone() }
                                    <button type="button" class="button button--secondary button--small" aria-label={format!("Remove criterion {}", k.name)}
                                        onclick={{ let f = emit(PdcaEdit::RemoveCriterion { criterion: k.id.clone() }); Callback::from(move |_| f()) }}>{ "×" }</button>
                                </th>
                                <td>
                                    <DraftInput kind="number" min="0" max={MAX_WEIGHT.to_string()} value={k.weight.to_string()} label={format!("Weight of {}", k.name)}
                                        on_commit={{ let id = k.id.clone(); let on_edit = on_edit.clone(); Callback::from(move |text: String| {
                                            if let Ok(weight) = text.trim().parse::<u8>() {
                                                on_edit.emit(PdcaChange::new(PdcaEdit::SetWeight { criterion: id.clone(), weight }));
                                            } else {
                                                on_edit.emit(PdcaChange::new(PdcaEdit::SetWeight { criterion: id.clone(), weight: u8::MAX }));
                                            }
                                        }) }} />
                                </td>
                                { for c.options.iter().map(|o| {
                                    let score = o.scores.get(&k.id).copied();
                                    let (oid, kid, on_edit) = (o.id.clone(), k.id.clone(), on_edit.clone());
                                    html! { <td>
                                        <select aria-label={format!("Score of {} on {}", o.name, k.name)}
                                            onchange={Callback::from(move |e: Event| {
                                                let score = event_value(&e).parse::<u8>().ok();
                                                on_edit.emit(PdcaChange::new(PdcaEdit::SetScore { option: oid.clone(), criterion: kid.clone(), score }))
                                            })}>
                                            <option value="" selected={score.is_none()}>{ "–" }</option>
                                            { for (1..=MAX_SCORE).map(|s| html! { <option value={s.to_string()} selected={score == Some(s)}>{ s.to_string() }</option> }) }
                                        </select>
                                    </td> }
                                }) }
                            </tr>
                        }) }
                        { for c.constraints.iter().map(|q| html! {
                            <tr class="pdca-matrix__must">
                                <th scope="row">
                                    { format!("Must: {}", q.text) }
                                    <button type="button" class="button button--secondary button--small" aria-label={format!("Remove must {}", q.text)}
                                        onclick={{ let f = emit(PdcaEdit::RemoveConstraint { constraint: q.id.clone() }); Callback::from(move |_| f()) }}>{ "×" }</button>
                                </th>
                                <td></td>
                                { for c.options.iter().map(|o| {
                                    let fails = o.fails.contains(&q.id);
                                    let (oid, qid, on_edit) = (o.id.clone(), q.id.clone(), on_edit.clone());
                                    html! { <td>
                                        <label class="pdca-meets">
                                            <input type="checkbox" checked={!fails}
                                                onchange={Callback::from(move |e: Event| {
                                                    let meets = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
                                                    on_edit.emit(PdcaChange::new(PdcaEdit::SetFails { option: oid.clone(), constraint: qid.clone(), fails: !meets }))
                                                })} />
                                            { if fails { "✗ fails" } else { "✓ meets" } }
                                            <span class="visually-hidden">{ format!(", {} on {}", o.name, q.text) }</span>
                                        </label>
                                    </td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ "Total (1–5)" }</th><td></td>
                            { for c.options.iter().map(|o| {
                                let s = m.standing(&o.id);
                                let text = match s {
                                    Some(s) if s.ruled_out() => "ruled out".to_string(),
                                    Some(s) => match (s.total, s.rank) {
                                        (Some(t), Some(r)) => format!("{t:.2} · rank {r}"),
                                        _ => format!("{} to score", s.unscored),
                                    },
                                    None => String::new(),
                                };
                                html! { <td class="pdca-total">{ text }</td> }
                            }) }
                        </tr>
                        <tr>
                            <th scope="row">{ "Chosen" }</th><td></td>
                            { for c.options.iter().map(|o| {
                                let chosen = c.chosen.as_ref() == Some(&o.id);
                                let (oid, on_edit) = (o.id.clone(), on_edit.clone());
                                html! { <td>
                                    <label class="pdca-choose">
                                        <input type="radio" name="pdca-chosen" checked={chosen}
                                            onchange={Callback::from(move |_| on_edit.emit(PdcaChange::new(PdcaEdit::Choose { option: Some(oid.clone()) })))} />
                                        { "Choose" }<span class="visually-hidden">{ format!(" {}", o.name) }</span>
                                    </label>
                                </td> }
                            }) }
                        </tr>
                    </tfoot>
                </table>
                </div>
                <p class="pdca-robustness" role="status">{ robustness_text(c, &m) }</p>
                { for c.options.iter().map(|o| html! {
                    <details class="pdca-option-notes">
                        <summary>{ format!("Pros and cons: {}", o.name) }</summary>
                        <label for={format!("opt-pros-{}", o.id)}>{ "Pros" }</label>
                        <DraftTextarea id={format!("opt-pros-{}", o.id)} rows={2} value={o.pros.clone()}
                            on_commit={{ let id = o.id.clone(); on_text(on_edit, move |text| PdcaEdit::SetOptionText { option: id.clone(), field: OptionText::Pros, text }) }} />
                        <label for={format!("opt-cons-{}", o.id)}>{ "Cons" }</label>
                        <DraftTextarea id={format!("opt-cons-{}", o.id)} rows={2} value={o.cons.clone()}
                            on_commit={{ let id = o.id.clone(); on_text(on_edit, move |text| PdcaEdit::SetOptionText { option: id.clone(), field: OptionText::Cons, text }) }} />
                    </details>
                }) }
            }
            { add_form("pdca-new-criterion", "New criterion", "Fits our complaint policy", add_criterion) }
            { add_form("pdca-new-must", "New \u{201c}must\u{201d}", "Costs under £5,000", add_must) }
        </section>
    }
}
