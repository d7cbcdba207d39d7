//! Before and after: the difference between two periods (or two data sets) of the same
//! survey KPI, with its 95% interval and whether it is significant. PDCA's Check step
//! reads its verdict from here.

use super::histogram::{ScoreHistogram, SurveyScale};
use super::stats::{
    mean_difference, nps_difference, proportion_difference, Interval, MeanSummary, NpsCounts,
};
use super::survey::{Unit, CONFIDENCE};

/// The change from one period to another.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// After minus before, in the KPI's units (NPS points, percentage points, score).
    pub difference: f64,
    pub interval: Interval,
    pub unit: Unit,
    /// The interval excludes zero: the change is more than sampling noise.
    pub significant: bool,
    /// How the interval was worked out, stated with the result.
    pub method: &'static str,
}

impl Comparison {
    /// The change and its interval in words, e.g. "+6.2 percentage points (95% CI +1.0
    /// to +11.4)": a change of a percentage is in percentage points, never "%".
    pub fn change_text(&self) -> String {
        use super::format::{signed, signed_fixed as sign};
        let (value, low, high, words) = match self.unit {
            Unit::Percent => (
                sign(self.difference, 1),
                sign(self.interval.low, 1),
                sign(self.interval.high, 1),
                " percentage points",
            ),
            Unit::Points => (
                sign(self.difference, 0),
                sign(self.interval.low, 0),
                sign(self.interval.high, 0),
                " points",
            ),
            unit => (
                signed(self.difference, unit),
                signed(self.interval.low, unit),
                signed(self.interval.high, unit),
                "",
            ),
        };
        format!("{value}{words} (95% CI {low} to {high})")
    }

    /// The verdict in words, e.g. "a significant rise" or "no significant change".
    pub fn verdict(&self) -> &'static str {
        match (self.significant, self.difference > 0.0) {
            (true, true) => "a significant rise",
            (true, false) => "a significant fall",
            (false, _) => "no significant change (the interval includes zero)",
        }
    }
}

fn nps_counts(h: &ScoreHistogram) -> NpsCounts {
    NpsCounts {
        promoters: h.count_between(9, 10),
        passives: h.count_between(7, 8),
        detractors: h.count_between(0, 6),
    }
}

/// Compares two histograms of the same scale; `None` when either is empty (or too
/// small for the method).
pub fn compare(before: &ScoreHistogram, after: &ScoreHistogram) -> Option<Comparison> {
    if before.scale != after.scale {
        return None;
    }
    let (difference, interval, unit, method) = match before.scale {
        SurveyScale::ZeroToTen => {
            let (d, i) = nps_difference(nps_counts(before), nps_counts(after), CONFIDENCE)?;
            (
                d,
                i,
                Unit::Points,
                "difference of adjusted-Wald NPS (Rocks 2016), variances added",
            )
        }
        SurveyScale::OneToFive => {
            let (d, i) = proportion_difference(
                (before.count_between(4, 5), before.n()),
                (after.count_between(4, 5), after.n()),
                CONFIDENCE,
            )?;
            let pct = |x: f64| 100.0 * x;
            (
                pct(d),
                Interval {
                    low: pct(i.low),
                    high: pct(i.high),
                },
                Unit::Percent,
                "difference of proportions, Newcombe hybrid score interval",
            )
        }
        SurveyScale::OneToSeven => {
            let summary = |h: &ScoreHistogram| {
                let (n, s, s2) = h.sums();
                MeanSummary::from_sums(n, s, s2)
            };
            let (d, i, _df) = mean_difference(summary(before), summary(after), CONFIDENCE)?;
            (d, i, Unit::Score, "difference of means, Welch's t interval")
        }
    };
    Some(Comparison {
        difference,
        interval,
        unit,
        significant: interval.low > 0.0 || interval.high < 0.0,
        method,
    })
}

/// FCR, AHT and escalation of contact records compared between two periods (each
/// where both have data).
pub fn compare_contacts(
    before: &super::contacts::ContactCell,
    after: &super::contacts::ContactCell,
) -> Vec<(super::definitions::KpiKind, Comparison)> {
    use super::definitions::KpiKind;
    let mut out = Vec::new();
    let pct = |d: f64, i: Interval| {
        (
            100.0 * d,
            Interval {
                low: 100.0 * i.low,
                high: 100.0 * i.high,
            },
        )
    };
    let proportion_rule = "difference of proportions, Newcombe hybrid score interval";
    for (kind, b, a) in [
        (
            KpiKind::Fcr,
            (before.fcr_yes, before.fcr_known),
            (after.fcr_yes, after.fcr_known),
        ),
        (
            KpiKind::EscalationRate,
            (before.escalated, before.escalation_known),
            (after.escalated, after.escalation_known),
        ),
    ] {
        if let Some((d, i)) = proportion_difference(b, a, CONFIDENCE) {
            let (difference, interval) = pct(d, i);
            out.push((
                kind,
                Comparison {
                    difference,
                    interval,
                    unit: Unit::Percent,
                    significant: interval.low > 0.0 || interval.high < 0.0,
                    method: proportion_rule,
                },
            ));
        }
    }
    let summary = |c: &super::contacts::ContactCell| {
        MeanSummary::from_sums(c.handled, c.handle_sum, c.handle_sq)
    };
    if let Some((difference, interval, _)) =
        mean_difference(summary(before), summary(after), CONFIDENCE)
    {
        out.push((
            KpiKind::Aht,
            Comparison {
                difference,
                interval,
                unit: Unit::Seconds,
                significant: interval.low > 0.0 || interval.high < 0.0,
                method: "difference of means, Welch's t interval",
            },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(scale: SurveyScale, counts: &[u64]) -> ScoreHistogram {
        ScoreHistogram::from_counts(scale, counts).unwrap()
    }

    #[test]
    fn nps_rise_is_significant_with_enough_answers() {
        let before = h(
            SurveyScale::ZeroToTen,
            &[30, 30, 30, 30, 30, 30, 100, 200, 200, 200, 200],
        );
        let after = h(
            SurveyScale::ZeroToTen,
            &[10, 10, 10, 10, 10, 10, 40, 200, 200, 300, 300],
        );
        let c = compare(&before, &after).unwrap();
        assert!(c.difference > 0.0 && c.significant, "{c:?}");
        assert_eq!(c.verdict(), "a significant rise");
        assert!(
            c.change_text().contains(" points (95% CI +"),
            "{}",
            c.change_text()
        );
        let same = compare(&before, &before).unwrap();
        assert!(!same.significant);
        assert_eq!(
            same.verdict(),
            "no significant change (the interval includes zero)"
        );
    }

    #[test]
    fn csat_uses_newcombe_on_top_two_box() {
        // 56/70 satisfied after, 48/80 before: Newcombe (1998) Table II, method 10.
        let before = h(SurveyScale::OneToFive, &[10, 10, 12, 24, 24]);
        let after = h(SurveyScale::OneToFive, &[4, 4, 6, 28, 28]);
        let c = compare(&before, &after).unwrap();
        assert!((c.difference - 20.0).abs() < 1e-9);
        assert_eq!(
            c.change_text(),
            "+20.0 percentage points (95% CI +5.2 to +33.4)"
        );
        assert!(
            (c.interval.low - 5.24).abs() < 0.005 && (c.interval.high - 33.39).abs() < 0.005,
            "{c:?}"
        );
    }

    #[test]
    fn contact_periods_compare_fcr_escalation_and_aht() {
        use crate::domain::kpi::contacts::ContactCell;
        use crate::domain::kpi::KpiKind;
        let cell = |yes: u64, known: u64, sum: f64, sq: f64, n: u64| ContactCell {
            contacts: known,
            fcr_known: known,
            fcr_yes: yes,
            handled: n,
            handle_sum: sum,
            handle_sq: sq,
            ..Default::default()
        };
        // 48/80 resolved before, 56/70 after: Newcombe (1998), Table II.
        let before = cell(48, 80, 3.0 * 300.0, 3.0 * 300.0 * 300.0 + 2.0 * 900.0, 3);
        let after = cell(56, 70, 0.0, 0.0, 0);
        let c = compare_contacts(&before, &after);
        assert_eq!(
            c.len(),
            1,
            "no handling times after, no escalation data: FCR only"
        );
        let (kind, fcr) = &c[0];
        assert_eq!(*kind, KpiKind::Fcr);
        assert!(
            (fcr.interval.low - 5.24).abs() < 0.005 && (fcr.interval.high - 33.39).abs() < 0.005
        );
        assert!(fcr.significant);
    }

    #[test]
    fn ces_uses_welch_and_mismatched_scales_do_not_compare() {
        let before = h(SurveyScale::OneToSeven, &[5, 5, 5, 5, 5, 5, 5]);
        let after = h(SurveyScale::OneToSeven, &[0, 0, 2, 3, 5, 10, 15]);
        let c = compare(&before, &after).unwrap();
        assert!(c.significant && c.difference > 0.0);
        assert!(compare(&before, &h(SurveyScale::OneToFive, &[1, 1, 1, 1, 1])).is_none());
        assert!(compare(&ScoreHistogram::new(SurveyScale::OneToSeven), &after).is_none());
    }
}
