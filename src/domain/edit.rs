//! Every change is a value: each tool's changes are an enum in its own domain folder
//! (`domain/journey/edit.rs`: `JourneyEdit::AddCard { .. }`) implementing [`PartEdit`].
//! The reducer routes any of them with one generic helper, undo names them with
//! [`PartEdit::label`], and because they are serde values the same edits can travel to
//! another window (the presenter view) or into an activity history.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;

/// A change to one part of a project (a journey map, a fishbone diagram, …).
pub trait PartEdit: Clone + fmt::Debug + PartialEq + Serialize + DeserializeOwned {
    /// What the edit changes.
    type Part: Clone;
    /// Why an edit was refused, in words a user can act on.
    type Error: fmt::Display;

    /// Makes the change. On an error the part may be half changed: the caller applies
    /// edits to a copy and keeps it only on success.
    fn apply(&self, part: &mut Self::Part) -> Result<(), Self::Error>;

    /// False when applying the edit would change nothing (the same text typed again,
    /// a card dropped where it was): no copy is made and no undo step recorded.
    fn changes(&self, _part: &Self::Part) -> bool {
        true
    }

    /// What the edit does, in words, for the undo button ("add a card").
    fn label(&self) -> String;
}
