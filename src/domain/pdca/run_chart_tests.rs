//! The run chart's limits against hand-worked arithmetic, each rule just short of and
//! at its length, the verdict's words, the refusals, and the SVG's escaping and bounds.

use super::*;
use proptest::prelude::*;

/// Baseline 12, 14, 11, 13, 12, 10: sum 72, mean 72 / 6 = 12.
/// Moving ranges 2, 3, 2, 1, 2: sum 10, MR-bar 10 / 5 = 2.
/// Limits 12 ± 2.66 × 2 = 12 ± 5.32: upper 17.32, lower 6.68.
const BASE: [f64; 6] = [12.0, 14.0, 11.0, 13.0, 12.0, 10.0];

/// The baseline followed by `after`, with the change marked at the first of `after`.
fn changed(after: &[f64]) -> RunChart {
    let values: Vec<f64> = BASE.iter().chain(after).copied().collect();
    analyse(&values, Some(BASE.len())).unwrap()
}

fn kinds(chart: &RunChart) -> Vec<(SignalKind, Direction, usize, usize)> {
    let s = chart.signals.iter();
    s.map(|s| (s.kind, s.direction, s.first, s.last)).collect()
}

#[test]
fn limits_match_the_hand_worked_example() {
    let l = changed(&[12.0]).limits;
    assert!((l.mean - 12.0).abs() < 1e-9);
    assert!((l.mr_bar - 2.0).abs() < 1e-9);
    assert!((l.upper - 17.32).abs() < 1e-9);
    assert!((l.lower - 6.68).abs() < 1e-9);
}

#[test]
fn a_point_beyond_a_limit_is_a_signal_and_one_inside_is_not() {
    let c = changed(&[17.4, 11.0, 6.6]);
    use Direction::*;
    use SignalKind::OutsideLimits as O;
    assert_eq!(kinds(&c), vec![(O, Up, 6, 6), (O, Down, 8, 8)]);
    assert!(changed(&[17.3, 6.7]).signals.is_empty());
}

#[test]
fn seven_points_above_the_mean_are_a_shift_six_are_not() {
    let seven = changed(&[13.0, 14.0, 13.0, 14.0, 13.0, 14.0, 13.0]);
    assert_eq!(
        kinds(&seven),
        vec![(SignalKind::Shift, Direction::Up, 6, 12)]
    );
    assert_eq!(seven.change, Some(Direction::Up));
    assert!(changed(&[13.0, 14.0, 13.0, 14.0, 13.0, 14.0])
        .signals
        .is_empty());
    let below = changed(&[11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0]);
    assert_eq!(
        kinds(&below),
        vec![(SignalKind::Shift, Direction::Down, 6, 12)]
    );
}

#[test]
fn a_point_exactly_on_the_mean_breaks_a_shift() {
    let c = changed(&[13.0, 14.0, 13.0, 12.0, 14.0, 13.0, 14.0, 13.0]);
    assert!(c.signals.is_empty(), "{:?}", c.signals);
}

#[test]
fn seven_rising_points_are_a_trend_six_are_not() {
    // Crosses the mean (3 below, 4 above), so no shift; all within the limits.
    let seven = changed(&[9.0, 10.0, 11.0, 12.5, 13.0, 14.0, 15.0]);
    assert_eq!(
        kinds(&seven),
        vec![(SignalKind::Trend, Direction::Up, 6, 12)]
    );
    let down = changed(&[15.0, 14.0, 13.0, 11.5, 11.0, 10.0, 9.0]);
    assert_eq!(
        kinds(&down),
        vec![(SignalKind::Trend, Direction::Down, 6, 12)]
    );
    // Six judged rises after the baseline's last point (10): that point is not judged,
    // so it does not count and six points are not a trend.
    let six = changed(&[10.5, 11.0, 11.5, 12.5, 13.0, 14.0]);
    assert!(six.signals.is_empty(), "{:?}", six.signals);
}

#[test]
fn equal_neighbours_break_a_trend() {
    let c = changed(&[9.0, 10.0, 11.0, 11.0, 12.5, 13.0, 14.0, 15.0]);
    assert!(c.signals.is_empty(), "{:?}", c.signals);
}

#[test]
fn the_summary_names_the_evidence() {
    let c = changed(&[13.0, 14.0, 13.0, 18.0, 13.0, 14.0, 13.0, 14.0]);
    assert_eq!(
        c.summary(),
        "The process changed: 8 periods in a row above the old mean (a shift), \
         and one point above the upper limit."
    );
    let calm = changed(&[12.0, 13.0, 11.0]);
    assert_eq!(calm.change, None);
    assert!(!calm.is_mixed());
    assert_eq!(
        calm.summary(),
        "No sign the process changed: every point after the change is within the limits \
         with no shift or trend."
    );
}

#[test]
fn signals_both_ways_are_mixed_not_a_change() {
    // 18 is above the upper limit, and the seven points fall each period.
    let c = changed(&[18.0, 17.0, 16.0, 15.0, 14.0, 13.0, 12.0]);
    assert_eq!(c.change, None);
    assert!(c.is_mixed());
    assert!(
        c.summary().starts_with("Signals point both up and down"),
        "{}",
        c.summary()
    );
    assert!(c.summary().contains("7 periods in a row each lower"));
}

#[test]
fn without_a_change_every_point_is_baseline_and_judged() {
    // 1..=7 then a fall: limits from all 9 points, and the rise is a trend.
    let values = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 3.0, 4.0];
    let whole = analyse(&values, None).unwrap();
    assert!((whole.limits.mean - 35.0 / 9.0).abs() < 1e-9);
    assert_eq!(
        kinds(&whole),
        vec![(SignalKind::Trend, Direction::Up, 0, 6)]
    );
    assert!(whole.summary().contains("each higher"));
    // Marked after the rise, the rise is baseline and not judged.
    let marked = analyse(&values, Some(7)).unwrap();
    assert!(marked.signals.is_empty());
    assert!((marked.limits.mean - 4.0).abs() < 1e-9);
}

#[test]
fn too_few_baseline_periods_say_how_many_are_needed() {
    let e = analyse(&[1.0, 2.0, 3.0, 4.0, 5.0], Some(3)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "at least 6 periods before the change are needed; there are 3"
    );
    let e = analyse(&[1.0, 2.0, 3.0, 4.0, 5.0], None).unwrap_err();
    assert_eq!(
        e.to_string(),
        "at least 6 periods are needed to draw limits; there are 5"
    );
    let one = analyse(&[4.0], None).unwrap_err();
    assert_eq!(
        one,
        RunChartError::TooFewBaseline {
            have: 1,
            change_marked: false
        }
    );
    assert!(analyse(&[], None).is_err());
}

#[test]
fn values_that_are_not_numbers_and_a_change_past_the_end_are_refused() {
    let e = analyse(&[1.0, f64::NAN, 3.0], None).unwrap_err();
    assert_eq!(e, RunChartError::NotANumber { period: 2 });
    assert!(e.to_string().contains("period 2 is not a number"));
    let inf = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, f64::INFINITY];
    assert_eq!(
        analyse(&inf, Some(6)),
        Err(RunChartError::NotANumber { period: 7 })
    );
    let e = analyse(&BASE, Some(7)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the change is marked at period 8, but there are only 6 periods"
    );
    let huge = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, -f64::MAX];
    assert_eq!(
        analyse(&huge, Some(6)),
        Err(RunChartError::TooLarge { period: 7 })
    );
    assert!(analyse(&[1e15, -1e15, 1e15, -1e15, 1e15, -1e15], None).is_ok());
    let at_end = analyse(&BASE, Some(6)).unwrap();
    assert!(at_end
        .summary()
        .starts_with("No periods after the change yet"));
}

#[test]
fn a_flat_series_has_zero_spread_and_draws() {
    let flat = analyse(&[5.0; 10], None).unwrap();
    assert_eq!(flat.limits.mr_bar, 0.0);
    assert_eq!((flat.limits.upper, flat.limits.lower), (5.0, 5.0));
    assert!(flat.signals.is_empty());
    let g = flat.geometry(300, 200);
    assert!(g.points.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
    assert!(g.points.windows(2).all(|w| w[0].1 == w[1].1));
    assert!(!flat.svg(&[], 300, 200).contains("NaN"));
    // Any move off a flat baseline is beyond its limits.
    let moved = analyse(&[5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 6.0], Some(6)).unwrap();
    assert_eq!(
        kinds(&moved),
        vec![(SignalKind::OutsideLimits, Direction::Up, 6, 6)]
    );
}

#[test]
fn geometry_puts_higher_values_higher_and_marks_the_change_between_periods() {
    let c = changed(&[13.0, 14.0]);
    let g = c.geometry(400, 200);
    assert!(g.points[1].1 < g.points[0].1, "14 is drawn above 12");
    assert!(g.upper_y < g.mean_y && g.mean_y < g.lower_y);
    let cx = g.change_x.unwrap();
    assert!(g.points[5].0 < cx && cx < g.points[6].0);
}

#[test]
fn the_svg_escapes_hostile_labels_and_marks_signals_by_shape() {
    let c = changed(&[17.4, 11.0]);
    let labels: Vec<String> = (0..8)
        .map(|i| format!("<script>alert({i})</script>&'\""))
        .collect();
    let svg = c.svg(&labels, 500, 250);
    assert!(!svg.contains("<script"), "{svg}");
    assert!(svg.contains("&lt;script&gt;alert(6)&lt;/script&gt;&amp;&#39;&quot;"));
    assert!(svg.contains("<title id=\"rc-title\">Run chart of 8 periods</title>"));
    assert!(
        svg.contains("one point above the upper limit"),
        "the desc says it in words"
    );
    assert!(svg.contains(">change</text>"));
    assert_eq!(
        svg.matches("stroke-dasharray=\"6 4\"").count(),
        2,
        "both limits dashed"
    );
    assert_eq!(svg.matches("(signal, up)").count(), 1, "one triangle point");
    assert_eq!(svg.matches("<circle").count(), 7, "the others are dots");
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
}

proptest! {
    #[test]
    fn the_svg_never_holds_label_markup_and_every_point_is_inside(
        values in prop::collection::vec(-MAX_MAGNITUDE..MAX_MAGNITUDE, 6..40),
        cut in 0usize..40,
        marked in any::<bool>(),
        labels in prop::collection::vec("(<script>|<SCRIPT |[a-z&<>\"' ]){0,12}", 0..40),
        width in 0u32..2000,
        height in 0u32..1200,
    ) {
        let change_at = (marked && cut >= MIN_BASELINE && cut <= values.len()).then_some(cut);
        let chart = analyse(&values, change_at).unwrap();
        let svg = chart.svg(&labels, width, height);
        prop_assert!(!svg.to_lowercase().contains("<script"));
        let g = chart.geometry(width, height);
        for &(x, y) in &g.points {
            prop_assert!((0.0..=g.width).contains(&x) && (0.0..=g.height).contains(&y));
        }
        for y in [g.mean_y, g.upper_y, g.lower_y] {
            prop_assert!((0.0..=g.height).contains(&y));
        }
        if let Some(x) = g.change_x {
            prop_assert!((0.0..=g.width).contains(&x));
        }
    }
}

/// A published worked example: D. C. Montgomery, *Introduction to Statistical Quality
/// Control* (6th ed., Wiley, 2009), Example 6.5, the viscosity of aircraft primer paint
/// in 15 batches, charted for individuals with a moving range of 2. The book finds
/// x̄ = 33.52, MR̄ = 0.48, UCL = 34.80 and LCL = 32.24, and the process in control.
#[test]
fn montgomery_example_6_5_primer_viscosity() {
    let viscosity = [
        33.75, 33.05, 34.00, 33.81, 33.46, 34.02, 33.68, 33.27, 33.49, 33.20, 33.62, 33.00, 33.54,
        33.12, 33.84,
    ];
    let chart = analyse(&viscosity, None).unwrap();
    let two = |x: f64| (x * 100.0).round() / 100.0;
    assert_eq!(two(chart.limits.mean), 33.52);
    assert_eq!(two(chart.limits.mr_bar), 0.48);
    assert_eq!(two(chart.limits.upper), 34.80);
    assert_eq!(two(chart.limits.lower), 32.24);
    assert!(chart.signals.is_empty(), "in control: {:?}", chart.signals);
    assert_eq!(chart.change, None);
}
