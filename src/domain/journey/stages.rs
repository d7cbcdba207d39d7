//! Adding, renaming, moving and removing stages, and the emotion at each.

use super::error::EditError;
use super::ids::StageId;
use super::map::{JourneyMap, Stage, MAX_STAGES};

impl JourneyMap {
    /// Adds a stage at `at` (or at the end).
    pub fn add_stage(
        &mut self,
        id: StageId,
        name: &str,
        at: Option<usize>,
    ) -> Result<(), EditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        if self.used(&id) {
            return Err(EditError::IdInUse);
        }
        if self.stages.len() >= MAX_STAGES {
            return Err(EditError::MapFull);
        }
        let at = at.unwrap_or(self.stages.len()).min(self.stages.len());
        self.stages.insert(
            at,
            Stage {
                id,
                name: name.to_string(),
                emotion: None,
            },
        );
        Ok(())
    }

    /// Renames a stage.
    pub fn rename_stage(&mut self, id: &str, name: &str) -> Result<(), EditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        let i = self.stage_index(id)?;
        self.stages[i].name = name.to_string();
        Ok(())
    }

    /// Moves a stage by `by` places (negative: left), clamped to the ends (Alt+←/→).
    pub fn move_stage(&mut self, id: &str, by: isize) -> Result<(), EditError> {
        let i = self.stage_index(id)?;
        let to = (i as isize + by).clamp(0, self.stages.len() as isize - 1) as usize;
        let stage = self.stages.remove(i);
        self.stages.insert(to, stage);
        Ok(())
    }

    /// Moves a stage to position `to` (drag and drop), clamped to the ends.
    pub fn move_stage_to(&mut self, id: &str, to: usize) -> Result<(), EditError> {
        let i = self.stage_index(id)?;
        let stage = self.stages.remove(i);
        let to = to.min(self.stages.len());
        self.stages.insert(to, stage);
        Ok(())
    }

    /// Deletes a stage and its cards.
    pub fn delete_stage(&mut self, id: &str) -> Result<(), EditError> {
        let i = self.stage_index(id)?;
        self.stages.remove(i);
        self.cards.retain(|c| c.stage != id);
        Ok(())
    }

    /// Sets how the customer feels at a stage (−2..+2), or clears it.
    pub fn set_emotion(&mut self, id: &str, emotion: Option<i8>) -> Result<(), EditError> {
        if let Some(e) = emotion {
            if !(-2..=2).contains(&e) {
                return Err(EditError::EmotionOutOfRange(e));
            }
        }
        let i = self.stage_index(id)?;
        self.stages[i].emotion = emotion;
        Ok(())
    }
}
