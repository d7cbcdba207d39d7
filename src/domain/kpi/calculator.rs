//! The quick calculator: which figures people type in for each KPI, and the checks on
//! them, so the page only shows fields and the result.

use super::histogram::{ScoreHistogram, SurveyScale};
use super::operations;
use super::stats::NpsCounts;
use super::survey::{ces, csat, nps, nps_from_counts, KpiFigure};

/// Largest count accepted in a field: far above any real contact centre, and small
/// enough that sums of counts cannot overflow.
const MAX_COUNT: u64 = 1_000_000_000_000;

/// The text with commas removed when they group thousands ("12,500.5"); `None` when a
/// comma is used otherwise (a decimal comma, "12,5"), which would silently change the
/// number.
fn without_thousands_commas(t: &str) -> Option<String> {
    if !t.contains(',') {
        return Some(t.to_string());
    }
    let whole = t.split('.').next().unwrap_or("");
    let mut groups = whole.split(',');
    let first = groups.next()?;
    let ok = (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
        && !t[whole.len()..].contains(',');
    ok.then(|| t.replace(',', ""))
}

/// One way of working out a KPI from typed figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calculator {
    NpsGroups,
    NpsScores,
    Csat,
    Ces,
    Fcr,
    Aht,
    Asa,
    Abandonment,
    ServiceLevel,
    ComplaintRate,
    Escalation,
    RepeatContact,
    ResolutionTime,
}

impl Calculator {
    /// Every calculator, in the order offered.
    pub const ALL: [Calculator; 13] = [
        Calculator::NpsGroups,
        Calculator::NpsScores,
        Calculator::Csat,
        Calculator::Ces,
        Calculator::Fcr,
        Calculator::Aht,
        Calculator::Asa,
        Calculator::Abandonment,
        Calculator::ServiceLevel,
        Calculator::ComplaintRate,
        Calculator::Escalation,
        Calculator::RepeatContact,
        Calculator::ResolutionTime,
    ];

    /// What the choice is called.
    pub fn label(self) -> &'static str {
        match self {
            Calculator::NpsGroups => "NPS from promoters, passives and detractors",
            Calculator::NpsScores => "NPS from the count of each score 0–10",
            Calculator::Csat => "CSAT from the count of each score 1–5",
            Calculator::Ces => "CES from the count of each score 1–7",
            Calculator::Fcr => "FCR (first contact resolution)",
            Calculator::Aht => "AHT (average handling time)",
            Calculator::Asa => "ASA (average speed of answer)",
            Calculator::Abandonment => "Abandonment rate",
            Calculator::ServiceLevel => "Service level",
            Calculator::ComplaintRate => "Complaint rate per 1,000",
            Calculator::Escalation => "Escalation rate",
            Calculator::RepeatContact => "Repeat contact rate",
            Calculator::ResolutionTime => "Resolution time (mean and median)",
        }
    }

    /// Stable code for forms.
    pub fn code(self) -> &'static str {
        match self {
            Calculator::NpsGroups => "nps-groups",
            Calculator::NpsScores => "nps-scores",
            Calculator::Csat => "csat",
            Calculator::Ces => "ces",
            Calculator::Fcr => "fcr",
            Calculator::Aht => "aht",
            Calculator::Asa => "asa",
            Calculator::Abandonment => "abandonment",
            Calculator::ServiceLevel => "service-level",
            Calculator::ComplaintRate => "complaint-rate",
            Calculator::Escalation => "escalation",
            Calculator::RepeatContact => "repeat-contact",
            Calculator::ResolutionTime => "resolution-time",
        }
    }

    /// Reads a code written by [`Calculator::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The labels of the figures to type in.
    pub fn inputs(self) -> Vec<String> {
        let scores = |lo: u8, hi: u8| (lo..=hi).map(|s| format!("Answers of {s}")).collect();
        let fixed = |labels: &[&str]| labels.iter().map(|s| s.to_string()).collect();
        match self {
            Calculator::NpsGroups => {
                fixed(&["Promoters (9–10)", "Passives (7–8)", "Detractors (0–6)"])
            }
            Calculator::NpsScores => scores(0, 10),
            Calculator::Csat => scores(1, 5),
            Calculator::Ces => scores(1, 7),
            Calculator::Fcr => fixed(&[
                "Resolved at first contact",
                "All contacts",
                "Repeat-contact window, days (blank if measured by survey)",
            ]),
            Calculator::Aht => fixed(&[
                "Talk time, total seconds",
                "Hold time, total seconds",
                "After-contact work, total seconds",
                "Contacts handled",
            ]),
            Calculator::Asa => fixed(&[
                "Total wait of answered contacts, seconds",
                "Contacts answered",
            ]),
            Calculator::Abandonment => fixed(&["Abandoned before answer", "Contacts offered"]),
            Calculator::ServiceLevel => fixed(&[
                "Answered within the threshold",
                "Contacts offered",
                "Threshold, seconds",
            ]),
            Calculator::ComplaintRate => fixed(&["Complaints", "Contacts or customers"]),
            Calculator::Escalation => fixed(&["Escalated", "Contacts handled"]),
            Calculator::RepeatContact => fixed(&[
                "Repeat contacts within the window",
                "All contacts",
                "Window, days",
            ]),
            Calculator::ResolutionTime => {
                fixed(&["Resolution times in hours, separated by spaces or semicolons"])
            }
        }
    }

    /// What the fields start with: the usual windows and thresholds, blanks elsewhere.
    pub fn defaults(self) -> Vec<String> {
        let mut v = vec![String::new(); self.inputs().len()];
        match self {
            Calculator::Fcr => v[2] = super::operations::FcrMethod::DEFAULT_WINDOW_DAYS.to_string(),
            Calculator::ServiceLevel => v[2] = "20".into(),
            Calculator::RepeatContact => v[2] = "7".into(),
            _ => {}
        }
        v
    }

    /// What the figure was measured with, stated beside it (method, window, threshold).
    pub fn context(self, typed: &[String]) -> String {
        let at = |i: usize| typed.get(i).map(|t| t.trim()).unwrap_or("");
        match self {
            Calculator::Fcr => match at(2).parse::<u32>() {
                Ok(days) => {
                    super::operations::FcrMethod::Operational { window_days: days }.describe()
                }
                Err(_) => super::operations::FcrMethod::Survey.describe(),
            },
            Calculator::ServiceLevel if !at(2).is_empty() => {
                format!("answered within {} seconds", at(2))
            }
            Calculator::RepeatContact if !at(2).is_empty() => format!("window of {} days", at(2)),
            Calculator::ComplaintRate => "per 1,000 contacts or customers, as entered".into(),
            _ => String::new(),
        }
    }

    /// Works out the figure from the typed text (one entry per input). An empty field
    /// counts as 0 for score counts; every problem names its field.
    pub fn compute(self, typed: &[String]) -> Result<KpiFigure, String> {
        let labels = self.inputs();
        if typed.len() != labels.len() {
            return Err("fill in every field".into());
        }
        let whole = |i: usize| -> Result<u64, String> {
            let t = without_thousands_commas(typed[i].trim());
            if t.as_deref() == Some("") {
                return Ok(0);
            }
            t.and_then(|t| t.parse::<u64>().ok())
                .filter(|&n| n <= MAX_COUNT)
                .ok_or(())
                .map_err(|_| {
                    format!(
                        "{}: \"{}\" is not a whole number of 0 or more",
                        labels[i],
                        typed[i].trim()
                    )
                })
        };
        let amount = |i: usize| -> Result<f64, String> {
            let Some(t) = without_thousands_commas(typed[i].trim()) else {
                return Err(format!(
                    "{}: \"{}\" is not a number of 0 or more (use a point for decimals)",
                    labels[i],
                    typed[i].trim()
                ));
            };
            if t.is_empty() {
                return Ok(0.0);
            }
            match t.parse::<f64>() {
                Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
                _ => Err(format!(
                    "{}: \"{}\" is not a number of 0 or more",
                    labels[i],
                    typed[i].trim()
                )),
            }
        };
        let counts = |n: usize| (0..n).map(whole).collect::<Result<Vec<u64>, String>>();
        let part_of = |part: usize, whole_i: usize| -> Result<(u64, u64), String> {
            let (p, w) = (whole(part)?, whole(whole_i)?);
            if w == 0 {
                return Err(format!("{}: enter a number above 0", labels[whole_i]));
            }
            if p > w {
                return Err(format!(
                    "{} cannot be more than {}",
                    labels[part],
                    labels[whole_i].to_lowercase()
                ));
            }
            Ok((p, w))
        };
        let none = || "enter at least one answer".to_string();
        match self {
            Calculator::NpsGroups => {
                let c = counts(3)?;
                nps_from_counts(NpsCounts {
                    promoters: c[0],
                    passives: c[1],
                    detractors: c[2],
                })
                .ok_or_else(none)
            }
            Calculator::NpsScores | Calculator::Csat | Calculator::Ces => {
                let scale = match self {
                    Calculator::NpsScores => SurveyScale::ZeroToTen,
                    Calculator::Csat => SurveyScale::OneToFive,
                    _ => SurveyScale::OneToSeven,
                };
                let h = ScoreHistogram::from_counts(scale, &counts(scale.answer_count())?)
                    .ok_or_else(none)?;
                match self {
                    Calculator::NpsScores => nps(&h),
                    Calculator::Csat => csat(&h),
                    _ => ces(&h),
                }
                .ok_or_else(none)
            }
            Calculator::Fcr => {
                let window = typed[2].trim();
                if !window.is_empty() && window.parse::<u32>().is_err() {
                    return Err(format!(
                        "{}: \"{window}\" is not a whole number of days",
                        labels[2]
                    ));
                }
                let (p, w) = part_of(0, 1)?;
                operations::fcr(p, w).ok_or_else(none)
            }
            Calculator::Aht => {
                let handled = whole(3)?;
                if handled == 0 {
                    return Err(format!("{}: enter a number above 0", labels[3]));
                }
                operations::aht(amount(0)?, amount(1)?, amount(2)?, handled, None).ok_or_else(none)
            }
            Calculator::Asa => {
                let answered = whole(1)?;
                if answered == 0 {
                    return Err(format!("{}: enter a number above 0", labels[1]));
                }
                operations::asa(amount(0)?, answered).ok_or_else(none)
            }
            Calculator::Abandonment => {
                let (p, w) = part_of(0, 1)?;
                operations::abandonment(p, w).ok_or_else(none)
            }
            Calculator::ServiceLevel => {
                let (p, w) = part_of(0, 1)?;
                operations::service_level(p, w).ok_or_else(none)
            }
            Calculator::ComplaintRate => {
                let (p, w) = part_of(0, 1)?;
                operations::complaint_rate(p, w).ok_or_else(none)
            }
            Calculator::Escalation => {
                let (p, w) = part_of(0, 1)?;
                operations::escalation_rate(p, w).ok_or_else(none)
            }
            Calculator::RepeatContact => {
                let (p, w) = part_of(0, 1)?;
                operations::repeat_contact_rate(p, w).ok_or_else(none)
            }
            Calculator::ResolutionTime => {
                let hours = typed[0]
                    .split([' ', ';', '\n', '\t'])
                    .filter(|t| !t.trim().is_empty())
                    .map(|t| match t.trim().parse::<f64>() {
                        Ok(h) if h.is_finite() && h >= 0.0 => Ok(h * 3600.0),
                        _ => Err(format!(
                            "{}: \"{}\" is not a number of hours",
                            labels[0],
                            t.trim()
                        )),
                    })
                    .collect::<Result<Vec<f64>, String>>()?;
                operations::resolution_time(&hours)
                    .ok_or_else(|| "enter at least one resolution time".into())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(values: &[&str]) -> Vec<String> {
        values.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_calculator_has_inputs_and_a_code() {
        for c in Calculator::ALL {
            assert!(!c.inputs().is_empty());
            assert_eq!(Calculator::from_code(c.code()), Some(c));
        }
    }

    #[test]
    fn nps_from_groups_and_scores_agree() {
        let a = Calculator::NpsGroups
            .compute(&typed(&["40", "20", "10"]))
            .unwrap();
        let mut scores = vec![String::new(); 11];
        scores[10] = "40".into();
        scores[7] = "20".into();
        scores[0] = "10".into();
        let b = Calculator::NpsScores.compute(&scores).unwrap();
        assert_eq!(a.value, b.value);
        assert_eq!(a.interval, b.interval);
    }

    #[test]
    fn the_method_is_stated_with_the_figure() {
        let fcr = Calculator::Fcr;
        assert_eq!(fcr.defaults()[2], "7");
        assert_eq!(
            fcr.context(&fcr.defaults()),
            "measured operationally: no repeat contact within 7 days"
        );
        assert_eq!(
            fcr.context(&typed(&["1", "2", ""])),
            "measured by customer survey"
        );
        let sl = Calculator::ServiceLevel;
        assert_eq!(sl.context(&sl.defaults()), "answered within 20 seconds");
    }

    #[test]
    fn resolution_time_gives_mean_and_median() {
        let f = Calculator::ResolutionTime
            .compute(&typed(&["1; 2 1.5 48"]))
            .unwrap();
        assert_eq!(f.value, 3600.0 * 52.5 / 4.0);
        assert_eq!(f.secondary.unwrap().value, 3600.0 * 1.75);
        assert_eq!(
            Calculator::ResolutionTime.compute(&typed(&["1 two"])).unwrap_err(),
            "Resolution times in hours, separated by spaces or semicolons: \"two\" is not a number of hours"
        );
    }

    #[test]
    fn problems_name_the_field() {
        assert_eq!(
            Calculator::Fcr
                .compute(&typed(&["80", "70", "7"]))
                .unwrap_err(),
            "Resolved at first contact cannot be more than all contacts"
        );
        assert_eq!(
            Calculator::NpsGroups
                .compute(&typed(&["4.5", "1", "1"]))
                .unwrap_err(),
            "Promoters (9–10): \"4.5\" is not a whole number of 0 or more"
        );
        assert_eq!(
            Calculator::NpsGroups
                .compute(&typed(&["", "", ""]))
                .unwrap_err(),
            "enter at least one answer"
        );
        assert_eq!(
            Calculator::Aht
                .compute(&typed(&["100", "0", "0", "0"]))
                .unwrap_err(),
            "Contacts handled: enter a number above 0"
        );
        assert!(Calculator::Aht
            .compute(&typed(&["30,000", "3000", "7000", "100"]))
            .is_ok());
    }
}
