//! Survey answers reduced to counts per score: what imports store (no raw rows, no
//! personal data) and what every survey KPI is computed from.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The answer scale of a survey question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SurveyScale {
    /// Likelihood to recommend, 0–10 (NPS).
    ZeroToTen,
    /// Satisfaction, 1–5 (CSAT).
    OneToFive,
    /// Agreement that it was easy, 1–7 (CES).
    OneToSeven,
}

impl SurveyScale {
    /// Lowest and highest answer.
    pub fn bounds(self) -> (u8, u8) {
        match self {
            SurveyScale::ZeroToTen => (0, 10),
            SurveyScale::OneToFive => (1, 5),
            SurveyScale::OneToSeven => (1, 7),
        }
    }

    /// How many different answers there are.
    pub fn answer_count(self) -> usize {
        let (lo, hi) = self.bounds();
        usize::from(hi - lo) + 1
    }

    /// Reads an answer as typed in a file: a whole number within the scale, optionally
    /// with surrounding spaces, or with its label after it as survey tools export the
    /// choice text of labelled answers ("10 - Extremely likely", "1 = Very dissatisfied",
    /// "5 (Very easy)"). On the 1–5 satisfaction scale, a two-answer rating as help
    /// desks export it ("Good" / "Bad", Zendesk's) is read as 5 (satisfied) or 1, so
    /// CSAT is the share of good ratings, as those tools count it. Anything else is an
    /// error saying what was expected.
    pub fn parse(self, text: &[u8]) -> Result<u8, ScoreError> {
        let t = text.trim_ascii();
        let (lo, hi) = self.bounds();
        let value = match t {
            [d @ b'0'..=b'9'] => d - b'0',
            [b'1', b'0'] => 10,
            _ => match labelled(t).or_else(|| {
                (self == SurveyScale::OneToFive)
                    .then(|| rating(t))
                    .flatten()
                    .map(|r| match r {
                        Rating::Good => 5,
                        Rating::Bad => 1,
                    })
            }) {
                Some(v) => v,
                None => {
                    return Err(ScoreError {
                        text: String::from_utf8_lossy(t).chars().take(40).collect(),
                        scale: self,
                    })
                }
            },
        };
        if value < lo || value > hi {
            return Err(ScoreError {
                text: value.to_string(),
                scale: self,
            });
        }
        Ok(value)
    }
}

/// The number of a labelled answer: one or two digits, then its label after a space, a
/// dash, "=", ":", "(" or ". " ("10 - Extremely likely", "5. Very satisfied"); `None`
/// for anything else, such as "10.5", "7/10" or "100".
fn labelled(t: &[u8]) -> Option<u8> {
    let digits = t.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let value = t[..digits].iter().fold(0u8, |v, d| v * 10 + (d - b'0'));
    let rest = std::str::from_utf8(&t[digits..]).ok()?;
    let after = rest.trim_start();
    let label = if let Some(l) = after.strip_prefix(['-', '\u{2013}', '\u{2014}', '=', ':', '(']) {
        l
    } else if let Some(l) = after.strip_prefix(". ") {
        l
    } else if after.len() < rest.len() {
        after // a space, then the label
    } else {
        return None;
    };
    label
        .trim_start()
        .starts_with(|c: char| c.is_alphabetic())
        .then_some(value)
}

/// A help desk's two-answer satisfaction rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rating {
    Good,
    Bad,
}

/// Reads "Good" or "Bad", in any case, also as help desks' APIs write a rating left with
/// a comment ("good_with_comment", "Bad with comment"); `None` for anything else.
pub fn rating(t: &[u8]) -> Option<Rating> {
    let t = std::str::from_utf8(t)
        .ok()?
        .trim()
        .to_lowercase()
        .replace('_', " ");
    let word = t.strip_suffix(" with comment").unwrap_or(&t);
    match word {
        "good" => Some(Rating::Good),
        "bad" => Some(Rating::Bad),
        _ => None,
    }
}

/// True for what help desks write for a survey with no rating: "Offered" (sent, not
/// answered) and "Unoffered" / "Not offered" (never sent).
pub fn is_unrated(t: &[u8]) -> bool {
    std::str::from_utf8(t).is_ok_and(|t| {
        matches!(
            t.trim().to_lowercase().as_str(),
            "offered" | "unoffered" | "not offered"
        )
    })
}

/// An answer that is not a whole number on the scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreError {
    pub text: String,
    pub scale: SurveyScale,
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (lo, hi) = self.scale.bounds();
        if self.text.is_empty() {
            write!(
                f,
                "the score is empty; expected a whole number from {lo} to {hi}"
            )
        } else {
            write!(
                f,
                "\"{}\" is not a whole number from {lo} to {hi}",
                self.text
            )?;
            if is_unrated(self.text.as_bytes()) {
                f.write_str(
                    " (no rating: the help desk writes \"Offered\" for a survey sent and not answered \
                     and \"Unoffered\" for one never sent; skip these rows)",
                )?;
            } else if rating(self.text.as_bytes()).is_some() {
                f.write_str(
                    " (a Good/Bad rating, as help desks such as Zendesk export it: choose the \
                     1 to 5 satisfaction scale, which reads Good as 5 and Bad as 1)",
                )?;
            } else if self.text.starts_with(char::is_alphabetic) {
                // Words, not a number: the survey tool exported its answers' text.
                f.write_str(
                    " (the file holds the answers' words: export them as numbers, \
                     e.g. SurveyMonkey's \"numerical value\" or Qualtrics' \"use numeric values\")",
                )?;
            }
            Ok(())
        }
    }
}

/// How many answers gave each score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreHistogram {
    pub scale: SurveyScale,
    /// `counts[i]` answers gave the scale's lowest score plus `i`.
    pub counts: Vec<u64>,
}

impl ScoreHistogram {
    /// No answers yet.
    pub fn new(scale: SurveyScale) -> Self {
        ScoreHistogram {
            scale,
            counts: vec![0; scale.answer_count()],
        }
    }

    /// From counts typed in by the user, lowest score first.
    pub fn from_counts(scale: SurveyScale, counts: &[u64]) -> Option<Self> {
        (counts.len() == scale.answer_count()).then(|| ScoreHistogram {
            scale,
            counts: counts.to_vec(),
        })
    }

    /// Adds one answer already known to be on the scale.
    pub fn add(&mut self, score: u8) {
        let i = usize::from(score - self.scale.bounds().0);
        self.counts[i] += 1;
    }

    /// Adds another histogram of the same scale.
    pub fn merge(&mut self, other: &ScoreHistogram) {
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a += b;
        }
    }

    /// Number of answers.
    pub fn n(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// Answers with a score from `lo` to `hi` inclusive.
    pub fn count_between(&self, lo: u8, hi: u8) -> u64 {
        let base = self.scale.bounds().0;
        self.counts
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                let s = base + *i as u8;
                lo <= s && s <= hi
            })
            .map(|(_, c)| c)
            .sum()
    }

    /// The unit a target for this scale's KPI is written in.
    pub fn scale_unit_hint(&self) -> &'static str {
        match self.scale {
            SurveyScale::ZeroToTen => "NPS points",
            SurveyScale::OneToFive => "% satisfied",
            SurveyScale::OneToSeven => "mean score",
        }
    }

    /// Count, sum and sum of squares of the scores (for means and t intervals).
    pub fn sums(&self) -> (u64, f64, f64) {
        let base = f64::from(self.scale.bounds().0);
        self.counts
            .iter()
            .enumerate()
            .fold((0, 0.0, 0.0), |(n, s, s2), (i, &c)| {
                let v = base + i as f64;
                let cf = c as f64;
                (n + c, s + cf * v, s2 + cf * v * v)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_strict_whole_numbers_on_the_scale() {
        let nps = SurveyScale::ZeroToTen;
        assert_eq!(nps.parse(b"0"), Ok(0));
        assert_eq!(nps.parse(b" 10 "), Ok(10));
        for bad in [&b"11"[..], b"-1", b"7.5", b"", b"ten", b"010", b"1e1"] {
            assert!(
                nps.parse(bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        assert_eq!(
            SurveyScale::OneToFive.parse(b"0").unwrap_err().to_string(),
            "\"0\" is not a whole number from 1 to 5"
        );
        assert_eq!(
            SurveyScale::OneToFive
                .parse(b"Very satisfied")
                .unwrap_err()
                .to_string(),
            "\"Very satisfied\" is not a whole number from 1 to 5 (the file holds the answers' \
             words: export them as numbers, e.g. SurveyMonkey's \"numerical value\" or \
             Qualtrics' \"use numeric values\")"
        );
        assert_eq!(
            SurveyScale::OneToSeven.parse(b"").unwrap_err().to_string(),
            "the score is empty; expected a whole number from 1 to 7"
        );
    }

    #[test]
    fn labelled_answers_as_survey_tools_export_them_are_read_by_their_number() {
        let nps = SurveyScale::ZeroToTen;
        for (text, want) in [
            ("10 - Extremely likely", 10),
            ("0 - Not at all likely", 0),
            ("0 – Not at all likely", 0),
            ("9 Very likely", 9),
            ("7 (Neutral)", 7),
            ("5. Very satisfied", 5),
            ("1 = Very dissatisfied", 1),
            ("3: Somewhat", 3),
        ] {
            assert_eq!(nps.parse(text.as_bytes()), Ok(want), "{text}");
        }
        for bad in [
            "10.5",
            "7/10",
            "100 - Most",
            "10 -",
            "10 - 9",
            "Extremely likely",
            "11 - Beyond",
        ] {
            assert!(nps.parse(bad.as_bytes()).is_err(), "{bad}");
        }
        assert_eq!(
            SurveyScale::OneToFive
                .parse(b"6 - Above the top")
                .unwrap_err()
                .to_string(),
            "\"6\" is not a whole number from 1 to 5"
        );
    }

    #[test]
    fn good_and_bad_ratings_are_satisfaction_answers() {
        let csat = SurveyScale::OneToFive;
        for (text, want) in [
            ("Good", 5),
            ("bad", 1),
            (" GOOD ", 5),
            ("good_with_comment", 5),
            ("Bad with comment", 1),
        ] {
            assert_eq!(csat.parse(text.as_bytes()), Ok(want), "{text}");
        }
        for bad in ["Goodish", "Not bad", "good with", ""] {
            assert!(csat.parse(bad.as_bytes()).is_err(), "{bad}");
        }
        assert_eq!(
            SurveyScale::ZeroToTen
                .parse(b"Good")
                .unwrap_err()
                .to_string(),
            "\"Good\" is not a whole number from 0 to 10 (a Good/Bad rating, as help desks such \
             as Zendesk export it: choose the 1 to 5 satisfaction scale, which reads Good as 5 \
             and Bad as 1)"
        );
        assert_eq!(
            csat.parse(b"Unoffered").unwrap_err().to_string(),
            "\"Unoffered\" is not a whole number from 1 to 5 (no rating: the help desk writes \
             \"Offered\" for a survey sent and not answered and \"Unoffered\" for one never \
             sent; skip these rows)"
        );
        assert!(is_unrated(b"Not offered") && is_unrated(b"offered") && !is_unrated(b"Good"));
    }

    #[test]
    fn histogram_counts_and_sums() {
        let mut h = ScoreHistogram::new(SurveyScale::OneToFive);
        for s in [1, 4, 5, 5] {
            h.add(s);
        }
        assert_eq!(h.n(), 4);
        assert_eq!(h.count_between(4, 5), 3);
        assert_eq!(h.sums(), (4, 15.0, 67.0));
        let copy = h.clone();
        h.merge(&copy);
        assert_eq!(h.n(), 8);
        assert!(ScoreHistogram::from_counts(SurveyScale::OneToFive, &[1, 2]).is_none());
    }
}
