//! A labelled drop-down list, drawn by one plain function: the complaint pages have a
//! dozen of them, and one shared function keeps each from adding its own copy of the
//! element-building code to the download.

use crate::ui::browser::event_value;
use yew::prelude::*;

/// A `<div class="field">` with a label and a `<select>` of `options` (value, words);
/// `selected` is the value chosen; `on_pick` gets the value picked.
pub fn choice(
    id: &str,
    label: &str,
    options: Vec<(String, String)>,
    selected: &str,
    on_pick: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| on_pick.emit(event_value(&e)));
    let options = options.into_iter().map(|(value, words)| {
        let chosen = value == selected;
        html! { <option {value} selected={chosen}>{ words }</option> }
    });
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <select id={id.to_string()} {onchange}>{ for options }</select>
        </div>
    }
}

/// Options whose value is their words.
pub fn words_options<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
    words
        .into_iter()
        .map(|w| (w.to_string(), w.to_string()))
        .collect()
}
