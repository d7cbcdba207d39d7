//! The problem statement at the head of the fish: committed when the field changes
//! (one undo step), with a hint beside it while it does not yet say what, where, when
//! and how much. The hint follows the typing; it never stops anything.

use super::edit::FishboneChange;
use crate::domain::fishbone::effect_hint::effect_hint;
use crate::domain::fishbone::model::MAX_EFFECT_CHARS;
use crate::domain::fishbone::FishboneEdit;
use crate::ui::browser::event_value;
use yew::prelude::*;

/// Props of [`EffectField`].
#[derive(Properties, PartialEq)]
pub struct EffectFieldProps {
    pub effect: AttrValue,
    pub on_edit: Callback<FishboneChange>,
    /// The line about the pain point it analyses, if any.
    #[prop_or_default]
    pub source: Html,
}

/// The problem statement field.
#[component]
pub fn EffectField(props: &EffectFieldProps) -> Html {
    // What is typed until it is committed: a redraw meanwhile must not put the old
    // text back, and the hint reads it.
    let typed = use_state(|| None::<String>);
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.set(Some(event_value(&e))))
    };
    let onchange = {
        let (typed, edit) = (typed.clone(), props.on_edit.clone());
        Callback::from(move |e: Event| {
            typed.set(None);
            edit.emit(FishboneChange::new(FishboneEdit::SetEffect {
                effect: event_value(&e),
            }))
        })
    };
    let text = (*typed).clone().unwrap_or_else(|| props.effect.to_string());
    let hint = effect_hint(&text);
    html! {
        <div class="fb-effect">
            <div class="field fb-effect__field">
                <label for="effect">{ "Effect (the problem statement)" }</label>
                <input id="effect" type="text" maxlength={MAX_EFFECT_CHARS.to_string()} value={text.clone()}
                    {oninput} {onchange} autocomplete="off"
                    aria-describedby={hint.as_ref().map(|_| "effect-hint")}
                    placeholder="Refund calls up 30% in March, mostly about card payments" />
                { props.source.clone() }
            </div>
            if let Some(h) = hint {
                <p class="fb-effect__hint hint" id="effect-hint">{ h.message }</p>
            }
        </div>
    }
}
