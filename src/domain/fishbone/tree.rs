//! Finding causes in the tree: where a cause is (its category and the path of indexes
//! down to it), its depth, the list it sits in, and every cause in outline order.

use super::error::EditError;
use super::model::{Cause, Fishbone};

/// Where a cause sits: its category's index, then the index at each level down to it
/// (`path.len()` is its depth: 1 for a main cause).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub category: usize,
    pub path: Vec<usize>,
}

impl Place {
    /// Levels below the category: 1 for a main cause.
    pub fn depth(&self) -> usize {
        self.path.len()
    }

    /// Its index among its siblings.
    pub fn index(&self) -> usize {
        *self.path.last().unwrap_or(&0)
    }

    /// The place of its parent cause, or `None` for a main cause.
    pub fn parent(&self) -> Option<Place> {
        (self.path.len() > 1).then(|| Place {
            category: self.category,
            path: self.path[..self.path.len() - 1].to_vec(),
        })
    }
}

/// One row of the outline: a cause, its category's index and its depth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    pub category: usize,
    pub depth: usize,
    pub cause: &'a Cause,
}

fn find_in(causes: &[Cause], id: &str, path: &mut Vec<usize>) -> bool {
    for (i, c) in causes.iter().enumerate() {
        path.push(i);
        if c.id == id || find_in(&c.children, id, path) {
            return true;
        }
        path.pop();
    }
    false
}

fn walk_into<'a>(causes: &'a [Cause], category: usize, depth: usize, out: &mut Vec<Row<'a>>) {
    for c in causes {
        out.push(Row {
            category,
            depth,
            cause: c,
        });
        walk_into(&c.children, category, depth + 1, out);
    }
}

impl Fishbone {
    /// Where a cause is, if it is on the diagram.
    pub fn place(&self, id: &str) -> Option<Place> {
        self.categories.iter().enumerate().find_map(|(i, cat)| {
            let mut path = Vec::new();
            find_in(&cat.causes, id, &mut path).then_some(Place { category: i, path })
        })
    }

    /// A cause by id.
    pub fn cause(&self, id: &str) -> Option<&Cause> {
        let place = self.place(id)?;
        let (last, above) = place.path.split_last()?;
        self.siblings(place.category, above)?.get(*last)
    }

    /// A cause by id, to change.
    pub(super) fn cause_mut(&mut self, id: &str) -> Result<&mut Cause, EditError> {
        let place = self.place(id).ok_or(EditError::NoSuchCause)?;
        let (last, above) = place.path.split_last().ok_or(EditError::NoSuchCause)?;
        self.siblings_mut(place.category, above)
            .and_then(|s| s.get_mut(*last))
            .ok_or(EditError::NoSuchCause)
    }

    /// The list of causes under the cause at `parent_path` of a category (the category's
    /// own main causes for an empty path).
    pub fn siblings(&self, category: usize, parent_path: &[usize]) -> Option<&Vec<Cause>> {
        let mut list = &self.categories.get(category)?.causes;
        for &i in parent_path {
            list = &list.get(i)?.children;
        }
        Some(list)
    }

    /// [`Fishbone::siblings`], to change.
    pub(super) fn siblings_mut(
        &mut self,
        category: usize,
        parent_path: &[usize],
    ) -> Option<&mut Vec<Cause>> {
        let mut list = &mut self.categories.get_mut(category)?.causes;
        for &i in parent_path {
            list = &mut list.get_mut(i)?.children;
        }
        Some(list)
    }

    /// The list a placed cause sits in.
    pub(super) fn list_of_mut(&mut self, place: &Place) -> Result<&mut Vec<Cause>, EditError> {
        let above = &place.path[..place.path.len().saturating_sub(1)];
        self.siblings_mut(place.category, above)
            .ok_or(EditError::NoSuchCause)
    }

    /// Takes a cause (with its children) out of the tree.
    pub(super) fn take_out(&mut self, place: &Place) -> Result<Cause, EditError> {
        let i = place.index();
        let list = self.list_of_mut(place)?;
        if i >= list.len() {
            return Err(EditError::NoSuchCause);
        }
        Ok(list.remove(i))
    }

    /// Every cause in outline order (a cause, then its causes, then its next sibling),
    /// category by category.
    pub fn outline(&self) -> Vec<Row<'_>> {
        let mut out = Vec::new();
        for (i, cat) in self.categories.iter().enumerate() {
            walk_into(&cat.causes, i, 1, &mut out);
        }
        out
    }

    /// How many categories, from the first, hold the first `rows` causes (at every
    /// level): a page draws those at once and the rest straight after, so a big diagram
    /// opens at the speed of a small one.
    pub fn categories_holding(&self, rows: usize) -> usize {
        let mut seen = 0;
        for (i, g) in self.categories.iter().enumerate() {
            if seen >= rows {
                return i;
            }
            seen += g.causes.iter().map(Cause::count).sum::<usize>();
        }
        self.categories.len()
    }

    /// How many causes the diagram has, at every level.
    pub fn cause_count(&self) -> usize {
        self.categories
            .iter()
            .flat_map(|c| c.causes.iter())
            .map(Cause::count)
            .sum()
    }

    /// Whether an id is used by a category or a cause.
    pub fn id_used(&self, id: &str) -> bool {
        self.categories.iter().any(|c| c.id == id) || self.place(id).is_some()
    }

    /// A category's index by id.
    pub(super) fn category_index(&self, id: &str) -> Result<usize, EditError> {
        self.categories
            .iter()
            .position(|c| c.id == id)
            .ok_or(EditError::NoSuchCategory)
    }
}

/// Ids go into element ids and addresses, so only characters that need no escaping.
pub fn id_is_well_formed(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
