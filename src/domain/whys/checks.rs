//! What must hold of an analysis read from outside (a backup file, another tool's
//! export, an older version of the app): the same limits the edits keep, so anything
//! the page shows could also have been made with the page.

use super::model::{
    Answer, WhysAnalysis, MAX_ANSWERS, MAX_COUNTERMEASURES, MAX_DEPTH, MAX_OWNER_CHARS,
    MAX_REASON_CHARS, MAX_TEXT_CHARS,
};
use crate::domain::evidence::MAX_EVIDENCE;
use std::collections::HashSet;

type Problems = Vec<(String, String)>;

fn text(out: &mut Problems, field: String, value: &str, limit: usize, needed: bool) {
    if needed && value.trim().is_empty() {
        out.push((field, "some text is needed".into()));
    } else if value.chars().count() > limit {
        out.push((field, format!("must be {limit} characters or fewer")));
    }
}

impl WhysAnalysis {
    /// Problems as (field, message); empty when the analysis can be kept.
    pub fn problems(&self) -> Problems {
        let mut out = Vec::new();
        let count = self.answer_count();
        if count > MAX_ANSWERS {
            out.push((
                "answers".into(),
                format!("more than {MAX_ANSWERS} answers ({count})"),
            ));
            return out;
        }
        text(
            &mut out,
            "problem".into(),
            &self.problem,
            MAX_TEXT_CHARS,
            true,
        );
        if let Some(reason) = &self.ruled_out {
            text(&mut out, "ruled_out".into(), reason, MAX_REASON_CHARS, true);
            if self.walk().iter().any(|v| v.answer.root_cause) {
                out.push((
                    "ruled_out".into(),
                    "an analysis with a root cause cannot be ruled out".into(),
                ));
            }
        }
        let mut ids = HashSet::new();
        for (i, a) in self.answers.iter().enumerate() {
            check_answer(a, format!("answers[{i}]"), 1, &mut ids, &mut out);
        }
        out
    }
}

fn check_answer<'a>(
    a: &'a Answer,
    at: String,
    depth: usize,
    ids: &mut HashSet<&'a str>,
    out: &mut Problems,
) {
    if depth > MAX_DEPTH {
        out.push((at, format!("more than {MAX_DEPTH} whys deep")));
        return;
    }
    for id in std::iter::once(a.id.as_str()).chain(a.countermeasures.iter().map(|m| m.id.as_str()))
    {
        if id.is_empty() {
            out.push((format!("{at}.id"), "an id is needed".into()));
        } else if !ids.insert(id) {
            out.push((format!("{at}.id"), format!("the id \"{id}\" is used twice")));
        }
    }
    text(out, format!("{at}.text"), &a.text, MAX_TEXT_CHARS, true);
    if a.evidence.len() > MAX_EVIDENCE {
        out.push((
            format!("{at}.evidence"),
            format!("more than {MAX_EVIDENCE} pieces of evidence"),
        ));
    }
    for (k, e) in a.evidence.iter().enumerate() {
        for (field, why) in e.problems() {
            out.push((format!("{at}.evidence[{k}].{field}"), why));
        }
    }
    if !a.countermeasures.is_empty() && !a.root_cause {
        out.push((
            format!("{at}.countermeasures"),
            "countermeasures go on a root cause only".into(),
        ));
    }
    if a.countermeasures.len() > MAX_COUNTERMEASURES {
        out.push((
            format!("{at}.countermeasures"),
            format!("more than {MAX_COUNTERMEASURES} countermeasures"),
        ));
    }
    for (k, m) in a.countermeasures.iter().enumerate() {
        text(
            out,
            format!("{at}.countermeasures[{k}].what"),
            &m.what,
            MAX_TEXT_CHARS,
            true,
        );
        text(
            out,
            format!("{at}.countermeasures[{k}].owner"),
            &m.owner,
            MAX_OWNER_CHARS,
            false,
        );
    }
    for (k, child) in a.children.iter().enumerate() {
        check_answer(child, format!("{at}.children[{k}]"), depth + 1, ids, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evidence::Evidence;
    use crate::domain::whys::tree::sample;

    fn fields(w: &WhysAnalysis) -> Vec<String> {
        w.problems().into_iter().map(|(f, _)| f).collect()
    }

    #[test]
    fn a_sound_analysis_has_no_problems() {
        assert!(sample().problems().is_empty());
    }

    #[test]
    fn each_broken_rule_is_named_with_its_field() {
        let mut w = sample();
        w.problem = " ".into();
        w.answers[1].id = "a3".into();
        w.answers[1].text = "x".repeat(MAX_TEXT_CHARS + 1);
        w.answers[1].evidence.push(Evidence::note(""));
        w.answers[1]
            .countermeasures
            .push(crate::domain::whys::Countermeasure {
                id: "m1".into(),
                what: "Fix".into(),
                owner: String::new(),
                due: None,
                strength: Default::default(),
            });
        assert_eq!(
            fields(&w),
            [
                "problem",
                "answers[1].id",
                "answers[1].text",
                "answers[1].evidence[0].note",
                "answers[1].countermeasures"
            ]
        );
        assert!(w.problems()[1].1.contains("\"a3\" is used twice"));
    }

    #[test]
    fn depth_count_and_ruling_out_are_bounded() {
        let mut w = sample();
        w.ruled_out = Some("Not about addresses".into());
        assert_eq!(fields(&w), ["ruled_out"], "a root cause is marked");
        let mut deep = Answer::new("d0".into(), "deep");
        for n in 1..=MAX_DEPTH {
            let mut up = Answer::new(format!("d{n}").into(), "deeper");
            up.children.push(deep);
            deep = up;
        }
        let mut w = sample();
        w.answers.push(deep);
        assert_eq!(fields(&w), ["answers[2].children[0].children[0].children[0].children[0].children[0].children[0].children[0].children[0].children[0].children[0]"]);
        let mut w = sample();
        for n in 0..MAX_ANSWERS {
            w.answers.push(Answer::new(format!("n{n}").into(), "x"));
        }
        assert_eq!(fields(&w), ["answers"]);
    }
}
