//! Typed ids of a journey map and its stages, lanes and cards, and the one place new
//! ones are made. A `CardId` cannot be passed where a `StageId` is meant; all of them
//! read as text (`Deref<Target = str>`) for addresses, element ids and storage.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// A new id from 64 random bits supplied by the caller (the domain stays
            /// deterministic; the page passes `random_u64()`).
            pub fn fresh(random: u64) -> Self {
                $name(format!(concat!($prefix, "{:016x}"), random))
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

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
