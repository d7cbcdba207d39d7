//! Choosing columns for the user before they choose: by what the values in the
//! preview are (a score column holds whole numbers in the scale's range, never words),
//! or by the words in a column's name. Each choice says why it was made.

use super::preview::CsvPreview;

/// A column chosen for the user, and why, in words to show beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnChoice {
    pub column: usize,
    pub reason: String,
}

/// The first column whose header contains one of `words` (any case).
pub fn guess_by_name(headers: &[String], words: &[&str]) -> Option<usize> {
    headers
        .iter()
        .position(|h| words.iter().any(|w| h.to_lowercase().contains(w)))
}

/// The column whose every value in the preview's sample `fits` (empty cells aside, at
/// least one value), preferring a column whose name (with any extra header rows' text)
/// holds one of `hints`, then the one with most different values (a column of one
/// repeated status code is less likely the answer), then the leftmost. `values` says
/// what fitting values are ("whole numbers from 0 to 10"), for the reason.
pub fn choose_by_values(
    preview: &CsvPreview,
    header_rows: usize,
    fits: impl Fn(&str) -> bool,
    hints: &[&str],
    values: &str,
) -> Option<ColumnChoice> {
    let rows = preview.data_sample(header_rows);
    let width = preview.headers.len();
    let mut best: Option<(bool, usize, usize, usize)> = None; // (hinted, distinct, column, count)
    for c in 0..width {
        let cells: Vec<&str> = rows
            .iter()
            .filter_map(|r| r.get(c).map(|t| t.trim()))
            .filter(|t| !t.is_empty())
            .collect();
        if cells.is_empty() || !cells.iter().all(|t| fits(t)) {
            continue;
        }
        let mut distinct = cells.clone();
        crate::domain::sort::sort(&mut distinct);
        distinct.dedup();
        let label = preview.column_label(c, header_rows).to_lowercase();
        let hinted = hints.iter().any(|h| label.contains(h));
        let key = (hinted, distinct.len(), c, cells.len());
        let better = match best {
            None => true,
            Some((h, d, _, _)) => (hinted, distinct.len()) > (h, d),
        };
        if better {
            best = Some(key);
        }
    }
    let (hinted, distinct, column, count) = best?;
    let name = preview.column_label(column, header_rows);
    let all = if count == 1 {
        "its one value in the first rows is".to_string()
    } else {
        format!("all its {count} values in the first rows are")
    };
    let why = if hinted {
        " and its name says so".to_string()
    } else if distinct > 1 {
        format!(" ({distinct} different)")
    } else {
        String::new()
    };
    Some(ColumnChoice {
        column,
        reason: format!("\"{name}\" was chosen because {all} {values}{why}."),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::csv_import::preview::preview;

    fn small_whole(t: &str) -> bool {
        t.parse::<u8>().is_ok_and(|v| v <= 10)
    }

    #[test]
    fn a_column_of_words_is_never_chosen_whatever_its_name() {
        let p = preview(
            b"date,nps_category,rating\n2026-01-05,Promoter,9\n2026-01-06,Detractor,3\n2026-01-07,Passive,8\n",
            5,
        )
        .unwrap();
        let c =
            choose_by_values(&p, 0, small_whole, &["nps"], "whole numbers from 0 to 10").unwrap();
        assert_eq!(c.column, 2);
        assert_eq!(
            c.reason,
            "\"rating\" was chosen because all its 3 values in the first rows are whole numbers from 0 to 10 (3 different)."
        );
        assert_eq!(guess_by_name(&p.headers, &["nps"]), Some(1));
    }

    #[test]
    fn a_named_column_beats_a_status_code_and_none_fits_gives_none() {
        let p = preview(b"Status,Finished,Q1\n0,1,9\n0,1,4\n0,1,10\n", 5).unwrap();
        let c = choose_by_values(&p, 0, small_whole, &["q1"], "whole numbers").unwrap();
        assert_eq!(c.column, 2);
        assert!(c.reason.ends_with("and its name says so."), "{}", c.reason);
        let c = choose_by_values(&p, 0, small_whole, &[], "whole numbers").unwrap();
        assert_eq!(c.column, 2, "most different values");
        let p = preview(b"a,b\nx,y\n", 5).unwrap();
        assert_eq!(
            choose_by_values(&p, 0, small_whole, &[], "whole numbers"),
            None
        );
    }
}
