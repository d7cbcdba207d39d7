//! Undo/redo: a bounded list of earlier workspaces, each with what changed it.

use std::collections::VecDeque;
use std::rc::Rc;

/// How many steps back undo can go.
pub const UNDO_DEPTH: usize = 200;

/// One state the user can go back to, and the change that left it.
#[derive(Clone, Debug, PartialEq)]
struct Step<T> {
    state: Rc<T>,
    /// Describes the change made *after* this state (what undo would undo).
    label: String,
}

/// The present state plus the states before and after it. Values are shared (`Rc`),
/// so keeping many steps costs one pointer each for unchanged parts.
#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: VecDeque<Step<T>>,
    present: Rc<T>,
    future: Vec<Step<T>>,
    depth: usize,
}

impl<T> History<T> {
    /// A history holding only `present`, keeping at most `depth` undo steps.
    pub fn new(present: T, depth: usize) -> Self {
        History {
            past: VecDeque::new(),
            present: Rc::new(present),
            future: Vec::new(),
            depth: depth.max(1),
        }
    }

    /// The current state.
    pub fn present(&self) -> &Rc<T> {
        &self.present
    }

    /// Makes `next` the present, remembering the old one under `label`. Clears redo.
    pub fn record(&mut self, next: T, label: impl Into<String>) {
        let old = std::mem::replace(&mut self.present, Rc::new(next));
        self.past.push_back(Step {
            state: old,
            label: label.into(),
        });
        while self.past.len() > self.depth {
            self.past.pop_front();
        }
        self.future.clear();
    }

    /// Goes one step back; returns what was undone, or `None` at the start.
    pub fn undo(&mut self) -> Option<String> {
        let step = self.past.pop_back()?;
        let current = std::mem::replace(&mut self.present, step.state);
        self.future.push(Step {
            state: current,
            label: step.label.clone(),
        });
        Some(step.label)
    }

    /// Goes one step forward; returns what was redone, or `None` at the end.
    pub fn redo(&mut self) -> Option<String> {
        let step = self.future.pop()?;
        let current = std::mem::replace(&mut self.present, step.state);
        self.past.push_back(Step {
            state: current,
            label: step.label.clone(),
        });
        Some(step.label)
    }

    /// What undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.past.back().map(|s| s.label.as_str())
    }

    /// What redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.future.last().map(|s| s.label.as_str())
    }

    /// Number of undo steps available.
    pub fn undo_count(&self) -> usize {
        self.past.len()
    }

    /// Number of redo steps available.
    pub fn redo_count(&self) -> usize {
        self.future.len()
    }

    /// Forgets every step and starts again from `present` (used after erasing all data,
    /// which must not be undoable).
    pub fn reset(&mut self, present: T) {
        self.past.clear();
        self.future.clear();
        self.present = Rc::new(present);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut h = History::new(0, 10);
        h.record(1, "one");
        h.record(2, "two");
        assert_eq!(h.undo_label(), Some("two"));
        assert_eq!(h.undo(), Some("two".into()));
        assert_eq!(**h.present(), 1);
        assert_eq!(h.redo_label(), Some("two"));
        assert_eq!(h.redo(), Some("two".into()));
        assert_eq!(**h.present(), 2);
        assert_eq!(h.redo(), None);
        h.undo();
        h.undo();
        assert_eq!(**h.present(), 0);
        assert_eq!(h.undo(), None);
    }

    #[test]
    fn a_new_change_clears_redo() {
        let mut h = History::new(0, 10);
        h.record(1, "one");
        h.undo();
        h.record(5, "five");
        assert_eq!(h.redo_count(), 0);
        assert_eq!(h.undo(), Some("five".into()));
        assert_eq!(**h.present(), 0);
    }

    #[test]
    fn depth_is_bounded() {
        let mut h = History::new(0, UNDO_DEPTH);
        for i in 1..=500 {
            h.record(i, format!("step {i}"));
        }
        assert_eq!(h.undo_count(), UNDO_DEPTH);
        let mut undone = 0;
        while h.undo().is_some() {
            undone += 1;
        }
        assert_eq!(undone, UNDO_DEPTH);
        assert_eq!(**h.present(), 500 - UNDO_DEPTH as i32);
    }

    #[test]
    fn reset_forgets_everything() {
        let mut h = History::new(0, 10);
        h.record(1, "one");
        h.reset(9);
        assert_eq!(h.undo_count() + h.redo_count(), 0);
        assert_eq!(**h.present(), 9);
    }
}
