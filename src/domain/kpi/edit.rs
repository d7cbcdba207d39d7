//! The changes a user makes to one survey dataset, as values: set or clear its target,
//! rename it, enter a month's figures by hand. Routed by the reducer's one generic
//! helper (`edit_part`), named for the undo button, and serde values like every edit.

use super::dataset::SurveyDataset;
use super::status::parse_target;
use crate::domain::edit::PartEdit;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Longest dataset name kept (a file name with a note fits easily).
pub const MAX_NAME_CHARS: usize = 120;

/// A change to one survey dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "snake_case")]
pub enum SurveyEdit {
    /// Sets (or, with `None`, clears) the target the dataset's KPI is judged against.
    SetTarget { target: Option<f64> },
    /// Gives the dataset the name the user chose (it starts as the file's name).
    Rename { name: String },
    /// Sets the counts of one month typed in by hand (one number a score of the scale),
    /// replacing any typed for that month before.
    SetMonth {
        /// Day number of the month's first day.
        month_start: i32,
        counts: Vec<u64>,
        at: DateTime<Utc>,
    },
}

impl PartEdit for SurveyEdit {
    type Part = SurveyDataset;
    type Error = String;

    fn apply(&self, d: &mut SurveyDataset) -> Result<(), String> {
        match self {
            SurveyEdit::SetTarget { target } => {
                if let Some(t) = target {
                    // The same check as typing it: a stored target is always in range.
                    parse_target(d.scale, &t.to_string())?;
                }
                d.target = *target;
            }
            SurveyEdit::Rename { name } => d.name = checked_name(name)?,
            SurveyEdit::SetMonth {
                month_start,
                counts,
                at,
            } => d.set_month(*month_start, counts.clone(), *at)?,
        }
        Ok(())
    }

    fn changes(&self, d: &SurveyDataset) -> bool {
        match self {
            SurveyEdit::SetTarget { target } => d.target != *target,
            SurveyEdit::Rename { name } => name.trim() != d.name,
            SurveyEdit::SetMonth {
                month_start,
                counts,
                ..
            } => {
                let month: Vec<_> = d
                    .counts
                    .cells
                    .iter()
                    .filter(|c| c.day == *month_start)
                    .collect();
                !(month.len() == 1 && &month[0].counts == counts)
            }
        }
    }

    fn label(&self) -> String {
        match self {
            SurveyEdit::SetTarget { target: Some(_) } => "set KPI target".into(),
            SurveyEdit::SetTarget { target: None } => "clear KPI target".into(),
            SurveyEdit::Rename { .. } => "rename KPI data".into(),
            SurveyEdit::SetMonth { .. } => "enter monthly figures".into(),
        }
    }
}

/// A name as kept: trimmed, not empty, at most [`MAX_NAME_CHARS`] characters.
pub fn checked_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("the name cannot be empty".into());
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(format!(
            "the name can be at most {MAX_NAME_CHARS} characters"
        ));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::dataset::{parse_month, with_typed_month};
    use crate::domain::kpi::SurveyScale;

    fn dataset() -> SurveyDataset {
        let mut counts = vec![0; 11];
        counts[10] = 3;
        with_typed_month(
            None,
            "d1".into(),
            SurveyScale::ZeroToTen,
            parse_month("2026-11").unwrap(),
            counts,
            DateTime::<Utc>::UNIX_EPOCH,
        )
        .unwrap()
    }

    #[test]
    fn edits_apply_refuse_and_know_when_they_change_nothing() {
        let mut d = dataset();
        let target = SurveyEdit::SetTarget { target: Some(30.0) };
        assert!(target.changes(&d));
        target.apply(&mut d).unwrap();
        assert_eq!(d.target, Some(30.0));
        assert!(!target.changes(&d));
        assert_eq!(
            SurveyEdit::SetTarget {
                target: Some(300.0)
            }
            .apply(&mut d),
            Err("Enter a target from -100 to 100, or leave it empty".into())
        );
        let rename = SurveyEdit::Rename {
            name: "  After the new script ".into(),
        };
        rename.apply(&mut d).unwrap();
        assert_eq!(d.name, "After the new script");
        assert!(!rename.changes(&d));
        assert!(SurveyEdit::Rename { name: " ".into() }
            .apply(&mut d)
            .is_err());
        let oct = parse_month("2026-10").unwrap();
        let mut counts = vec![0; 11];
        counts[0] = 4;
        let month = SurveyEdit::SetMonth {
            month_start: oct,
            counts: counts.clone(),
            at: DateTime::<Utc>::UNIX_EPOCH,
        };
        month.apply(&mut d).unwrap();
        assert_eq!(d.counts.cells.len(), 2);
        assert!(!month.changes(&d));
        assert!(SurveyEdit::SetMonth {
            month_start: oct,
            counts: vec![1; 5],
            at: DateTime::<Utc>::UNIX_EPOCH,
        }
        .apply(&mut d)
        .is_err());
        assert_eq!(month.label(), "enter monthly figures");
    }

    #[test]
    fn edits_are_serde_values() {
        let edits = [
            SurveyEdit::SetTarget {
                target: Some(-12.5),
            },
            SurveyEdit::SetTarget { target: None },
            SurveyEdit::Rename {
                name: "survey.csv, \"before\"".into(),
            },
            SurveyEdit::SetMonth {
                month_start: 20_758,
                counts: vec![1, 0, 2, 0, 0, 0, 0, 0, 5, 0, 9],
                at: DateTime::<Utc>::UNIX_EPOCH,
            },
        ];
        for e in edits {
            let json = serde_json::to_string(&e).unwrap();
            let back: SurveyEdit = serde_json::from_str(&json).unwrap();
            assert_eq!(back, e, "{json}");
        }
        let json = serde_json::to_string(&SurveyEdit::Rename { name: "x".into() }).unwrap();
        assert_eq!(json, r#"{"edit":"rename","name":"x"}"#);
    }
}
