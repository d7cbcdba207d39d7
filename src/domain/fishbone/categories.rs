//! The words at the head and the bones: the problem statement, the categories (add,
//! rename, move, delete) and the presets applied to a diagram already started.

use super::error::EditError;
use super::ids::CategoryId;
use super::model::{Category, Fishbone, MAX_CATEGORIES, MAX_CATEGORY_CHARS, MAX_EFFECT_CHARS};
use super::presets::Preset;
use super::tree::id_is_well_formed;

/// Trims `text` and checks it against `limit` characters (and, if `needed`, that it is
/// not empty).
pub(super) fn checked(text: &str, limit: usize, needed: bool) -> Result<String, EditError> {
    let text = text.trim();
    if needed && text.is_empty() {
        return Err(EditError::EmptyName);
    }
    if text.chars().count() > limit {
        return Err(EditError::TooLong(limit));
    }
    Ok(text.to_string())
}

impl Fishbone {
    /// Refuses an id that is malformed or already used by a category or cause.
    pub(super) fn check_new_id(&self, id: &str) -> Result<(), EditError> {
        if !id_is_well_formed(id) {
            return Err(EditError::BadId);
        }
        if self.id_used(id) {
            return Err(EditError::IdInUse);
        }
        Ok(())
    }

    /// Sets the problem statement (may be empty while it is being written).
    pub fn set_effect(&mut self, effect: &str) -> Result<(), EditError> {
        self.effect = checked(effect, MAX_EFFECT_CHARS, false)?;
        Ok(())
    }

    /// Adds a category at `at` (or at the end).
    pub fn add_category(
        &mut self,
        id: CategoryId,
        name: &str,
        at: Option<usize>,
    ) -> Result<(), EditError> {
        let name = checked(name, MAX_CATEGORY_CHARS, true)?;
        self.check_new_id(&id)?;
        if self.categories.len() >= MAX_CATEGORIES {
            return Err(EditError::TooMany("categories", MAX_CATEGORIES));
        }
        let at = at
            .unwrap_or(self.categories.len())
            .min(self.categories.len());
        self.categories.insert(
            at,
            Category {
                id,
                name,
                causes: Vec::new(),
            },
        );
        Ok(())
    }

    pub fn rename_category(&mut self, id: &str, name: &str) -> Result<(), EditError> {
        let name = checked(name, MAX_CATEGORY_CHARS, true)?;
        let i = self.category_index(id)?;
        self.categories[i].name = name;
        Ok(())
    }

    /// Moves a category by `by` places, clamped to the ends.
    pub fn move_category(&mut self, id: &str, by: isize) -> Result<(), EditError> {
        let i = self.category_index(id)?;
        let to = Self::moved(i, by, self.categories.len());
        let cat = self.categories.remove(i);
        self.categories.insert(to, cat);
        Ok(())
    }

    /// Where index `i` of a list of `len` ends up moved by `by`, clamped to the ends.
    pub(super) fn moved(i: usize, by: isize, len: usize) -> usize {
        (i as isize).saturating_add(by).clamp(0, len as isize - 1) as usize
    }

    /// Deletes a category with all its causes.
    pub fn delete_category(&mut self, id: &str) -> Result<(), EditError> {
        let i = self.category_index(id)?;
        self.categories.remove(i);
        Ok(())
    }

    /// The preset's categories the diagram does not have yet (names compared without
    /// case), in the preset's order.
    pub fn missing_from(&self, preset: Preset) -> Vec<&'static str> {
        preset
            .categories()
            .iter()
            .copied()
            .filter(|name| {
                !self
                    .categories
                    .iter()
                    .any(|c| c.name.to_lowercase() == name.to_lowercase())
            })
            .collect()
    }

    /// Adds the preset's missing categories at the end, taking ids from `ids` in order.
    /// Nothing is removed or renamed, so applying a preset to a diagram already edited
    /// (or the same one twice) never loses work; the team deletes what it does not need.
    pub fn apply_preset(&mut self, preset: Preset, ids: &[CategoryId]) -> Result<(), EditError> {
        let missing = self.missing_from(preset);
        if ids.len() < missing.len() {
            return Err(EditError::NotEnoughIds);
        }
        for (name, id) in missing.into_iter().zip(ids) {
            self.add_category(id.clone(), name, None)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fishbone::test_ids;

    fn diagram() -> Fishbone {
        Fishbone::new("f".into(), " Late refunds ", Preset::FourS, test_ids())
    }

    #[test]
    fn a_new_diagram_has_the_presets_categories_with_fresh_ids() {
        let f = diagram();
        assert_eq!(f.effect, "Late refunds");
        let names: Vec<&str> = f.categories.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, Preset::FourS.categories());
        assert_eq!(f.categories[0].id, "g0000000000000001");
        assert!(f.problems().is_empty());
        let blank = Fishbone::new("f".into(), "", Preset::Custom, test_ids());
        assert!(blank.categories.is_empty());
    }

    #[test]
    fn categories_are_added_renamed_moved_and_deleted() {
        let mut f = diagram();
        f.add_category("g9".into(), " Policy ", Some(0)).unwrap();
        assert_eq!(f.categories[0].name, "Policy");
        assert_eq!(
            f.add_category("g9".into(), "Again", None),
            Err(EditError::IdInUse)
        );
        assert_eq!(
            f.add_category("g 1".into(), "Bad", None),
            Err(EditError::BadId)
        );
        assert_eq!(
            f.add_category("g8".into(), " ", None),
            Err(EditError::EmptyName)
        );
        f.rename_category("g9", "Rules").unwrap();
        f.move_category("g9", 10).unwrap();
        assert_eq!(f.categories.last().unwrap().name, "Rules");
        f.move_category("g9", -100).unwrap();
        assert_eq!(f.categories[0].name, "Rules");
        f.delete_category("g9").unwrap();
        assert_eq!(f.delete_category("g9"), Err(EditError::NoSuchCategory));
        assert_eq!(f.categories.len(), 4);
    }

    #[test]
    fn a_preset_adds_only_the_categories_missing_and_keeps_edits() {
        let mut f = diagram();
        f.rename_category("g0000000000000001", "Where it happens")
            .unwrap();
        let ids: Vec<CategoryId> = (0..4).map(|n| format!("n{n}").into()).collect();
        assert_eq!(f.missing_from(Preset::FourS), ["Surroundings"]);
        f.apply_preset(Preset::FourS, &ids).unwrap();
        let names: Vec<&str> = f.categories.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Where it happens",
                "Suppliers",
                "Systems",
                "Skills",
                "Surroundings"
            ]
        );
        assert!(f.missing_from(Preset::FourS).is_empty());
        assert_eq!(f.missing_from(Preset::SixM).len(), 6);
        assert_eq!(
            f.apply_preset(Preset::SixM, &ids),
            Err(EditError::NotEnoughIds)
        );
    }

    #[test]
    fn the_effect_may_be_blank_but_not_too_long() {
        let mut f = diagram();
        f.set_effect("  ").unwrap();
        assert_eq!(f.effect, "");
        assert_eq!(
            f.set_effect(&"x".repeat(MAX_EFFECT_CHARS + 1)),
            Err(EditError::TooLong(MAX_EFFECT_CHARS))
        );
    }
}
