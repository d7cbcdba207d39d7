//! The personas a map is drawn for: name, goals, needs and a quote, edited in place.

use super::edit::{event_value, MapEdit};
use crate::domain::journey::Persona;
use crate::ui::browser::focus_soon;
use yew::prelude::*;

/// Props of [`PersonaPanel`].
#[derive(Properties, PartialEq)]
pub struct PersonaPanelProps {
    pub personas: Vec<Persona>,
    pub on_edit: Callback<MapEdit>,
}

fn field(edit: &Callback<MapEdit>, index: usize, set: fn(&mut Persona, String)) -> Callback<Event> {
    let edit = edit.clone();
    Callback::from(move |e: Event| {
        let v = event_value(&e).trim().to_string();
        edit.emit(MapEdit::new("edit a persona", move |m| {
            let p = m
                .personas
                .get_mut(index)
                .ok_or(crate::domain::journey::map::EditError::NoSuchCard)?;
            set(p, v.clone());
            Ok(())
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
            edit.emit(MapEdit::new("add a persona", move |m| {
                m.personas.push(Persona {
                    name: format!("Persona {}", n + 1),
                    ..Persona::default()
                });
                Ok(())
            }));
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
                        edit.emit(MapEdit::new("remove a persona", move |m| {
                            if i < m.personas.len() { m.personas.remove(i); }
                            Ok(())
                        }));
                        focus_soon("add-persona");
                    })
                };
                html! {
                    <fieldset class="persona" key={i}>
                        <legend>{ p.name.clone() }</legend>
                        <label for={format!("persona-{i}-name")}>{ "Name" }</label>
                        <input id={format!("persona-{i}-name")} type="text" maxlength="80" value={p.name.clone()}
                            onchange={field(&props.on_edit, i, |p, v| if !v.is_empty() { p.name = v })} />
                        <label for={format!("persona-{i}-goals")}>{ "Goals" }</label>
                        <input id={format!("persona-{i}-goals")} type="text" maxlength="300" value={p.goals.clone()}
                            onchange={field(&props.on_edit, i, |p, v| p.goals = v)} />
                        <label for={format!("persona-{i}-needs")}>{ "Needs" }</label>
                        <input id={format!("persona-{i}-needs")} type="text" maxlength="300" value={p.needs.clone()}
                            onchange={field(&props.on_edit, i, |p, v| p.needs = v)} />
                        <label for={format!("persona-{i}-quote")}>{ "Quote" }</label>
                        <input id={format!("persona-{i}-quote")} type="text" maxlength="300" value={p.quote.clone()}
                            onchange={field(&props.on_edit, i, |p, v| p.quote = v)} />
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
