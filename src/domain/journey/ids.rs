//! Typed ids of a journey map and its stages, lanes and cards, and the one place new
//! ones are made. A `CardId` cannot be passed where a `StageId` is meant; all of them
//! read as text (`Deref<Target = str>`) for addresses, element ids and storage.

use crate::domain::typed_id::typed_id;

typed_id!(
    /// A journey map, unique within its project.
    JourneyId,
    "j"
);
typed_id!(
    /// A stage (column) of a map.
    StageId,
    "s"
);
typed_id!(
    /// A lane (row) of a map.
    LaneId,
    "l"
);
typed_id!(
    /// A card in one cell of a map.
    CardId,
    "c"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_typed_text() {
        let c = CardId::fresh(0xabc);
        assert_eq!(c.as_str(), "c0000000000000abc");
        assert_eq!(c, "c0000000000000abc");
        assert_eq!(StageId::fresh(1).len(), 17);
        assert_ne!(LaneId::fresh(1).as_str(), StageId::fresh(1).as_str());
        let json = serde_json::to_string(&JourneyId::from("j1")).unwrap();
        assert_eq!(json, "\"j1\"", "stored as plain text, as before");
    }
}
