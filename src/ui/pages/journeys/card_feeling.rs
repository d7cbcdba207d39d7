//! A card's own emotion, as the editor's cards and the presenter view show it: a face
//! drawn inline (no emoji font needed) beside the emotion in numbers and words, so it
//! is never told by the picture alone.

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
