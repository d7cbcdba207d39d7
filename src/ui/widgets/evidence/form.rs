//! Adding evidence to a finding: what was checked (a note) and, if it helps, a link to
//! what shows it: a KPI figure of the project, a card of one of its journey maps (pain
//! points first), or a document named in words.

use crate::domain::evidence::{Evidence, EvidenceLink, MAX_NOTE_CHARS};
use crate::ui::browser::event_value;
use std::rc::Rc;
use yew::prelude::*;

/// One thing evidence can link to, as the "Link to" list offers it.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkChoice {
    /// The list's group ("KPI figures", "Journey map cards").
    pub group: &'static str,
    pub label: String,
    pub link: EvidenceLink,
}

/// Props of [`EvidenceForm`].
#[derive(Properties, PartialEq)]
pub struct EvidenceFormProps {
    pub choices: Rc<Vec<LinkChoice>>,
    pub on_add: Callback<Evidence>,
    /// Starts the ids of the form's fields (a page with several forms gives each its own).
    #[prop_or(AttrValue::Static("evidence"))]
    pub id_prefix: AttrValue,
}

/// What "Link to" is set to.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Nothing,
    Choice(usize),
    Document,
}

/// The add-evidence form.
#[component]
pub fn EvidenceForm(props: &EvidenceFormProps) -> Html {
    let note = use_state(String::new);
    let target = use_state(|| Target::Nothing);
    let reference = use_state(String::new);
    let onsubmit = {
        let (note, target, reference) = (note.clone(), target.clone(), reference.clone());
        let (choices, add) = (props.choices.clone(), props.on_add.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let link = match *target {
                Target::Nothing => EvidenceLink::None,
                Target::Choice(i) => match choices.get(i) {
                    Some(c) => c.link.clone(),
                    None => EvidenceLink::None,
                },
                Target::Document => EvidenceLink::Document {
                    reference: reference.trim().to_string(),
                },
            };
            let evidence = Evidence {
                note: (*note).clone(),
                link,
            };
            // Refused evidence stays in the form, to be put right.
            let kept = evidence.problems().is_empty();
            add.emit(evidence);
            if !kept {
                return;
            }
            note.set(String::new());
            reference.set(String::new());
            target.set(Target::Nothing);
        })
    };
    let on_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            let v = event_value(&e);
            target.set(match v.as_str() {
                "doc" => Target::Document,
                _ => v.parse().map_or(Target::Nothing, Target::Choice),
            })
        })
    };
    let mut groups: Vec<&'static str> = Vec::new();
    for c in props.choices.iter() {
        if !groups.contains(&c.group) {
            groups.push(c.group);
        }
    }
    let value = match *target {
        Target::Nothing => String::new(),
        Target::Choice(i) => i.to_string(),
        Target::Document => "doc".into(),
    };
    let p = &props.id_prefix;
    let (note_id, link_id, ref_id) = (
        format!("{p}-note"),
        format!("{p}-link"),
        format!("{p}-reference"),
    );
    html! {
        <form class="fb-evidence-form" {onsubmit}>
            <div class="field">
                <label for={note_id.clone()}>{ "What was checked, and what it showed" }</label>
                <textarea id={note_id} rows="3" maxlength={MAX_NOTE_CHARS.to_string()} value={(*note).clone()}
                    placeholder="Listened to 20 calls of 3–7 March: 14 transfers were for address changes"
                    oninput={{ let n = note.clone(); Callback::from(move |e: InputEvent| n.set(event_value(&e))) }} />
            </div>
            <div class="field">
                <label for={link_id.clone()}>{ "Link to" }</label>
                <select id={link_id} onchange={on_target}>
                    <option value="" selected={value.is_empty()}>{ "nothing" }</option>
                    { for groups.iter().map(|g| html! {
                        <optgroup label={*g}>
                            { for props.choices.iter().enumerate().filter(|(_, c)| c.group == *g).map(|(i, c)| html! {
                                <option value={i.to_string()} selected={value == i.to_string()}>{ c.label.clone() }</option>
                            }) }
                        </optgroup>
                    }) }
                    <option value="doc" selected={value == "doc"}>{ "a document or page…" }</option>
                </select>
            </div>
            if *target == Target::Document {
                <div class="field">
                    <label for={ref_id.clone()}>{ "Document (a file name or an address)" }</label>
                    <input id={ref_id} type="text" maxlength="500" value={(*reference).clone()}
                        oninput={{ let r = reference.clone(); Callback::from(move |e: InputEvent| r.set(event_value(&e))) }} />
                </div>
            }
            <button type="submit" class="button button--secondary button--small">{ "Add evidence" }</button>
        </form>
    }
}
