//! The small key–value interface the repository needs, so its rules run against real
//! localStorage in the browser and against a map in native tests.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

/// Why the store refused an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage quota for this site is used up.
    QuotaExceeded,
    /// Storage cannot be used at all (disabled, private mode, blocked by policy).
    Unavailable(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::QuotaExceeded => f.write_str("the browser's storage for this site is full"),
            StoreError::Unavailable(why) => write!(f, "browser storage cannot be used ({why})"),
        }
    }
}

/// A string key–value store such as `window.localStorage`.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store with an optional size limit (counted like browsers do, in UTF-16
/// code units of keys and values), for native tests of the repository's rules.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    limit: Option<usize>,
}

impl MemoryStore {
    /// An empty store that refuses writes beyond `limit` UTF-16 units in all.
    pub fn with_limit(limit: usize) -> Self {
        MemoryStore {
            map: RefCell::default(),
            limit: Some(limit),
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(limit) = self.limit {
            let size = key.encode_utf16().count() + value.encode_utf16().count();
            if self.used_without(key) + size > limit {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.map.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.borrow().keys().cloned().collect())
    }
}
