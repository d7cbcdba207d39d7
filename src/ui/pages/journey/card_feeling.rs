//! A card's own emotion and who does it, as the editor's cards and the presenter view
//! show them: a face drawn inline (no emoji font needed) beside the emotion in numbers
//! and words, so it is never told by the picture alone, and the actors by name.

use crate::domain::journey::feelings::emotion_text;
use crate::domain::journey::Card;
use yew::prelude::*;

/// A face for an emotion from −2 to +2: the mouth bends from a frown to a smile.
pub fn emotion_icon(e: i8) -> Html {
    let mouth = match e.clamp(-2, 2) {
        2 => "M4.5 9.5Q8 14 11.5 9.5",
        1 => "M5 10Q8 12.5 11 10",
        0 => "M5 10.8H11",
        -1 => "M5 11.8Q8 9.6 11 11.8",
        _ => "M4.5 12.5Q8 8 11.5 12.5",
    };
    html! {
        <svg class="emotion-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="6.5" />
            <circle class="emotion-icon__eye" cx="5.8" cy="6.2" r="0.6" />
            <circle class="emotion-icon__eye" cx="10.2" cy="6.2" r="0.6" />
            <path d={mouth} />
        </svg>
    }
}

/// A head and shoulders, beside the names of who does a task.
fn actors_icon() -> Html {
    html! {
        <svg class="emotion-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="8" cy="5" r="2.6" />
            <path d="M2.5 14.5a5.5 5.5 0 0 1 11 0" />
        </svg>
    }
}

/// The card's emotion ("+2 delighted") with its face, if it has one.
pub fn card_emotion(card: &Card) -> Html {
    match card.emotion() {
        Some(e) => html! {
            <span class={classes!("card__emotion", (e < 0).then_some("card__emotion--low"))}>
                { emotion_icon(e) }{ " " }{ emotion_text(e) }
            </span>
        },
        None => html! {},
    }
}

/// Who does the task ("Who: Me, Cat"), if anyone is named.
pub fn card_actors(card: &Card) -> Html {
    if card.actors.is_empty() {
        return html! {};
    }
    html! {
        <span class="card__actors">{ actors_icon() }{ format!(" Who: {}", card.actors.join(", ")) }</span>
    }
}
