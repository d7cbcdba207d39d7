//! Personal data found in a text, shown in place: the text with each find marked and
//! named ("e-mail address"), and a count by kind, so the user sees what a redaction
//! would replace before making it.

use crate::domain::complaints::csv::marked;
use crate::domain::complaints::personal_data::{Find, PersonalData};
use std::collections::BTreeMap;
use yew::prelude::*;

/// The text with its finds marked.
pub fn marked_text(text: &str, finds: &[Find]) -> Html {
    let parts = marked(text, finds)
        .into_iter()
        .map(|(piece, kind)| match kind {
            None => html! { { piece.to_string() } },
            Some(k) => html! {
                <mark class="pii" title={k.words()}>
                    { piece.to_string() }
                    <span class="pii__kind">{ format!(" ({})", k.words()) }</span>
                </mark>
            },
        });
    html! { <>{ for parts }</> }
}

/// "1 e-mail address, 2 UK phone numbers".
pub fn count_words(finds: &[Find]) -> String {
    let mut by_kind: BTreeMap<&'static str, usize> = BTreeMap::new();
    for f in finds {
        *by_kind.entry(f.kind.words()).or_default() += 1;
    }
    by_kind
        .into_iter()
        .map(|(kind, n)| format!("{n} × {kind}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether the kinds found include one whose exposure is most harmful (payment and
/// bank details): the page then says so plainly.
pub fn has_financial(finds: &[Find]) -> bool {
    finds.iter().any(|f| {
        matches!(
            f.kind,
            PersonalData::CardNumber | PersonalData::Iban | PersonalData::SortCodeAccount
        )
    })
}
