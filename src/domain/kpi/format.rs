//! Numbers for people: fixed decimals, signs and units, with integer arithmetic (the
//! download carries no float formatter), how each interval was made, and "copy with
//! definition" text for reports.
//!
//! One sign rule for every figure, definition and chart (KPI cards, tables, SVG
//! charts, the journey map's emotions and KPI cards): a negative number is written
//! with [`MINUS`], the hyphen-minus, and a change or emotion that rounds to zero is
//! "0", never "+0" or "-0". The hyphen-minus rather than U+2212 because figures are
//! copied into spreadsheets and reports, where "−10" is text and "-10" a number.

use super::stats::NpsCounts;
use super::survey::{KpiFigure, Unit};

/// The minus sign every figure is written with.
pub const MINUS: char = '-';

/// `text` with any U+2212 minus sign written as [`MINUS`] (definitions stored by
/// earlier versions used U+2212).
pub fn one_minus(text: &str) -> String {
    text.replace('\u{2212}', "-")
}

/// A whole number with its sign: "+2", "0", "-1" (emotions, changes in points).
pub fn signed_whole(n: i64) -> String {
    if n > 0 {
        format!("+{n}")
    } else if n < 0 {
        format!("{MINUS}{}", n.unsigned_abs())
    } else {
        "0".into()
    }
}

/// `x` rounded to `decimals` places with its sign: "+3.2", "-0.5", "0.0" (zero never
/// signed).
pub fn signed_fixed(x: f64, decimals: u32) -> String {
    let s = fixed(x, decimals);
    if s.starts_with(MINUS) || is_zero(&s) || !x.is_finite() {
        s
    } else {
        format!("+{s}")
    }
}

/// True when a formatted number shows only zeros ("0", "0.0", "0.0%").
fn is_zero(shown: &str) -> bool {
    shown.chars().filter(char::is_ascii_digit).all(|c| c == '0')
}

/// `x` rounded to `decimals` places, e.g. fixed(-3.14159, 1) = "-3.1"; "–" if not finite.
pub fn fixed(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let scale = 10i64.pow(decimals);
    let n = (x * scale as f64).round() as i64;
    let sign = if n < 0 {
        MINUS.to_string()
    } else {
        String::new()
    };
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

/// A change in a unit, with its sign: "+3.2%", "-9", "+0.40"; no change is unsigned
/// ("0", "0.0%").
pub fn signed(x: f64, unit: Unit) -> String {
    let s = with_unit(x, unit);
    if s.starts_with(MINUS) || s.starts_with('+') || is_zero(&s) {
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
        return format!("{MINUS}{}", duration(-seconds));
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

/// The interval with how it was made: "95% CI +24 to +58 (adjusted-Wald)".
pub fn interval_with_method(f: &KpiFigure) -> Option<String> {
    let i = interval_text(f)?;
    Some(match f.interval_method() {
        Some(m) => format!("95% CI {i} ({})", m.name()),
        None => format!("95% CI {i}"),
    })
}

/// `part` as a whole percentage of `whole`: "57%" ("–" of nothing).
pub fn percent_of(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "–".into();
    }
    format!("{}%", fixed(100.0 * part as f64 / whole as f64, 0))
}

/// The counts behind an NPS: "Promoters 40 (57%), passives 20 (29%), detractors 10
/// (14%)".
pub fn nps_counts_text(c: &NpsCounts) -> String {
    let n = c.n();
    format!(
        "Promoters {} ({}), passives {} ({}), detractors {} ({})",
        c.promoters,
        percent_of(c.promoters, n),
        c.passives,
        percent_of(c.passives, n),
        c.detractors,
        percent_of(c.detractors, n)
    )
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
    let method = f
        .interval_method()
        .map(|m| format!(" Interval: {}.", m.phrase()))
        .unwrap_or_default();
    let counts = f
        .nps
        .map(|c| format!(" {}.", nps_counts_text(&c)))
        .unwrap_or_default();
    format!(
        "{} {}{interval}, n = {}{context}. Definition: {}.{method}{counts}",
        f.kind.name(),
        with_unit(f.value, f.unit),
        f.n,
        one_minus(definition)
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
        assert!(
            t.ends_with(
                "-100 to 100. Interval: adjusted-Wald interval. Promoters 40 (57%), passives 20 (29%), detractors 10 (14%)."
            ),
            "{t}"
        );
        assert_eq!(
            interval_with_method(&f).as_deref(),
            Some("95% CI +24 to +58 (adjusted-Wald)")
        );
        let fcr = crate::domain::kpi::survey::proportion(crate::domain::kpi::KpiKind::Fcr, 72, 100)
            .unwrap();
        assert!(interval_with_method(&fcr).unwrap().ends_with("(Wilson)"));
        assert!(copy_text(&fcr, "").contains("Interval: Wilson interval."));
    }

    #[test]
    fn one_minus_sign_and_no_signed_zero() {
        for shown in [
            fixed(-3.2, 1),
            with_unit(-9.0, Unit::Points),
            signed(-2.0, Unit::Score),
            duration(-60.0),
            signed_whole(-2),
            signed_fixed(-0.5, 1),
            one_minus("NPS \u{2212}100 to 100"),
        ] {
            assert!(
                shown.contains(MINUS) && !shown.contains('\u{2212}'),
                "{shown}"
            );
        }
        assert_eq!(signed_whole(0), "0");
        assert_eq!(signed_whole(2), "+2");
        assert_eq!(signed(0.0, Unit::Points), "0");
        assert_eq!(signed(0.04, Unit::Percent), "0.0%");
        assert_eq!(signed(-0.2, Unit::Points), "0", "rounds to no change");
        assert_eq!(signed_fixed(0.0, 1), "0.0");
        assert_eq!(signed_fixed(1.25, 1), "+1.3");
        for kind in crate::domain::kpi::KpiKind::ALL {
            assert!(!kind.definition().contains('\u{2212}'), "{kind:?}");
        }
    }
}
