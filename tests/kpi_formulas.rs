//! KPI formulas and intervals checked against worked examples published in the
//! literature (each test names its source), plus property tests of their bounds.

use cx_workbench::domain::kpi::stats::{
    mean_difference, normal_quantile, nps_difference, proportion_difference, sample_size_for_nps,
    sample_size_for_proportion, t_for, wilson, MeanSummary, NpsCounts,
};
use cx_workbench::domain::kpi::{operations, survey, ScoreHistogram, SurveyScale};
use proptest::prelude::*;

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

macro_rules! assert_close {
    ($a:expr, $b:expr, $tol:expr) => {
        assert!(
            close($a, $b, $tol),
            "{} is not within {} of {}",
            $a,
            $tol,
            $b
        )
    };
}

/// Critical values of Student's t, two-sided 95% (NIST/SEMATECH e-Handbook of
/// Statistical Methods, §1.3.6.7.2, table of upper critical values, α = 0.025).
#[test]
fn t_critical_values_match_the_nist_table() {
    for (df, t) in [
        (1.0, 12.706),
        (2.0, 4.303),
        (5.0, 2.571),
        (10.0, 2.228),
        (30.0, 2.042),
        (100.0, 1.984),
    ] {
        assert_close!(t_for(0.95, df), t, 0.0005);
    }
    assert_close!(normal_quantile(0.975), 1.959_963_984_540_054, 1e-12);
    assert_close!(normal_quantile(0.5), 0.0, 1e-12);
    assert_close!(normal_quantile(0.001), -3.090_232_306_167_813, 1e-9);
}

/// Wilson score interval without continuity correction: Newcombe, R. G. (1998). "Two-
/// sided confidence intervals for the single proportion: comparison of seven methods."
/// Statistics in Medicine 17, 857–872, Table I, method 3.
#[test]
fn wilson_matches_newcombe_1998() {
    for (s, n, low, high) in [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ] {
        let w = wilson(s, n, 0.95).unwrap();
        assert_close!(w.low, low, 0.00005);
        assert_close!(w.high, high, 0.00005);
    }
    assert!(wilson(0, 0, 0.95).is_none());
    assert!(wilson(3, 2, 0.95).is_none());
}

/// Difference of two independent proportions, hybrid score method: Newcombe, R. G.
/// (1998). "Interval estimation for the difference between independent proportions:
/// comparison of eleven methods." Statistics in Medicine 17, 873–890, Table II,
/// method 10.
#[test]
fn proportion_difference_matches_newcombe_1998() {
    for ((s1, n1), (s2, n2), low, high) in [
        ((56, 70), (48, 80), 0.0524, 0.3339),
        ((9, 10), (3, 10), 0.1705, 0.8090),
    ] {
        // Newcombe's p1 − p2 is "after − before" here.
        let (d, ci) = proportion_difference((s2, n2), (s1, n1), 0.95).unwrap();
        assert_close!(d, s1 as f64 / n1 as f64 - s2 as f64 / n2 as f64, 1e-12);
        assert_close!(ci.low, low, 0.00005);
        assert_close!(ci.high, high, 0.00005);
    }
}

/// Adjusted-Wald NPS interval (Rocks, B. (2016). "Interval estimation for the 'Net
/// Promoter Score'." The American Statistician 70(4), 365–372): add 3 to n and 3/4 to
/// promoters and to detractors — the pseudo-observations c(0.75, 1.5, 0.75) that are the
/// defaults of `nps_test(test = "adjusted.wald")` in Rocks's own R package NPS. No
/// published numeric example was found, so this checks the method worked by hand for
/// 40 promoters, 20 passives and 10 detractors.
#[test]
fn nps_adjusted_wald_interval() {
    let c = NpsCounts {
        promoters: 40,
        passives: 20,
        detractors: 10,
    };
    assert_close!(c.score().unwrap(), 100.0 * 30.0 / 70.0, 1e-9);
    // By hand: n' = 73, p' = 40.75/73 = 0.558219, d' = 10.75/73 = 0.147260,
    // NPS' = 0.410959, var = p' + d' − NPS'² = 0.536592, se = √(var/73) = 0.085736,
    // 95%: 0.410959 ± 1.959964 × 0.085736 = 0.242923 .. 0.578995.
    let ci = c.interval(0.95).unwrap();
    assert_close!(ci.low, 24.2923, 0.001);
    assert_close!(ci.high, 57.8995, 0.001);
    // The interval never leaves −100..100.
    let all = NpsCounts {
        promoters: 5,
        passives: 0,
        detractors: 0,
    };
    assert!(all.interval(0.95).unwrap().high <= 100.0);
    assert!(NpsCounts::default().interval(0.95).is_none());
}

/// The t interval for a mean: n = 10, mean 4.6, sd 1.2 gives 4.6 ± 2.262 × 1.2/√10.
#[test]
fn mean_interval_uses_t() {
    let m = MeanSummary {
        n: 10,
        mean: 4.6,
        sd: 1.2,
    };
    let ci = m.interval(0.95).unwrap();
    let half = 2.262_157 * 1.2 / 10f64.sqrt();
    assert_close!(ci.low, 4.6 - half, 1e-5);
    assert_close!(ci.high, 4.6 + half, 1e-5);
    let s = MeanSummary::from_sums(4, 10.0, 30.0); // 1, 2, 3, 4
    assert_close!(s.mean, 2.5, 1e-12);
    assert_close!(s.sd, (5.0f64 / 3.0).sqrt(), 1e-12);
}

/// Welch's interval for a difference of means, with Welch–Satterthwaite df.
#[test]
fn welch_difference_of_means() {
    let before = MeanSummary {
        n: 15,
        mean: 300.0,
        sd: 40.0,
    };
    let after = MeanSummary {
        n: 20,
        mean: 270.0,
        sd: 30.0,
    };
    let (d, ci, df) = mean_difference(before, after, 0.95).unwrap();
    assert_close!(d, -30.0, 1e-12);
    let (v1, v2) = (900.0 / 20.0, 1600.0 / 15.0);
    let df_hand = (v1 + v2) * (v1 + v2) / (v1 * v1 / 19.0 + v2 * v2 / 14.0);
    assert_close!(df, df_hand, 1e-9);
    assert_close!(ci.margin(), t_for(0.95, df_hand) * (v1 + v2).sqrt(), 1e-6);
    assert!(
        ci.high < 0.0,
        "a clear fall in handling time is significant"
    );
}

/// Sample size for a proportion at ±5% and 95%: 385 (the figure every survey table
/// gives: 1.96² × 0.25 / 0.05² = 384.2, rounded up).
#[test]
fn sample_sizes() {
    assert_eq!(sample_size_for_proportion(0.05, 0.95, None), 385);
    assert_eq!(sample_size_for_proportion(0.03, 0.95, None), 1068);
    // NPS worst case (variance 1): ±5 points needs 1,537 − 3 answers.
    assert_eq!(sample_size_for_nps(5.0, 0.95, None), 1534);
}

#[test]
fn survey_kpis_from_histograms() {
    let nps_h =
        ScoreHistogram::from_counts(SurveyScale::ZeroToTen, &[1, 0, 0, 2, 0, 3, 4, 5, 5, 10, 20])
            .unwrap();
    let f = survey::nps(&nps_h).unwrap();
    assert_eq!(f.n, 50);
    assert_close!(f.value, 100.0 * (30.0 - 10.0) / 50.0, 1e-9);
    assert!(f.definition().starts_with("NPS = % promoters (9–10)"));

    let csat_h = ScoreHistogram::from_counts(SurveyScale::OneToFive, &[2, 3, 5, 20, 20]).unwrap();
    let f = survey::csat(&csat_h).unwrap();
    assert_close!(f.value, 80.0, 1e-9);
    assert_close!(
        f.secondary.clone().unwrap().value,
        (2.0 + 6.0 + 15.0 + 80.0 + 100.0) / 50.0,
        1e-9
    );
    let w = wilson(40, 50, 0.95).unwrap();
    assert_close!(f.interval.unwrap().low, 100.0 * w.low, 1e-9);

    let ces_h =
        ScoreHistogram::from_counts(SurveyScale::OneToSeven, &[0, 0, 1, 1, 3, 3, 2]).unwrap();
    let f = survey::ces(&ces_h).unwrap();
    assert_close!(f.value, (3.0 + 4.0 + 15.0 + 18.0 + 14.0) / 10.0, 1e-9);
    assert_close!(f.secondary.clone().unwrap().value, 80.0, 1e-9);
}

#[test]
fn contact_centre_formulas() {
    let f = operations::aht(30_000.0, 3_000.0, 7_000.0, 100, None).unwrap();
    assert_close!(f.value, 400.0, 1e-9);
    assert!(f.interval.is_none());
    assert_close!(operations::asa(2_000.0, 100).unwrap().value, 20.0, 1e-9);
    assert_close!(operations::abandonment(5, 100).unwrap().value, 5.0, 1e-9);
    assert_close!(
        operations::service_level(80, 100).unwrap().value,
        80.0,
        1e-9
    );
    assert_close!(
        operations::complaint_rate(3, 2_000).unwrap().value,
        1.5,
        1e-9
    );
    assert_close!(operations::fcr(72, 100).unwrap().value, 72.0, 1e-9);
    let r = operations::resolution_time(&[3600.0, 7200.0, 1800.0, 86_400.0]).unwrap();
    assert_close!(r.value, 24_750.0, 1e-9);
    assert_close!(r.secondary.clone().unwrap().value, 5400.0, 1e-9);
    assert!(operations::aht(1.0, 1.0, 1.0, 0, None).is_none());
    assert!(operations::fcr(5, 4).is_none());
    assert_eq!(
        operations::FcrMethod::Operational { window_days: 7 }.describe(),
        "measured operationally: no repeat contact within 7 days"
    );
}

#[test]
fn nps_difference_between_periods() {
    let before = NpsCounts {
        promoters: 300,
        passives: 400,
        detractors: 300,
    };
    let after = NpsCounts {
        promoters: 400,
        passives: 400,
        detractors: 200,
    };
    let (d, ci) = nps_difference(before, after, 0.95).unwrap();
    assert_close!(d, 20.0, 1e-9);
    assert!(
        ci.low > 0.0,
        "a 20-point rise on 1,000 answers each is significant"
    );
    let (_, same) = nps_difference(before, before, 0.95).unwrap();
    assert!(same.contains(0.0));
}

proptest! {
    #[test]
    fn wilson_bounds_hold(n in 1u64..5_000, k in 0u64..5_000) {
        let s = k % (n + 1);
        let w = wilson(s, n, 0.95).unwrap();
        let p = s as f64 / n as f64;
        prop_assert!(0.0 <= w.low && w.low <= p + 1e-12 && p <= w.high + 1e-12 && w.high <= 1.0);
        // Symmetry: the interval for failures mirrors the one for successes.
        let m = wilson(n - s, n, 0.95).unwrap();
        prop_assert!(close(w.low, 1.0 - m.high, 1e-9) && close(w.high, 1.0 - m.low, 1e-9));
        // More confidence, wider interval.
        let wide = wilson(s, n, 0.99).unwrap();
        prop_assert!(wide.low <= w.low + 1e-12 && wide.high + 1e-12 >= w.high);
    }

    #[test]
    fn nps_interval_within_bounds_and_monotone(p in 0u64..500, pa in 0u64..500, d in 0u64..500) {
        prop_assume!(p + pa + d > 0);
        let c = NpsCounts { promoters: p, passives: pa, detractors: d };
        let ci = c.interval(0.95).unwrap();
        prop_assert!(-100.0 <= ci.low && ci.low <= ci.high && ci.high <= 100.0);
        // One more promoter never lowers the score or the interval.
        let more = NpsCounts { promoters: p + 1, ..c };
        prop_assert!(more.score().unwrap() >= c.score().unwrap());
        prop_assert!(more.interval(0.95).unwrap().low >= ci.low - 1e-9);
    }

    #[test]
    fn t_quantile_exceeds_normal_and_falls_with_df(df in 1.0f64..500.0) {
        let t = t_for(0.95, df);
        prop_assert!(t > 1.959_96);
        prop_assert!(t_for(0.95, df + 1.0) < t);
    }
}
