//! What the user is told about storage: start-up recovery, save failures, conflicts
//! with another tab. Kept apart from the workspace so a banner never changes the data.

use crate::storage::read_error::ReadError;
use crate::storage::repository::StartupProblem;
use crate::storage::StoreError;
use chrono::{DateTime, Utc};
use std::rc::Rc;
use yew::Reducible;

/// The storage situation shown in banners and the save indicator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StorageStatus {
    /// What went wrong reading stored data at start-up, until dismissed.
    pub startup_problem: Option<StartupProblem>,
    /// The last save failed for this reason.
    pub save_error: Option<StoreError>,
    /// Another tab saved while this one had unsaved changes: the user must choose.
    pub conflict: bool,
    /// Another tab saved data this tab cannot read (a newer version, or damage).
    pub foreign_unreadable: Option<ReadError>,
    /// When this tab last saved.
    pub last_saved: Option<DateTime<Utc>>,
    /// Something was erased in another tab and followed here.
    pub erased_elsewhere: bool,
    /// Another tab's save that this version could not read was kept under this key
    /// when the user kept this tab's version.
    pub copied_aside: Option<String>,
}

impl StorageStatus {
    /// True when automatic saving is held back until the user decides something.
    pub fn saving_paused(&self) -> bool {
        self.conflict
            || self.foreign_unreadable.is_some()
            || matches!(
                self.startup_problem,
                Some(StartupProblem::LeftInPlace { .. })
            )
    }
}

/// Changes to the status.
#[derive(Clone, Debug, PartialEq)]
pub enum StatusAction {
    Saved(DateTime<Utc>),
    SaveFailed(StoreError),
    Conflict,
    ConflictResolved,
    ForeignUnreadable(ReadError),
    DismissStartupProblem,
    /// Clears a "left in place" start-up problem once other data replaced it.
    DismissLeftInPlace,
    CopiedAside(String),
    ErasedHere,
    ErasedElsewhere,
}

impl Reducible for StorageStatus {
    type Action = StatusAction;

    fn reduce(self: Rc<Self>, action: StatusAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            StatusAction::Saved(at) => {
                next.save_error = None;
                next.last_saved = Some(at);
            }
            StatusAction::SaveFailed(e) => next.save_error = Some(e),
            StatusAction::Conflict => next.conflict = true,
            StatusAction::ConflictResolved => {
                next.conflict = false;
                next.foreign_unreadable = None;
            }
            StatusAction::ForeignUnreadable(e) => next.foreign_unreadable = Some(e),
            StatusAction::DismissStartupProblem => next.startup_problem = None,
            StatusAction::DismissLeftInPlace => {
                if matches!(
                    next.startup_problem,
                    Some(StartupProblem::LeftInPlace { .. })
                ) {
                    next.startup_problem = None;
                }
            }
            StatusAction::CopiedAside(key) => next.copied_aside = Some(key),
            StatusAction::ErasedHere => {
                next = StorageStatus::default();
            }
            StatusAction::ErasedElsewhere => {
                next = StorageStatus {
                    erased_elsewhere: true,
                    ..StorageStatus::default()
                };
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
