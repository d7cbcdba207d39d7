//! Importing survey answers from CSV: what a row of a survey export becomes (a count
//! for its day, segment and score) for the generic importer in `csv_import`, which
//! reads a million rows to counts per day and segment. Bad rows are reported by row
//! number and column; nothing is kept unless the user accepts.

use super::calendar::DateFormat;
use super::histogram::{is_unrated, rating, SurveyScale};
use crate::domain::csv_import::columns::choose_by_values;
pub use crate::domain::csv_import::{
    detect_delimiter, preview, ColumnChoice, CsvPreview, ImportError, RowProblem,
    MAX_LISTED_PROBLEMS,
};
use crate::domain::csv_import::{Breakdown, CsvImporter, RowError, RowReader};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Which columns hold what, and how to read them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyMapping {
    pub delimiter: u8,
    pub date_column: usize,
    pub date_format: DateFormat,
    pub score_column: usize,
    pub scale: SurveyScale,
    /// A column to break results down by (channel, team), if any.
    pub segment_column: Option<usize>,
}

impl SurveyMapping {
    /// The commonest export layout: `date, score, segment` with ISO dates and commas.
    pub fn date_score_segment(scale: SurveyScale) -> Self {
        SurveyMapping {
            delimiter: b',',
            date_column: 0,
            date_format: DateFormat::YearMonthDay,
            score_column: 1,
            scale,
            segment_column: Some(2),
        }
    }
}

/// Answers per day and segment: what is stored (no raw rows, no personal data).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyCounts {
    /// Segment names in first-seen order ("" when there is no segment column).
    pub segments: Vec<String>,
    /// (day, segment index, counts per score) sorted by day then segment.
    pub cells: Vec<DayCell>,
}

/// The answers of one day in one segment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCell {
    /// Days since 1970-01-01.
    pub day: i32,
    pub segment: u16,
    pub counts: Vec<u64>,
}

/// What a survey import produced.
pub type ImportOutcome = crate::domain::csv_import::ImportOutcome<DailyCounts>;

/// A survey import in progress; `step` reads a bounded number of rows so the page can
/// show progress and stay responsive between steps.
pub type SurveyImporter = CsvImporter<SurveyRows>;

/// What survey rows add up to so far: answers per day, segment and score.
pub struct SurveyRows {
    mapping: SurveyMapping,
    segments: Breakdown,
    cells: Vec<(i32, u16, [u64; 11])>,
    index: HashMap<(i32, u16), usize>,
    /// The cells of the day being read, by segment (`usize::MAX`: none yet): rows come
    /// in date order with the segments mixed, so this spares a hash lookup per row.
    day: i32,
    day_slots: Vec<usize>,
    /// The last date text read and its day: exports are usually in date order, so most
    /// rows repeat the previous row's date and need no parsing.
    last_date: ([u8; 32], usize, i32),
}

impl SurveyRows {
    /// Counts one row whose fields are `text[a..b]` for each `(a, b)` in `spans`.
    #[inline]
    fn count(&mut self, text: &[u8], spans: &[(usize, usize)]) -> Result<(), RowError> {
        let m = &self.mapping.to_owned();
        let field = |i: usize| -> Option<&[u8]> {
            let &(a, b) = spans.get(i)?;
            Some(&text[a..b])
        };
        let Some(date) = field(m.date_column) else {
            return Err(RowError::too_few_columns(m.date_column));
        };
        let (cached, cached_len, cached_day) = &self.last_date;
        let day = if date.len() == *cached_len && date == &cached[..*cached_len] {
            Some(*cached_day)
        } else {
            let day = m.date_format.parse(date);
            if let (Some(day), true) = (day, date.len() <= 32) {
                self.last_date.0[..date.len()].copy_from_slice(date);
                self.last_date.1 = date.len();
                self.last_date.2 = day;
            }
            day
        };
        let Some(day) = day else {
            let shown: String = String::from_utf8_lossy(date.trim_ascii())
                .chars()
                .take(40)
                .collect();
            let message = format!(
                "\"{shown}\" is not a date written {}",
                m.date_format.label()
            );
            return Err(RowError::new(m.date_column, message));
        };
        let Some(score) = field(m.score_column) else {
            return Err(RowError::too_few_columns(m.score_column));
        };
        let score = match m.scale.parse(score) {
            Ok(s) => s,
            Err(e) => return Err(RowError::new(m.score_column, e.to_string())),
        };
        let segment = match m.segment_column {
            None => 0,
            Some(c) => match field(c) {
                Some(name) => match self.segments.index(name.trim_ascii()) {
                    Some(i) => i,
                    // Too many values: the import is refused at the end.
                    None => return Ok(()),
                },
                None => return Err(RowError::too_few_columns(c)),
            },
        };
        if day != self.day {
            self.day = day;
            self.day_slots.iter_mut().for_each(|s| *s = usize::MAX);
        }
        let seg = usize::from(segment);
        if seg >= self.day_slots.len() {
            self.day_slots.resize(seg + 1, usize::MAX);
        }
        let slot = match self.day_slots[seg] {
            usize::MAX => {
                let next = self.cells.len();
                let i = *self.index.entry((day, segment)).or_insert(next);
                if i == next {
                    self.cells.push((day, segment, [0; 11]));
                }
                self.day_slots[seg] = i;
                i
            }
            i => i,
        };
        self.cells[slot].2[usize::from(score - m.scale.bounds().0)] += 1;
        Ok(())
    }
}

impl RowReader for SurveyRows {
    type Mapping = SurveyMapping;
    type Output = DailyCounts;

    fn new(mapping: SurveyMapping) -> Self {
        SurveyRows {
            segments: Breakdown::new(mapping.segment_column),
            mapping,
            cells: Vec::new(),
            index: HashMap::new(),
            day: i32::MIN,
            day_slots: Vec::new(),
            last_date: ([0; 32], usize::MAX, 0),
        }
    }

    fn delimiter(&self) -> u8 {
        self.mapping.delimiter
    }

    fn columns(&self) -> Vec<usize> {
        let m = &self.mapping;
        let mut columns = vec![m.date_column, m.score_column];
        columns.extend(m.segment_column);
        columns
    }

    #[inline]
    fn read(&mut self, text: &[u8], spans: &[(usize, usize)]) -> Result<(), RowError> {
        self.count(text, spans)
    }

    /// Counts sorted by day and segment.
    fn finish(self, headers: &[String]) -> Result<DailyCounts, ImportError> {
        let segments = self.segments.finish(headers, self.cells.len())?;
        let width = self.mapping.scale.answer_count();
        let mut cells: Vec<DayCell> = self
            .cells
            .into_iter()
            .map(|(day, segment, counts)| DayCell {
                day,
                segment,
                counts: counts[..width].to_vec(),
            })
            .collect();
        crate::domain::sort::sort_by_key(&mut cells, |c| (c.day, c.segment));
        Ok(DailyCounts { segments, cells })
    }
}

/// The score column to preselect: the one whose values in the preview are all whole
/// numbers in the scale's range (never a column of words, whatever its name), with why.
pub fn choose_score_column(
    preview: &CsvPreview,
    header_rows: usize,
    scale: SurveyScale,
) -> Option<ColumnChoice> {
    let (lo, hi) = scale.bounds();
    choose_by_values(
        preview,
        header_rows,
        |t| scale.parse(t.as_bytes()).is_ok(),
        &[
            "score",
            "nps",
            "recommend",
            "likely",
            "rating",
            "csat",
            "satisf",
            "ces",
            "effort",
        ],
        &format!("whole numbers from {lo} to {hi}"),
    )
}

/// The column of two-answer satisfaction ratings ("Good" / "Bad", as help desks such as
/// Zendesk export them, with "Offered" / "Unoffered" for tickets with none), read on the
/// 1–5 scale as 5 and 1; with why. Only a column with a rating in its first rows, or
/// one named as a satisfaction rating, is taken.
pub fn choose_rating_column(preview: &CsvPreview, header_rows: usize) -> Option<ColumnChoice> {
    const HINTS: [&str; 3] = ["satisf", "rating", "csat"];
    let choice = choose_by_values(
        preview,
        header_rows,
        |t| rating(t.as_bytes()).is_some() || is_unrated(t.as_bytes()),
        &HINTS,
        "Good/Bad ratings or none",
    )?;
    let rated = preview
        .data_sample(header_rows)
        .iter()
        .filter_map(|r| r.get(choice.column))
        .any(|t| rating(t.as_bytes()).is_some());
    let label = preview
        .column_label(choice.column, header_rows)
        .to_lowercase();
    let named = HINTS.iter().any(|h| label.contains(h));
    (rated || named).then(|| ColumnChoice {
        column: choice.column,
        reason: format!(
            "{} Read as satisfaction from 1 to 5: Good as 5 and Bad as 1, so CSAT is the share of \
             Good ratings; rows with no rating (Offered, Unoffered) are shown as bad rows to skip.",
            choice.reason
        ),
    })
}

/// The scale to preselect for the answers in `column`, with why, when the file says
/// which: the column's name (with any extra header rows' text) naming what was asked
/// (satisfaction: 1–5; effort or ease: 1–7; recommending: 0–10) and its first values
/// fitting that scale; or, with no such name, first values that fit 1–5 or 1–7 and not
/// only 0–10 (a 0 or an answer over 7 says 0–10). `None` leaves the user's choice.
pub fn choose_scale(
    preview: &CsvPreview,
    header_rows: usize,
    column: usize,
) -> Option<(SurveyScale, String)> {
    let values: Vec<u8> = preview
        .data_sample(header_rows)
        .iter()
        .filter_map(|r| r.get(column))
        .filter_map(|t| SurveyScale::ZeroToTen.parse(t.trim().as_bytes()).ok())
        .collect();
    let (&lo, &hi) = (values.iter().min()?, values.iter().max()?);
    let fits = |s: SurveyScale| {
        let (a, b) = s.bounds();
        lo >= a && hi <= b
    };
    let name = preview.column_label(column, header_rows).to_lowercase();
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
    let says = |stems: &[&str], codes: &[&str]| {
        stems.iter().any(|s| name.contains(s)) || codes.iter().any(|c| words.contains(c))
    };
    let asked = if says(&["recommend", "recommand", "empfehl", "likely"], &["nps"]) {
        Some((SurveyScale::ZeroToTen, "recommending"))
    } else if says(&["satisf", "zufrieden"], &["csat"]) {
        Some((SurveyScale::OneToFive, "satisfaction"))
    } else if says(&["effort", "easy", "einfach", "facile"], &["ces"]) {
        Some((SurveyScale::OneToSeven, "effort"))
    } else {
        None
    };
    let label = |s: SurveyScale| {
        let (a, b) = s.bounds();
        format!("{a} to {b}")
    };
    match asked {
        Some((scale, what)) if fits(scale) => Some((
            scale,
            format!(
                "Scores from {}: the column asks about {what} and its first answers are from {lo} to {hi}.",
                label(scale)
            ),
        )),
        Some(_) => None,
        None if lo >= 1 && hi <= 7 => {
            let scale = if hi <= 5 {
                SurveyScale::OneToFive
            } else {
                SurveyScale::OneToSeven
            };
            Some((
                scale,
                format!(
                    "Scores from {}: the first answers are all from {lo} to {hi}; choose another scale if the survey's is wider.",
                    label(scale)
                ),
            ))
        }
        None => None,
    }
}

/// The date column and format to preselect: the first format (year-month-day, then
/// day/month/year, then month/day/year, then Unix time in a column named as a date)
/// that reads every value of a column in the preview, preferring a column named as a
/// date; with why.
pub fn choose_date_column(
    preview: &CsvPreview,
    header_rows: usize,
) -> Option<(ColumnChoice, DateFormat)> {
    const HINTS: [&str; 5] = ["date", "time", "when", "_at", " at"];
    DateFormat::ALL.into_iter().find_map(|f| {
        let choice = choose_by_values(
            preview,
            header_rows,
            |t| f.parse(t.as_bytes()).is_some(),
            &HINTS,
            &format!("dates written {}", f.label()),
        )?;
        // Any long number reads as Unix time: only a column named as a date is taken so.
        let named = || {
            let label = preview
                .column_label(choice.column, header_rows)
                .to_lowercase();
            HINTS.iter().any(|h| label.contains(h))
        };
        (f != DateFormat::UnixTime || named()).then_some((choice, f))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_column_and_its_format_come_from_the_values() {
        let p = preview(
            b"id,Start Date,score
1,11/24/2026 09:15:22 AM,9
2,11/25/2026 10:01:00 AM,3
",
            5,
        )
        .unwrap();
        let (c, f) = choose_date_column(&p, 0).unwrap();
        assert_eq!((c.column, f), (1, DateFormat::MonthDayYear));
        let p = preview(
            b"when,score
2026-11-03 09:15:22,9
",
            5,
        )
        .unwrap();
        assert_eq!(
            choose_date_column(&p, 0).unwrap().1,
            DateFormat::YearMonthDay
        );
        // Unix time, as an API export writes it: the column named as a date is taken,
        // not the long ids beside it.
        let p = preview(
            b"Response ID,Score,Created At\n10234567891,9,1795514400\n10234567892,6,1795600800\n",
            5,
        )
        .unwrap();
        let (c, f) = choose_date_column(&p, 0).unwrap();
        assert_eq!((c.column, f), (2, DateFormat::UnixTime));
        // Long numbers in columns not named as dates are not dates.
        let p = preview(b"ticket,score\n10234567891,9\n10234567892,6\n", 5).unwrap();
        assert_eq!(choose_date_column(&p, 0), None);
    }

    #[test]
    fn the_scale_comes_from_what_the_column_asks_and_its_answers() {
        let scale = |data: &[u8], header_rows: usize, column: usize| {
            choose_scale(&preview(data, 5).unwrap(), header_rows, column).map(|(s, _)| s)
        };
        // Microsoft Forms in French: satisfaction, answered 1–5.
        let forms = "ID;Heure de début;Dans quelle mesure êtes-vous satisfait de notre service ?\n1;20/11/2026 00:00;5\n2;20/11/2026 00:00;2\n3;21/11/2026 00:00;4\n";
        assert_eq!(scale(forms.as_bytes(), 0, 2), Some(SurveyScale::OneToFive));
        // Effort, 1–7; recommending stays 0–10 even when the first answers are low.
        assert_eq!(
            scale(
                b"date,How easy was it? (CES)\n2026-11-02,6\n2026-11-02,7\n",
                0,
                1
            ),
            Some(SurveyScale::OneToSeven)
        );
        assert_eq!(
            scale(
                b"date,How likely are you to recommend us?\n2026-11-02,3\n2026-11-02,5\n",
                0,
                1
            ),
            Some(SurveyScale::ZeroToTen)
        );
        // Qualtrics: the question is in the second header row.
        assert_eq!(
            scale(b"RecordedDate,Q1\nRecorded Date,How satisfied were you?\n2026-11-02,4\n2026-11-03,5\n", 1, 1),
            Some(SurveyScale::OneToFive)
        );
        // No name to go by: the answers decide, and a 0 or a 9 says nothing narrower.
        assert_eq!(
            scale(b"date,q\n2026-11-02,1\n2026-11-02,4\n", 0, 1),
            Some(SurveyScale::OneToFive)
        );
        assert_eq!(
            scale(b"date,q\n2026-11-02,6\n2026-11-02,2\n", 0, 1),
            Some(SurveyScale::OneToSeven)
        );
        assert_eq!(scale(b"date,q\n2026-11-02,0\n2026-11-02,4\n", 0, 1), None);
        assert_eq!(scale(b"date,q\n2026-11-02,9\n2026-11-02,4\n", 0, 1), None);
        // Satisfaction answered 0–10 is not forced onto 1–5; "access" is not "CES".
        assert_eq!(scale(b"date,Satisfaction\n2026-11-02,9\n", 0, 1), None);
        assert_eq!(scale(b"date,Access score\n2026-11-02,9\n", 0, 1), None);
        assert_eq!(scale(b"date,q\n2026-11-02,words\n", 0, 1), None);
    }

    #[test]
    fn the_score_column_is_chosen_by_its_values_for_the_scale() {
        let p = preview(
            b"date,nps_group,score,effort
2026-01-05,Promoter,9,6
2026-01-06,Detractor,3,7
2026-01-07,Passive,10,2
",
            5,
        )
        .unwrap();
        let c = choose_score_column(&p, 0, SurveyScale::ZeroToTen).unwrap();
        assert_eq!(c.column, 2, "{c:?}");
        assert!(
            c.reason.contains("whole numbers from 0 to 10"),
            "{}",
            c.reason
        );
        // On 1–7 the 9 and 10 do not fit: the effort column does.
        let c = choose_score_column(&p, 0, SurveyScale::OneToSeven).unwrap();
        assert_eq!(c.column, 3);
        let words = preview(
            b"date,nps
2026-01-05,Promoter
",
            5,
        )
        .unwrap();
        assert_eq!(choose_score_column(&words, 0, SurveyScale::ZeroToTen), None);
    }

    #[test]
    fn a_column_of_good_and_bad_ratings_is_found_and_read_as_satisfaction() {
        // A Zendesk view exported as CSV: most tickets have no rating.
        let zendesk = b"ID,Subject,Requested,Satisfaction,Group
101,Parcel late,2026-11-02 09:14,Unoffered,Support
102,Refund,2026-11-02 10:01,Good,Billing
103,Login,2026-11-03 11:30,Bad,Support
104,Invoice,2026-11-03 12:00,Offered,Billing
";
        let p = preview(zendesk, 5).unwrap();
        assert_eq!(choose_score_column(&p, 0, SurveyScale::ZeroToTen), None);
        let c = choose_rating_column(&p, 0).unwrap();
        assert_eq!(c.column, 3);
        assert!(
            c.reason.starts_with("\"Satisfaction\" was chosen"),
            "{}",
            c.reason
        );
        assert!(c.reason.contains("Good as 5 and Bad as 1"), "{}", c.reason);
        // Read on 1–5: two ratings counted, the two unrated rows named as bad rows.
        let mapping = SurveyMapping {
            delimiter: b',',
            date_column: 2,
            date_format: DateFormat::YearMonthDay,
            score_column: 3,
            scale: SurveyScale::OneToFive,
            segment_column: None,
        };
        let out = SurveyImporter::new(std::rc::Rc::new(zendesk.to_vec()), mapping)
            .unwrap()
            .finish()
            .unwrap();
        assert_eq!((out.rows_counted, out.problem_count), (2, 2));
        assert!(
            out.problems[0].message.contains("skip these rows"),
            "{:?}",
            out.problems[0]
        );
        let total = crate::domain::kpi::series::total(&out.counts, SurveyScale::OneToFive);
        assert_eq!(total.counts, vec![1, 0, 0, 0, 1]);
        // Words that are not ratings, and a column of only unrated tickets with no name
        // saying so, are not taken.
        let words = preview(b"date,status\n2026-11-02,Open\n", 5).unwrap();
        assert_eq!(choose_rating_column(&words, 0), None);
        let unrated = preview(b"date,state\n2026-11-02,Unoffered\n", 5).unwrap();
        assert_eq!(choose_rating_column(&unrated, 0), None);
    }
}
