//! The analysis in words: the vital few, the team's rule, and what a control chart
//! shows, so a reader without the chart (a screen reader, a printout) gets the same.

use super::ControlChart;
use crate::domain::complaints::recurrence::{ParetoBar, RecurrenceRule};
use crate::domain::kpi::format::fixed;

/// "A, B and C".
pub fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The vital few in a sentence: which categories make up the first 80% or more of the
/// complaints (bars from `recurrence::pareto`); empty when there are none.
pub fn vital_words(bars: &[ParetoBar]) -> String {
    let vital: Vec<&ParetoBar> = bars.iter().filter(|b| b.vital).collect();
    let Some(last) = vital.last() else {
        return String::new();
    };
    let total: u64 = bars.iter().map(|b| b.count).sum();
    let names: Vec<&str> = vital.iter().map(|b| b.category.as_str()).collect();
    let (verb, start) = match names.len() {
        1 => ("makes", "it"),
        _ => ("make", "these"),
    };
    format!(
        "The vital few: {} {verb} up {}% of the {total} complaints. Start with {start}.",
        and_list(&names),
        fixed(last.cumulative, 0),
    )
}

/// The team's rule in words: "at least 3 complaints within 90 days".
pub fn rule_words(rule: &RecurrenceRule) -> String {
    let plural = |n: u32, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    format!(
        "at least {} within {}",
        plural(rule.at_least, "complaint", "complaints"),
        plural(rule.window_days, "day", "days")
    )
}

/// What a control chart shows, in words: its lines, the periods beyond the limits and
/// each run, as the page says it beside the chart.
pub fn control_words(c: &ControlChart) -> String {
    let k = &c.chart;
    let mut words = format!(
        "Centre line {} complaints a period; upper limit {}, lower limit {}.",
        fixed(k.mean, 1),
        fixed(k.upper, 1),
        fixed(k.lower, 1)
    );
    let outside: Vec<&str> = c
        .points
        .iter()
        .filter(|p| p.outside)
        .map(|p| p.label.as_str())
        .collect();
    words.push(' ');
    words.push_str(&match outside.len() {
        0 => "No period is beyond the limits.".to_string(),
        _ => format!(
            "Beyond the limits (a special cause to look into): {}.",
            and_list(&outside)
        ),
    });
    for (run, &(a, b)) in k.runs.iter().enumerate() {
        let side = if c.points[a].count as f64 > k.mean {
            "above"
        } else {
            "below"
        };
        words.push_str(&format!(
            " Run {}: {} periods {side} the centre line, {} to {}: the level has shifted.",
            run + 1,
            b - a + 1,
            c.points[a].label,
            c.points[b].label
        ));
    }
    words
}

/// What the chart says of one period, for its row in the table.
pub fn signal_words(c: &ControlChart, i: usize) -> String {
    let Some(p) = c.points.get(i) else {
        return String::new();
    };
    let mut out = Vec::new();
    if p.outside {
        out.push(if p.count as f64 > c.chart.upper {
            "◆ above the upper limit"
        } else {
            "◆ below the lower limit"
        });
    }
    if p.in_run {
        out.push("in a run on one side of the centre line");
    }
    if out.is_empty() {
        "within the limits".into()
    } else {
        out.join("; ")
    }
}
