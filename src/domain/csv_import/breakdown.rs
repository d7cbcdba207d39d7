//! A column to break results down by (a channel, a team, a category): its values in
//! first-seen order, refused when there are more than such a column would have.

use super::preview::CsvPreview;
use super::problems::{ImportError, MAX_CELLS};

/// Most different values a breakdown column may have: more is not a channel or team
/// (an id or a free-text column), and would make the stored part too large.
pub const MAX_SEGMENTS: usize = 200;

/// The values of the breakdown column met so far.
#[derive(Debug, Default)]
pub struct Breakdown {
    /// The column, if the user chose one.
    pub column: Option<usize>,
    values: Vec<Vec<u8>>,
    too_many: bool,
}

impl Breakdown {
    /// A breakdown by `column` (or none).
    pub fn new(column: Option<usize>) -> Self {
        Breakdown {
            column,
            ..Default::default()
        }
    }

    /// The index of value `name`, adding it when new; `None` past [`MAX_SEGMENTS`]
    /// (the import is then refused at the end).
    pub fn index(&mut self, name: &[u8]) -> Option<u16> {
        if let Some(i) = intern(&mut self.values, name) {
            return Some(i);
        }
        self.too_many = true;
        None
    }

    /// The values as text, or why the result cannot be kept: too many values, or more
    /// than [`MAX_CELLS`] cells (`cells` is how many the rows made).
    pub fn finish(self, headers: &[String], cells: usize) -> Result<Vec<String>, ImportError> {
        if self.too_many {
            let column = self.column.and_then(|c| headers.get(c).cloned());
            return Err(ImportError::TooManySegments(column.unwrap_or_default()));
        }
        if cells > MAX_CELLS {
            return Err(ImportError::TooManyCells);
        }
        Ok(self
            .values
            .iter()
            .map(|s| String::from_utf8_lossy(s).into_owned())
            .collect())
    }
}

/// Words of a column's name that say it holds a channel, team or the like, best first.
const BREAKDOWN_WORDS: [&str; 14] = [
    "channel",
    "team",
    "segment",
    "queue",
    "group",
    "department",
    "region",
    "branch",
    "store",
    "site",
    "source",
    "origin",
    "via",
    "country",
];

/// The column to preselect to break results down by: one whose name is a channel, team,
/// queue or the like (the best such word first), and not a question or free text. A
/// survey's question ("How likely are you to recommend our team?") or comment column,
/// or a column of ids, would give a value a row and the import would be refused. Columns
/// in `taken` (the date, the score) are never chosen.
pub fn choose_breakdown_column(
    preview: &CsvPreview,
    header_rows: usize,
    taken: &[usize],
) -> Option<usize> {
    let rows = preview.data_sample(header_rows);
    let names: Vec<String> = preview
        .headers
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let words_of = |name: &str| -> Vec<String> {
        name.split(|ch: char| !ch.is_alphanumeric())
            .map(str::to_string)
            .collect()
    };
    let words: Vec<Vec<String>> = names.iter().map(|n| words_of(n)).collect();
    let fits = |c: usize| {
        let name = &names[c];
        let is_question = name.len() > 40 || name.ends_with('?');
        let is_id = words[c]
            .iter()
            .any(|w| matches!(w.as_str(), "id" | "email" | "comment" | "comments"));
        let values: Vec<&str> = rows
            .iter()
            .filter_map(|r| r.get(c).map(|t| t.trim()))
            .filter(|t| !t.is_empty())
            .collect();
        let free_text = values.iter().any(|v| v.chars().count() > 40);
        let numbers = !values.is_empty() && values.iter().all(|v| v.parse::<f64>().is_ok());
        !taken.contains(&c) && !is_question && !is_id && !free_text && !numbers
    };
    BREAKDOWN_WORDS.iter().find_map(|word| {
        (0..names.len()).find(|&c| {
            // Short words are whole words ("via", not "aviation"); longer ones may be
            // part of one ("Channels", "Support team").
            let named = if word.len() <= 4 {
                words[c].iter().any(|w| w == word)
            } else {
                names[c].contains(word)
            };
            named && fits(c)
        })
    })
}

/// The index of `name` in `values`, adding it when new; `None` past [`MAX_SEGMENTS`].
fn intern(values: &mut Vec<Vec<u8>>, name: &[u8]) -> Option<u16> {
    if let Some(i) = values.iter().position(|s| s == name) {
        return Some(i as u16);
    }
    if values.len() >= MAX_SEGMENTS {
        return None;
    }
    values.push(name.to_vec());
    Some((values.len() - 1) as u16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::csv_import::preview::preview;

    #[test]
    fn the_breakdown_preselected_is_a_channel_or_team_never_a_question_or_free_text() {
        let choose = |data: &str, taken: &[usize]| {
            choose_breakdown_column(&preview(data.as_bytes(), 5).unwrap(), 0, taken)
        };
        // A survey whose question and comment mention the team: the Team column.
        let survey = "Date,How likely are you to recommend our team?,Anything else about our team,Team\n\
            2026-11-02,9,\"The team was quick and kind, and the refund came the next day\",Billing\n\
            2026-11-02,3,,Returns\n";
        assert_eq!(choose(survey, &[0, 1]), Some(3));
        // Channel is preferred to team; Zendesk's Group and Via are found.
        assert_eq!(
            choose("date,score,Team,Channel\n2026-11-02,9,A,phone\n", &[0, 1]),
            Some(3)
        );
        assert_eq!(
            choose(
                "Requested,Satisfaction,Via,Group\n2026-11-02,Good,Mail,Support\n",
                &[0, 1]
            ),
            Some(3)
        );
        assert_eq!(
            choose(
                "Requested,Satisfaction,Via\n2026-11-02,Good,Mail\n",
                &[0, 1]
            ),
            Some(2)
        );
        // Ids and numbers are not a breakdown; nor is a name only sounding like one.
        assert_eq!(
            choose("date,score,Team ID\n2026-11-02,9,T-1\n", &[0, 1]),
            None
        );
        assert_eq!(
            choose("date,score,Store\n2026-11-02,9,10234\n", &[0, 1]),
            None
        );
        assert_eq!(
            choose("date,score,Aviation\n2026-11-02,9,yes\n", &[0, 1]),
            None
        );
        assert_eq!(choose("date,score\n2026-11-02,9\n", &[0, 1]), None);
    }

    #[test]
    fn values_keep_their_first_seen_order_and_too_many_are_refused() {
        let mut b = Breakdown::new(Some(1));
        assert_eq!(b.index(b"phone"), Some(0));
        assert_eq!(b.index(b"email"), Some(1));
        assert_eq!(b.index(b"phone"), Some(0));
        let headers = ["date".to_string(), "channel".to_string()];
        assert_eq!(b.finish(&headers, 3).unwrap(), ["phone", "email"]);
        let mut b = Breakdown::new(Some(1));
        for i in 0..=MAX_SEGMENTS {
            b.index(i.to_string().as_bytes());
        }
        assert_eq!(
            b.finish(&headers, 1),
            Err(ImportError::TooManySegments("channel".into()))
        );
        assert_eq!(
            Breakdown::new(None).finish(&headers, MAX_CELLS + 1),
            Err(ImportError::TooManyCells)
        );
    }
}
