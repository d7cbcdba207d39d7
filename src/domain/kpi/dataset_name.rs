//! Telling datasets apart: two imports of one file start with the same name, so where
//! names clash each is shown with when it was imported and how many answers it holds.

use super::dataset::SurveyDataset;
use crate::domain::dates::show_date_time;
use crate::domain::DateStyle;
use std::rc::Rc;

/// How many answers a dataset holds.
pub fn answer_count(d: &SurveyDataset) -> u64 {
    d.counts.cells.iter().flat_map(|c| &c.counts).sum()
}

/// Where the data came from, in words: "Imported 1 Dec 2026, 09:14 UTC · 70 answers".
pub fn source_line(d: &SurveyDataset, style: DateStyle) -> String {
    let n = answer_count(d);
    format!(
        "Imported {} · {} answer{}",
        show_date_time(d.imported_at, style),
        n,
        if n == 1 { "" } else { "s" }
    )
}

/// A name for each dataset that no other shares: its own name, and where another has
/// the same name, when it was imported and how many answers
/// ("survey.csv (1 Dec 2026, 09:14 UTC, 70 answers)"), then a number if still alike.
pub fn distinct_names(datasets: &[Rc<SurveyDataset>], style: DateStyle) -> Vec<String> {
    let clash = |d: &SurveyDataset| datasets.iter().filter(|o| o.name == d.name).count() > 1;
    let first: Vec<String> = datasets
        .iter()
        .map(|d| {
            if clash(d) {
                format!(
                    "{} ({}, {} answers)",
                    d.name,
                    show_date_time(d.imported_at, style),
                    answer_count(d)
                )
            } else {
                d.name.clone()
            }
        })
        .collect();
    first
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let same = first.iter().filter(|n| *n == name).count();
            if same > 1 {
                let k = first[..i].iter().filter(|n| *n == name).count() + 1;
                format!("{name} ({k})")
            } else {
                name.clone()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::dataset::{parse_month, with_typed_month};
    use crate::domain::kpi::SurveyScale;
    use chrono::{TimeZone, Utc};

    fn named(id: &str, name: &str, hour: u32, promoters: u64) -> Rc<SurveyDataset> {
        let mut counts = vec![0; 11];
        counts[10] = promoters;
        let at = Utc.with_ymd_and_hms(2026, 12, 1, hour, 14, 0).unwrap();
        let mut d = with_typed_month(
            None,
            id.into(),
            SurveyScale::ZeroToTen,
            parse_month("2026-11").unwrap(),
            counts,
            at,
        )
        .unwrap();
        d.name = name.into();
        Rc::new(d)
    }

    #[test]
    fn two_imports_of_one_file_are_told_apart() {
        let ds = [
            named("a", "survey.csv", 9, 70),
            named("b", "survey.csv", 10, 70),
            named("c", "other.csv", 9, 1),
        ];
        let names = distinct_names(&ds, DateStyle::DayMonthName);
        assert_eq!(
            names,
            [
                "survey.csv (1 Dec 2026, 09:14 UTC, 70 answers)",
                "survey.csv (1 Dec 2026, 10:14 UTC, 70 answers)",
                "other.csv"
            ]
        );
        assert_eq!(
            source_line(&ds[2], DateStyle::DayMonthName),
            "Imported 1 Dec 2026, 09:14 UTC · 1 answer"
        );
        // The same file imported twice in one minute: numbered.
        let twins = [named("a", "s.csv", 9, 5), named("b", "s.csv", 9, 5)];
        let names = distinct_names(&twins, DateStyle::Iso);
        assert_eq!(names[0], "s.csv (2026-12-01, 09:14 UTC, 5 answers) (1)");
        assert_eq!(names[1], "s.csv (2026-12-01, 09:14 UTC, 5 answers) (2)");
    }
}
