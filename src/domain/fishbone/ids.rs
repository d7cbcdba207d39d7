//! Typed ids of a fishbone diagram, its categories (the bones) and its causes. A
//! `CauseId` cannot be passed where a `CategoryId` is meant; all of them read as text.

use crate::domain::typed_id::typed_id;

typed_id!(
    /// A fishbone diagram, unique within its project.
    FishboneId,
    "f"
);
typed_id!(
    /// A category (a main bone: "People", "Process", …) of one diagram.
    CategoryId,
    "g"
);
typed_id!(
    /// A cause on a bone, or a cause of a cause, of one diagram.
    CauseId,
    "k"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_their_own_prefixes() {
        assert_eq!(FishboneId::fresh(1).as_str(), "f0000000000000001");
        assert_eq!(CategoryId::fresh(0xab).as_str(), "g00000000000000ab");
        assert_eq!(CauseId::fresh(2).as_str(), "k0000000000000002");
        assert_eq!(
            serde_json::to_string(&CauseId::from("k1")).unwrap(),
            "\"k1\""
        );
    }
}
