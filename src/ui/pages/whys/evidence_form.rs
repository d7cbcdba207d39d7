//! The evidence behind an answer: what was checked and what shows it (an optional
//! document reference), with a small form to add more and a button to remove each.

use super::edit::WhysChange;
use super::text_keys::value_of;
use crate::domain::evidence::{Evidence, EvidenceLink};
use crate::domain::whys::{AnswerId, WhysEdit};
use crate::ui::browser::{event_value, focus_soon};
use yew::prelude::*;

/// What a link points at, in words.
fn link_words(link: &EvidenceLink) -> Option<String> {
    match link {
        EvidenceLink::None => None,
        EvidenceLink::Kpi { label, .. } => Some(format!("KPI: {label}")),
        EvidenceLink::JourneyCard { .. } => Some("a card of a journey map".into()),
        EvidenceLink::Complaint { .. } => Some("an entry of the complaint log".into()),
        EvidenceLink::Document { reference } => Some(format!("Document: {reference}")),
    }
}

/// Props of [`EvidenceForm`].
#[derive(Properties, PartialEq)]
pub struct EvidenceFormProps {
    pub answer: AnswerId,
    pub evidence: Vec<Evidence>,
    pub on_edit: Callback<WhysChange>,
}

/// The answer's evidence and the form to add some.
#[component]
pub fn EvidenceForm(props: &EvidenceFormProps) -> Html {
    let note = use_state(String::new);
    let reference = use_state(String::new);
    let a = props.answer.to_string();
    let (note_id, ref_id) = (format!("whys-ev-note-{a}"), format!("whys-ev-ref-{a}"));
    let onsubmit = {
        let (note, reference, on_edit, answer) = (
            note.clone(),
            reference.clone(),
            props.on_edit.clone(),
            props.answer.clone(),
        );
        let (note_id, ref_id) = (note_id.clone(), ref_id.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Read from the boxes: the last keys may not have been drawn yet.
            let (typed, r) = (value_of(&note_id), value_of(&ref_id).trim().to_string());
            let link = if r.is_empty() {
                EvidenceLink::None
            } else {
                EvidenceLink::Document { reference: r }
            };
            on_edit.emit(WhysChange::new(WhysEdit::AddEvidence {
                answer: answer.clone(),
                evidence: Evidence {
                    note: typed.trim().to_string(),
                    link,
                },
            }));
            note.set(String::new());
            reference.set(String::new());
            focus_soon(note_id.clone());
        })
    };
    let count = props.evidence.len();
    html! {
        <details class="whys-evidence" open={count > 0}>
            <summary>{ match count {
                0 => "Evidence: none yet".to_string(),
                1 => "Evidence: 1 piece".to_string(),
                n => format!("Evidence: {n} pieces"),
            } }</summary>
            if count > 0 {
                <ul class="whys-evidence__list">
                    { for props.evidence.iter().enumerate().map(|(index, ev)| {
                        let remove = {
                            let (on_edit, answer) = (props.on_edit.clone(), props.answer.clone());
                            let next = note_id.clone();
                            Callback::from(move |_| {
                                on_edit.emit(WhysChange::new(WhysEdit::RemoveEvidence { answer: answer.clone(), index }));
                                focus_soon(next.clone());
                            })
                        };
                        html! {
                            <li>
                                <span class="whys-evidence__note">{ ev.note.clone() }</span>
                                if let Some(l) = link_words(&ev.link) {
                                    <span class="meta">{ format!(" · {l}") }</span>
                                }
                                { " " }
                                <button type="button" class="button button--warning button--small"
                                    aria-label={format!("Remove evidence {}", index + 1)} onclick={remove}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <form class="whys-evidence__form" {onsubmit} novalidate=true>
                <div class="field field--compact">
                    <label for={note_id.clone()}>{ "What was checked, and what it showed" }</label>
                    <input id={note_id} type="text" maxlength="2000" value={(*note).clone()}
                        placeholder="Listened to 20 calls: 14 transfers were address changes"
                        oninput={{ let n = note.clone(); Callback::from(move |e: InputEvent| n.set(event_value(&e))) }} />
                </div>
                <div class="field field--compact">
                    <label for={ref_id.clone()}>{ "Document (optional)" }</label>
                    <input id={ref_id} type="text" maxlength="300" value={(*reference).clone()}
                        placeholder="call-review-march.xlsx"
                        oninput={{ let r = reference.clone(); Callback::from(move |e: InputEvent| r.set(event_value(&e))) }} />
                </div>
                <button type="submit" class="button button--secondary button--small">{ "Add evidence" }</button>
            </form>
        </details>
    }
}
