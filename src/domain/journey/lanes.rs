//! Lanes of the team's own: added, renamed, removed (built-in lanes keep their names).

use super::error::EditError;
use super::ids::LaneId;
use super::kinds::LaneKind;
use super::map::{JourneyMap, Lane};

impl JourneyMap {
    /// The first lane of a kind (an id naming no lane, so no card goes in, if none).
    pub(super) fn first_lane(&self, kind: LaneKind) -> LaneId {
        self.lanes
            .iter()
            .find(|l| l.kind == kind)
            .map(|l| l.id.clone())
            .unwrap_or_default()
    }

    /// Adds a lane of the team's own, with a title, at the bottom.
    pub fn add_lane(&mut self, id: LaneId, title: &str) -> Result<(), EditError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(EditError::EmptyName);
        }
        if self.used(&id) {
            return Err(EditError::IdInUse);
        }
        self.lanes.push(Lane {
            id,
            kind: LaneKind::Custom(title.to_string()),
        });
        Ok(())
    }

    /// Renames a custom lane (built-in lanes keep their names).
    pub fn rename_lane(&mut self, id: &str, title: &str) -> Result<(), EditError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(EditError::EmptyName);
        }
        let lane = self
            .lanes
            .iter_mut()
            .find(|l| l.id == id)
            .ok_or(EditError::NoSuchLane)?;
        if let LaneKind::Custom(t) = &mut lane.kind {
            *t = title.to_string();
        }
        Ok(())
    }

    /// Deletes a lane and its cards (undo brings them back).
    pub fn delete_lane(&mut self, id: &str) -> Result<(), EditError> {
        let i = self
            .lanes
            .iter()
            .position(|l| l.id == id)
            .ok_or(EditError::NoSuchLane)?;
        if self.lanes.len() == 1 {
            return Err(EditError::LastLane);
        }
        self.lanes.remove(i);
        self.cards.retain(|c| c.lane != id);
        Ok(())
    }
}
