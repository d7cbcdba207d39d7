//! The hints beside an answer: an icon and the one-line reason of each. They never
//! block anything; they suggest asking again.

use crate::domain::whys::{Hint, HintKind};
use yew::prelude::*;

/// A short name for the kind of hint, read before its reason.
fn kind_words(kind: HintKind) -> &'static str {
    match kind {
        HintKind::Blame => "Blame",
        HintKind::Vague => "Vague",
        HintKind::Shallow => "Too early",
        HintKind::OutsideControl => "Outside your control",
        HintKind::Restates => "Restates the question",
    }
}

/// Props of [`HintsView`].
#[derive(Properties, PartialEq)]
pub struct HintsViewProps {
    pub hints: Vec<Hint>,
    /// Id of the list, so the answer's box can point at it.
    pub id: AttrValue,
}

/// The hints as a list; nothing when there are none.
#[component]
pub fn HintsView(props: &HintsViewProps) -> Html {
    if props.hints.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="whys-hints" id={props.id.clone()} aria-label="Hints">
            { for props.hints.iter().map(|h| html! {
                <li class="whys-hint">
                    <svg class="whys-hint__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                        <circle cx="8" cy="8" r="7" /><path d="M8 4.5v4.5M8 11v1" />
                    </svg>
                    <span><strong>{ kind_words(h.kind) }{ ": " }</strong>{ h.reason.clone() }</span>
                </li>
            }) }
        </ul>
    }
}
