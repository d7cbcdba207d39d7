//! Checks on a PDCA cycle read from storage or a backup file: limits, and references
//! inside the cycle that must hold (scores on known criteria, a chosen option that is
//! there).

use super::model::{PdcaCycle, MAX_ITEMS, MAX_LINE_CHARS, MAX_SCORE, MAX_TEXT_CHARS, MAX_WEIGHT};

impl PdcaCycle {
    /// Problems as (field, message); empty when the cycle can be kept.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut long = |field: &str, text: &str, max: usize| {
            let n = text.chars().count();
            if n > max {
                out.push((
                    field.to_string(),
                    format!("must be {max} characters or fewer (it has {n})"),
                ));
            }
        };
        long("title", &self.title, MAX_LINE_CHARS);
        for (field, text) in [
            ("problem", &self.problem),
            ("objective", &self.objective),
            ("justification", &self.justification),
            ("resources", &self.resources),
            ("contingency", &self.contingency),
            ("lessons", &self.lessons),
        ] {
            long(field, text, MAX_TEXT_CHARS);
        }
        if self.title.trim().is_empty() {
            out.push(("title".into(), "a plan needs a title".into()));
        }
        for (field, n) in [
            ("options", self.options.len()),
            ("criteria", self.criteria.len()),
            ("constraints", self.constraints.len()),
            ("actions", self.actions.len()),
            ("stakeholders", self.stakeholders.len()),
            ("pain_points", self.pain_points.len()),
            ("root_causes", self.root_causes.len()),
        ] {
            if n > MAX_ITEMS {
                out.push((
                    field.into(),
                    format!("a plan keeps at most {MAX_ITEMS} (it has {n})"),
                ));
            }
        }
        for (i, c) in self.criteria.iter().enumerate() {
            if c.weight > MAX_WEIGHT {
                out.push((
                    format!("criteria[{i}].weight"),
                    format!("must be 0 to {MAX_WEIGHT}"),
                ));
            }
        }
        for (i, o) in self.options.iter().enumerate() {
            for (k, s) in &o.scores {
                if !self.criteria.iter().any(|c| &c.id == k) {
                    out.push((
                        format!("options[{i}].scores"),
                        format!("scores a criterion that is not in the matrix ({k})"),
                    ));
                } else if !(1..=MAX_SCORE).contains(s) {
                    out.push((
                        format!("options[{i}].scores"),
                        format!("a score must be 1 to {MAX_SCORE}"),
                    ));
                }
            }
        }
        if let Some(c) = &self.chosen {
            if self.option(c).is_none() {
                out.push((
                    "chosen".into(),
                    "names an option that is not in the plan".into(),
                ));
            }
        }
        if self.target.is_some_and(|t| !t.is_finite()) {
            out.push(("target".into(), "must be a number".into()));
        }
        out
    }
}

impl crate::domain::project::ProjectPart for PdcaCycle {
    fn id(&self) -> &str {
        &self.id
    }
    fn problems(&self) -> Vec<(String, String)> {
        PdcaCycle::problems(self)
    }
}
