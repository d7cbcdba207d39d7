//! Counts typed in per month, for teams that only have monthly totals: what is asked
//! for each scale, and the per-score counts the typed numbers become.

use super::histogram::SurveyScale;

/// The numbers asked for: NPS by group, CSAT and CES by score.
pub fn labels(scale: SurveyScale) -> Vec<String> {
    match scale {
        SurveyScale::ZeroToTen => vec![
            "Promoters (9–10)".into(),
            "Passives (7–8)".into(),
            "Detractors (0–6)".into(),
        ],
        SurveyScale::OneToFive => (1..=5).map(|s| format!("Answers of {s}")).collect(),
        SurveyScale::OneToSeven => (1..=7).map(|s| format!("Answers of {s}")).collect(),
    }
}

/// Per-score counts from what was typed (one text per [`labels`] entry; empty is 0,
/// thousands separators allowed). NPS groups are kept at one score each (10, 8 and 0),
/// which is all an NPS needs. An error names the box and what was wrong, or asks for
/// at least one answer.
pub fn typed_counts(scale: SurveyScale, typed: &[String]) -> Result<Vec<u64>, String> {
    let names = labels(scale);
    let numbers = typed
        .iter()
        .zip(&names)
        .map(|(t, name)| {
            let t = t.trim().replace(',', "");
            if t.is_empty() {
                Ok(0)
            } else {
                t.parse::<u64>()
                    .map_err(|_| format!("{name}: \"{t}\" is not a whole number of 0 or more"))
            }
        })
        .collect::<Result<Vec<u64>, String>>()?;
    if numbers.iter().all(|&n| n == 0) {
        return Err("Enter at least one answer".into());
    }
    Ok(match scale {
        SurveyScale::ZeroToTen => {
            let mut v = vec![0; 11];
            v[10] = numbers.first().copied().unwrap_or(0);
            v[8] = numbers.get(1).copied().unwrap_or(0);
            v[0] = numbers.get(2).copied().unwrap_or(0);
            v
        }
        _ => {
            let mut v = numbers;
            v.resize(scale.answer_count(), 0);
            v
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn nps_groups_become_scores_and_mistakes_are_named() {
        let c = typed_counts(SurveyScale::ZeroToTen, &typed(&["1,040", "20", ""])).unwrap();
        assert_eq!((c.len(), c[10], c[8], c[0]), (11, 1040, 20, 0));
        assert_eq!(
            typed_counts(SurveyScale::ZeroToTen, &typed(&["40", "-2", "1"])),
            Err("Passives (7–8): \"-2\" is not a whole number of 0 or more".into())
        );
        let c = typed_counts(SurveyScale::OneToFive, &typed(&["1", "2", "3", "4", "5"])).unwrap();
        assert_eq!(c, [1, 2, 3, 4, 5]);
        assert_eq!(labels(SurveyScale::OneToSeven).len(), 7);
        assert_eq!(
            typed_counts(SurveyScale::OneToSeven, &typed(&["", "0", ""])),
            Err("Enter at least one answer".into())
        );
    }
}
