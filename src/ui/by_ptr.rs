//! A shared value compared by identity, for memo keys and props. Holding the `Rc` keeps
//! its address from being reused by a later value, which a bare pointer as a key would
//! not: a freed value's address can come back for the next one, and a memo keyed on it
//! would then keep a stale result.

use std::rc::Rc;

/// `Rc<T>` compared by pointer.
pub struct ByPtr<T>(pub Rc<T>);

impl<T> Clone for ByPtr<T> {
    fn clone(&self) -> Self {
        ByPtr(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
