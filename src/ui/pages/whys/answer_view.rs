//! One answer of the tree and the step asked of it: its "because" box, checked and root
//! cause boxes, the buttons that grow and order the tree, its hints, evidence and (for a
//! root cause) countermeasures; then the question asked of it and its own answers.

use super::countermeasures::Countermeasures;
use super::edit::WhysChange;
use super::evidence_form::{AnswerEvidence, EvidenceForm};
use super::hints_view::HintsView;
use super::new_answer::{DraftChange, DraftState, NewAnswer};
use super::text_keys::{
    answer_field, box_value, input_of, key_intent, new_field, set_box_value, KeyIntent,
    KEYS_HINT_ID,
};
use crate::domain::pdca::RootCauseRef;
use crate::domain::whys::verdict::step;
use crate::domain::whys::{AnswerId, WhysAnalysis, WhysEdit};
use crate::ui::browser::{focus_by_id, focus_soon};
use crate::ui::pages::pdca::RootCausePlans;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`AnswerView`] and [`StepView`].
#[derive(Properties, PartialEq, Clone)]
pub struct TreeProps {
    /// The project the analysis is in, for the plans that answer its root causes.
    pub project: crate::domain::ProjectId,
    pub whys: Rc<WhysAnalysis>,
    pub on_edit: Callback<WhysChange>,
    pub draft: Rc<DraftState>,
    pub on_draft: Callback<DraftChange>,
    /// What evidence can link to, and each answer's evidence as shown.
    pub evidence: AnswerEvidence,
}

/// Props of [`StepView`].
#[derive(Properties, PartialEq, Clone)]
pub struct StepProps {
    #[prop_or_default]
    pub parent: Option<AnswerId>,
    /// How many whys deep the answers of this step are.
    pub depth: usize,
    pub tree: TreeProps,
}

/// One step: "Why #2: Why …?" and its answers, with the new-answer box when it is open
/// here. Nothing when the step has no answers and no open box.
#[component]
pub fn StepView(props: &StepProps) -> Html {
    let w = &props.tree.whys;
    let answers = match &props.parent {
        None => &w.answers[..],
        Some(p) => w.answer(p).map_or(&[][..], |a| &a.children[..]),
    };
    let open = props
        .tree
        .draft
        .0
        .as_ref()
        .is_some_and(|d| d.parent == props.parent);
    let permanent = props.parent.is_none() && answers.is_empty();
    if answers.is_empty() && !open && !permanent {
        return Html::default();
    }
    let question = w
        .question_below(props.parent.as_deref())
        .unwrap_or_default();
    let label = step(props.depth);
    let count = answers.len();
    html! {
        <div class="whys-step">
            <p class="whys-question"><span class="whys-question__step">{ format!("{label}:") }</span>{ " " }{ question }</p>
            <ol class="whys-answers">
                { for answers.iter().enumerate().map(|(index, a)| html! {
                    <AnswerView key={a.id.to_string()} id={a.id.clone()} depth={props.depth} {index} {count}
                        parent={props.parent.clone()} tree={props.tree.clone()} />
                }) }
                if open || permanent {
                    <NewAnswer key={new_field(props.parent.as_deref())} parent={props.parent.clone()}
                        step={AttrValue::from(label)} {permanent}
                        on_edit={props.tree.on_edit.clone()} on_draft={props.tree.on_draft.clone()} />
                }
            </ol>
        </div>
    }
}

/// Props of [`AnswerView`].
#[derive(Properties, PartialEq, Clone)]
pub struct AnswerProps {
    pub id: AnswerId,
    pub depth: usize,
    /// Place among its siblings, and how many there are.
    pub index: usize,
    pub count: usize,
    pub parent: Option<AnswerId>,
    pub tree: TreeProps,
}

/// Where focus goes after an answer is removed: the answer before it, else the one
/// after, else the answer it answers, else the problem.
fn focus_after_removal(w: &WhysAnalysis, id: &str) -> String {
    let walk = w.walk();
    let at = walk.iter().position(|v| v.answer.id == id);
    let parent = at.and_then(|i| walk[i].parent.map(|p| p.id.to_string()));
    let siblings: Vec<&str> = match w.parent(id) {
        Some(Some(p)) => p.children.iter().map(|a| a.id.as_str()).collect(),
        _ => w.answers.iter().map(|a| a.id.as_str()).collect(),
    };
    let i = siblings.iter().position(|s| *s == id).unwrap_or(0);
    let near = i
        .checked_sub(1)
        .and_then(|j| siblings.get(j))
        .or_else(|| siblings.get(i + 1));
    match (near, parent) {
        (Some(s), _) => answer_field(s),
        (None, Some(p)) => answer_field(&p),
        (None, None) => new_field(None),
    }
}

/// One answer and the step asked of it.
#[component]
pub fn AnswerView(props: &AnswerProps) -> Html {
    let w = &props.tree.whys;
    let Some(a) = w.answer(&props.id) else {
        return Html::default();
    };
    let on_edit = &props.tree.on_edit;
    let id = a.id.to_string();
    let field = answer_field(&id);
    let emit = |edit: WhysEdit| {
        let on_edit = on_edit.clone();
        move || on_edit.emit(WhysChange::new(edit.clone()))
    };
    let commit = {
        let (on_edit, aid, kept) = (on_edit.clone(), a.id.clone(), a.text.clone());
        move |text: String| {
            if text.trim() != kept {
                on_edit.emit(WhysChange::new(WhysEdit::SetAnswerText {
                    answer: aid.clone(),
                    text,
                }));
            }
        }
    };
    let onchange = {
        let (commit, kept) = (commit.clone(), a.text.clone());
        Callback::from(move |e: Event| {
            let text = box_value(&e);
            if text.trim().is_empty() {
                // Refused (an answer needs words): the box shows the kept words again.
                set_box_value(&e, &kept);
            }
            commit(text)
        })
    };
    let ask_why = {
        let (on_draft, aid) = (props.tree.on_draft.clone(), a.id.clone());
        move || {
            on_draft.emit(DraftChange::Open(Some(aid.clone())));
            focus_soon(new_field(Some(&aid)));
        }
    };
    let another = {
        let (on_draft, parent) = (props.tree.on_draft.clone(), props.parent.clone());
        move || {
            on_draft.emit(DraftChange::Open(parent.clone()));
            focus_soon(new_field(parent.as_deref()));
        }
    };
    // The next answer in reading order, where Enter moves on to.
    let next = {
        let walk = w.walk();
        walk.iter()
            .position(|v| v.answer.id == a.id)
            .and_then(|i| walk.get(i + 1))
            .map(|v| answer_field(&v.answer.id))
    };
    let onkeydown = {
        let (commit, ask_why, kept) = (commit.clone(), ask_why.clone(), a.text.clone());
        let ask_button = format!("whys-ask-{id}");
        Callback::from(move |e: KeyboardEvent| {
            let Some(intent) = key_intent(&e) else { return };
            e.prevent_default();
            match intent {
                KeyIntent::Cancel => set_box_value(&e, &kept),
                KeyIntent::Next => {
                    commit(box_value(&e));
                    focus_by_id(next.as_deref().unwrap_or(&ask_button));
                }
                KeyIntent::AskWhy => {
                    commit(box_value(&e));
                    ask_why();
                }
            }
        })
    };
    let toggle = |make: fn(AnswerId, bool) -> WhysEdit, kept: bool| {
        let (on_edit, aid) = (on_edit.clone(), a.id.clone());
        Callback::from(move |e: Event| {
            let Some(input) = input_of(&e) else { return };
            let on = input.checked();
            // The box shows what the analysis holds: put back the kept state, so a
            // refused change (a root cause with countermeasures) does not look made;
            // an accepted one redraws the box.
            input.set_checked(kept);
            on_edit.emit(WhysChange::new(make(aid.clone(), on)));
        })
    };
    let on_checked = toggle(
        |answer, checked| WhysEdit::SetChecked { answer, checked },
        a.checked,
    );
    let on_root = toggle(
        |answer, root| WhysEdit::SetRootCause { answer, root },
        a.root_cause,
    );
    let mover = |by: isize, button: String| {
        let go = emit(WhysEdit::MoveAnswer {
            answer: a.id.clone(),
            by,
        });
        Callback::from(move |_| {
            go();
            // The answer's markup moves; focus stays on the button pressed.
            focus_soon(button.clone());
        })
    };
    let (up, down) = (format!("whys-up-{id}"), format!("whys-down-{id}"));
    let remove = {
        let go = emit(WhysEdit::DeleteAnswer {
            answer: a.id.clone(),
        });
        let to = focus_after_removal(w, &id);
        Callback::from(move |_| {
            go();
            focus_soon(to.clone());
        })
    };
    let hints = w.hints(&id);
    let hints_id = format!("whys-hints-{id}");
    let described = if hints.is_empty() {
        KEYS_HINT_ID.to_string()
    } else {
        format!("{hints_id} {KEYS_HINT_ID}")
    };
    let name = format!("Because {}", a.text);
    let remove_words = if a.children.is_empty() {
        "Remove"
    } else {
        "Remove with the answers below"
    };
    html! {
        <li class={classes!("whys-answer", a.root_cause.then_some("whys-answer--root"))}>
            <div class="whys-answer__body" role="group" aria-label={name.clone()}>
                <div class="whys-answer__text">
                    <label for={field.clone()} class="whys-because">
                        { "Because" }<span class="visually-hidden">{ format!(" ({}, answer {})", step(props.depth), props.index + 1) }</span>
                    </label>
                    <input id={field} type="text" class="has-print-copy" maxlength="300" autocomplete="off" value={a.text.clone()}
                        aria-describedby={described} {onchange} {onkeydown} />
                    // A text box prints one line of its words: the page prints them all.
                    <span class="print-copy">{ a.text.clone() }</span>
                </div>
                <div class="whys-answer__marks">
                    <label class="checkbox whys-mark">
                        <input type="checkbox" checked={a.checked} onchange={on_checked} />
                        { "Checked against the facts" }
                    </label>
                    <label class="checkbox whys-mark">
                        <input type="checkbox" checked={a.root_cause} onchange={on_root} />
                        { "Root cause" }
                    </label>
                    if a.confirmed() { <span class="whys-badge whys-badge--ok">{ "✓ Confirmed" }</span> }
                </div>
                <div class="whys-answer__actions">
                    <button type="button" id={format!("whys-ask-{id}")} class="button button--secondary button--small"
                        onclick={Callback::from(move |_| ask_why())}>{ "Ask why" }</button>
                    <button type="button" class="button button--secondary button--small"
                        onclick={Callback::from(move |_| another())}>{ "Another answer" }</button>
                    <button type="button" id={up.clone()} class="button button--secondary button--small"
                        aria-label={format!("Move up: {}", a.text)} disabled={props.index == 0} onclick={mover(-1, up)}>{ "Move up" }</button>
                    <button type="button" id={down.clone()} class="button button--secondary button--small"
                        aria-label={format!("Move down: {}", a.text)} disabled={props.index + 1 >= props.count}
                        onclick={mover(1, down)}>{ "Move down" }</button>
                    <button type="button" class="button button--warning button--small"
                        aria-label={format!("{remove_words}: {}", a.text)} onclick={remove}>{ remove_words }</button>
                </div>
                <HintsView {hints} id={hints_id} />
                <EvidenceForm answer={a.id.clone()} shown={props.tree.evidence.views.get(a.id.as_str()).cloned().unwrap_or_default()}
                    choices={props.tree.evidence.choices.clone()} on_edit={on_edit.clone()} />
                if a.root_cause {
                    <Countermeasures answer={a.id.clone()} list={a.countermeasures.clone()} on_edit={on_edit.clone()} />
                    <RootCausePlans project={props.tree.project.clone()} text={a.text.clone()}
                        link={RootCauseRef::WhysAnswer { whys: w.id.to_string(), answer: a.id.to_string() }} />
                }
            </div>
            <StepView parent={Some(a.id.clone())} depth={props.depth + 1} tree={props.tree.clone()} />
        </li>
    }
}
