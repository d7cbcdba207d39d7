//! Under the outline: add a category by name, or the categories of a preset the
//! diagram does not have yet (nothing is removed).

use super::edit::{new_category_id, FishboneChange};
use super::outline_keys::category_field_id;
use crate::domain::fishbone::{Fishbone, FishboneEdit, Preset};
use crate::ui::browser::{event_value, focus_soon, random_u64};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CategoryTools`].
#[derive(Properties, PartialEq)]
pub struct CategoryToolsProps {
    pub fishbone: Rc<Fishbone>,
    pub on_edit: Callback<FishboneChange>,
}

/// The add-category and add-preset forms.
#[component]
pub fn CategoryTools(props: &CategoryToolsProps) -> Html {
    let name = use_state(String::new);
    let preset = use_state(|| Preset::SixM);
    let on_add = {
        let (name, edit) = (name.clone(), props.on_edit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let id = new_category_id();
            focus_soon(category_field_id(&id));
            edit.emit(FishboneChange::new(FishboneEdit::AddCategory {
                id,
                name: (*name).clone(),
                at: None,
            }));
            name.set(String::new());
        })
    };
    let on_preset = {
        let (preset, edit, f) = (
            preset.clone(),
            props.on_edit.clone(),
            props.fishbone.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            edit.emit(FishboneChange::new(FishboneEdit::apply_preset(
                &f, *preset, random_u64,
            )));
        })
    };
    let missing = props.fishbone.missing_from(*preset);
    html! {
        <div class="fb-category-tools">
            <form class="field--inline" onsubmit={on_add}>
                <label for="new-category">{ "New category" }</label>
                <input id="new-category" type="text" maxlength="80" value={(*name).clone()} autocomplete="off"
                    oninput={{ let n = name.clone(); Callback::from(move |e: InputEvent| n.set(event_value(&e))) }} />
                <button type="submit" class="button button--secondary button--small">{ "Add category" }</button>
            </form>
            <form class="field--inline" onsubmit={on_preset}>
                <label for="preset">{ "Preset" }</label>
                <select id="preset" onchange={{ let p = preset.clone(); Callback::from(move |e: Event| {
                    let v = event_value(&e);
                    if let Some(x) = Preset::ALL.iter().find(|x| x.name() == v) { p.set(*x); }
                }) }}>
                    { for Preset::ALL.iter().filter(|p| **p != Preset::Custom).map(|p| html! {
                        <option value={p.name()} selected={*p == *preset}>{ p.name() }</option>
                    }) }
                </select>
                <button type="submit" class="button button--secondary button--small" disabled={missing.is_empty()}>
                    { "Add categories from a preset" }
                </button>
                <span class="hint">{ if missing.is_empty() {
                    "The diagram has all of them.".to_string()
                } else {
                    format!("Adds {}.", missing.join(", "))
                } }</span>
            </form>
        </div>
    }
}
