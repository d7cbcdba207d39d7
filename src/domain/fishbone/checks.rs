//! Checks on a diagram read from outside (storage, a backup file, another window):
//! every duplicate id, overlong text, too deep or too large tree is named with its field.

use super::model::{
    Cause, Fishbone, MAX_CATEGORIES, MAX_CATEGORY_CHARS, MAX_CAUSES, MAX_CAUSE_CHARS, MAX_DEPTH,
    MAX_DOTS, MAX_EFFECT_CHARS,
};
use super::tree::id_is_well_formed;
use crate::domain::evidence::MAX_EVIDENCE;
use crate::domain::journey::people::{
    DOTS_PER_PARTICIPANT, MAX_PARTICIPANTS, MAX_PARTICIPANT_CHARS,
};
use std::collections::HashSet;

/// Most problems listed: enough to act on, and a hostile file cannot make a long list.
const MAX_LISTED: usize = 10;

struct Checker<'a> {
    out: Vec<(String, String)>,
    ids: HashSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn push(&mut self, field: String, message: impl Into<String>) {
        if self.out.len() < MAX_LISTED {
            self.out.push((field, message.into()));
        }
    }

    fn id(&mut self, field: &str, id: &'a str) {
        if !id_is_well_formed(id) {
            self.push(
                field.to_string(),
                "an id is 1 to 64 letters, digits, '-' or '_'",
            );
        } else if !self.ids.insert(id) {
            self.push(field.to_string(), format!("the id \"{id}\" is used twice"));
        }
    }

    fn text(&mut self, field: &str, text: &str, limit: usize) {
        let n = text.chars().count();
        if n > limit {
            self.push(
                field.to_string(),
                format!("must be {limit} characters or fewer (it has {n})"),
            );
        }
    }

    fn cause(&mut self, at: &str, c: &'a Cause, depth: usize) {
        if self.out.len() >= MAX_LISTED {
            return;
        }
        if depth > MAX_DEPTH {
            self.push(
                at.to_string(),
                format!("causes go at most {MAX_DEPTH} levels deep under a category"),
            );
            return;
        }
        self.id(&format!("{at}.id"), &c.id);
        self.text(&format!("{at}.text"), &c.text, MAX_CAUSE_CHARS);
        if c.votes.iter().any(|(_, n)| *n == 0 || *n > MAX_DOTS) {
            self.push(
                format!("{at}.votes"),
                format!("dots must be from 1 to {MAX_DOTS}"),
            );
        }
        if c.evidence.len() > MAX_EVIDENCE {
            self.push(
                format!("{at}.evidence"),
                format!("a cause keeps at most {MAX_EVIDENCE} pieces of evidence"),
            );
        }
        for (i, e) in c.evidence.iter().enumerate() {
            for (field, message) in e.problems() {
                self.push(format!("{at}.evidence[{i}].{field}"), message);
            }
        }
        for (i, child) in c.children.iter().enumerate() {
            self.cause(&format!("{at}.children[{i}]"), child, depth + 1);
        }
    }
}

/// Causes counted without recursing past `limit`, so a deep hostile tree costs little.
fn count_up_to(causes: &[Cause], limit: usize, depth: usize) -> usize {
    let mut n = 0;
    for c in causes {
        n += 1;
        if n > limit || depth > MAX_DEPTH + 1 {
            return n;
        }
        n += count_up_to(&c.children, limit - n, depth + 1);
    }
    n
}

impl Fishbone {
    /// Problems with a diagram read from outside, as (field, message); empty when it can
    /// be kept.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut ck = Checker {
            out: Vec::new(),
            ids: HashSet::new(),
        };
        if self.categories.len() > MAX_CATEGORIES {
            ck.push(
                "categories".into(),
                format!("more than {MAX_CATEGORIES} categories"),
            );
            return ck.out;
        }
        let causes: usize = self
            .categories
            .iter()
            .map(|c| count_up_to(&c.causes, MAX_CAUSES + 1, 1))
            .sum();
        if causes > MAX_CAUSES {
            ck.push(
                "categories".into(),
                format!("more than {MAX_CAUSES} causes"),
            );
            return ck.out;
        }
        ck.text("effect", &self.effect, MAX_EFFECT_CHARS);
        let w = &self.workshop;
        if !DOTS_PER_PARTICIPANT.contains(&w.dots_per_participant) {
            ck.push(
                "workshop.dots_per_participant".into(),
                "must be from 1 to 20",
            );
        }
        if w.participants.len() > MAX_PARTICIPANTS {
            ck.push(
                "workshop.participants".into(),
                format!("more than {MAX_PARTICIPANTS} participants"),
            );
        }
        for (i, p) in w.participants.iter().enumerate() {
            ck.text(
                &format!("workshop.participants[{i}]"),
                p,
                MAX_PARTICIPANT_CHARS,
            );
        }
        for (i, cat) in self.categories.iter().enumerate() {
            let at = format!("categories[{i}]");
            ck.id(&format!("{at}.id"), &cat.id);
            ck.text(&format!("{at}.name"), &cat.name, MAX_CATEGORY_CHARS);
            if cat.name.trim().is_empty() {
                ck.push(format!("{at}.name"), "a category needs a name");
            }
            for (j, c) in cat.causes.iter().enumerate() {
                ck.cause(&format!("{at}.causes[{j}]"), c, 1);
            }
        }
        ck.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fishbone::{test_ids, Preset};

    fn nested(name: &str, depth: usize) -> Cause {
        let mut c = Cause::new(format!("{name}{depth}").into(), "x");
        if depth > 1 {
            c.children.push(nested(name, depth - 1));
        }
        c
    }

    #[test]
    fn a_sound_diagram_has_no_problems_and_each_broken_rule_is_named() {
        let mut f = Fishbone::new("f".into(), "Late refunds", Preset::FourS, test_ids());
        assert!(f.problems().is_empty());
        f.categories[0].causes.push(nested("a", MAX_DEPTH));
        assert!(f.problems().is_empty(), "{:?}", f.problems());
        f.categories[2]
            .causes
            .push(Cause::new("a3".into(), "again"));
        let p = f.problems();
        assert_eq!(p[0].0, "categories[2].causes[0].id");
        assert!(p[0].1.contains("\"a3\" is used twice"), "{p:?}");
        f.categories[2].causes.clear();
        f.categories[1].causes.push(nested("b", MAX_DEPTH + 1));
        let p = f.problems();
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0]
            .0
            .ends_with("children[0].children[0].children[0].children[0].children[0].children[0]"));
        assert!(p[0].1.contains("6 levels"));
    }

    #[test]
    fn sizes_and_lengths_are_bounded() {
        let mut f = Fishbone::new("f".into(), "x", Preset::FourS, test_ids());
        f.effect = "e".repeat(MAX_EFFECT_CHARS + 1);
        f.categories[0].name = " ".into();
        f.categories[1].id = "g 2".into();
        f.workshop.dots_per_participant = 0;
        let fields: Vec<String> = f.problems().into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            [
                "effect",
                "workshop.dots_per_participant",
                "categories[0].name",
                "categories[1].id"
            ]
        );
        let mut big = Fishbone::new("f".into(), "x", Preset::Custom, test_ids());
        big.categories = Fishbone::new("f".into(), "x", Preset::SixM, test_ids()).categories;
        big.categories[0].causes = (0..=MAX_CAUSES)
            .map(|i| Cause::new(format!("k{i}").into(), "c"))
            .collect();
        assert_eq!(big.problems()[0].1, "more than 2000 causes");
    }
}
