//! Every entry's deadlines, worked out chunk by chunk and kept while the chunk is: after
//! an edit of one entry of 50,000, the list's standings and the log's counts of overdue
//! entries and breaches cost the 256 entries of that chunk, not the log. The cache holds
//! each chunk it has worked out (so its address cannot be reused by another) and starts
//! again when the scheme, the holidays or the day change.

use super::bank_holidays::HolidayCalendar;
use super::clocks::{due, Standing};
use super::deadlines::{ClockStatus, Scheme};
use super::log::{Chunk, ComplaintLog};
use super::model::Complaint;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::rc::Rc;

/// One entry's deadlines in short.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueLine {
    pub standing: Standing,
    /// Clocks missed (met late or overdue).
    pub breaches: u8,
    /// The next clock to meet: its place in the scheme, its day and where it stands.
    pub next: Option<(usize, NaiveDate, ClockStatus)>,
}

impl DueLine {
    /// Works out the line of `c`.
    pub fn of(c: &Complaint, scheme: &Scheme, cal: &HolidayCalendar, today: NaiveDate) -> Self {
        let d = due(c, scheme, cal, today);
        let next = d.next.map(|k| {
            let i = scheme
                .clocks
                .iter()
                .position(|s| s.name == k.name)
                .unwrap_or(0);
            (i, k.due, k.status)
        });
        DueLine {
            standing: d.standing,
            breaches: d.breaches.min(u8::MAX as usize) as u8,
            next,
        }
    }

    /// "Acknowledge: due in 2 working days (4 Dec 2026)", or the standing alone.
    pub fn words(&self, scheme: &Scheme) -> String {
        match self.next {
            Some((i, day, status)) => format!(
                "{}: {} ({})",
                scheme
                    .clocks
                    .get(i)
                    .map(|k| k.name.as_str())
                    .unwrap_or("Deadline"),
                status.words(),
                crate::domain::dates::show_day(day)
            ),
            None => self.standing.words().to_string(),
        }
    }
}

/// The deadlines of a whole log, in the log's order, chunk by chunk.
#[derive(Clone, Debug, Default)]
pub struct LogDue {
    lines: Vec<Rc<Vec<DueLine>>>,
    pub open: usize,
    pub overdue: usize,
    pub due_soon: usize,
    /// Clocks missed across the log.
    pub breaches: usize,
}

impl LogDue {
    /// Each entry's line, in the log's order.
    pub fn lines(&self) -> impl Iterator<Item = &DueLine> {
        self.lines.iter().flat_map(|c| c.iter())
    }
}

/// What the cache was worked out for.
type Basis = (Scheme, HolidayCalendar, NaiveDate);

/// A chunk's counts: open, overdue, due soon, breaches.
type Counts = [usize; 4];

/// A chunk worked out, kept with its lines and counts (holding the chunk keeps its
/// address ours).
type Worked = (Chunk, Rc<Vec<DueLine>>, Counts);

/// Keeps each chunk's lines while the chunk lives.
#[derive(Default)]
pub struct DueCache {
    basis: Option<Basis>,
    chunks: HashMap<*const Vec<Rc<Complaint>>, Worked>,
}

impl DueCache {
    /// The deadlines of `log` as of `today`, working out only the chunks not seen before.
    pub fn refresh(
        &mut self,
        log: &ComplaintLog,
        scheme: &Scheme,
        cal: &HolidayCalendar,
        today: NaiveDate,
    ) -> LogDue {
        let same = self
            .basis
            .as_ref()
            .is_some_and(|(s, c, d)| s == scheme && c == cal && *d == today);
        if !same {
            self.chunks.clear();
            self.basis = Some((scheme.clone(), cal.clone(), today));
        }
        let mut kept = HashMap::with_capacity(log.chunks().len());
        let mut out = LogDue::default();
        for chunk in log.chunks() {
            let ptr = Rc::as_ptr(chunk);
            let worked = match self.chunks.remove(&ptr) {
                Some(w) => w,
                None => {
                    let lines: Vec<DueLine> = chunk
                        .iter()
                        .map(|c| DueLine::of(c, scheme, cal, today))
                        .collect();
                    let mut counts = [0; 4];
                    for (line, c) in lines.iter().zip(chunk.iter()) {
                        counts[0] += usize::from(c.open());
                        counts[1] += usize::from(line.standing == Standing::Overdue);
                        counts[2] += usize::from(line.standing == Standing::DueSoon);
                        counts[3] += usize::from(line.breaches);
                    }
                    (Rc::clone(chunk), Rc::new(lines), counts)
                }
            };
            let [open, overdue, due_soon, breaches] = worked.2;
            out.open += open;
            out.overdue += overdue;
            out.due_soon += due_soon;
            out.breaches += breaches;
            let lines = worked;
            out.lines.push(Rc::clone(&lines.1));
            kept.insert(ptr, lines);
        }
        // Chunks no longer in the log are let go.
        self.chunks = kept;
        out
    }

    /// How many chunks the cache holds (for tests of what a refresh works out).
    pub fn len(&self) -> usize {
        self.chunks.len()
    }

    /// Holds nothing.
    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaints::bank_holidays::Region;
    use crate::domain::complaints::deadlines::SchemePreset;
    use crate::domain::complaints::edit::{ComplaintEdit, EntryChange};
    use crate::domain::complaints::log::CHUNK;
    use crate::domain::complaints::model::ComplaintId;
    use crate::domain::edit::PartEdit;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn log(n: u64) -> ComplaintLog {
        ComplaintLog::from_entries((0..n).map(|i| {
            let received = day(11, 2 + (i % 25) as u32).and_hms_opt(9, 0, 0).unwrap();
            Complaint::new(ComplaintId::fresh(i), received, "late")
        }))
    }

    #[test]
    fn an_edit_works_out_only_its_chunk_again_and_the_counts_follow() {
        let scheme = SchemePreset::FcaDisp.build();
        let cal = HolidayCalendar::shipped(Region::EnglandAndWales);
        let today = day(12, 1);
        let mut log = log(10 * CHUNK as u64);
        let mut cache = DueCache::default();
        let first = cache.refresh(&log, &scheme, &cal, today);
        assert_eq!(cache.len(), 10);
        assert_eq!(first.open, 10 * CHUNK);
        // Acknowledgement is due 5 business days after receipt: received on or before
        // 23 Nov it is overdue on 1 Dec.
        let expected = log
            .iter()
            .filter(|c| DueLine::of(c, &scheme, &cal, today).standing == Standing::Overdue)
            .count();
        assert!(expected > 0);
        assert_eq!(first.overdue, expected);
        let before: Vec<Rc<Vec<DueLine>>> = first.lines.clone();
        ComplaintEdit::Change {
            entry: ComplaintId::fresh(3),
            change: EntryChange::Closed(Some(day(11, 30))),
            at: chrono::DateTime::UNIX_EPOCH,
            by: "Sam".into(),
        }
        .apply(&mut log)
        .unwrap();
        let second = cache.refresh(&log, &scheme, &cal, today);
        let reused = second
            .lines
            .iter()
            .zip(&before)
            .filter(|(a, b)| Rc::ptr_eq(a, b))
            .count();
        assert_eq!(reused, 9, "only the edited chunk is worked out again");
        assert_eq!(second.open, 10 * CHUNK - 1);
        assert_eq!(second.lines().count(), 10 * CHUNK);
        // A new day starts again.
        let third = cache.refresh(&log, &scheme, &cal, day(12, 2));
        assert!(third
            .lines
            .iter()
            .zip(&second.lines)
            .all(|(a, b)| !Rc::ptr_eq(a, b)));
    }

    #[test]
    fn the_next_deadline_reads_in_words() {
        let scheme = SchemePreset::HousingStage1.build();
        let cal = HolidayCalendar::shipped(Region::EnglandAndWales);
        let c = Complaint::new(
            ComplaintId::fresh(1),
            day(12, 3).and_hms_opt(10, 0, 0).unwrap(),
            "Damp",
        );
        let line = DueLine::of(&c, &scheme, &cal, day(12, 8));
        assert_eq!(line.standing, Standing::DueSoon);
        assert_eq!(
            line.words(&scheme),
            "Acknowledge: Due in 2 working days (10 Dec 2026)"
        );
    }
}
