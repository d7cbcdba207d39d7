//! Closing the line of enquiry: "ruled out" with a reason (this is not why the problem
//! happens), and reopening it. An analysis with a root cause marked is not ruled out.

use super::edit::WhysChange;
use super::text_keys::value_of;
use crate::domain::whys::WhysEdit;
use crate::ui::browser::focus_soon;
use yew::prelude::*;

/// Props of [`RuleOut`].
#[derive(Properties, PartialEq)]
pub struct RuleOutProps {
    pub ruled_out: Option<String>,
    pub has_root_cause: bool,
    pub on_edit: Callback<WhysChange>,
}

const REASON: &str = "whys-ruled-out-reason";

/// The panel to rule the analysis out or reopen it.
#[component]
pub fn RuleOut(props: &RuleOutProps) -> Html {
    let on_edit = props.on_edit.clone();
    let body = match &props.ruled_out {
        Some(reason) => {
            let reopen = Callback::from(move |_| {
                on_edit.emit(WhysChange::new(WhysEdit::SetRuledOut { reason: None }));
                focus_soon(REASON);
            });
            html! {
                <>
                    <p><strong>{ "Ruled out: " }</strong><span class="preserve-lines">{ reason.clone() }</span></p>
                    <button type="button" id="whys-reopen" class="button button--secondary button--small" onclick={reopen}>
                        { "Reopen the analysis" }</button>
                </>
            }
        }
        None if props.has_root_cause => html! {
            <p class="hint">{ "A root cause is marked, so this analysis is not ruled out. Unmark the root causes \
                               first if this line of enquiry turns out to be wrong." }</p>
        },
        None => {
            let onsubmit = Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                on_edit.emit(WhysChange::new(WhysEdit::SetRuledOut {
                    reason: Some(value_of(REASON)),
                }));
                focus_soon("whys-reopen");
            });
            html! {
                <form {onsubmit} novalidate=true>
                    <div class="field">
                        <label for={REASON}>{ "Why this is not why the problem happens" }</label>
                        <input id={REASON} type="text" maxlength="1000"
                            placeholder="Call recordings show transfers are about billing, not addresses" />
                    </div>
                    <button type="submit" class="button button--secondary button--small">{ "Close as ruled out" }</button>
                </form>
            }
        }
    };
    html! {
        <section class="panel whys-rule-out no-print-form" aria-labelledby="whys-rule-out-heading">
            <h2 id="whys-rule-out-heading">{ "Rule out" }</h2>
            { body }
        </section>
    }
}
