//! Hints shown beside a step of a 5 Whys analysis: the usual ways an analysis goes
//! wrong, each with a one-line reason. They never block an edit; they suggest asking
//! again. Detection is by whole words, case-insensitive, from the small word lists
//! in `hint_words.rs`: a prompt for the facilitator, so a miss costs little and a false alarm can
//! be ignored.

use super::hint_words::{
    BEFORE_THINGS, BLAME_VERBS, BLAME_WORDS, HUMAN_VERBS, NON_NAMES, OUTSIDE, ROLES, STOPWORDS,
    VAGUE,
};
use super::model::WhysAnalysis;
use super::words::Words;
use crate::domain::whys::AnswerId;
use std::collections::HashSet;

/// The kind of a hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HintKind {
    /// A root cause that puts it on a person: ask why the process allowed it.
    Blame,
    /// A vague word ("poor", "lack of") where the facts should be.
    Vague,
    /// A root cause marked at the first or second why.
    Shallow,
    /// A root cause outside the organisation's control.
    OutsideControl,
    /// An answer that says the question again in other words.
    Restates,
}

/// A hint beside one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    pub kind: HintKind,
    /// One line, in words, of why the hint is shown and what to ask instead.
    pub reason: String,
}

/// Share of an answer's words found in its question above which it restates it.
const RESTATES_SHARE: f64 = 0.8;

impl WhysAnalysis {
    /// The hints beside one answer; empty when there are none or no such answer.
    pub fn hints(&self, answer: &str) -> Vec<Hint> {
        let Some(path) = self.path(answer) else {
            return Vec::new();
        };
        let a = path[path.len() - 1];
        let asked_of = path.len().checked_sub(2).map(|i| path[i].text.as_str());
        answer_hints(&a.text, asked_of, &self.problem, path.len(), a.root_cause)
    }

    /// Every answer with at least one hint, in reading order.
    pub fn all_hints(&self) -> Vec<(AnswerId, Vec<Hint>)> {
        self.walk()
            .into_iter()
            .map(|v| (v.answer.id.clone(), self.hints(&v.answer.id)))
            .filter(|(_, h)| !h.is_empty())
            .collect()
    }
}

/// The hints for an answer `text` at `depth` whys, answering `asked_of` (`None`: the
/// problem itself).
pub fn answer_hints(
    text: &str,
    asked_of: Option<&str>,
    problem: &str,
    depth: usize,
    root_cause: bool,
) -> Vec<Hint> {
    let words = Words::new(text);
    let mut out = Vec::new();
    let mut hint = |kind, reason: String| out.push(Hint { kind, reason });
    if root_cause {
        if let Some(who) = blame(&words) {
            hint(
                HintKind::Blame,
                format!("{who}: this puts it on a person; ask why the process allowed it"),
            );
        }
    }
    if let Some(word) = words.first_of(VAGUE) {
        hint(
            HintKind::Vague,
            format!("\"{word}\" is vague: say what exactly, such as what was missing or how far short it fell"),
        );
    }
    if root_cause && depth <= 2 {
        hint(
            HintKind::Shallow,
            format!("a root cause at why #{depth}: most root causes are three or more whys deep"),
        );
    }
    if root_cause {
        if let Some(what) = words.first_of(OUTSIDE) {
            hint(
                HintKind::OutsideControl,
                format!("\"{what}\" is outside your control: ask what in your own process could absorb it"),
            );
        }
    }
    let restated = match asked_of {
        Some(q) if restates(text, q) => Some("the answer above"),
        _ if restates(text, problem) => Some("the problem"),
        _ => None,
    };
    if let Some(what) = restated {
        hint(
            HintKind::Restates,
            format!("this restates the question: say what causes {what} rather than repeating it"),
        );
    }
    out
}

/// The blaming words, the person and what they did, or the person named, in words.
fn blame(words: &Words) -> Option<String> {
    words
        .first_of(BLAME_WORDS)
        .map(|w| format!("\"{w}\""))
        .or_else(|| blamed_act(words))
        .or_else(|| named_person(words))
}

/// A person or role and what they did wrong ("the agent forgot", "John didn't follow").
fn blamed_act(words: &Words) -> Option<String> {
    let human = words.earliest_of(HUMAN_VERBS);
    let role = ROLES.iter().filter_map(|r| words.find(r)).min();
    let (verb_at, verb_len, person) = match (role, human) {
        (Some(role), Some((at, n))) => (at, n, role),
        (Some(role), None) => {
            let (at, n) = words.earliest_of(BLAME_VERBS)?;
            (at, n, role)
        }
        (None, Some((at, n))) => {
            let (name, _) = words.words.iter().enumerate().find(|(i, w)| {
                w.is_capitalised()
                    && !NON_NAMES.contains(&w.lower.as_str())
                    // A capital at a sentence's start says nothing, unless a blamed
                    // act follows at once ("John forgot").
                    && (!w.starts_sentence || *i + 1 == at)
            })?;
            (at, n, name)
        }
        (None, None) => return None,
    };
    let end = verb_at + verb_len;
    // "the agent forgot", not "agent forgot".
    let person = match person.checked_sub(1) {
        Some(before) if ["the", "a", "an"].contains(&words.words[before].lower.as_str()) => before,
        _ => person,
    };
    Some(if person < verb_at && end - person <= 6 {
        format!("\"{}\"", words.span(person, end))
    } else {
        format!(
            "\"{} … {}\"",
            words.words[person].text,
            words.span(verb_at, end)
        )
    })
}

/// A person's name inside a sentence ("only Sarah knows the process"): a capitalised
/// word that is not a known non-name, not after an article or a preposition (things
/// and places take those: "the Evri depot", "via Genesys") and not one of two
/// capitalised words together (the names of teams and firms: "Credit Control"). A
/// firm's name used bare ("because Acme lost it") reads as a person; the question
/// it prompts, why the process allowed it, still fits.
fn named_person(words: &Words) -> Option<String> {
    let w = &words.words;
    let capital = |i: usize| w.get(i).is_some_and(|w| w.is_capitalised());
    (1..w.len())
        .find(|&i| {
            capital(i)
                && !w[i].starts_sentence
                && !NON_NAMES.contains(&w[i].lower.as_str())
                && !BEFORE_THINGS.contains(&w[i - 1].lower.as_str())
                // A capital at a sentence's start does not make two together.
                && (!capital(i - 1) || w[i - 1].starts_sentence)
                && !capital(i + 1)
        })
        .map(|i| format!("{} is named", w[i].text))
}

/// The meaningful words of a text, singular ("refunds" and "refund" are one word).
fn content_words(text: &str) -> HashSet<String> {
    Words::new(text)
        .words
        .into_iter()
        .filter(|w| !STOPWORDS.contains(&w.lower.as_str()))
        .map(|w| match w.lower.strip_suffix('s') {
            Some(stem) if stem.len() > 2 && !stem.ends_with('s') => stem.to_string(),
            _ => w.lower,
        })
        .collect()
}

/// Whether `answer` says little that `question` did not already say.
fn restates(answer: &str, question: &str) -> bool {
    let a = content_words(answer);
    if a.is_empty() {
        return false;
    }
    let q = content_words(question);
    let shared = a.intersection(&q).count();
    shared as f64 / a.len() as f64 >= RESTATES_SHARE
}

#[cfg(test)]
#[path = "hints_tests.rs"]
mod tests;
