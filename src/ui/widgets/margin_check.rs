//! "Is n big enough?": the user says the margin of error they need; the widget says
//! whether the figure's interval is that narrow and, if not, how many answers would be.

use crate::domain::kpi::format::{fixed, with_unit};
use crate::domain::kpi::survey::Unit;
use crate::domain::kpi::KpiFigure;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`MarginCheck`].
#[derive(Properties, PartialEq)]
pub struct MarginCheckProps {
    /// Prefix for element ids, unique on the page.
    pub id: AttrValue,
    pub figure: KpiFigure,
}

fn unit_words(unit: Unit) -> &'static str {
    match unit {
        Unit::Points => "NPS points",
        Unit::Percent => "percentage points",
        Unit::Score => "score points",
        Unit::Seconds => "seconds",
        Unit::PerThousand => "per 1,000",
    }
}

/// The margin check.
#[component]
pub fn MarginCheck(props: &MarginCheckProps) -> Html {
    let wanted = use_state(String::new);
    let f = &props.figure;
    let Some(interval) = f.interval else {
        return html! {};
    };
    let oninput = {
        let wanted = wanted.clone();
        Callback::from(move |e: InputEvent| {
            wanted.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let margin = interval.margin();
    let message = match wanted.trim().parse::<f64>() {
        Ok(m) if m > 0.0 && m.is_finite() => match f.n_needed_for(m) {
            None => format!("The margin of error is ±{}, within the ±{} you need.", fixed(margin, 1), fixed(m, 1)),
            Some(n) => format!(
                "Warning: with n = {} the margin of error is ±{} {}; for ±{} you need about {} answers.",
                f.n,
                fixed(margin, 1),
                unit_words(f.unit),
                fixed(m, 1),
                n
            ),
        },
        _ if wanted.trim().is_empty() => format!(
            "The margin of error is ±{} {} either side of {}.",
            fixed(margin, 1),
            unit_words(f.unit),
            with_unit(f.value, f.unit)
        ),
        _ => "Enter the margin as a number above 0.".into(),
    };
    let input_id = format!("{}-wanted", props.id);
    html! {
        <div class="margin-check">
            <div class="field field--inline">
                <label for={input_id.clone()}>{ format!("Margin of error you need (± {})", unit_words(f.unit)) }</label>
                <input id={input_id} type="text" inputmode="decimal" value={(*wanted).clone()} {oninput} />
            </div>
            <p class="hint" aria-live="polite">{ message }</p>
        </div>
    }
}
