//! Typed ids of a 5 Whys analysis, its answers and its countermeasures. An `AnswerId`
//! cannot be passed where a `CountermeasureId` is meant; all of them read as text.

use crate::domain::typed_id::typed_id;

typed_id!(
    /// A 5 Whys analysis, unique within its project.
    WhysId,
    "w"
);
typed_id!(
    /// One answer ("because …") in an analysis.
    AnswerId,
    "a"
);
typed_id!(
    /// A countermeasure against a root cause.
    CountermeasureId,
    "m"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_their_own_prefixes() {
        assert_eq!(WhysId::fresh(1).as_str(), "w0000000000000001");
        assert_eq!(AnswerId::fresh(0xab).as_str(), "a00000000000000ab");
        assert_eq!(CountermeasureId::fresh(2).as_str(), "m0000000000000002");
        let json = serde_json::to_string(&AnswerId::from("a1")).unwrap();
        assert_eq!(json, "\"a1\"", "stored as plain text");
    }
}
