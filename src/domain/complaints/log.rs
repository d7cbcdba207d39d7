//! The log's entries, held in chunks so that a change to one entry copies only its chunk
//! and the list of chunks: an undo step of a 50,000-entry log then costs a few
//! kilobytes, not the log. Entries stay in the order they were added.

use super::model::{Complaint, ComplaintId};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::rc::Rc;

/// Entries per chunk: small enough that copying one is cheap, large enough that the
/// list of chunks stays short (200 for 50,000 entries).
pub const CHUNK: usize = 256;

/// The entries of a complaint log.
#[derive(Clone, Debug, Default)]
pub struct ComplaintLog {
    chunks: Vec<Rc<Vec<Rc<Complaint>>>>,
    len: usize,
}

impl ComplaintLog {
    /// A log of `entries`, in order.
    pub fn from_entries(entries: impl IntoIterator<Item = Complaint>) -> Self {
        let mut log = ComplaintLog::default();
        for e in entries {
            log.push(e);
        }
        log
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// No entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every entry, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Complaint> {
        self.chunks
            .iter()
            .flat_map(|c| c.iter().map(|e| e.as_ref()))
    }

    /// Every entry with its shared pointer, for views that keep entries without copying.
    pub fn shared(&self) -> impl Iterator<Item = &Rc<Complaint>> {
        self.chunks.iter().flat_map(|c| c.iter())
    }

    /// (chunk, index in chunk) of the entry with `id`.
    fn place(&self, id: &str) -> Option<(usize, usize)> {
        self.chunks
            .iter()
            .enumerate()
            .find_map(|(k, c)| c.iter().position(|e| e.id == id).map(|i| (k, i)))
    }

    /// The entry with `id`.
    pub fn get(&self, id: &str) -> Option<&Complaint> {
        self.place(id).map(|(k, i)| self.chunks[k][i].as_ref())
    }

    /// Adds an entry at the end.
    pub fn push(&mut self, entry: Complaint) {
        match self.chunks.last_mut() {
            Some(last) if last.len() < CHUNK => Rc::make_mut(last).push(Rc::new(entry)),
            _ => self.chunks.push(Rc::new(vec![Rc::new(entry)])),
        }
        self.len += 1;
    }

    /// The entry with `id`, to change: only its chunk (and the entry) are copied when
    /// they are shared with an undo step.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Complaint> {
        let (k, i) = self.place(id)?;
        Some(Rc::make_mut(&mut Rc::make_mut(&mut self.chunks[k])[i]))
    }

    /// Removes the entry with `id` and returns it. A chunk left empty goes.
    pub fn remove(&mut self, id: &str) -> Option<Complaint> {
        let (k, i) = self.place(id)?;
        let chunk = Rc::make_mut(&mut self.chunks[k]);
        let gone = chunk.remove(i);
        if chunk.is_empty() {
            self.chunks.remove(k);
        }
        self.len -= 1;
        Some(Rc::unwrap_or_clone(gone))
    }

    /// Keeps only the entries for which `keep` holds; chunks with nothing removed stay
    /// shared. Returns how many went.
    pub fn retain(&mut self, mut keep: impl FnMut(&Complaint) -> bool) -> usize {
        let before = self.len;
        for chunk in &mut self.chunks {
            if chunk.iter().all(|e| keep(e)) {
                continue;
            }
            Rc::make_mut(chunk).retain(|e| keep(e));
        }
        self.chunks.retain(|c| !c.is_empty());
        self.len = self.chunks.iter().map(|c| c.len()).sum();
        before - self.len
    }

    /// Applies `change` to every entry for which `matches` holds; chunks (and entries)
    /// with no such entry stay shared with the undo steps. Returns how many changed.
    pub fn update_where(
        &mut self,
        matches: impl Fn(&Complaint) -> bool,
        mut change: impl FnMut(&mut Complaint),
    ) -> usize {
        let mut n = 0;
        for chunk in &mut self.chunks {
            if !chunk.iter().any(|e| matches(e)) {
                continue;
            }
            for e in Rc::make_mut(chunk).iter_mut() {
                if matches(e) {
                    change(Rc::make_mut(e));
                    n += 1;
                }
            }
        }
        n
    }

    /// Whether `other` shares the chunk holding entry `id` with this log (for tests of
    /// what an edit copies).
    pub fn shares_chunk_of(&self, other: &ComplaintLog, id: &ComplaintId) -> bool {
        match (self.place(id), other.place(id)) {
            (Some((a, _)), Some((b, _))) => Rc::ptr_eq(&self.chunks[a], &other.chunks[b]),
            _ => false,
        }
    }

    /// How many chunks this log shares with `other`.
    pub fn shared_chunks(&self, other: &ComplaintLog) -> usize {
        self.chunks
            .iter()
            .filter(|c| other.chunks.iter().any(|o| Rc::ptr_eq(c, o)))
            .count()
    }
}

/// The entries of one chunk, shared between the log, its undo steps and what storage
/// last wrote.
pub type Chunk = Rc<Vec<Rc<Complaint>>>;

impl ComplaintLog {
    /// The chunks, in order: storage keeps each under a key of its own, so a save
    /// writes only the chunks that changed.
    pub fn chunks(&self) -> &[Chunk] {
        &self.chunks
    }

    /// A log of chunks read back from storage (empty chunks are dropped).
    pub fn from_chunks(chunks: Vec<Chunk>) -> Self {
        let chunks: Vec<Chunk> = chunks.into_iter().filter(|c| !c.is_empty()).collect();
        let len = chunks.iter().map(|c| c.len()).sum();
        ComplaintLog { chunks, len }
    }

    /// Every entry's problems as (path, message), the path naming the entry by its
    /// position ("[12].summary").
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut ids = std::collections::HashSet::new();
        let mut out = Vec::new();
        for (i, c) in self.iter().enumerate() {
            if !ids.insert(c.id.as_str()) {
                out.push((format!("[{i}].id"), format!("\"{}\" is used twice", c.id)));
            }
            for (field, message) in c.problems() {
                out.push((format!("[{i}].{field}"), message));
            }
        }
        out
    }
}

/// Two logs are equal when they hold the same entries in the same order, however they
/// are chunked (a log read back from storage is chunked afresh). Chunks shared by both
/// are equal without looking inside, so comparing a log with its own undo step costs
/// the chunks that changed.
impl PartialEq for ComplaintLog {
    fn eq(&self, other: &Self) -> bool {
        if self.len != other.len {
            return false;
        }
        let same_chunking = self.chunks.len() == other.chunks.len()
            && self
                .chunks
                .iter()
                .zip(&other.chunks)
                .all(|(a, b)| a.len() == b.len());
        if same_chunking {
            return self
                .chunks
                .iter()
                .zip(&other.chunks)
                .all(|(a, b)| Rc::ptr_eq(a, b) || a == b);
        }
        self.iter().eq(other.iter())
    }
}

/// Stored as a plain list of entries: the chunks are how the app holds them, not data.
impl Serialize for ComplaintLog {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for ComplaintLog {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(ComplaintLog::from_entries(Vec::<Complaint>::deserialize(
            d,
        )?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn entry(n: u64) -> Complaint {
        let at = NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
            + chrono::Duration::minutes(n as i64);
        Complaint::new(ComplaintId::fresh(n), at, &format!("complaint {n}"))
    }

    fn log(n: u64) -> ComplaintLog {
        ComplaintLog::from_entries((0..n).map(entry))
    }

    #[test]
    fn entries_keep_their_order_across_chunks() {
        let l = log(600);
        assert_eq!(l.len(), 600);
        assert_eq!(l.chunks.len(), 3);
        let ids: Vec<String> = l.iter().map(|e| e.id.to_string()).collect();
        assert_eq!(ids[0], ComplaintId::fresh(0).as_str());
        assert_eq!(ids[599], ComplaintId::fresh(599).as_str());
        assert_eq!(
            l.get(ComplaintId::fresh(300).as_str()).unwrap().summary,
            "complaint 300"
        );
    }

    #[test]
    fn an_edit_copies_only_its_chunk() {
        let before = log(50_000);
        let mut after = before.clone();
        let id = ComplaintId::fresh(25_000);
        after.get_mut(&id).unwrap().summary = "changed".into();
        assert_eq!(
            before.get(&id).unwrap().summary,
            "complaint 25000",
            "the undo step keeps the old entry"
        );
        assert_eq!(after.get(&id).unwrap().summary, "changed");
        assert!(!after.shares_chunk_of(&before, &id));
        assert_eq!(
            after.shared_chunks(&before),
            before.chunks.len() - 1,
            "every other chunk is shared"
        );
    }

    #[test]
    fn remove_and_retain_keep_the_count_and_share_what_did_not_change() {
        let before = log(1_000);
        let mut after = before.clone();
        let gone = after.remove(ComplaintId::fresh(10).as_str()).unwrap();
        assert_eq!(gone.summary, "complaint 10");
        assert_eq!(after.len(), 999);
        assert_eq!(after.remove("nope"), None);
        let went = after.retain(|e| e.summary != "complaint 999");
        assert_eq!((went, after.len()), (1, 998));
        assert_eq!(
            after.shared_chunks(&before),
            2,
            "chunks 2 and 3 were not touched"
        );
    }

    #[test]
    fn a_log_is_stored_as_a_plain_list() {
        let l = log(300);
        let json = serde_json::to_string(&l).unwrap();
        assert!(json.starts_with("[{\"id\":\"n0000000000000000\""));
        let back: ComplaintLog = serde_json::from_str(&json).unwrap();
        assert_eq!(back, l);
        assert_eq!(serde_json::from_str::<ComplaintLog>("[]").unwrap().len(), 0);
    }
}
