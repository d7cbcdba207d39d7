//! The selected cause: its status (suspected, confirmed, ruled out), the evidence
//! behind it, its dots, and its 5 Whys (open it, or ask why to start one).

use super::edit::FishboneChange;
use super::outline_keys::cause_field_id;
use crate::domain::evidence::Evidence;
use crate::domain::fishbone::{Cause, CauseStatus, FishboneEdit};
use crate::domain::pdca::RootCauseRef;
use crate::ui::browser::focus_soon;
use crate::ui::pages::pdca::RootCausePlans;
use crate::ui::route::Route;
use crate::ui::widgets::evidence::{EvidenceForm, EvidenceView, LinkChoice};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// The 5 Whys asked of the cause.
#[derive(Clone, Debug, PartialEq)]
pub struct WhysView {
    pub to: Route,
    /// Its verdict in words.
    pub verdict: &'static str,
}

/// Props of [`CausePanel`].
#[derive(Properties, PartialEq)]
pub struct CausePanelProps {
    /// The selected cause and its category's name.
    pub cause: Option<(Cause, AttrValue)>,
    pub evidence: Vec<EvidenceView>,
    pub whys: Option<WhysView>,
    pub choices: Rc<Vec<LinkChoice>>,
    pub on_edit: Callback<FishboneChange>,
    pub on_ask_why: Callback<()>,
    /// The project and diagram, for the plans that answer a confirmed cause.
    pub project: crate::domain::ProjectId,
    pub fishbone: AttrValue,
}

/// The panel of the selected cause.
#[component]
pub fn CausePanel(props: &CausePanelProps) -> Html {
    let Some((cause, category)) = &props.cause else {
        return html! {
            <section class="panel fb-cause-panel" aria-labelledby="cause-heading">
                <h2 id="cause-heading">{ "Selected cause" }</h2>
                <p class="empty">{ "Select a cause in the outline or the picture." }</p>
            </section>
        };
    };
    let id = cause.id.clone();
    let send = {
        let edit = props.on_edit.clone();
        move |e: FishboneEdit| edit.emit(FishboneChange::new(e))
    };
    let on_status = |status: CauseStatus| {
        let (send, id) = (send.clone(), id.clone());
        Callback::from(move |_: Event| {
            send(FishboneEdit::SetStatus {
                cause: id.clone(),
                status,
            })
        })
    };
    let on_add = {
        let (send, id) = (send.clone(), id.clone());
        Callback::from(move |evidence: Evidence| {
            send(FishboneEdit::AddEvidence {
                cause: id.clone(),
                evidence,
            })
        })
    };
    let on_remove_cause = {
        let (send, id) = (send.clone(), id.clone());
        Callback::from(move |_: MouseEvent| send(FishboneEdit::DeleteCause { cause: id.clone() }))
    };
    let on_ask = {
        let ask = props.on_ask_why.clone();
        Callback::from(move |_: MouseEvent| ask.emit(()))
    };
    let text = if cause.text.is_empty() {
        "(no text yet)".to_string()
    } else {
        cause.text.clone()
    };
    let dots = cause.total_votes();
    html! {
        <section class="panel fb-cause-panel" aria-labelledby="cause-heading">
            <h2 id="cause-heading">{ "Selected cause" }</h2>
            <p class="fb-cause-panel__text">
                <a href={format!("#{}", cause_field_id(&id))} onclick={{
                    let field = cause_field_id(&id);
                    Callback::from(move |e: MouseEvent| { e.prevent_default(); focus_soon(field.clone()); })
                }}>{ text.clone() }</a>
                <span class="meta">{ format!(" · {category}") }</span>
                if dots > 0 { <span class="meta">{ format!(" · ● {dots}") }</span> }
            </p>
            <fieldset class="fb-status">
                <legend>{ "Status" }</legend>
                { for CauseStatus::ALL.iter().map(|s| {
                    let input_id = format!("status-{}", s.words().replace(' ', "-"));
                    let word = s.words();
                    let label = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
                    html! {
                        <span class="fb-status__choice">
                            <input type="radio" name="cause-status" id={input_id.clone()} checked={cause.status == *s}
                                onchange={on_status(*s)} />
                            <label for={input_id}>{ label }</label>
                        </span>
                    }
                }) }
            </fieldset>
            <h3>{ "Evidence" }</h3>
            if props.evidence.is_empty() {
                <p class="empty">{ "No evidence yet. What was checked, and what did it show?" }</p>
            } else {
                <ul class="fb-evidence">
                    { for props.evidence.iter().enumerate().map(|(index, e)| {
                        let on_remove = {
                            let (send, id) = (send.clone(), id.clone());
                            Callback::from(move |_: MouseEvent| send(FishboneEdit::RemoveEvidence { cause: id.clone(), index }))
                        };
                        html! {
                            <li>
                                if !e.note.is_empty() { <span class="fb-evidence__note">{ e.note.clone() }</span> }
                                { e.link_html() }
                                <button type="button" class="button button--secondary button--small" onclick={on_remove}
                                    aria-label={format!("Remove evidence {}", index + 1)}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <EvidenceForm key={id.to_string()} choices={props.choices.clone()} on_add={on_add} />
            <h3>{ "5 Whys" }</h3>
            if let Some(w) = &props.whys {
                <p>
                    <Link<Route> to={w.to.clone()}>{ "Open its 5 Whys" }</Link<Route>>
                    <span class="meta">{ format!(" · {}", w.verdict) }</span>
                </p>
            } else {
                <p>
                    <button type="button" class="button button--small" onclick={on_ask}>{ "Ask why" }</button>
                    <span class="hint">{ " Starts a 5 Whys with this cause as its problem." }</span>
                </p>
            }
            if cause.status == CauseStatus::Confirmed {
                <h3>{ "The fix" }</h3>
                <RootCausePlans project={props.project.clone()} text={cause.text.clone()}
                    link={RootCauseRef::FishboneCause { fishbone: props.fishbone.to_string(), cause: cause.id.to_string() }} />
            }
            <p>
                <button type="button" class="button button--warning button--small" onclick={on_remove_cause}>
                    { "Remove this cause" }
                </button>
                <span class="hint">{ " With the causes under it; Undo brings them back." }</span>
            </p>
        </section>
    }
}
