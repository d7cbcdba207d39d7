//! Adding, renaming, moving and removing stages, the emotion at each, and the names
//! that tell stages apart on the page.

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
        // Only a real change makes the emotion the user's own (no longer the example's).
        if self.stages[i].emotion != emotion {
            self.stages[i].emotion = emotion;
            self.forget_example(id);
        }
        Ok(())
    }

    /// The stages' names as the page says them: a name used again gets its count,
    /// "Go home", "Go home (2)", so every control names one stage ("Emotion at Go home
    /// (2)"). The stored names are left as they are (the Mermaid text stays the same).
    pub fn stage_display_names(&self) -> Vec<String> {
        let key = |s: &str| s.trim().to_lowercase();
        let mut taken: std::collections::HashSet<String> =
            self.stages.iter().map(|s| key(&s.name)).collect();
        let mut seen = std::collections::HashSet::new();
        self.stages
            .iter()
            .map(|s| {
                if seen.insert(key(&s.name)) {
                    return s.name.clone();
                }
                // A later stage of a name already used: the first free count.
                let name = (2..)
                    .map(|n| format!("{} ({n})", s.name))
                    .find(|n| !taken.contains(&key(n)))
                    .unwrap_or_default();
                taken.insert(key(&name));
                seen.insert(key(&name));
                name
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::journey::{test_ids, JourneyMap};

    #[test]
    fn repeated_stage_names_are_told_apart_on_the_page() {
        let mut m = JourneyMap::blank("m".into(), "Day", test_ids("l"));
        for (i, name) in ["Go home", "Work", "Go home", "go home ", "Go home (2)"]
            .iter()
            .enumerate()
        {
            m.add_stage(format!("s{i}").into(), name, None).unwrap();
        }
        assert_eq!(
            m.stage_display_names(),
            [
                "Go home",
                "Work",
                "Go home (3)",
                "go home (4)",
                "Go home (2)"
            ],
            "a stage really called \"Go home (2)\" keeps its name"
        );
        assert_eq!(m.stages[2].name, "Go home", "the stored name is unchanged");
        let names = m.stage_display_names();
        let unique: std::collections::HashSet<_> = names.iter().map(|n| n.to_lowercase()).collect();
        assert_eq!(unique.len(), names.len());
    }
}
