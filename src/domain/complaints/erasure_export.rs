//! A customer's data as one JSON file, for a subject access request: every entry of
//! theirs in every project, with its audit trail, and every other text naming them.

use super::super::bank_holidays::{parse_iso_date, HolidayCalendar};
use super::super::deadlines::is_working_day;
use super::super::model::Complaint;
use super::{check_reference, find_customer};
use crate::domain::Workspace;
use chrono::{Months, NaiveDate};
use serde::Serialize;

/// The day the answer to a request made on `made` is due: one month after (UK GDPR
/// Article 12(3)). As the ICO reads it, the month runs to the same date of the next
/// month, or that month's last day when it has no such date (31 Jan gives 28 Feb); an
/// end on a weekend or bank holiday moves to the next working day.
pub fn answer_due(made: NaiveDate, cal: &HolidayCalendar) -> NaiveDate {
    let mut due = made.checked_add_months(Months::new(1)).unwrap_or(made);
    while !is_working_day(due, cal) {
        match due.succ_opt() {
            Some(next) => due = next,
            None => break,
        }
    }
    due
}

#[derive(Serialize)]
struct Entry<'a> {
    project: &'a str,
    entry: &'a Complaint,
}

#[derive(Serialize)]
struct Text {
    project: String,
    #[serde(rename = "where")]
    place: String,
    text: String,
}

#[derive(Serialize)]
struct Export<'a> {
    format: &'static str,
    customer: &'a str,
    /// The day the request was made, as given.
    made: &'a str,
    /// The day the answer is due, ISO; absent when `made` is not a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_by: Option<NaiveDate>,
    rule: &'static str,
    entries: Vec<Entry<'a>>,
    mentions: Vec<Text>,
}

/// The file for a subject access request by the customer with `reference`, made on
/// `made` (an ISO date, "2026-12-01"; a timestamp is read by its date): the reference,
/// when the request was made and when the answer is due, every entry of theirs in every
/// project with its audit trail, and every other text naming them (project, where, text).
/// A reference [`check_reference`] refuses gives a file with nothing found.
pub fn export_customer(ws: &Workspace, reference: &str, made: &str) -> String {
    let found = find_customer(ws, reference);
    let made_day = made.get(..10).and_then(parse_iso_date);
    let mut entries = Vec::new();
    let mut mentions = Vec::new();
    for f in &found {
        entries.extend(f.entries.iter().map(|entry| Entry {
            project: &f.project.name,
            entry,
        }));
        mentions.extend(f.mentions.iter().map(|m| Text {
            project: f.project.name.clone(),
            place: m.place.words(),
            text: m.text.clone(),
        }));
    }
    let export = Export {
        format: "cx-workbench-subject-access",
        customer: check_reference(reference).unwrap_or(reference.trim()),
        made,
        answer_by: made_day.map(|d| answer_due(d, &ws.settings.complaints.holidays)),
        rule: "UK GDPR Article 12(3): answer without undue delay and within one month \
               of receiving the request.",
        entries,
        mentions,
    };
    crate::domain::pretty_json::to_string_pretty(&export).unwrap_or_default()
}
