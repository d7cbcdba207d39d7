//! A KPI against its target: the status in words (and an icon, never colour alone),
//! and the targets a survey scale allows.

use super::histogram::SurveyScale;
use super::survey::KpiFigure;

/// Where a figure stands against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetStatus {
    /// Better than the target, and the interval says so too.
    OnTarget,
    /// The target lies within the interval: the data cannot tell.
    TooCloseToCall,
    /// Worse than the target, beyond the interval.
    OffTarget,
}

impl TargetStatus {
    /// The status of `figure` against `target` (in the figure's units): met; within
    /// the interval (amber: the data cannot tell); missed.
    pub fn of(figure: &KpiFigure, target: f64) -> Self {
        let better = if figure.kind.higher_is_better() {
            figure.value >= target
        } else {
            figure.value <= target
        };
        let unsure = figure.interval.is_some_and(|i| i.contains(target));
        if better && !unsure {
            TargetStatus::OnTarget
        } else if unsure {
            TargetStatus::TooCloseToCall
        } else {
            TargetStatus::OffTarget
        }
    }

    /// The status in words.
    pub fn words(self) -> &'static str {
        match self {
            TargetStatus::OnTarget => "On target",
            TargetStatus::TooCloseToCall => "Too close to call",
            TargetStatus::OffTarget => "Off target",
        }
    }

    /// An icon that says the same as the words (for readers who scan).
    pub fn icon(self) -> &'static str {
        match self {
            TargetStatus::OnTarget => "✔",
            TargetStatus::TooCloseToCall => "◐",
            TargetStatus::OffTarget => "✖",
        }
    }
}

/// The targets a scale's KPI can have, in its units: NPS −100..100 points, CSAT
/// 0..100 %, CES a mean of 1..7.
pub fn target_range(scale: SurveyScale) -> (f64, f64) {
    match scale {
        SurveyScale::ZeroToTen => (-100.0, 100.0),
        SurveyScale::OneToFive => (0.0, 100.0),
        SurveyScale::OneToSeven => (1.0, 7.0),
    }
}

/// Reads a target typed for a scale's KPI: empty clears it; out of range or not a
/// number is refused with what to type instead.
pub fn parse_target(scale: SurveyScale, text: &str) -> Result<Option<f64>, String> {
    let (lo, hi) = target_range(scale);
    match text.trim() {
        "" => Ok(None),
        t => match t.replace('\u{2212}', "-").parse::<f64>() {
            Ok(v) if (lo..=hi).contains(&v) => Ok(Some(v)),
            _ => Err(format!(
                "Enter a target from {lo} to {hi}, or leave it empty"
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::stats::NpsCounts;
    use crate::domain::kpi::survey::{nps_from_counts, proportion};
    use crate::domain::kpi::KpiKind;

    #[test]
    fn status_is_met_unsure_or_missed() {
        // NPS +43, 95% CI +24 to +58.
        let f = nps_from_counts(NpsCounts {
            promoters: 40,
            passives: 20,
            detractors: 10,
        })
        .unwrap();
        assert_eq!(TargetStatus::of(&f, 20.0), TargetStatus::OnTarget);
        assert_eq!(TargetStatus::of(&f, 50.0), TargetStatus::TooCloseToCall);
        assert_eq!(TargetStatus::of(&f, 60.0), TargetStatus::OffTarget);
        assert_eq!(TargetStatus::OnTarget.words(), "On target");
        // Lower is better for abandonment: 5% against a 10% ceiling is met.
        let a = proportion(KpiKind::AbandonmentRate, 50, 1000).unwrap();
        assert_eq!(TargetStatus::of(&a, 10.0), TargetStatus::OnTarget);
        assert_eq!(TargetStatus::of(&a, 2.0), TargetStatus::OffTarget);
    }

    #[test]
    fn targets_are_checked_against_the_scale() {
        assert_eq!(
            parse_target(SurveyScale::ZeroToTen, " -20 "),
            Ok(Some(-20.0))
        );
        assert_eq!(
            parse_target(SurveyScale::ZeroToTen, "\u{2212}20"),
            Ok(Some(-20.0))
        );
        assert_eq!(parse_target(SurveyScale::ZeroToTen, ""), Ok(None));
        assert_eq!(
            parse_target(SurveyScale::OneToSeven, "9"),
            Err("Enter a target from 1 to 7, or leave it empty".into())
        );
        assert!(parse_target(SurveyScale::OneToFive, "lots").is_err());
        assert!(parse_target(SurveyScale::OneToFive, "100").is_ok());
    }
}
