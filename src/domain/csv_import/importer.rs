//! A strict, resumable CSV import, generic over what a row becomes: the parser reads
//! the rows a bounded number at a time (so the page can show progress), a
//! [`RowReader`] turns each into its tool's counts or records, and rows it cannot read
//! are noted by row and column. Nothing is kept unless the caller accepts the outcome:
//! with problems, the user chooses to skip the bad rows or import nothing.

use super::problems::{ImportError, Problems, RowError, RowProblem};
use super::rows::{CsvRows, RowSink};
use std::rc::Rc;

/// What a row of the file becomes: the part of an import each tool supplies.
pub trait RowReader: Sized {
    /// What the user chose: which column holds what, and the separator.
    type Mapping: Clone;
    /// What the rows add up to (counts per day, sums, records).
    type Output;

    /// A reader for the file as `mapping` describes it.
    fn new(mapping: Self::Mapping) -> Self;
    /// The separator between fields.
    fn delimiter(&self) -> u8;
    /// The columns read; each must be in the file.
    fn columns(&self) -> Vec<usize>;
    /// Takes one row (its fields are `text[a..b]` for each `(a, b)` in `spans`); an
    /// error names the column and what is wrong, and the row is not counted.
    fn read(&mut self, text: &[u8], spans: &[(usize, usize)]) -> Result<(), RowError>;
    /// The whole file read: what the rows became, or why it cannot be kept.
    fn finish(self, headers: &[String]) -> Result<Self::Output, ImportError>;
}

/// An import read a bounded number of rows at a time (so the page can show progress).
pub trait StepwiseImport {
    type Outcome;
    /// Reads up to `max_rows` rows; returns the share of the file read (0..1).
    fn step(&mut self, max_rows: usize) -> f64;
    fn is_done(&self) -> bool;
    fn finish(self) -> Result<Self::Outcome, ImportError>;
}

/// What an import produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportOutcome<T> {
    /// What the rows that could be read became.
    pub counts: T,
    pub rows_read: u64,
    pub rows_counted: u64,
    /// The first [`super::MAX_LISTED_PROBLEMS`] problems.
    pub problems: Vec<RowProblem>,
    pub problem_count: u64,
}

/// The reader with the tallies every import keeps.
struct Tally<R> {
    reader: R,
    rows_read: u64,
    rows_counted: u64,
    problems: Problems,
}

impl<R: RowReader> RowSink for Tally<R> {
    #[inline]
    fn row(&mut self, text: &[u8], spans: &[(usize, usize)], record_start: usize) {
        self.rows_read += 1;
        match self.reader.read(text, spans) {
            Ok(()) => self.rows_counted += 1,
            Err(e) => self.problems.add(record_start, e.column, e.message),
        }
    }
}

/// An import in progress.
pub struct CsvImporter<R> {
    rows: CsvRows,
    tally: Tally<R>,
}

impl<R: RowReader> CsvImporter<R> {
    /// Starts an import; reads the header and checks the mapped columns exist.
    pub fn new(data: Rc<Vec<u8>>, mapping: R::Mapping) -> Result<Self, ImportError> {
        Self::with_header_rows(data, mapping, 0)
    }

    /// Like [`CsvImporter::new`], with `extra_header_rows` more header rows under the
    /// first (not data, never counted or reported as bad rows).
    pub fn with_header_rows(
        data: Rc<Vec<u8>>,
        mapping: R::Mapping,
        extra_header_rows: usize,
    ) -> Result<Self, ImportError> {
        let reader = R::new(mapping);
        let rows = CsvRows::new(
            data,
            reader.delimiter(),
            &reader.columns(),
            extra_header_rows,
        )?;
        Ok(CsvImporter {
            rows,
            tally: Tally {
                reader,
                rows_read: 0,
                rows_counted: 0,
                problems: Problems::default(),
            },
        })
    }

    /// Uses the general CSV parser even where the fast path would do (to check one
    /// against the other).
    pub fn without_fast_path(mut self) -> Self {
        self.rows.without_fast_path();
        self
    }

    /// Reads up to `max_rows` rows; returns the share of the file read so far (0..1).
    pub fn step(&mut self, max_rows: usize) -> f64 {
        self.rows.step(&mut self.tally, max_rows)
    }

    /// True when the whole file has been read.
    pub fn is_done(&self) -> bool {
        self.rows.is_done()
    }

    /// Finishes: what the rows became, with every problem found.
    pub fn finish(mut self) -> Result<ImportOutcome<R::Output>, ImportError> {
        while !self.rows.is_done() {
            self.step(usize::MAX);
        }
        let t = self.tally;
        if t.rows_read == 0 {
            return Err(ImportError::NoDataRows);
        }
        let counts = t.reader.finish(&self.rows.headers)?;
        let problem_count = t.problems.count;
        let problems = self.rows.resolve(t.problems);
        Ok(ImportOutcome {
            counts,
            rows_read: t.rows_read,
            rows_counted: t.rows_counted,
            problems,
            problem_count,
        })
    }
}

impl<R: RowReader> StepwiseImport for CsvImporter<R> {
    type Outcome = ImportOutcome<R::Output>;
    fn step(&mut self, max_rows: usize) -> f64 {
        CsvImporter::step(self, max_rows)
    }
    fn is_done(&self) -> bool {
        CsvImporter::is_done(self)
    }
    fn finish(self) -> Result<Self::Outcome, ImportError> {
        CsvImporter::finish(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows become the sum of their one number.
    struct Sum {
        total: i64,
    }

    impl RowReader for Sum {
        type Mapping = ();
        type Output = i64;
        fn new(_: ()) -> Self {
            Sum { total: 0 }
        }
        fn delimiter(&self) -> u8 {
            b','
        }
        fn columns(&self) -> Vec<usize> {
            vec![1]
        }
        fn read(&mut self, text: &[u8], spans: &[(usize, usize)]) -> Result<(), RowError> {
            let &(a, b) = spans.get(1).ok_or(RowError::too_few_columns(1))?;
            let n: i64 = std::str::from_utf8(&text[a..b])
                .ok()
                .and_then(|t| t.trim().parse().ok())
                .ok_or_else(|| RowError::new(1, "not a whole number"))?;
            self.total += n;
            Ok(())
        }
        fn finish(self, _: &[String]) -> Result<i64, ImportError> {
            Ok(self.total)
        }
    }

    fn data(text: &str) -> Rc<Vec<u8>> {
        Rc::new(text.as_bytes().to_vec())
    }

    #[test]
    fn rows_become_what_the_reader_makes_and_bad_ones_are_named() {
        let out = CsvImporter::<Sum>::new(data("id,n\na,1\nb,x\nc,5\nd\n"), ())
            .unwrap()
            .finish()
            .unwrap();
        assert_eq!(out.counts, 6);
        assert_eq!(
            (out.rows_read, out.rows_counted, out.problem_count),
            (4, 2, 2)
        );
        let listed: Vec<String> = out.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            listed,
            [
                "row 3, column \"n\": not a whole number",
                "row 5, column \"n\": the row has too few columns"
            ]
        );
    }

    #[test]
    fn extra_header_rows_are_neither_counted_nor_bad() {
        let text = "id,n\nId,Number\n{\"ImportId\":\"n\"},x\na,1\nb,2\n";
        let out = CsvImporter::<Sum>::with_header_rows(data(text), (), 2)
            .unwrap()
            .finish()
            .unwrap();
        assert_eq!((out.counts, out.rows_read, out.problem_count), (3, 2, 0));
        let out = CsvImporter::<Sum>::new(data(text), ())
            .unwrap()
            .finish()
            .unwrap();
        assert_eq!(out.problem_count, 2, "without them they are bad rows");
        assert_eq!(
            CsvImporter::<Sum>::with_header_rows(data("id,n\nId,Number\n"), (), 1)
                .unwrap()
                .finish()
                .err(),
            Some(ImportError::NoDataRows)
        );
    }

    #[test]
    fn steps_report_progress_until_done() {
        let mut text = String::from("id,n\n");
        for i in 0..1000 {
            text.push_str(&format!("r{i},1\n"));
        }
        let mut imp = CsvImporter::<Sum>::new(data(&text), ()).unwrap();
        let first = imp.step(100);
        assert!(first > 0.0 && first < 1.0, "{first}");
        assert!(!imp.is_done());
        assert_eq!(imp.finish().unwrap().counts, 1000);
    }
}
