//! Workspace-wide settings: who the organisation is and how things are shown.

use super::complaints::settings::ComplaintSettings;
use serde::{Deserialize, Serialize};

/// The complaint-handling model the team was trained in; later tools use it to prompt
/// the adviser through a complaint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ComplaintModel {
    /// Hear, Empathise, Apologise, Take ownership.
    #[default]
    Heat,
    /// Listen, Apologise, Solve, Say thank you.
    Lass,
    /// Clarify, Resolve, Action, Follow-up, Thank.
    Craft,
}

impl ComplaintModel {
    /// Every model, in the order offered to the user.
    pub const ALL: [ComplaintModel; 3] = [
        ComplaintModel::Heat,
        ComplaintModel::Lass,
        ComplaintModel::Craft,
    ];

    /// Short name, as the syllabus writes it.
    pub fn label(self) -> &'static str {
        match self {
            ComplaintModel::Heat => "HEAT",
            ComplaintModel::Lass => "LASS",
            ComplaintModel::Craft => "CRAFT",
        }
    }

    /// What the letters stand for.
    pub fn steps(self) -> String {
        self.checklist().join(", ")
    }

    /// The model's steps, each ticked on a complaint as it is handled.
    pub fn checklist(self) -> &'static [&'static str] {
        match self {
            ComplaintModel::Heat => &["Hear", "Empathise", "Apologise", "Take ownership"],
            ComplaintModel::Lass => &["Listen", "Apologise", "Solve", "Say thank you"],
            ComplaintModel::Craft => &["Clarify", "Resolve", "Action", "Follow-up", "Thank"],
        }
    }

    /// Stable code used in forms.
    pub fn code(self) -> &'static str {
        match self {
            ComplaintModel::Heat => "heat",
            ComplaintModel::Lass => "lass",
            ComplaintModel::Craft => "craft",
        }
    }

    /// Reads a code written by [`ComplaintModel::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }
}

/// How dates are written on screen and on paper. Stored dates are always ISO 8601.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateStyle {
    /// 24 Nov 2026 (the house style).
    #[default]
    DayMonthName,
    /// 24/11/2026
    DayMonthYearNumeric,
    /// 2026-11-24
    Iso,
}

impl DateStyle {
    /// Every style, in the order offered to the user.
    pub const ALL: [DateStyle; 3] = [
        DateStyle::DayMonthName,
        DateStyle::DayMonthYearNumeric,
        DateStyle::Iso,
    ];

    /// Stable code used in forms.
    pub fn code(self) -> &'static str {
        match self {
            DateStyle::DayMonthName => "day-month-name",
            DateStyle::DayMonthYearNumeric => "dd-mm-yyyy",
            DateStyle::Iso => "iso",
        }
    }

    /// Reads a code written by [`DateStyle::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Settings shared by every project in the workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Shown in the header and on printed evidence.
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub complaint_model: ComplaintModel,
    #[serde(default)]
    pub date_style: DateStyle,
    /// How the complaint log is run: scheme, holidays, categories, retention.
    #[serde(default)]
    pub complaints: ComplaintSettings,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for m in ComplaintModel::ALL {
            assert_eq!(ComplaintModel::from_code(m.code()), Some(m));
        }
        for s in DateStyle::ALL {
            assert_eq!(DateStyle::from_code(s.code()), Some(s));
        }
        assert_eq!(ComplaintModel::from_code("nope"), None);
    }

    #[test]
    fn missing_fields_take_defaults() {
        let s: Settings = serde_json::from_str("{}").unwrap();
        assert_eq!(s, Settings::default());
        assert_eq!(s.complaint_model, ComplaintModel::Heat);
    }
}
