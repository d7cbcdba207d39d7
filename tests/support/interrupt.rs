//! A store that stands for a tab killed part-way through a save: it passes the first
//! `limit` writes (sets and removes) through to the real store, then refuses every
//! later one without touching the store, as if the tab had gone. It also logs the
//! writes it let through, so tests can check what a save wrote and in which order.

use cx_workbench::storage::{KeyValueStore, StoreError};
use std::cell::{Cell, RefCell};

/// One write let through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    Set(String),
    Remove(String),
}

/// Wraps `inner`; `limit` is how many writes get through (`usize::MAX`: all).
pub struct Interrupted<'a, S: KeyValueStore> {
    inner: &'a S,
    left: Cell<usize>,
    pub log: RefCell<Vec<Write>>,
}

impl<'a, S: KeyValueStore> Interrupted<'a, S> {
    pub fn new(inner: &'a S, limit: usize) -> Self {
        Interrupted {
            inner,
            left: Cell::new(limit),
            log: RefCell::default(),
        }
    }

    fn pass(&self, write: Write) -> Result<(), StoreError> {
        match self.left.get() {
            0 => Err(StoreError::Unavailable("the tab was closed".into())),
            n => {
                self.left.set(n - 1);
                self.log.borrow_mut().push(write);
                Ok(())
            }
        }
    }

    /// Keys set, in order, that start with `prefix`.
    pub fn sets(&self, prefix: &str) -> Vec<String> {
        self.log
            .borrow()
            .iter()
            .filter_map(|w| match w {
                Write::Set(k) if k.starts_with(prefix) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }
}

impl<S: KeyValueStore> KeyValueStore for Interrupted<'_, S> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.pass(Write::Set(key.into()))?;
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.pass(Write::Remove(key.into()))?;
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}
