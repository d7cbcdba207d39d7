//! The personas a map is drawn for: name, goals, needs and a quote, edited in place.

use super::edit::MapEdit;
use crate::domain::journey::people::PersonaField;
use crate::domain::journey::{JourneyEdit, Persona};
use crate::ui::browser::focus_soon;
use crate::ui::widgets::DraftInput;
use yew::prelude::*;

/// Props of [`PersonaPanel`].
#[derive(Properties, PartialEq)]
pub struct PersonaPanelProps {
    pub personas: Vec<Persona>,
    pub on_edit: Callback<MapEdit>,
}

fn field(edit: &Callback<MapEdit>, index: usize, field: PersonaField) -> Callback<String> {
    let edit = edit.clone();
    Callback::from(move |value: String| {
        edit.emit(MapEdit::new(JourneyEdit::EditPersona {
            index,
            field,
            value,
        }));
    })
}

/// The personas, each a small form; changes are kept as soon as a field is left.
#[component]
pub fn PersonaPanel(props: &PersonaPanelProps) -> Html {
    let add = {
        let edit = props.on_edit.clone();
        let n = props.personas.len();
        Callback::from(move |_| {
            edit.emit(MapEdit::new(JourneyEdit::AddPersona));
            focus_soon(format!("persona-{n}-name"));
        })
    };
    html! {
        <section class="personas" aria-labelledby="personas-heading">
            <h2 id="personas-heading">{ "Personas" }</h2>
            if props.personas.is_empty() {
                <p class="empty">{ "No persona yet: add who this journey is mapped for." }</p>
            }
            <div class="persona-list">
            { for props.personas.iter().enumerate().map(|(i, p)| {
                let remove = {
                    let edit = props.on_edit.clone();
                    Callback::from(move |_| {
                        edit.emit(MapEdit::new(JourneyEdit::RemovePersona { index: i }));
                        focus_soon("add-persona");
                    })
                };
                html! {
                    <fieldset class="persona" key={i}>
                        <legend>{ p.name.clone() }</legend>
                        <label for={format!("persona-{i}-name")}>{ "Name" }</label>
                        <DraftInput id={format!("persona-{i}-name")} maxlength="80" value={p.name.clone()}
                            on_commit={field(&props.on_edit, i, PersonaField::Name)} />
                        <label for={format!("persona-{i}-goals")}>{ "Goals" }</label>
                        <DraftInput id={format!("persona-{i}-goals")} maxlength="300" value={p.goals.clone()}
                            on_commit={field(&props.on_edit, i, PersonaField::Goals)} />
                        <label for={format!("persona-{i}-needs")}>{ "Needs" }</label>
                        <DraftInput id={format!("persona-{i}-needs")} maxlength="300" value={p.needs.clone()}
                            on_commit={field(&props.on_edit, i, PersonaField::Needs)} />
                        <label for={format!("persona-{i}-quote")}>{ "Quote" }</label>
                        <DraftInput id={format!("persona-{i}-quote")} maxlength="300" value={p.quote.clone()}
                            on_commit={field(&props.on_edit, i, PersonaField::Quote)} />
                        <button type="button" class="button button--warning button--small" onclick={remove}>
                            { format!("Remove persona {}", p.name) }
                        </button>
                    </fieldset>
                }
            }) }
            </div>
            <button type="button" id="add-persona" class="button button--secondary button--small" onclick={add}>{ "+ Add persona" }</button>
        </section>
    }
}
