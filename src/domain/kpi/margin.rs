//! "Is n big enough?": the margin of error a figure has, against the one the user
//! needs, in words, with how many answers would give it.

use super::format::{fixed, with_unit};
use super::survey::{KpiFigure, Unit};

/// What a margin is counted in, in words ("NPS points", "percentage points").
pub fn unit_words(unit: Unit) -> &'static str {
    match unit {
        Unit::Points => "NPS points",
        Unit::Percent => "percentage points",
        Unit::Score => "score points",
        Unit::Seconds => "seconds",
        Unit::PerThousand => "per 1,000",
    }
}

/// The answer to "is the margin of error within `wanted`?" (as typed; empty asks
/// nothing and states the margin); `None` when the figure has no interval.
pub fn margin_message(f: &KpiFigure, wanted: &str) -> Option<String> {
    let margin = f.interval?.margin();
    Some(match wanted.trim().parse::<f64>() {
        Ok(m) if m > 0.0 && m.is_finite() => match f.n_needed_for(m) {
            None => format!(
                "The margin of error is ±{}, within the ±{} you need.",
                fixed(margin, 1),
                fixed(m, 1)
            ),
            Some(n) => format!(
                "Warning: with n = {} the margin of error is ±{} {}; for ±{} you need about {} answers.",
                f.n,
                fixed(margin, 1),
                unit_words(f.unit),
                fixed(m, 1),
                n
            ),
        },
        _ if wanted.trim().is_empty() => format!(
            "The margin of error is ±{} {} either side of {}.",
            fixed(margin, 1),
            unit_words(f.unit),
            with_unit(f.value, f.unit)
        ),
        _ => "Enter the margin as a number above 0.".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::survey::proportion;
    use crate::domain::kpi::KpiKind;

    #[test]
    fn the_margin_is_stated_checked_and_explained() {
        let f = proportion(KpiKind::Fcr, 72, 100).unwrap();
        let said = margin_message(&f, "").unwrap();
        assert!(said.starts_with("The margin of error is ±"), "{said}");
        assert!(
            said.ends_with("percentage points either side of 72.0%."),
            "{said}"
        );
        assert!(margin_message(&f, "20")
            .unwrap()
            .contains("within the ±20.0 you need"));
        assert!(margin_message(&f, "2")
            .unwrap()
            .starts_with("Warning: with n = 100"));
        assert_eq!(
            margin_message(&f, "-1").unwrap(),
            "Enter the margin as a number above 0."
        );
        let mut none = f.clone();
        none.interval = None;
        assert_eq!(margin_message(&none, "2"), None);
    }
}
