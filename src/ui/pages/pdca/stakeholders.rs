//! Who is told about the change, how and when: a row each, edited in place.

use super::edit::{fresh, input_by_id, PdcaChange};
use super::editor_page::QuadrantProps;
use crate::domain::pdca::{PdcaEdit, StakeholderId};
use crate::ui::widgets::DraftInput;
use yew::prelude::*;

/// The stakeholders table and its add form.
#[component]
pub fn Stakeholders(props: &QuadrantProps) -> Html {
    let (c, on_edit) = (&props.cycle, &props.on_edit);
    let on_add = {
        let on_edit = on_edit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(who), Some(how), Some(when)) = (
                input_by_id("pdca-new-who"),
                input_by_id("pdca-new-how"),
                input_by_id("pdca-new-when"),
            ) else {
                return;
            };
            on_edit.emit(PdcaChange::new(PdcaEdit::AddStakeholder {
                id: StakeholderId::fresh(fresh()),
                who: who.value(),
                how: how.value(),
                when: when.value(),
            }));
            if !who.value().trim().is_empty() {
                for f in [&who, &how, &when] {
                    f.set_value("");
                }
                let _ = who.focus();
            }
        })
    };
    html! {
        <section class="pdca-stakeholders" aria-labelledby="pdca-stakeholders-heading">
            <h3 id="pdca-stakeholders-heading">{ "Stakeholders to tell" }</h3>
            if !c.stakeholders.is_empty() {
                <table class="pdca-actions">
                    <caption class="visually-hidden">{ "Stakeholders: who, how, when" }</caption>
                    <thead><tr><th scope="col">{ "Who" }</th><th scope="col">{ "How" }</th><th scope="col">{ "When" }</th>
                        <th scope="col"><span class="visually-hidden">{ "Remove" }</span></th></tr></thead>
                    <tbody>
                        { for c.stakeholders.iter().enumerate().map(|(n, s)| {
                            let n = n + 1;
                            let change = |part: usize| {
                                let (on_edit, s) = (on_edit.clone(), s.clone());
                                Callback::from(move |v: String| {
                                    let (mut who, mut how, mut when) = (s.who.clone(), s.how.clone(), s.when.clone());
                                    *[&mut who, &mut how, &mut when][part] = v;
                                    on_edit.emit(PdcaChange::new(PdcaEdit::EditStakeholder { stakeholder: s.id.clone(), who, how, when }));
                                })
                            };
                            let remove = {
                                let (on_edit, id) = (on_edit.clone(), s.id.clone());
                                Callback::from(move |_| on_edit.emit(PdcaChange::new(PdcaEdit::RemoveStakeholder { stakeholder: id.clone() })))
                            };
                            html! {
                                <tr key={s.id.to_string()}>
                                    <td><DraftInput value={s.who.clone()} label={format!("Who, stakeholder {n}")} on_commit={change(0)} /></td>
                                    <td><DraftInput value={s.how.clone()} label={format!("How, stakeholder {n}")} on_commit={change(1)} /></td>
                                    <td><DraftInput value={s.when.clone()} label={format!("When, stakeholder {n}")} on_commit={change(2)} /></td>
                                    <td><button type="button" class="button button--warning button--small" aria-label={format!("Remove stakeholder {n}")} onclick={remove}>{ "Remove" }</button></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
            <form class="pdca-add-action" onsubmit={on_add} novalidate=true>
                <div class="field"><label for="pdca-new-who">{ "Who" }</label><input id="pdca-new-who" type="text" maxlength="200" placeholder="Team leaders" /></div>
                <div class="field"><label for="pdca-new-how">{ "How" }</label><input id="pdca-new-how" type="text" maxlength="200" placeholder="Morning huddle" /></div>
                <div class="field"><label for="pdca-new-when">{ "When" }</label><input id="pdca-new-when" type="text" maxlength="200" placeholder="Before go-live" /></div>
                <button type="submit" class="button button--secondary">{ "Add stakeholder" }</button>
            </form>
        </section>
    }
}
