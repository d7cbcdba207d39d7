//! Typed ids of a PDCA cycle and its parts: a `CriterionId` cannot be passed where an
//! `OptionId` is meant; all of them read and are stored as text.

use crate::domain::typed_id::typed_id;

typed_id!(
    /// A PDCA cycle, unique within its project.
    PdcaId,
    "d"
);
typed_id!(
    /// A solution option weighed in the plan.
    OptionId,
    "o"
);
typed_id!(
    /// A criterion of the options matrix (cost, feasibility, …).
    CriterionId,
    "r"
);
typed_id!(
    /// A "must" constraint every option has to meet.
    ConstraintId,
    "q"
);
typed_id!(
    /// An action of the Do phase.
    ActionId,
    "t"
);
typed_id!(
    /// A stakeholder to be told about the change.
    StakeholderId,
    "h"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_their_own_prefixes() {
        assert_eq!(PdcaId::fresh(1).as_str(), "d0000000000000001");
        assert_eq!(OptionId::fresh(0xab).as_str(), "o00000000000000ab");
        assert_eq!(ActionId::fresh(2).as_str(), "t0000000000000002");
        assert_eq!(
            serde_json::to_string(&CriterionId::from("r1")).unwrap(),
            "\"r1\""
        );
    }
}
