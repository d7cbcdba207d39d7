//! Quick calculator: type the counts or totals you have and see the figure, its
//! interval and definition at once.

use crate::domain::kpi::calculator::Calculator;
use crate::ui::widgets::{KpiFigureCard, MarginCheck};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The calculator section.
#[component]
pub fn QuickCalculator() -> Html {
    let kind = use_state(|| Calculator::NpsGroups);
    let typed = use_state(|| Calculator::NpsGroups.defaults());
    let on_kind = {
        let (kind, typed) = (kind.clone(), typed.clone());
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(c) = Calculator::from_code(&code) {
                typed.set(c.defaults());
                kind.set(c);
            }
        })
    };
    let result = kind.compute(&typed);
    let context = kind.context(&typed);
    let any_typed = *typed != kind.defaults();
    html! {
        <section class="panel" aria-labelledby="calculator-heading">
            <h2 id="calculator-heading">{ "Quick calculator" }</h2>
            <div class="field">
                <label for="calculator-kind">{ "What to calculate" }</label>
                <select id="calculator-kind" onchange={on_kind}>
                    { for Calculator::ALL.into_iter().map(|c| html! {
                        <option value={c.code()} selected={c == *kind}>{ c.label() }</option>
                    }) }
                </select>
            </div>
            <div class="calculator-inputs">
                { for kind.inputs().into_iter().enumerate().map(|(i, label)| {
                    let value = typed[i].clone();
                    let typed = typed.clone();
                    let oninput = Callback::from(move |e: InputEvent| {
                        let mut next = (*typed).clone();
                        next[i] = e.target_unchecked_into::<HtmlInputElement>().value();
                        typed.set(next);
                    });
                    let id = format!("calc-{}-{i}", kind.code());
                    html! {
                        <div class="field field--compact" key={id.clone()}>
                            <label for={id.clone()}>{ label }</label>
                            <input id={id} type="text" inputmode="decimal" autocomplete="off"
                                {value} {oninput}
                                aria-describedby={(result.is_err() && any_typed).then_some("calculator-error")} />
                        </div>
                    }
                }) }
            </div>
            // A short summary is announced; the card itself is not re-read on every key.
            <p class="visually-hidden" aria-live="polite">
                { match &result {
                    Ok(f) => crate::domain::kpi::format::copy_text(f, &context),
                    Err(e) if any_typed => e.clone(),
                    Err(_) => String::new(),
                } }
            </p>
            <div>
                { match (&result, any_typed) {
                    (Ok(figure), _) => html! {
                        <>
                            <KpiFigureCard figure={figure.clone()} context={context.clone()} />
                            <MarginCheck id="calculator-margin" figure={figure.clone()} />
                        </>
                    },
                    (Err(e), true) => html! { <p class="field-error" id="calculator-error">{ e.clone() }</p> },
                    (Err(_), false) => html! { <p class="hint">{ "Type the figures above; the result appears here." }</p> },
                } }
            </div>
        </section>
    }
}
