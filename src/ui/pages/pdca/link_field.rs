//! A plan's links of one kind (pain points, root causes): those made, each with an
//! Unlink button, and a list to pick another from. Picked, never typed.

use super::edit::PdcaChange;
use crate::domain::pdca::PdcaEdit;
use crate::ui::browser::event_value;
use yew::prelude::*;

/// What one kind of link needs: its words, the links made (with labels), what can
/// still be linked, and the edits that link and unlink.
pub struct LinkKind<L> {
    /// "pain point", "root cause".
    pub noun: &'static str,
    /// The list's id.
    pub id: &'static str,
    /// Shown when there is nothing to link and nothing linked.
    pub none_yet: &'static str,
    pub linked: Vec<(L, String)>,
    pub choices: Vec<(L, String)>,
    pub link: fn(L) -> PdcaEdit,
    pub unlink: fn(L) -> PdcaEdit,
}

/// The field for `kind`, titled `title`.
pub fn link_field<L: Clone + 'static>(
    title: &str,
    kind: LinkKind<L>,
    on_edit: &Callback<PdcaChange>,
) -> Html {
    let LinkKind {
        noun,
        id,
        none_yet,
        linked,
        choices,
        link,
        unlink,
    } = kind;
    let on_pick = {
        let (on_edit, choices) = (on_edit.clone(), choices.clone());
        Callback::from(move |e: Event| {
            if let Some((l, _)) = event_value(&e)
                .parse::<usize>()
                .ok()
                .and_then(|i| choices.get(i))
            {
                on_edit.emit(PdcaChange::new(link(l.clone())));
            }
        })
    };
    html! {
        <div class="field">
            <p class="field-label">{ title.to_string() }</p>
            <ul class="pdca-links">
                { for linked.iter().map(|(l, text)| {
                    let (on_edit, l) = (on_edit.clone(), l.clone());
                    html! { <li>{ text.clone() }
                        <button type="button" class="button button--secondary button--small" aria-label={format!("Unlink {noun} {text}")}
                            onclick={Callback::from(move |_| on_edit.emit(PdcaChange::new(unlink(l.clone()))))}>{ "Unlink" }</button>
                    </li> }
                }) }
            </ul>
            if !choices.is_empty() {
                <label for={id} class="visually-hidden">{ format!("Link a {noun}") }</label>
                <select {id} onchange={on_pick}>
                    <option value="" selected=true>{ format!("Link a {noun}…") }</option>
                    { for choices.iter().enumerate().map(|(i, (_, l))| html! { <option value={i.to_string()}>{ l.clone() }</option> }) }
                </select>
            } else if linked.is_empty() {
                <p class="hint">{ none_yet }</p>
            }
        </div>
    }
}
