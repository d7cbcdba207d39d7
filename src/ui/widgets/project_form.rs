//! Name and description of a project, checked as the user submits; used to create a
//! project and to edit one. What the user typed stays in the fields on an error.

use crate::domain::project::{MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use crate::domain::{ProjectText, ProjectTextError};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props of [`ProjectForm`].
#[derive(Properties, PartialEq)]
pub struct ProjectFormProps {
    /// Prefix for element ids, unique on the page.
    pub id: AttrValue,
    #[prop_or_default]
    pub name: AttrValue,
    #[prop_or_default]
    pub description: AttrValue,
    /// Text of the submit button, e.g. "Create project".
    pub submit_label: AttrValue,
    /// Called with checked text; the form clears itself when `clear_on_submit` is set.
    pub on_submit: Callback<ProjectText>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    #[prop_or_default]
    pub clear_on_submit: bool,
}

/// A form for a project's name and description.
#[component]
pub fn ProjectForm(props: &ProjectFormProps) -> Html {
    let name = use_state(|| props.name.to_string());
    let description = use_state(|| props.description.to_string());
    let error = use_state(|| None::<ProjectTextError>);
    let name_id = format!("{}-name", props.id);
    let description_id = format!("{}-description", props.id);
    let error_id = format!("{}-error", props.id);

    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_description = {
        let description = description.clone();
        Callback::from(move |e: InputEvent| {
            description.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_submit = {
        let (name, description, error) = (name.clone(), description.clone(), error.clone());
        let submit = props.on_submit.clone();
        let clear = props.clear_on_submit;
        let name_id = name_id.clone();
        let description_id = description_id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match ProjectText::parse(&name, &description) {
                Ok(text) => {
                    error.set(None);
                    submit.emit(text);
                    if clear {
                        name.set(String::new());
                        description.set(String::new());
                        crate::ui::browser::focus_by_id(&name_id);
                    }
                }
                Err(e) => {
                    // Focus the field to correct, so keyboard users land on it.
                    let field = match e {
                        ProjectTextError::DescriptionTooLong { .. } => &description_id,
                        _ => &name_id,
                    };
                    crate::ui::browser::focus_by_id(field);
                    error.set(Some(e));
                }
            }
        })
    };
    let name_invalid = matches!(
        *error,
        Some(ProjectTextError::EmptyName | ProjectTextError::NameTooLong { .. })
    );
    let description_invalid = matches!(*error, Some(ProjectTextError::DescriptionTooLong { .. }));
    let cancel = props.on_cancel.clone().map(|cb| {
        html! {
            <button type="button" class="button button--secondary"
                onclick={move |_| cb.emit(())}>{ "Cancel" }</button>
        }
    });

    html! {
        <form class="project-form" onsubmit={on_submit} novalidate=true>
            if let Some(e) = &*error {
                <p class="field-error" id={error_id.clone()} role="alert">
                    <span class="visually-hidden">{ "Error: " }</span>{ e.to_string() }
                </p>
            }
            <div class="field">
                <label for={name_id.clone()}>{ "Project name" }</label>
                <p class="hint" id={format!("{name_id}-hint")}>
                    { format!("For example \"Late deliveries, Q3\". Up to {MAX_NAME_CHARS} characters.") }
                </p>
                <input id={name_id.clone()} type="text" value={(*name).clone()} oninput={on_name}
                    autocomplete="off" maxlength={(MAX_NAME_CHARS * 2).to_string()}
                    aria-invalid={name_invalid.to_string()}
                    aria-describedby={if name_invalid { format!("{name_id}-hint {error_id}") } else { format!("{name_id}-hint") }} />
            </div>
            <div class="field">
                <label for={description_id.clone()}>{ "Description (optional)" }</label>
                <p class="hint" id={format!("{description_id}-hint")}>
                    { "What the problem is and who it affects." }
                </p>
                <textarea id={description_id.clone()} rows="3" value={(*description).clone()}
                    oninput={on_description} maxlength={(MAX_DESCRIPTION_CHARS * 2).to_string()}
                    aria-invalid={description_invalid.to_string()}
                    aria-describedby={if description_invalid { format!("{description_id}-hint {error_id}") } else { format!("{description_id}-hint") }} />
            </div>
            <div class="button-row">
                <button type="submit" class="button">{ props.submit_label.clone() }</button>
                { for cancel }
            </div>
        </form>
    }
}
