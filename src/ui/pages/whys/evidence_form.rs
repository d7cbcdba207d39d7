//! The evidence behind an answer: what was checked and what shows it (a KPI figure, a
//! journey card or a document, as for a fishbone cause), with the shared form to add
//! more and a button to remove each.

use super::edit::WhysChange;
use crate::domain::evidence::Evidence;
use crate::domain::whys::{AnswerId, WhysEdit};
use crate::ui::browser::focus_soon;
use crate::ui::widgets::evidence::{EvidenceForm as AddEvidence, EvidenceView, LinkChoice};
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// What the answers' evidence forms share: what evidence can link to, and each
/// answer's evidence as shown (by answer id).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnswerEvidence {
    pub choices: Rc<Vec<LinkChoice>>,
    pub views: Rc<HashMap<String, Vec<EvidenceView>>>,
}

/// Props of [`EvidenceForm`].
#[derive(Properties, PartialEq)]
pub struct EvidenceFormProps {
    pub answer: AnswerId,
    /// The answer's evidence as shown.
    pub shown: Vec<EvidenceView>,
    pub choices: Rc<Vec<LinkChoice>>,
    pub on_edit: Callback<WhysChange>,
}

/// The answer's evidence and the form to add some.
#[component]
pub fn EvidenceForm(props: &EvidenceFormProps) -> Html {
    let a = props.answer.to_string();
    let prefix = format!("whys-ev-{a}");
    let on_add = {
        let (on_edit, answer) = (props.on_edit.clone(), props.answer.clone());
        Callback::from(move |evidence: Evidence| {
            on_edit.emit(WhysChange::new(WhysEdit::AddEvidence {
                answer: answer.clone(),
                evidence,
            }))
        })
    };
    let count = props.shown.len();
    html! {
        <details class="whys-evidence" open={count > 0}>
            <summary>{ match count {
                0 => "Evidence: none yet".to_string(),
                1 => "Evidence: 1 piece".to_string(),
                n => format!("Evidence: {n} pieces"),
            } }</summary>
            if count > 0 {
                <ul class="whys-evidence__list">
                    { for props.shown.iter().enumerate().map(|(index, ev)| {
                        let remove = {
                            let (on_edit, answer) = (props.on_edit.clone(), props.answer.clone());
                            let next = format!("{prefix}-note");
                            Callback::from(move |_| {
                                on_edit.emit(WhysChange::new(WhysEdit::RemoveEvidence { answer: answer.clone(), index }));
                                focus_soon(next.clone());
                            })
                        };
                        html! {
                            <li>
                                <span class="whys-evidence__note">{ ev.note.clone() }</span>
                                { ev.link_html() }
                                { " " }
                                <button type="button" class="button button--warning button--small"
                                    aria-label={format!("Remove evidence {}", index + 1)} onclick={remove}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <AddEvidence choices={props.choices.clone()} on_add={on_add} id_prefix={AttrValue::from(prefix.clone())} />
        </details>
    }
}
