//! The words around a map and the people in it: its title, scope and state, the
//! personas it is drawn for, and the workshop's participants and dot allowance. The
//! limits here are the ones the page's fields show (`maxlength`, `min`, `max`).

use super::error::EditError;
use super::kinds::JourneyState;
use super::map::{JourneyMap, Persona};
use serde::{Deserialize, Serialize};

/// Longest map title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest scope, persona goal, need or quote, in characters.
pub const MAX_TEXT_CHARS: usize = 300;
/// Longest persona name, in characters.
pub const MAX_PERSONA_NAME_CHARS: usize = 80;
/// Longest participant name, in characters.
pub const MAX_PARTICIPANT_CHARS: usize = 60;
/// Most personas one map keeps.
pub const MAX_PERSONAS: usize = 20;
/// Most participants in one workshop.
pub const MAX_PARTICIPANTS: usize = 100;
/// Fewest and most dots each participant may have.
pub const DOTS_PER_PARTICIPANT: std::ops::RangeInclusive<u32> = 1..=20;

/// A field of a persona.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonaField {
    Name,
    Goals,
    Needs,
    Quote,
}

impl PersonaField {
    /// Longest text the field takes, in characters.
    pub fn limit(self) -> usize {
        match self {
            PersonaField::Name => MAX_PERSONA_NAME_CHARS,
            _ => MAX_TEXT_CHARS,
        }
    }
}

/// A map title as it will be kept: trimmed, not empty, within [`MAX_TITLE_CHARS`].
pub fn check_title(title: &str) -> Result<String, EditError> {
    checked(title, MAX_TITLE_CHARS, true)
}

/// Trims `text` and checks it against `limit` characters (and, if `needed`, that it is
/// not empty).
fn checked(text: &str, limit: usize, needed: bool) -> Result<String, EditError> {
    let text = text.trim();
    if needed && text.is_empty() {
        return Err(EditError::EmptyName);
    }
    if text.chars().count() > limit {
        return Err(EditError::TooLong(limit));
    }
    Ok(text.to_string())
}

impl JourneyMap {
    /// Renames the map (a title is needed).
    pub fn set_title(&mut self, title: &str) -> Result<(), EditError> {
        self.title = check_title(title)?;
        Ok(())
    }

    /// Says where the journey starts and ends (may be empty).
    pub fn set_scope(&mut self, scope: &str) -> Result<(), EditError> {
        self.scope = checked(scope, MAX_TEXT_CHARS, false)?;
        Ok(())
    }

    /// Marks the map as-is or to-be.
    pub fn set_state(&mut self, state: JourneyState) -> Result<(), EditError> {
        self.state = state;
        Ok(())
    }

    /// Adds a persona named "Persona N".
    pub fn add_persona(&mut self) -> Result<(), EditError> {
        if self.personas.len() >= MAX_PERSONAS {
            return Err(EditError::TooMany("personas", MAX_PERSONAS));
        }
        self.personas.push(Persona {
            name: format!("Persona {}", self.personas.len() + 1),
            ..Persona::default()
        });
        Ok(())
    }

    /// Changes one field of a persona; a persona keeps a name.
    pub fn edit_persona(
        &mut self,
        index: usize,
        field: PersonaField,
        value: &str,
    ) -> Result<(), EditError> {
        let value = checked(value, field.limit(), field == PersonaField::Name)?;
        let p = self
            .personas
            .get_mut(index)
            .ok_or(EditError::NoSuchPersona)?;
        *match field {
            PersonaField::Name => &mut p.name,
            PersonaField::Goals => &mut p.goals,
            PersonaField::Needs => &mut p.needs,
            PersonaField::Quote => &mut p.quote,
        } = value;
        Ok(())
    }

    /// Removes the persona at `index`.
    pub fn remove_persona(&mut self, index: usize) -> Result<(), EditError> {
        if index >= self.personas.len() {
            return Err(EditError::NoSuchPersona);
        }
        self.personas.remove(index);
        Ok(())
    }

    /// Adds a workshop participant; a name already taking part is refused, so two
    /// people never share one allowance by accident.
    pub fn add_participant(&mut self, name: &str) -> Result<(), EditError> {
        let name = checked(name, MAX_PARTICIPANT_CHARS, true)?;
        let key = name.to_lowercase();
        if self
            .workshop
            .participants
            .iter()
            .any(|p| p.to_lowercase() == key)
        {
            return Err(EditError::AlreadyTakingPart);
        }
        if self.workshop.participants.len() >= MAX_PARTICIPANTS {
            return Err(EditError::TooMany("participants", MAX_PARTICIPANTS));
        }
        self.workshop.participants.push(name);
        Ok(())
    }

    /// Sets how many dots each participant has (within [`DOTS_PER_PARTICIPANT`]).
    pub fn set_dots_per_participant(&mut self, dots: u32) -> Result<(), EditError> {
        if !DOTS_PER_PARTICIPANT.contains(&dots) {
            return Err(EditError::DotsOutOfRange);
        }
        self.workshop.dots_per_participant = dots;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::test_ids;

    #[test]
    fn titles_and_personas_are_checked() {
        let mut m = JourneyMap::blank("m".into(), "Map", test_ids("l"));
        assert_eq!(m.set_title("   "), Err(EditError::EmptyName));
        assert_eq!(
            m.set_title(&"x".repeat(MAX_TITLE_CHARS + 1)),
            Err(EditError::TooLong(MAX_TITLE_CHARS))
        );
        m.set_title("  Refunds ").unwrap();
        assert_eq!(m.title, "Refunds");
        m.add_persona().unwrap();
        assert_eq!(m.personas[0].name, "Persona 1");
        assert_eq!(
            m.edit_persona(0, PersonaField::Name, " "),
            Err(EditError::EmptyName)
        );
        m.edit_persona(0, PersonaField::Goals, "").unwrap();
        m.edit_persona(0, PersonaField::Quote, " Just tell me ")
            .unwrap();
        assert_eq!(m.personas[0].quote, "Just tell me");
        assert_eq!(
            m.edit_persona(3, PersonaField::Name, "Ann"),
            Err(EditError::NoSuchPersona)
        );
        m.remove_persona(0).unwrap();
        assert_eq!(m.remove_persona(0), Err(EditError::NoSuchPersona));
    }

    #[test]
    fn workshop_limits() {
        let mut m = JourneyMap::blank("m".into(), "Map", test_ids("l"));
        m.add_participant(" Ann ").unwrap();
        assert_eq!(m.add_participant("ann"), Err(EditError::AlreadyTakingPart));
        assert_eq!(m.add_participant(""), Err(EditError::EmptyName));
        assert_eq!(m.workshop.participants, ["Ann"]);
        assert_eq!(
            m.set_dots_per_participant(0),
            Err(EditError::DotsOutOfRange)
        );
        assert_eq!(
            m.set_dots_per_participant(21),
            Err(EditError::DotsOutOfRange)
        );
        m.set_dots_per_participant(5).unwrap();
        assert_eq!(m.workshop.dots_per_participant, 5);
    }
}
