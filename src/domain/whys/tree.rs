//! Finding one's way around the tree of answers: an answer by id, the chain from the
//! problem down to it, its depth (why #1, #2, …) and every answer in reading order.

use super::model::{Answer, WhysAnalysis};

/// An answer met on a walk, with how many whys deep it is (1 for a top-level answer).
#[derive(Clone, Copy, Debug)]
pub struct Visit<'a> {
    pub answer: &'a Answer,
    pub depth: usize,
    /// The answer this one answers; `None` for a top-level answer (it answers the
    /// problem).
    pub parent: Option<&'a Answer>,
}

impl WhysAnalysis {
    /// Every answer in reading order: each answer, then the answers asked of it.
    pub fn walk(&self) -> Vec<Visit<'_>> {
        fn go<'a>(
            list: &'a [Answer],
            depth: usize,
            parent: Option<&'a Answer>,
            out: &mut Vec<Visit<'a>>,
        ) {
            for answer in list {
                out.push(Visit {
                    answer,
                    depth,
                    parent,
                });
                go(&answer.children, depth + 1, Some(answer), out);
            }
        }
        let mut out = Vec::new();
        go(&self.answers, 1, None, &mut out);
        out
    }

    /// How many answers there are at every level together.
    pub fn answer_count(&self) -> usize {
        fn count(list: &[Answer]) -> usize {
            list.iter().map(|a| 1 + count(&a.children)).sum()
        }
        count(&self.answers)
    }

    /// An answer by id.
    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.path(id).and_then(|p| p.last().copied())
    }

    /// The chain from a top-level answer down to the answer `id`, both included.
    pub fn path(&self, id: &str) -> Option<Vec<&Answer>> {
        fn go<'a>(list: &'a [Answer], id: &str, out: &mut Vec<&'a Answer>) -> bool {
            for a in list {
                out.push(a);
                if a.id == id || go(&a.children, id, out) {
                    return true;
                }
                out.pop();
            }
            false
        }
        let mut out = Vec::new();
        go(&self.answers, id, &mut out).then_some(out)
    }

    /// How many whys deep the answer is: 1 for an answer to the problem itself.
    pub fn depth(&self, id: &str) -> Option<usize> {
        self.path(id).map(|p| p.len())
    }

    /// The answer that `id` answers: `Some(None)` for a top-level answer, `None` when
    /// there is no such answer.
    pub fn parent(&self, id: &str) -> Option<Option<&Answer>> {
        let path = self.path(id)?;
        Some(path.len().checked_sub(2).map(|i| path[i]))
    }

    /// An answer to change.
    pub fn answer_mut(&mut self, id: &str) -> Option<&mut Answer> {
        fn go<'a>(list: &'a mut [Answer], id: &str) -> Option<&'a mut Answer> {
            for a in list {
                if a.id == id {
                    return Some(a);
                }
                if let Some(found) = go(&mut a.children, id) {
                    return Some(found);
                }
            }
            None
        }
        go(&mut self.answers, id)
    }

    /// The list an answer sits in (the top level or its parent's children) and its
    /// place there, to move or remove it.
    pub fn siblings_mut(&mut self, id: &str) -> Option<(&mut Vec<Answer>, usize)> {
        fn go<'a>(list: &'a mut Vec<Answer>, id: &str) -> Option<(&'a mut Vec<Answer>, usize)> {
            if let Some(i) = list.iter().position(|a| a.id == id) {
                return Some((list, i));
            }
            list.iter_mut().find_map(|a| go(&mut a.children, id))
        }
        go(&mut self.answers, id)
    }

    /// The deepest chain below (and including) an answer, in whys.
    pub fn height(answer: &Answer) -> usize {
        1 + answer
            .children
            .iter()
            .map(WhysAnalysis::height)
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
pub(crate) fn sample() -> WhysAnalysis {
    // Problem → a1 → a2 → a3 (root), and a second top-level answer a4.
    let mut w = WhysAnalysis::new("w1".into(), "Customers are transferred three times");
    let mut a1 = Answer::new("a1".into(), "Agents cannot change an address");
    let mut a2 = Answer::new("a2".into(), "The address screen is billing-only");
    let mut a3 = Answer::new("a3".into(), "The CRM licence covers billing seats only");
    a3.root_cause = true;
    a2.children.push(a3);
    a1.children.push(a2);
    w.answers.push(a1);
    w.answers
        .push(Answer::new("a4".into(), "The IVR menu is unclear"));
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_in_reading_order_with_depths() {
        let w = sample();
        let seen: Vec<(&str, usize)> = w
            .walk()
            .iter()
            .map(|v| (v.answer.id.as_str(), v.depth))
            .collect();
        assert_eq!(seen, [("a1", 1), ("a2", 2), ("a3", 3), ("a4", 1)]);
        assert_eq!(w.walk()[2].parent.unwrap().id, "a2");
        assert!(w.walk()[3].parent.is_none());
        assert_eq!(w.answer_count(), 4);
    }

    #[test]
    fn finds_paths_depths_and_parents() {
        let mut w = sample();
        let path: Vec<&str> = w
            .path("a3")
            .unwrap()
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(path, ["a1", "a2", "a3"]);
        assert_eq!(w.depth("a3"), Some(3));
        assert_eq!(w.depth("a4"), Some(1));
        assert_eq!(w.depth("gone"), None);
        assert_eq!(w.parent("a2").unwrap().unwrap().id, "a1");
        assert!(w.parent("a1").unwrap().is_none());
        assert!(w.parent("gone").is_none());
        assert_eq!(
            w.answer("a2").unwrap().text,
            "The address screen is billing-only"
        );
        w.answer_mut("a3").unwrap().checked = true;
        assert!(w.answer("a3").unwrap().checked);
        let (list, i) = w.siblings_mut("a2").unwrap();
        assert_eq!((list.len(), i), (1, 0));
        let (list, i) = w.siblings_mut("a4").unwrap();
        assert_eq!((list.len(), i), (2, 1));
        assert_eq!(WhysAnalysis::height(&w.answers[0]), 3);
    }
}
