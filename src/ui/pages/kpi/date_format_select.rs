//! The "Dates are written as" select both KPI imports show.

use crate::domain::kpi::calendar::DateFormat;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A select of the date formats, `current` selected; `on_pick` gets the one chosen.
pub fn date_format_select(id: &str, current: DateFormat, on_pick: Callback<DateFormat>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let i: usize = e
            .target_unchecked_into::<HtmlSelectElement>()
            .value()
            .parse()
            .unwrap_or(0);
        on_pick.emit(DateFormat::ALL[i.min(DateFormat::ALL.len() - 1)]);
    });
    html! {
        <div class="field field--compact">
            <label for={id.to_string()}>{ "Dates are written as" }</label>
            <select id={id.to_string()} {onchange}>
                { for DateFormat::ALL.iter().enumerate().map(|(i, f)| html! {
                    <option value={i.to_string()} selected={*f == current}>{ f.label() }</option>
                }) }
            </select>
        </div>
    }
}
