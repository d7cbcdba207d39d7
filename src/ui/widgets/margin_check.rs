//! "Is n big enough?": the user says the margin of error they need; the widget says
//! whether the figure's interval is that narrow and, if not, how many answers would be.

use crate::domain::kpi::margin::{margin_message, unit_words};
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

/// The margin check.
#[component]
pub fn MarginCheck(props: &MarginCheckProps) -> Html {
    let wanted = use_state(String::new);
    let f = &props.figure;
    let Some(message) = margin_message(f, &wanted) else {
        return html! {};
    };
    let oninput = {
        let wanted = wanted.clone();
        Callback::from(move |e: InputEvent| {
            wanted.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
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
