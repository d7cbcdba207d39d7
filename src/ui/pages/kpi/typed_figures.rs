//! Figures typed in per month, for teams that only have monthly totals. Each month's
//! counts go into one "entered by hand" dataset per KPI; typing a month again replaces
//! it (undo brings the old figures back).

use crate::domain::kpi::dataset::{parse_month, typed_name, with_typed_month};
use crate::domain::kpi::edit::SurveyEdit;
use crate::domain::kpi::typed_counts::{labels, typed_counts};
use crate::domain::kpi::SurveyScale;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{now, random_u32};
use crate::ui::hooks::use_workspace;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

const KINDS: [(SurveyScale, &str, &str); 3] = [
    (
        SurveyScale::ZeroToTen,
        "nps",
        "NPS (promoters, passives, detractors)",
    ),
    (
        SurveyScale::OneToFive,
        "csat",
        "CSAT (count of each score 1–5)",
    ),
    (
        SurveyScale::OneToSeven,
        "ces",
        "CES (count of each score 1–7)",
    ),
];

/// Props of [`TypedFigures`].
#[derive(Properties, PartialEq)]
pub struct TypedFiguresProps {
    pub project: ProjectId,
}

/// The "enter monthly figures" section.
#[component]
pub fn TypedFigures(props: &TypedFiguresProps) -> Html {
    let ws = use_workspace();
    let scale = use_state(|| SurveyScale::ZeroToTen);
    let month = use_state(String::new);
    let typed = use_state(|| vec![String::new(); 3]);
    let message = use_state(|| None::<Result<String, String>>);
    let on_kind = {
        let (scale, typed) = (scale.clone(), typed.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some((s, _, _)) = KINDS.iter().find(|(_, code, _)| *code == v) {
                typed.set(vec![String::new(); labels(*s).len()]);
                scale.set(*s);
            }
        })
    };
    let on_month = {
        let month = month.clone();
        Callback::from(move |e: InputEvent| {
            month.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_submit = {
        let (ws, project, scale, month, typed, message) = (
            ws.clone(),
            props.project.clone(),
            scale.clone(),
            month.clone(),
            typed.clone(),
            message.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(day) = parse_month(&month) else {
                return message.set(Some(Err(
                    "Month: choose the month the figures are for".into()
                )));
            };
            let counts = match typed_counts(*scale, &typed) {
                Ok(c) => c,
                Err(err) => return message.set(Some(Err(err))),
            };
            let workspace = ws.workspace();
            let existing = workspace.project(&project).and_then(|p| {
                p.datasets
                    .iter()
                    .find(|d| d.scale == *scale && d.name == typed_name(*scale))
            });
            let label = crate::domain::kpi::calendar::Granularity::Month.label(day);
            if let Some(d) = existing {
                ws.apply(Action::Survey {
                    project: project.clone(),
                    dataset: d.id.clone(),
                    edit: SurveyEdit::SetMonth {
                        month_start: day,
                        counts,
                        at: now(),
                    },
                    at: now(),
                });
            } else {
                let id = format!("t{:08x}", random_u32());
                let Some(dataset) = with_typed_month(None, id, *scale, day, counts, now()) else {
                    return message.set(Some(Err("Enter at least one answer".into())));
                };
                ws.apply(Action::AddDataset {
                    project: project.clone(),
                    dataset,
                    at: now(),
                });
            }
            message.set(Some(Ok(format!("Figures for {label} saved."))));
        })
    };
    html! {
        <section class="panel" aria-labelledby="typed-heading">
            <h2 id="typed-heading">{ "Enter monthly figures" }</h2>
            <p>{ "For teams that only have monthly totals. Typing a month again replaces its figures." }</p>
            <form onsubmit={on_submit} novalidate=true>
                <div class="mapping-fields">
                    <div class="field field--compact">
                        <label for="typed-kind">{ "KPI" }</label>
                        <select id="typed-kind" onchange={on_kind}>
                            { for KINDS.iter().map(|(s, code, label)| html! {
                                <option value={*code} selected={*s == *scale}>{ *label }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field field--compact">
                        <label for="typed-month">{ "Month" }</label>
                        <input id="typed-month" type="month" value={(*month).clone()} oninput={on_month} />
                    </div>
                </div>
                <div class="calculator-inputs">
                    { for labels(*scale).into_iter().enumerate().map(|(i, label)| {
                        let value = typed.get(i).cloned().unwrap_or_default();
                        let typed = typed.clone();
                        let oninput = Callback::from(move |e: InputEvent| {
                            let mut next = (*typed).clone();
                            next[i] = e.target_unchecked_into::<HtmlInputElement>().value();
                            typed.set(next);
                        });
                        let id = format!("typed-{i}");
                        html! {
                            <div class="field field--compact" key={format!("{}-{i}", label)}>
                                <label for={id.clone()}>{ label }</label>
                                <input {id} type="text" inputmode="numeric" autocomplete="off" {value} {oninput} />
                            </div>
                        }
                    }) }
                </div>
                { match &*message {
                    Some(Ok(m)) => html! { <p class="status status--good" role="status">{ m }</p> },
                    Some(Err(m)) => html! { <p class="field-error" role="alert">{ m }</p> },
                    None => html! {},
                } }
                <button type="submit" class="button">{ "Save figures for this month" }</button>
            </form>
        </section>
    }
}
