//! What a project's KPI data holds, in one line for the project page:
//! "2 sets of survey data (1,240 answers), 1 set of contact records (5,000 contacts)".

use super::contacts::ContactDataset;
use super::dataset::SurveyDataset;
use super::series::total;
use crate::domain::wording::counted;
use std::rc::Rc;

/// The project page's line about this survey data and these contact records.
pub fn summary(surveys: &[Rc<SurveyDataset>], contacts: &[Rc<ContactDataset>]) -> String {
    let mut parts = Vec::new();
    if !surveys.is_empty() {
        let answers: u64 = surveys.iter().map(|d| total(&d.counts, d.scale).n()).sum();
        parts.push(format!(
            "{} of survey data ({})",
            counted(surveys.len() as u64, "set", "sets"),
            counted(answers, "answer", "answers")
        ));
    }
    if !contacts.is_empty() {
        let records: u64 = contacts.iter().map(|d| d.counts.total().contacts).sum();
        parts.push(format!(
            "{} of contact records ({})",
            counted(contacts.len() as u64, "set", "sets"),
            counted(records, "contact", "contacts")
        ));
    }
    if parts.is_empty() {
        "No survey data or contact records yet".into()
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::dataset::{parse_month, with_typed_month};
    use crate::domain::kpi::SurveyScale;
    use chrono::{DateTime, Utc};

    /// Survey data of one month on the 1–5 scale: `per_score` answers of each score.
    fn survey(id: &str, per_score: u64) -> Rc<SurveyDataset> {
        let month = parse_month("2026-11").unwrap();
        let at = DateTime::<Utc>::UNIX_EPOCH;
        let counts = vec![per_score; SurveyScale::OneToFive.answer_count()];
        Rc::new(
            with_typed_month(None, id.into(), SurveyScale::OneToFive, month, counts, at).unwrap(),
        )
    }

    /// Contact records of two days, `per_day` contacts each, read as storage gives them.
    fn contacts(id: &str, per_day: u64) -> Rc<ContactDataset> {
        let cell = |day: i32| {
            serde_json::json!({ "day": day, "segment": 0, "contacts": per_day, "fcr_known": 0,
                "fcr_yes": 0, "handled": 0, "handle_sum": 0.0, "handle_sq": 0.0,
                "escalation_known": 0, "escalated": 0 })
        };
        let json = serde_json::json!({
            "id": id, "name": "calls.csv", "imported_at": "2026-11-23T09:00:00Z",
            "fcr_window_days": 7,
            "counts": { "segments": [""], "cells": [cell(20_000), cell(20_001)] },
        });
        Rc::new(serde_json::from_value(json).unwrap())
    }

    #[test]
    fn no_data_says_so() {
        assert_eq!(summary(&[], &[]), "No survey data or contact records yet");
    }

    #[test]
    fn survey_answers_are_added_up() {
        // 5 scores × 14 answers.
        assert_eq!(
            summary(&[survey("d1", 14)], &[]),
            "1 set of survey data (70 answers)"
        );
        assert_eq!(
            summary(&[survey("d1", 200), survey("d2", 48)], &[]),
            "2 sets of survey data (1,240 answers)"
        );
    }

    #[test]
    fn contact_records_are_added_up_beside_the_surveys() {
        assert_eq!(
            summary(&[], &[contacts("c1", 2_500)]),
            "1 set of contact records (5,000 contacts)"
        );
        assert_eq!(
            summary(&[survey("d1", 1)], &[contacts("c1", 1), contacts("c2", 0)]),
            "1 set of survey data (5 answers), 2 sets of contact records (2 contacts)"
        );
    }
}
