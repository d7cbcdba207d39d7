//! Starting sets of categories for the picker: the classic 6M, the service 8P, the 4S,
//! one for contact centres, or none. A preset only adds categories; every one of them
//! can be renamed, moved or deleted afterwards.

use serde::{Deserialize, Serialize};

/// A starting set of categories.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// People, Methods, Machines/Systems, Materials, Measurement, Environment.
    #[default]
    SixM,
    /// The service marketing 8P.
    EightP,
    /// Surroundings, Suppliers, Systems, Skills.
    FourS,
    /// Categories for a contact centre's problems.
    ContactCentre,
    /// No categories: the team names its own.
    Custom,
}

impl Preset {
    /// Every preset, in the order the picker shows them.
    pub const ALL: [Preset; 5] = [
        Preset::SixM,
        Preset::EightP,
        Preset::FourS,
        Preset::ContactCentre,
        Preset::Custom,
    ];

    /// The preset's name in the picker.
    pub fn name(self) -> &'static str {
        match self {
            Preset::SixM => "6M",
            Preset::EightP => "8P (services)",
            Preset::FourS => "4S",
            Preset::ContactCentre => "Contact centre",
            Preset::Custom => "Custom",
        }
    }

    /// One line under the name saying when it fits.
    pub fn description(self) -> &'static str {
        match self {
            Preset::SixM => "The classic six: people, methods, systems, materials, measurement and environment.",
            Preset::EightP => "For a service as the customer meets it, from product and price to process and quality.",
            Preset::FourS => "A short set for services: surroundings, suppliers, systems and skills.",
            Preset::ContactCentre => "For problems raised by calls, chats and emails: people and process to partners.",
            Preset::Custom => "No categories: name your own.",
        }
    }

    /// The categories it starts a diagram with, in order.
    pub fn categories(self) -> &'static [&'static str] {
        match self {
            Preset::SixM => &[
                "People",
                "Methods",
                "Machines/Systems",
                "Materials",
                "Measurement",
                "Environment",
            ],
            Preset::EightP => &[
                "Product",
                "Price",
                "Place",
                "Promotion",
                "People",
                "Process",
                "Physical evidence",
                "Productivity and quality",
            ],
            Preset::FourS => &["Surroundings", "Suppliers", "Systems", "Skills"],
            Preset::ContactCentre => &[
                "People",
                "Process",
                "Technology",
                "Policy",
                "Customer",
                "Partners",
                "Measurement",
                "Environment",
            ],
            Preset::Custom => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fishbone::model::{MAX_CATEGORIES, MAX_CATEGORY_CHARS};

    #[test]
    fn presets_hold_their_categories_in_order() {
        assert_eq!(Preset::SixM.categories().len(), 6);
        assert_eq!(Preset::EightP.categories().len(), 8);
        assert_eq!(Preset::EightP.categories()[6], "Physical evidence");
        assert_eq!(
            Preset::FourS.categories(),
            ["Surroundings", "Suppliers", "Systems", "Skills"]
        );
        assert_eq!(Preset::ContactCentre.categories()[2], "Technology");
        assert!(Preset::Custom.categories().is_empty());
    }

    #[test]
    fn every_preset_has_words_for_the_picker_and_fits_the_limits() {
        for p in Preset::ALL {
            assert!(!p.name().is_empty() && p.description().ends_with('.'));
            assert!(p.categories().len() <= MAX_CATEGORIES);
            assert!(p
                .categories()
                .iter()
                .all(|c| c.chars().count() <= MAX_CATEGORY_CHARS));
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(serde_json::from_str::<Preset>(&json).unwrap(), p);
        }
        assert_eq!(
            serde_json::to_string(&Preset::ContactCentre).unwrap(),
            "\"contact_centre\""
        );
    }
}
