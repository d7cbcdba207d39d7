//! Mermaid `journey` text in and out: the title, sections as stages, tasks as customer
//! actions with their score (1–5, the card's own emotion) and actors (on the card, and
//! as personas). Errors name the line; sections of the same name are named at import.

use super::{JourneyMap, LaneKind, Persona};
use std::fmt;

/// A line Mermaid text could not be read at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MermaidError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for MermaidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Text as Mermaid can hold it on one line: no line breaks, and no colons or '#' (which
/// Mermaid reads as separators and comments) in names.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
        .replace(':', " -")
        .replace(['#', ';'], " ")
        .trim()
        .to_string()
}

/// The map's title, stages and customer actions as Mermaid `journey` text. Actions
/// without a score are written as 3 (neutral), without actors as the personas.
pub fn emit(map: &JourneyMap) -> String {
    let actions: Vec<&str> = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::CustomerActions)
        .map(|l| l.id.as_str())
        .collect();
    let personas: Vec<String> = map
        .personas
        .iter()
        .map(|p| one_line(&p.name))
        .filter(|n| !n.is_empty())
        .collect();
    let mut out = String::from("journey\n");
    out.push_str(&format!("    title {}\n", one_line(&map.title)));
    for stage in &map.stages {
        out.push_str(&format!("    section {}\n", one_line(&stage.name)));
        for card in map
            .cards
            .iter()
            .filter(|c| c.stage == stage.id && actions.contains(&c.lane.as_str()))
        {
            let actors: Vec<String> = if card.actors.is_empty() {
                personas.clone()
            } else {
                card.actors.iter().map(|a| one_line(a)).collect()
            };
            out.push_str(&format!(
                "      {}: {}: {}\n",
                one_line(&card.text),
                card.feeling.unwrap_or(3),
                actors.join(", ")
            ));
        }
    }
    out
}

/// Sections of one name, which become stages of one name (nothing is merged or lost).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepeatedSection {
    pub name: String,
    /// The lines of the text the sections start at.
    pub lines: Vec<usize>,
    /// What the page calls each of those stages ("Go home", "Go home (2)").
    pub shown_as: Vec<String>,
}

impl RepeatedSection {
    /// What the import says about it.
    pub fn notice(&self) -> String {
        let quoted = |v: &[String]| -> String {
            let v: Vec<String> = v.iter().map(|n| format!("\u{201c}{n}\u{201d}")).collect();
            and_list(&v)
        };
        let lines: Vec<String> = self.lines.iter().map(usize::to_string).collect();
        format!(
            "{} sections are called \u{201c}{}\u{201d} (lines {}): each is kept as a stage of its own, shown as {}.",
            count_word(self.lines.len()),
            self.name,
            and_list(&lines),
            quoted(&self.shown_as)
        )
    }
}

fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn count_word(n: usize) -> String {
    match n {
        2 => "Two".into(),
        3 => "Three".into(),
        4 => "Four".into(),
        n => n.to_string(),
    }
}

/// A task whose score Mermaid draws but the map's 1–5 feeling cannot hold as written
/// ("0", "7", "3.5"): kept as the nearest feeling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RescoredTask {
    pub line: usize,
    pub task: String,
    /// The score as written.
    pub written: String,
    /// The feeling kept, 1–5.
    pub kept: u8,
}

impl RescoredTask {
    /// What the import says about it.
    pub fn notice(&self) -> String {
        format!(
            "Line {}: \u{201c}{}\u{201d} has the score {}, outside the map's 1 to 5: it is kept as {}.",
            self.line, self.task, self.written, self.kept
        )
    }
}

/// A map read from Mermaid text, and what the reader should be told about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub map: JourneyMap,
    pub repeated: Vec<RepeatedSection>,
    pub rescored: Vec<RescoredTask>,
}

impl Imported {
    /// What the notices are about, to head them ("some sections have the same name"),
    /// and what to do in the map ("rename a stage there …"); `None` when there are none.
    pub fn notices_heading(&self) -> Option<(&'static str, &'static str)> {
        match (self.repeated.is_empty(), self.rescored.is_empty()) {
            (true, true) => None,
            (false, true) => Some((
                "some sections have the same name",
                "rename a stage there to give it a name of its own.",
            )),
            (true, false) => Some((
                "some scores are outside 1 to 5",
                "check those cards' feelings there.",
            )),
            (false, false) => Some((
                "some sections have the same name and some scores are outside 1 to 5",
                "rename a stage there to give it a name of its own, and check those cards' feelings.",
            )),
        }
    }

    /// Everything the reader should be told, in the order of the text.
    pub fn notices(&self) -> Vec<String> {
        let mut v: Vec<(usize, String)> = self
            .repeated
            .iter()
            .map(|r| (r.lines.first().copied().unwrap_or(0), r.notice()))
            .chain(self.rescored.iter().map(|r| (r.line, r.notice())))
            .collect();
        v.sort_by_key(|(line, _)| *line);
        v.into_iter().map(|(_, n)| n).collect()
    }
}

/// Reads Mermaid `journey` text into a new map (ids from `new_id`). The stage emotion
/// is the mean task score moved to −2..+2.
pub fn parse(
    text: &str,
    id: super::JourneyId,
    new_id: impl FnMut() -> String,
) -> Result<JourneyMap, MermaidError> {
    read(text, id, new_id).map(|r| r.map)
}

/// [`parse`], also naming the sections whose names repeat, with their lines.
pub fn import(
    text: &str,
    id: super::JourneyId,
    new_id: impl FnMut() -> String,
) -> Result<Imported, MermaidError> {
    let Read {
        map,
        section_lines: lines,
        rescored,
    } = read(text, id, new_id)?;
    let shown = map.stage_display_names();
    let key = |s: &str| s.trim().to_lowercase();
    let mut repeated: Vec<RepeatedSection> = Vec::new();
    for (i, stage) in map.stages.iter().enumerate() {
        if let Some(r) = repeated
            .iter_mut()
            .find(|r| key(&r.name) == key(&stage.name))
        {
            r.lines.push(lines[i]);
            r.shown_as.push(shown[i].clone());
        } else if map.stages[i + 1..]
            .iter()
            .any(|s| key(&s.name) == key(&stage.name))
        {
            repeated.push(RepeatedSection {
                name: stage.name.clone(),
                lines: vec![lines[i]],
                shown_as: vec![shown[i].clone()],
            });
        }
    }
    Ok(Imported {
        map,
        repeated,
        rescored,
    })
}

/// What [`read`] makes of the text.
struct Read {
    map: JourneyMap,
    /// The line each of the map's stages' sections starts at.
    section_lines: Vec<usize>,
    rescored: Vec<RescoredTask>,
}

/// A task's score as Mermaid reads it (any number: it draws a face for each) and the
/// 1–5 feeling nearest to it; `None` when it is no number.
fn feeling_of(score: &str) -> Option<u8> {
    let v: f64 = score.parse().ok().filter(|v: &f64| v.is_finite())?;
    Some(v.round().clamp(1.0, 5.0) as u8)
}

/// The map, the line each of its stages' sections starts at, and the tasks rescored.
fn read(
    text: &str,
    id: super::JourneyId,
    mut new_id: impl FnMut() -> String,
) -> Result<Read, MermaidError> {
    let err = |line: usize, message: &str| MermaidError {
        line,
        message: message.to_string(),
    };
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with("%%"))
        .peekable();
    // YAML front matter, as Mermaid allows before the diagram: its title is the map's.
    let mut front_title = None;
    if lines.peek().is_some_and(|(_, l)| *l == "---") {
        let (start, _) = lines.next().unwrap_or_default();
        loop {
            match lines.next() {
                Some((_, "---")) => break,
                Some((_, l)) => {
                    if let Some(t) = l.strip_prefix("title:") {
                        front_title = Some(t.trim().trim_matches(['"', '\'']).to_string());
                    }
                }
                None => {
                    return Err(err(
                        start,
                        "the front matter opened here is not closed by \"---\"",
                    ))
                }
            }
        }
    }
    match lines.next() {
        Some((_, "journey")) => {}
        Some((n, _)) => return Err(err(n, "the text must start with the word \"journey\"")),
        None => return Err(err(1, "the text is empty")),
    }
    let mut map = JourneyMap::blank(id, "", &mut new_id);
    if let Some(t) = front_title.filter(|t| !t.is_empty()) {
        map.title = t;
    }
    // An accessible description in braces may run over several lines.
    let mut in_description = false;
    let actions = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::CustomerActions)
        .map(|l| l.id.clone())
        .unwrap_or_default();
    let mut scores: Vec<Vec<u8>> = Vec::new();
    let mut section_lines = Vec::new();
    let mut rescored = Vec::new();
    for (n, line) in lines {
        if in_description {
            in_description = !line.ends_with('}');
            continue;
        }
        // The accessible title and description are for Mermaid's own picture: the map
        // has its title, and its stages say the rest.
        if line.starts_with("accTitle") || line.starts_with("accDescr") {
            let rest = line
                .trim_start_matches("accTitle")
                .trim_start_matches("accDescr")
                .trim_start();
            in_description = rest.starts_with('{') && !rest.ends_with('}');
            continue;
        }
        if let Some(title) = line.strip_prefix("title ") {
            map.title = title.trim().to_string();
        } else if line == "title" {
            return Err(err(n, "the title is empty"));
        } else if let Some(section) = line.strip_prefix("section ") {
            let name = section.trim();
            let stage = new_id();
            map.add_stage(stage.into(), name, None)
                .map_err(|_| err(n, "a section needs a name"))?;
            scores.push(Vec::new());
            section_lines.push(n);
        } else {
            let Some(stage) = map.stages.last().map(|s| s.id.clone()) else {
                return Err(err(n, "a task must come after a \"section\" line"));
            };
            // "name: score: actors", or "name: score" for a task no one is named for.
            let parts: Vec<&str> = line.splitn(3, ':').collect();
            let (task, score, actors) =
                match parts.as_slice() {
                    [task, score, actors] => (*task, *score, *actors),
                    [task, score] => (*task, *score, ""),
                    _ => return Err(err(
                        n,
                        "a task is written \"name: score: actors\", e.g. \"Call us: 2: Customer\"",
                    )),
                };
            let written = score.trim();
            let score: u8 = match (written.parse::<u8>(), feeling_of(written)) {
                (Ok(s @ 1..=5), _) => s,
                (_, Some(kept)) => {
                    rescored.push(RescoredTask {
                        line: n,
                        task: task.trim().to_string(),
                        written: written.to_string(),
                        kept,
                    });
                    kept
                }
                (_, None) => {
                    return Err(err(
                        n,
                        &format!("the score \"{written}\" must be a number from 1 to 5"),
                    ))
                }
            };
            let card = new_id();
            map.add_card(card.clone().into(), &stage, &actions, task)
                .map_err(|_| err(n, "the task could not be added"))?;
            let actors: Vec<String> = actors
                .split(',')
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect();
            for a in &actors {
                if !map.personas.iter().any(|p| &p.name == a) {
                    map.personas.push(Persona {
                        name: a.clone(),
                        ..Default::default()
                    });
                }
            }
            if let Ok(c) = map.card_mut(&card) {
                c.feeling = Some(score);
                c.actors = actors;
            }
            if let Some(s) = scores.last_mut() {
                s.push(score);
            }
        }
    }
    if map.title.is_empty() {
        map.title = "Imported journey".into();
    }
    for (stage, s) in map.stages.iter_mut().zip(&scores) {
        if !s.is_empty() {
            let mean = s.iter().map(|&v| f64::from(v)).sum::<f64>() / s.len() as f64;
            stage.emotion = Some(((mean - 3.0).round() as i8).clamp(-2, 2));
        }
    }
    Ok(Read {
        map,
        section_lines,
        rescored,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::test_ids;

    const SAMPLE: &str = "journey
    title Late delivery
    section Notice delay
      Check tracking: 2: Customer
      Wait another day: 1: Customer
    section Contact us
      Call the contact centre: 1: Customer, Adviser
    section Refund
      Refund arrives: 4: Customer
";

    #[test]
    fn parse_and_emit_round_trip() {
        let m = parse(SAMPLE, "m".into(), test_ids("i")).unwrap();
        assert_eq!(m.title, "Late delivery");
        assert_eq!(
            m.stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["Notice delay", "Contact us", "Refund"]
        );
        assert_eq!(
            m.stages.iter().map(|s| s.emotion).collect::<Vec<_>>(),
            [Some(-2), Some(-2), Some(1)]
        );
        assert_eq!(
            m.personas
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["Customer", "Adviser"]
        );
        let text = emit(&m);
        let again = parse(&text, "m".into(), test_ids("i")).unwrap();
        assert_eq!(
            emit(&again),
            text,
            "what Mermaid can express survives a round trip"
        );
        assert!(text.contains("      Call the contact centre: 1: Customer, Adviser\n"));
    }

    /// Mermaid's own documentation example.
    const WORKING_DAY: &str = "journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
";

    #[test]
    fn each_task_keeps_its_score_and_actors_and_the_text_comes_back_exactly() {
        let m = parse(WORKING_DAY, "m".into(), test_ids("i")).unwrap();
        let tasks: Vec<(&str, Option<i8>, String)> = m
            .cards
            .iter()
            .map(|c| (c.text.as_str(), c.emotion(), c.actors.join(", ")))
            .collect();
        assert_eq!(
            tasks,
            [
                ("Make tea", Some(2), "Me".to_string()),
                ("Go upstairs", Some(0), "Me".into()),
                ("Do work", Some(-2), "Me, Cat".into()),
                ("Go downstairs", Some(2), "Me".into()),
                ("Sit down", Some(2), "Me".into()),
            ]
        );
        let curve: Vec<Vec<i8>> = m
            .curve_values()
            .iter()
            .map(|v| v.iter().map(|v| v.emotion).collect())
            .collect();
        assert_eq!(curve, [vec![2, 0, -2], vec![2, 2]]);
        assert_eq!(emit(&m), WORKING_DAY, "the round trip is exact");
    }

    #[test]
    fn repeated_section_names_are_named_with_their_lines_and_nothing_is_lost() {
        let text = format!("{WORKING_DAY}    section Go home\n      Sleep: 4: Me, Cat\n");
        let imported = import(&text, "m".into(), test_ids("i")).unwrap();
        assert_eq!(imported.map.stages.len(), 3);
        assert_eq!(imported.map.cards.len(), 6);
        assert_eq!(
            imported.repeated,
            [RepeatedSection {
                name: "Go home".into(),
                lines: vec![7, 10],
                shown_as: vec!["Go home".into(), "Go home (2)".into()],
            }]
        );
        assert_eq!(
            imported.repeated[0].notice(),
            "Two sections are called \u{201c}Go home\u{201d} (lines 7 and 10): each is kept as a \
             stage of its own, shown as \u{201c}Go home\u{201d} and \u{201c}Go home (2)\u{201d}."
        );
        assert_eq!(emit(&imported.map), text, "the text is kept as it was");
        assert!(import(WORKING_DAY, "m".into(), test_ids("i"))
            .unwrap()
            .repeated
            .is_empty());
    }

    #[test]
    fn malformed_text_names_the_line() {
        let e = |t: &str| parse(t, "m".into(), test_ids("i")).unwrap_err().to_string();
        assert_eq!(e(""), "line 1: the text is empty");
        assert_eq!(
            e("flowchart LR\n"),
            "line 1: the text must start with the word \"journey\""
        );
        assert_eq!(
            e("journey\n  title X\n  Task: 3: Me\n"),
            "line 3: a task must come after a \"section\" line"
        );
        assert!(
            e("journey\nsection A\n  Task: high: Me\n").starts_with("line 3: the score \"high\"")
        );
        assert!(e("journey\nsection A\n\n  just words\n").starts_with("line 4: a task is written"));
    }

    #[test]
    fn scores_mermaid_draws_outside_one_to_five_are_kept_as_the_nearest_feeling_and_said() {
        let text = "journey\n  section Wait\n    Hold music: 0: Customer\n    Refund: 7: Customer\n    Chat: 3.5: Customer\n    Call: -2: Customer\n    Email: 4: Customer\n";
        let imported = import(text, "m".into(), test_ids("i")).unwrap();
        let feelings: Vec<Option<u8>> = imported.map.cards.iter().map(|c| c.feeling).collect();
        assert_eq!(feelings, [Some(1), Some(5), Some(4), Some(1), Some(4)]);
        let lines: Vec<usize> = imported.rescored.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 4, 5, 6]);
        assert_eq!(
            imported.notices()[0],
            "Line 3: \u{201c}Hold music\u{201d} has the score 0, outside the map's 1 to 5: it is kept as 1."
        );
    }

    #[test]
    fn front_matter_accessible_texts_and_tasks_without_actors_are_read_as_mermaid_does() {
        let text = "---
title: \"Returns, as customers tell it\"
config:
  theme: forest
---
%%{init: {'journey': {'useMaxWidth': true}}}%%
journey
    accTitle: Returning a parcel
    accDescr {
      Three stages of a return,
      from the customer's side
    }
    section Ask
      Find the returns page: 2
      Fill in the form: 3: Customer
    section Send
      accDescr: the parcel goes back
      Drop it at a shop: 4: Customer, Courier
";
        let m = parse(text, "m".into(), test_ids("i")).unwrap();
        assert_eq!(m.title, "Returns, as customers tell it");
        assert_eq!(
            m.stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["Ask", "Send"]
        );
        let tasks: Vec<(&str, Option<i8>, usize)> = m
            .cards
            .iter()
            .map(|c| (c.text.as_str(), c.emotion(), c.actors.len()))
            .collect();
        assert_eq!(
            tasks,
            [
                ("Find the returns page", Some(-1), 0),
                ("Fill in the form", Some(0), 1),
                ("Drop it at a shop", Some(1), 2),
            ]
        );
        // A title line in the diagram wins over the front matter's.
        let m = parse(
            &text.replace("journey\n", "journey\n  title Returns\n"),
            "m".into(),
            test_ids("i"),
        )
        .unwrap();
        assert_eq!(m.title, "Returns");
        let e = parse("---\ntitle: X\njourney\n", "m".into(), test_ids("i")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 1: the front matter opened here is not closed by \"---\""
        );
    }

    #[test]
    fn hostile_names_are_kept_to_one_line() {
        let mut m = parse(SAMPLE, "m".into(), test_ids("i")).unwrap();
        m.stages[0].name = "Evil\nsection Injected: 5: X".into();
        m.title = "<script>alert(1)</script>".into();
        let text = emit(&m);
        assert!(!text
            .lines()
            .any(|l| l.trim_start().starts_with("section Injected")));
        let back = parse(&text, "m".into(), test_ids("i")).unwrap();
        assert_eq!(back.stages.len(), 3, "no stage was injected");
        assert_eq!(
            back.title, "<script>alert(1)</script>",
            "markup is data; the page shows it as text"
        );
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in "(journey\n)?[a-z :#,\n0-9%-]{0,200}") {
            let _ = parse(&text, "m".into(), test_ids("i"));
        }
    }
}
