//! Finding a customer across the workspace: their entries, and every other text that
//! names their reference, with where it is in words.

use super::super::model::Complaint;
use super::super::privacy;
use super::check_reference;
use super::text::{contains_word, mentions};
use crate::domain::dates::show_day;
use crate::domain::project::Project;
use crate::domain::Workspace;
use serde::Serialize;
use std::rc::Rc;

/// Where a text is: the tool, the item in it and the field, e.g. Journey map
/// "Delivery", cards › text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    pub tool: &'static str,
    pub item: String,
    pub field: String,
}

impl Place {
    /// The place in words: `Journey map "Delivery", cards › text`.
    pub fn words(&self) -> String {
        match (self.item.trim(), self.field.as_str()) {
            ("", field) => format!("{}, {field}", self.tool),
            (item, field) => format!("{} \u{201c}{item}\u{201d}, {field}", self.tool),
        }
    }
}

/// A text that names the reference, where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub place: Place,
    pub text: String,
}

/// What one project holds of a customer: their entries and the other texts naming them.
#[derive(Clone, Debug)]
pub struct Finding<'a> {
    pub project: &'a Project,
    pub entries: Vec<&'a Complaint>,
    pub mentions: Vec<Mention>,
}

/// A tool's list of parts, with the tool's name and the field that names each part.
pub(super) struct Tool<T> {
    pub(super) name: &'static str,
    pub(super) title: fn(&T) -> &str,
}

pub(super) const JOURNEY: Tool<crate::domain::journey::JourneyMap> = Tool {
    name: "Journey map",
    title: |m| &m.title,
};
pub(super) const FISHBONE: Tool<crate::domain::fishbone::Fishbone> = Tool {
    name: "Fishbone",
    title: |f| &f.effect,
};
pub(super) const WHYS: Tool<crate::domain::whys::WhysAnalysis> = Tool {
    name: "5 Whys",
    title: |w| &w.problem,
};
pub(super) const PDCA: Tool<crate::domain::pdca::PdcaCycle> = Tool {
    name: "PDCA plan",
    title: |c| &c.title,
};

pub(super) fn field_words(keys: &[String]) -> String {
    keys.iter()
        .map(|k| k.replace('_', " "))
        .collect::<Vec<_>>()
        .join(" \u{203a} ")
}

fn part_mentions<T: Serialize>(tool: &Tool<T>, parts: &[Rc<T>], r: &str, out: &mut Vec<Mention>) {
    for part in parts {
        for (keys, text) in mentions(part.as_ref(), r) {
            let item = (tool.title)(part).to_string();
            let field = field_words(&keys);
            let place = Place {
                tool: tool.name,
                item,
                field,
            };
            out.push(Mention { place, text });
        }
    }
}

/// The texts of a complaint that may name another customer's reference in passing.
pub(super) fn complaint_texts(c: &Complaint) -> Vec<(&'static str, &str)> {
    let mut out = vec![
        ("summary", c.summary.as_str()),
        ("resolution", &c.resolution),
    ];
    if let Some(e) = &c.escalation {
        out.push(("escalated to", &e.to));
        out.push(("why escalated", &e.why));
    }
    out
}

pub(super) fn entry_place(c: &Complaint, field: &str) -> Place {
    Place {
        tool: "Complaint log",
        item: format!("entry received {}", show_day(c.received.date())),
        field: field.to_string(),
    }
}

/// What `project` holds of the customer `r` (already checked).
pub(super) fn find_in<'a>(project: &'a Project, r: &str) -> Finding<'a> {
    let entries = privacy::entries_of(&project.complaints, r);
    let mut found = Vec::new();
    for (field, text) in [
        ("name", &project.name),
        ("description", &project.description),
    ] {
        if contains_word(text, r) {
            let place = Place {
                tool: "Project",
                item: String::new(),
                field: field.into(),
            };
            found.push(Mention {
                place,
                text: text.clone(),
            });
        }
    }
    let others = project
        .complaints
        .iter()
        .filter(|c| !c.customer.trim().eq_ignore_ascii_case(r));
    for c in others {
        for (field, text) in complaint_texts(c) {
            if contains_word(text, r) {
                let text = text.to_string();
                found.push(Mention {
                    place: entry_place(c, field),
                    text,
                });
            }
        }
    }
    part_mentions(&JOURNEY, &project.journeys, r, &mut found);
    part_mentions(&FISHBONE, &project.fishbones, r, &mut found);
    part_mentions(&WHYS, &project.whys, r, &mut found);
    part_mentions(&PDCA, &project.pdca, r, &mut found);
    Finding {
        project,
        entries,
        mentions: found,
    }
}

/// What each project holds of the customer with `reference`: only projects holding
/// something, in workspace order. Empty for a reference [`check_reference`] refuses.
pub fn find_customer<'a>(ws: &'a Workspace, reference: &str) -> Vec<Finding<'a>> {
    let Ok(r) = check_reference(reference) else {
        return Vec::new();
    };
    ws.projects
        .iter()
        .map(|p| find_in(p, r))
        .filter(|f| !f.entries.is_empty() || !f.mentions.is_empty())
        .collect()
}
