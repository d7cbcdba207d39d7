//! Text, number and text-area fields that are saved when they are left, and keep what
//! is typed until then.
//!
//! A field whose value comes straight from the workspace is reset by any redraw in
//! between (a save finishing, a clock ticking, another tab's change): Yew puts the
//! vnode's value back into the box, and the letters typed since are lost. These fields
//! keep their own draft while they are typed in. A change of the saved value (undo,
//! another tab) replaces the draft; once the field is left the draft is handed over and
//! the field shows the saved value again, as the call site tidied, kept or refused it.

use crate::ui::browser::event_value;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The saved value the field last saw, and what has been typed since, if anything.
struct Draft {
    saved: AttrValue,
    typed: Option<AttrValue>,
}

/// The draft rule shared by both fields: returns what the box shows, its `input`
/// handler and its `change` handler (which hands the raw text to `on_commit`).
#[hook]
fn use_draft(
    saved: &AttrValue,
    on_commit: &Callback<String>,
) -> (AttrValue, Callback<InputEvent>, Callback<Event>) {
    let draft = use_mut_ref(|| Draft {
        saved: saved.clone(),
        typed: None,
    });
    let redraw = use_force_update();
    // Read during the render itself rather than in an effect, so the redraw that
    // brings a new saved value already shows it (no frame with the old draft).
    let shown = {
        let mut d = draft.borrow_mut();
        if d.saved != *saved {
            d.saved = saved.clone();
            d.typed = None;
        }
        d.typed.clone().unwrap_or_else(|| saved.clone())
    };
    let on_input = {
        let draft: Rc<RefCell<Draft>> = draft.clone();
        // The box already shows what was typed: keeping it is enough, no redraw.
        Callback::from(move |e: InputEvent| draft.borrow_mut().typed = Some(event_value(&e).into()))
    };
    let on_change = {
        let (draft, commit) = (draft, on_commit.clone());
        Callback::from(move |e: Event| {
            draft.borrow_mut().typed = None;
            commit.emit(event_value(&e));
            // A commit that is refused, or tidied to the value already saved, changes
            // nothing upstream: the redraw still puts the saved value back in the box.
            redraw.force_update();
        })
    };
    (shown, on_input, on_change)
}

/// Props of [`DraftInput`] and [`DraftTextarea`]: what they share, and what only one
/// of them uses (said beside it).
#[derive(Properties, PartialEq)]
pub struct DraftProps {
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// The saved value.
    pub value: AttrValue,
    /// Called with what was typed, untrimmed, when the field is left after a change.
    pub on_commit: Callback<String>,
    #[prop_or_default]
    pub class: Classes,
    /// The field's `aria-label`, when no `<label for>` names it.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub maxlength: Option<AttrValue>,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    /// Marks the field as holding a value that was refused.
    #[prop_or_default]
    pub invalid: bool,
    /// Keys the call site handles itself (moving a stage with Alt+arrows).
    #[prop_or_default]
    pub onkeydown: Option<Callback<KeyboardEvent>>,
    /// One-line field: `text` unless told (`number`, `email`, …).
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// One-line field.
    #[prop_or_default]
    pub step: Option<AttrValue>,
    /// One-line field.
    #[prop_or_default]
    pub min: Option<AttrValue>,
    /// One-line field.
    #[prop_or_default]
    pub max: Option<AttrValue>,
    /// One-line field: the id of a `<datalist>` of suggestions.
    #[prop_or_default]
    pub list: Option<AttrValue>,
    /// Text area: its height in lines.
    #[prop_or(2)]
    pub rows: u32,
}

/// A one-line field saved when it is left. A text field prints its words in full
/// (a text box prints only the line that fits it).
#[component]
pub fn DraftInput(props: &DraftProps) -> Html {
    let (shown, oninput, onchange) = use_draft(&props.value, &props.on_commit);
    let printed = (props.kind == "text").then(|| shown.clone());
    let class = classes!(
        props.class.clone(),
        printed.is_some().then_some("has-print-copy")
    );
    html! {
        <>
        <input id={props.id.clone()} type={props.kind.clone()} {class}
            value={shown} {oninput} {onchange} onkeydown={props.onkeydown.clone()}
            aria-label={props.label.clone()} aria-describedby={props.describedby.clone()}
            placeholder={props.placeholder.clone()} inputmode={props.inputmode.clone()}
            step={props.step.clone()} maxlength={props.maxlength.clone()}
            min={props.min.clone()} max={props.max.clone()} list={props.list.clone()}
            autocomplete={props.autocomplete.clone()}
            aria-invalid={props.invalid.then_some("true")} />
        if let Some(text) = printed { <span class="print-copy">{ text }</span> }
        </>
    }
}

/// A text area saved when it is left.
#[component]
pub fn DraftTextarea(props: &DraftProps) -> Html {
    let (shown, oninput, onchange) = use_draft(&props.value, &props.on_commit);
    html! {
        <textarea id={props.id.clone()} rows={props.rows.to_string()} class={props.class.clone()}
            value={shown} {oninput} {onchange} onkeydown={props.onkeydown.clone()}
            aria-label={props.label.clone()} aria-describedby={props.describedby.clone()}
            placeholder={props.placeholder.clone()} inputmode={props.inputmode.clone()}
            maxlength={props.maxlength.clone()} autocomplete={props.autocomplete.clone()}
            aria-invalid={props.invalid.then_some("true")} />
    }
}
