//! How the team runs its complaint log, set once in Settings for every project: who is
//! using this device (for the audit trail), the complaint scheme whose clocks set the
//! deadlines, the bank holidays of the team's part of the UK, the categories and the
//! fishbone category each feeds, what counts as recurring, and how long closed entries
//! are kept.

use super::bank_holidays::HolidayCalendar;
use super::deadlines::{Scheme, SchemePreset};
use super::privacy::Retention;
use super::recurrence::RecurrenceRule;
use serde::{Deserialize, Serialize};

/// A complaint category the team uses, with the fishbone category its complaints feed
/// when a recurring one is analysed ("Late delivery" → "Partners").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub name: String,
    #[serde(default)]
    pub fishbone: String,
}

impl Category {
    fn new(name: &str, fishbone: &str) -> Self {
        Category {
            name: name.into(),
            fishbone: fishbone.into(),
        }
    }
}

/// The complaint log's settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintSettings {
    /// The name written in the audit trail for changes made on this device.
    #[serde(default)]
    pub user_name: String,
    #[serde(default = "default_scheme")]
    pub scheme: Scheme,
    #[serde(default)]
    pub holidays: HolidayCalendar,
    #[serde(default = "default_categories")]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub recurrence: RecurrenceRule,
    #[serde(default)]
    pub retention: Retention,
}

fn default_scheme() -> Scheme {
    SchemePreset::FcaDisp.build()
}

/// A contact centre's usual categories, each mapped to the contact-centre fishbone set.
fn default_categories() -> Vec<Category> {
    vec![
        Category::new("Late delivery", "Partners"),
        Category::new("Billing error", "Technology"),
        Category::new("Staff attitude", "People"),
        Category::new("Long wait", "Process"),
        Category::new("Product fault", "Partners"),
        Category::new("Policy", "Policy"),
    ]
}

impl Default for ComplaintSettings {
    fn default() -> Self {
        ComplaintSettings {
            user_name: String::new(),
            scheme: default_scheme(),
            holidays: HolidayCalendar::default(),
            categories: default_categories(),
            recurrence: RecurrenceRule::default(),
            retention: Retention::default(),
        }
    }
}

impl ComplaintSettings {
    /// The name for the audit trail: the user's, or "this device" until one is set.
    pub fn author(&self) -> String {
        match self.user_name.trim() {
            "" => "this device".into(),
            name => name.into(),
        }
    }

    /// The fishbone category a complaint category feeds, if the team mapped it.
    pub fn fishbone_category(&self, category: &str) -> Option<&str> {
        self.categories
            .iter()
            .find(|c| c.name == category)
            .map(|c| c.fishbone.as_str())
            .filter(|f| !f.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_settings_read_with_the_defaults() {
        let s: ComplaintSettings = serde_json::from_str("{}").unwrap();
        assert_eq!(s, ComplaintSettings::default());
        assert_eq!(s.author(), "this device");
        assert_eq!(s.fishbone_category("Billing error"), Some("Technology"));
        assert_eq!(s.fishbone_category("Unknown"), None);
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<ComplaintSettings>(&json).unwrap(), s);
    }
}
