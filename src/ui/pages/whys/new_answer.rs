//! The box for a new answer at one step: where the first answer is written, and where
//! "Ask why" and "Another answer" lead. Nothing is kept until it has words; Enter keeps
//! it and leaves the box open for another answer at the same step, Ctrl+Enter keeps it
//! and opens the box for the why asked of it.

use super::edit::{new_answer_id, WhysChange};
use super::text_keys::{box_value, key_intent, new_field, set_box_value, KeyIntent, KEYS_HINT_ID};
use crate::domain::whys::{AnswerId, WhysEdit};
use crate::ui::browser::focus_soon;
use std::rc::Rc;
use yew::prelude::*;

/// Which step has its new-answer box open: the answers below `parent` (`None`: the
/// answers to the problem itself). One at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub parent: Option<AnswerId>,
}

/// A change of the open new-answer box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftChange {
    Open(Option<AnswerId>),
    /// Closes the box below this parent, if it is the one open (a box that has moved
    /// on to another step is left open).
    Close(Option<AnswerId>),
}

/// The open box, as a reducer so a close that comes late cannot close a newer one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftState(pub Option<Draft>);

impl Reducible for DraftState {
    type Action = DraftChange;
    fn reduce(self: Rc<Self>, action: DraftChange) -> Rc<Self> {
        match action {
            DraftChange::Open(parent) => Rc::new(DraftState(Some(Draft { parent }))),
            DraftChange::Close(parent) if self.0.as_ref().map(|d| &d.parent) == Some(&parent) => {
                Rc::new(DraftState(None))
            }
            DraftChange::Close(_) => self,
        }
    }
}

/// Props of [`NewAnswer`].
#[derive(Properties, PartialEq)]
pub struct NewAnswerProps {
    pub parent: Option<AnswerId>,
    /// "Why #2", the step the answer answers.
    pub step: AttrValue,
    pub on_edit: Callback<WhysChange>,
    pub on_draft: Callback<DraftChange>,
    /// The box of an analysis with no answers: always there, never closed.
    #[prop_or_default]
    pub permanent: bool,
}

/// The new answer's box.
#[component]
pub fn NewAnswer(props: &NewAnswerProps) -> Html {
    // Set when a key has kept the answer, so the blur that may follow (the box moving
    // or going away) does not keep it twice or close the next box.
    let handled = use_mut_ref(|| false);
    let field = new_field(props.parent.as_deref());
    let add = {
        let (on_edit, parent) = (props.on_edit.clone(), props.parent.clone());
        move |text: &str| -> AnswerId {
            let id = new_answer_id();
            on_edit.emit(WhysChange::new(WhysEdit::AddAnswer {
                id: id.clone(),
                parent: parent.clone(),
                text: text.to_string(),
                at: None,
            }));
            id
        }
    };
    let onkeydown = {
        let (add, on_draft, parent, handled) = (
            add.clone(),
            props.on_draft.clone(),
            props.parent.clone(),
            handled.clone(),
        );
        let (permanent, field) = (props.permanent, field.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(intent) = key_intent(&e) else { return };
            e.prevent_default();
            e.stop_propagation();
            let text = box_value(&e);
            match intent {
                KeyIntent::Cancel => {
                    set_box_value(&e, "");
                    if !permanent {
                        *handled.borrow_mut() = true;
                        on_draft.emit(DraftChange::Close(parent.clone()));
                        if let Some(p) = &parent {
                            focus_soon(format!("whys-ask-{p}"));
                        }
                    }
                }
                _ if text.trim().is_empty() => {}
                KeyIntent::Next => {
                    set_box_value(&e, "");
                    add(&text);
                    // The box stays for another answer at this step (the first answer's
                    // box becomes this step's draft once the answer is kept).
                    on_draft.emit(DraftChange::Open(parent.clone()));
                    focus_soon(field.clone());
                }
                KeyIntent::AskWhy => {
                    *handled.borrow_mut() = true;
                    set_box_value(&e, "");
                    let id = add(&text);
                    let below = new_field(Some(&id));
                    on_draft.emit(DraftChange::Open(Some(id)));
                    focus_soon(below);
                }
            }
        })
    };
    let oninput = {
        let handled = handled.clone();
        Callback::from(move |_: InputEvent| *handled.borrow_mut() = false)
    };
    let onblur = {
        let (on_draft, parent, permanent) = (
            props.on_draft.clone(),
            props.parent.clone(),
            props.permanent,
        );
        Callback::from(move |e: FocusEvent| {
            if std::mem::take(&mut *handled.borrow_mut()) {
                return;
            }
            // Words typed are kept when the user clicks or tabs away.
            let text = box_value(&e);
            if !text.trim().is_empty() {
                set_box_value(&e, "");
                add(&text);
            }
            if !permanent {
                on_draft.emit(DraftChange::Close(parent.clone()));
            }
        })
    };
    html! {
        <li class="whys-answer whys-answer--new">
            <div class="whys-answer__text">
                <label for={field.clone()} class="whys-because">
                    { "Because" }<span class="visually-hidden">{ format!(" (new answer to {})", props.step) }</span>
                </label>
                <input id={field} type="text" maxlength="300" autocomplete="off"
                    aria-describedby={KEYS_HINT_ID}
                    placeholder="the address form is only on the billing team's screen"
                    {onkeydown} {oninput} {onblur} />
            </div>
        </li>
    }
}
