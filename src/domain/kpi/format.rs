//! Numbers for people: fixed decimals, signs and units, with integer arithmetic (the
//! download carries no float formatter), and "copy with definition" text for reports.

use super::survey::{KpiFigure, Unit};

/// `x` rounded to `decimals` places, e.g. fixed(-3.14159, 1) = "-3.1"; "–" if not finite.
pub fn fixed(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let scale = 10i64.pow(decimals);
    let n = (x * scale as f64).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    let whole = n / scale as u64;
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        let frac = n % scale as u64;
        format!("{sign}{whole}.{frac:0width$}", width = decimals as usize)
    }
}

/// A value in its unit: "+32", "78.4%", "5.2", "6m 40s", "1.5 per 1,000".
pub fn with_unit(x: f64, unit: Unit) -> String {
    match unit {
        Unit::Points => {
            let s = fixed(x, 0);
            if x.round() > 0.0 {
                format!("+{s}")
            } else {
                s
            }
        }
        Unit::Percent => format!("{}%", fixed(x, 1)),
        Unit::Score => fixed(x, 2),
        Unit::Seconds => duration(x),
        Unit::PerThousand => format!("{} per 1,000", fixed(x, 2)),
    }
}

/// A change in a unit, always with its sign: "+3.2%", "-9", "+0.40".
pub fn signed(x: f64, unit: Unit) -> String {
    let s = with_unit(x, unit);
    if s.starts_with('-') || s.starts_with('+') {
        s
    } else {
        format!("+{s}")
    }
}

/// Seconds as "45s", "6m 40s" or "2h 05m".
pub fn duration(seconds: f64) -> String {
    if !seconds.is_finite() {
        return "–".into();
    }
    if seconds.round() < 0.0 {
        // Changes in handling time can be negative.
        return format!("-{}", duration(-seconds));
    }
    let s = seconds.round() as u64;
    match s {
        0..=59 => format!("{s}s"),
        60..=3599 => format!("{}m {:02}s", s / 60, s % 60),
        _ => format!("{}h {:02}m", s / 3600, s % 3600 / 60),
    }
}

/// The interval of a figure as "+24 to +58", if it has one.
pub fn interval_text(f: &KpiFigure) -> Option<String> {
    f.interval.map(|i| {
        format!(
            "{} to {}",
            with_unit(i.low, f.unit),
            with_unit(i.high, f.unit)
        )
    })
}

/// The figure as a line of text for a report: value, interval, n and definition.
pub fn copy_text(f: &KpiFigure, context: &str) -> String {
    copy_text_with(f, context, f.definition())
}

/// [`copy_text`] with the definition stored with the data.
pub fn copy_text_with(f: &KpiFigure, context: &str, definition: &str) -> String {
    let interval = interval_text(f)
        .map(|i| format!(" (95% CI {i})"))
        .unwrap_or_default();
    let context = if context.is_empty() {
        String::new()
    } else {
        format!(", {context}")
    };
    format!(
        "{} {}{interval}, n = {}{context}. Definition: {}.",
        f.kind.name(),
        with_unit(f.value, f.unit),
        f.n,
        definition
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::stats::NpsCounts;
    use crate::domain::kpi::survey::nps_from_counts;

    #[test]
    fn fixed_rounds_and_signs() {
        assert_eq!(fixed(-3.04159, 1), "-3.0");
        assert_eq!(fixed(2.005, 0), "2");
        assert_eq!(fixed(0.049, 2), "0.05");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 1), "–");
        assert_eq!(with_unit(32.4, Unit::Points), "+32");
        assert_eq!(with_unit(-8.6, Unit::Points), "-9");
        assert_eq!(with_unit(78.44, Unit::Percent), "78.4%");
        assert_eq!(duration(400.0), "6m 40s");
        assert_eq!(signed(33.33, Unit::Percent), "+33.3%");
        assert_eq!(signed(-2.0, Unit::Score), "-2.00");
        assert_eq!(signed(12.0, Unit::Points), "+12");
        assert_eq!(duration(7_500.0), "2h 05m");
        assert_eq!(duration(-60.0), "-1m 00s");
        assert_eq!(signed(-60.0, Unit::Seconds), "-1m 00s");
        assert_eq!(signed(60.0, Unit::Seconds), "+1m 00s");
    }

    #[test]
    fn copy_text_states_the_definition() {
        let f = nps_from_counts(NpsCounts {
            promoters: 40,
            passives: 20,
            detractors: 10,
        })
        .unwrap();
        let t = copy_text(&f, "North region, Nov 2026");
        assert!(t.starts_with("NPS +43 (95% CI +24 to +58), n = 70, North region, Nov 2026. Definition: NPS = % promoters"), "{t}");
    }
}
