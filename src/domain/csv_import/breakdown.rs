//! A column to break results down by (a channel, a team, a category): its values in
//! first-seen order, refused when there are more than such a column would have.

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
