use super::*;

fn counts(list: &[(&str, u64)]) -> Vec<(String, u64)> {
    list.iter().map(|(c, n)| (c.to_string(), *n)).collect()
}

#[test]
fn pareto_bars_run_highest_first_with_the_cumulative_share() {
    // Worked by hand: 100 complaints. Delivery 45 (45%), Billing 30 (75%), Staff 15
    // (90%: the bar that passes 80% is the last of the vital few), Website 10 (100%).
    let bars = pareto(&counts(&[
        ("Website", 10),
        ("Billing", 30),
        ("Staff", 15),
        ("Delivery", 45),
        ("Returns", 0),
    ]));
    let names: Vec<&str> = bars.iter().map(|b| b.category.as_str()).collect();
    assert_eq!(
        names,
        ["Delivery", "Billing", "Staff", "Website"],
        "no bar for a category with none"
    );
    let cumulative: Vec<f64> = bars.iter().map(|b| b.cumulative).collect();
    assert_eq!(cumulative, [45.0, 75.0, 90.0, 100.0]);
    assert_eq!(
        bars.iter().map(|b| b.vital).collect::<Vec<_>>(),
        [true, true, true, false]
    );
    assert_eq!(bars[1].share, 30.0);
}

/// A published worked example: Mathspace, "Pareto charts" (hotel customer complaints
/// over a month: reservation wait time 33, room cleanliness 19, room service time 11,
/// staff attitude 9, noise level 5, other 3; 80 in all), whose frequency table gains
/// cumulative frequency and cumulative percentage columns.
#[test]
fn mathspace_hotel_complaints_pareto() {
    let bars = pareto(&counts(&[
        ("Noise level", 5),
        ("Other", 3),
        ("Reservation wait time", 33),
        ("Room cleanliness", 19),
        ("Room service time", 11),
        ("Staff attitude", 9),
    ]));
    let names: Vec<&str> = bars.iter().map(|b| b.category.as_str()).collect();
    assert_eq!(
        names,
        [
            "Reservation wait time",
            "Room cleanliness",
            "Room service time",
            "Staff attitude",
            "Noise level",
            "Other"
        ]
    );
    // Cumulative frequencies 33, 52, 63, 72, 77, 80 of 80.
    let want = [41.25, 65.0, 78.75, 90.0, 96.25, 100.0];
    for (bar, want) in bars.iter().zip(want) {
        assert!(
            (bar.cumulative - want).abs() < 1e-9,
            "{}: {}",
            bar.category,
            bar.cumulative
        );
    }
    assert!((bars[0].share - 41.25).abs() < 1e-9);
    // 78.75% falls short of 80%: the fourth bar, which passes it, ends the vital few.
    assert_eq!(
        bars.iter().map(|b| b.vital).collect::<Vec<_>>(),
        [true, true, true, true, false, false]
    );
}

#[test]
fn a_bar_that_reaches_80_exactly_ends_the_vital_few_and_ties_go_by_name() {
    let bars = pareto(&counts(&[("B", 40), ("A", 40), ("C", 20)]));
    assert_eq!(bars[0].category, "A");
    assert_eq!(
        bars.iter().map(|b| b.vital).collect::<Vec<_>>(),
        [true, true, false]
    );
    assert!(pareto(&counts(&[("A", 0)])).is_empty());
}

/// A published worked example: D. C. Montgomery, *Introduction to Statistical Quality
/// Control* (6th ed., Wiley, 2009), section 7.3.1, the nonconformities found in 26
/// successive samples of 100 printed circuit boards: c̄ = 516/26 = 19.85, UCL = 33.22,
/// LCL = 6.48, with samples 6 and 20 beyond the limits.
#[test]
fn montgomery_circuit_board_c_chart() {
    let found = [
        21, 24, 16, 12, 15, 5, 28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30, 24, 16,
        19, 17, 15,
    ];
    let c = c_chart(&found).unwrap();
    let two = |x: f64| (x * 100.0).round() / 100.0;
    assert_eq!(two(c.mean), 19.85);
    assert_eq!(
        two(c.upper),
        33.21,
        "19.846 + 3 × √19.846 (the book rounds c̄ first: 33.22)"
    );
    assert_eq!(two(c.lower), 6.48);
    assert_eq!(c.outside, vec![5, 19], "samples 6 and 20");
    assert!(c.runs.is_empty());
}

#[test]
fn a_c_chart_flags_runs_of_seven_and_floors_its_lower_limit() {
    let c = c_chart(&[1, 0, 2, 1, 0, 1, 1, 1, 0, 2]).unwrap();
    assert_eq!(c.lower, 0.0);
    let run = c_chart(&[2, 2, 2, 2, 2, 2, 2, 9, 9, 9, 9, 9, 9, 9]).unwrap();
    assert_eq!(run.runs, vec![(0, 6), (7, 13)]);
    let six = c_chart(&[2, 2, 2, 2, 2, 2, 9, 9, 9, 9, 9, 9]).unwrap();
    assert!(six.runs.is_empty(), "six in a row is not a run");
    assert_eq!(c_chart(&[1, 2, 3]), None, "too few periods");
    assert_eq!(c_chart(&[0, 0, 0, 0]), None, "no complaints");
}

#[test]
fn recurring_means_at_least_n_within_the_window() {
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let rule = RecurrenceRule {
        at_least: 3,
        window_days: 30,
    };
    assert!(
        rule.recurs(&[day(3, 1), day(3, 15), day(3, 30)]),
        "three within 30 days"
    );
    assert!(
        !rule.recurs(&[day(3, 1), day(3, 15), day(3, 31)]),
        "the third is on day 31"
    );
    assert!(
        rule.recurs(&[day(6, 2), day(1, 1), day(6, 1), day(6, 20)]),
        "in any order"
    );
    assert!(!rule.recurs(&[day(1, 1), day(1, 2)]), "two is not three");
    assert_eq!(rule.words(&[day(1, 1)]), "one-off");
    let one = RecurrenceRule {
        at_least: 1,
        window_days: 1,
    };
    assert!(one.recurs(&[day(1, 1)]));
    assert_eq!(
        RecurrenceRule::default(),
        RecurrenceRule {
            at_least: 3,
            window_days: 90
        }
    );
}
