//! One complaint (or piece of feedback) as the log keeps it: when and how it came, what
//! it is about, who (by a pseudonymous reference, never a name), how it was handled and
//! escalated, how it was put right, and every change made to it.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

crate::domain::typed_id::typed_id!(
    /// A complaint in the log, unique within its project.
    ComplaintId,
    "n"
);

/// Longest summary, resolution or reason, in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;
/// Longest customer reference, category or name, in characters.
pub const MAX_LINE_CHARS: usize = 120;

/// How the complaint reached the team.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Phone,
    Email,
    WebForm,
    Letter,
    InPerson,
    SocialMedia,
    Chat,
    Other,
}

impl Channel {
    /// Every channel, in the order offered.
    pub const ALL: [Channel; 8] = [
        Channel::Phone,
        Channel::Email,
        Channel::WebForm,
        Channel::Letter,
        Channel::InPerson,
        Channel::SocialMedia,
        Channel::Chat,
        Channel::Other,
    ];

    /// The channel in words.
    pub fn words(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::Email => "e-mail",
            Channel::WebForm => "web form",
            Channel::Letter => "letter",
            Channel::InPerson => "in person",
            Channel::SocialMedia => "social media",
            Channel::Chat => "chat",
            Channel::Other => "other",
        }
    }
}

/// How serious the complaint is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    #[default]
    Medium,
    High,
    /// Harm, a vulnerable customer, or a regulator's or the press's interest.
    Critical,
}

impl Severity {
    /// Every severity, least first.
    pub const ALL: [Severity; 4] = [
        Severity::Low,
        Severity::Medium,
        Severity::High,
        Severity::Critical,
    ];

    /// The severity in words.
    pub fn words(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// How the complaint was put right. The first five are the Consumer Rights Act 2015's
/// remedies for goods and services; the rest are what a team may add of its own accord.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Remedy {
    Repair,
    Replacement,
    PriceReduction,
    Refund,
    RepeatPerformance,
    Apology,
    Explanation,
    GoodwillPayment,
}

impl Remedy {
    /// Every remedy, in the order offered.
    pub const ALL: [Remedy; 8] = [
        Remedy::Repair,
        Remedy::Replacement,
        Remedy::PriceReduction,
        Remedy::Refund,
        Remedy::RepeatPerformance,
        Remedy::Apology,
        Remedy::Explanation,
        Remedy::GoodwillPayment,
    ];

    /// The remedy in words.
    pub fn words(self) -> &'static str {
        match self {
            Remedy::Repair => "repair",
            Remedy::Replacement => "replacement",
            Remedy::PriceReduction => "price reduction",
            Remedy::Refund => "refund",
            Remedy::RepeatPerformance => "repeat performance",
            Remedy::Apology => "apology",
            Remedy::Explanation => "explanation",
            Remedy::GoodwillPayment => "goodwill payment",
        }
    }

    /// One of the Consumer Rights Act 2015's remedies.
    pub fn statutory(self) -> bool {
        matches!(
            self,
            Remedy::Repair
                | Remedy::Replacement
                | Remedy::PriceReduction
                | Remedy::Refund
                | Remedy::RepeatPerformance
        )
    }
}

/// Who the complaint was passed to, when and why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escalation {
    /// 1 for a team leader, 2 for a manager, 3 for the complaints team, and so on.
    pub level: u8,
    pub to: String,
    #[serde(default)]
    pub at: Option<NaiveDate>,
    #[serde(default)]
    pub why: String,
}

/// One change to a complaint: when, by whom (the device user's name from Settings) and
/// what, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub by: String,
    pub what: String,
}

/// A complaint in the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Complaint {
    pub id: ComplaintId,
    pub received: NaiveDateTime,
    #[serde(default)]
    pub channel: Channel,
    /// One of the team's categories (each mapped to a fishbone category).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
    pub summary: String,
    /// A pseudonymous reference (an account or case number), never a name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub customer: String,
    #[serde(default)]
    pub severity: Severity,
    /// Resolved at first contact; `None` until known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_contact: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation: Option<Escalation>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resolution: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remedies: Vec<Remedy>,
    /// Whether the complaint was found justified; `None` until decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upheld: Option<bool>,
    /// The steps of the team's handling model ticked ("Hear", "Empathise", …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checklist: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub follow_up_done: bool,
    /// The day each clock of the scheme was met, by the clock's name ("Acknowledge").
    /// Closing a complaint meets every clock not met before.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub met: BTreeMap<String, NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<NaiveDate>,
    /// Every change, oldest first, kept with the entry.
    #[serde(default)]
    pub audit: Vec<AuditRecord>,
}

impl Complaint {
    /// A new complaint received at `received`, about `summary`.
    pub fn new(id: ComplaintId, received: NaiveDateTime, summary: &str) -> Self {
        Complaint {
            id,
            received,
            channel: Channel::default(),
            category: String::new(),
            summary: summary.trim().to_string(),
            customer: String::new(),
            severity: Severity::default(),
            first_contact: None,
            escalation: None,
            resolution: String::new(),
            remedies: Vec::new(),
            upheld: None,
            checklist: Vec::new(),
            follow_up: None,
            follow_up_done: false,
            met: BTreeMap::new(),
            closed: None,
            audit: Vec::new(),
        }
    }

    /// Still open: not closed.
    pub fn open(&self) -> bool {
        self.closed.is_none()
    }

    /// What stops the entry being kept, as (field, message); empty when it can be.
    /// Checked on entries read from storage, a backup or an import.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut too_long = |field: &str, text: &str, max: usize| {
            if text.chars().count() > max {
                out.push((
                    field.to_string(),
                    format!("must be {max} characters or fewer"),
                ));
            }
        };
        too_long("summary", &self.summary, MAX_TEXT_CHARS);
        too_long("resolution", &self.resolution, MAX_TEXT_CHARS);
        too_long("category", &self.category, MAX_LINE_CHARS);
        too_long("customer", &self.customer, MAX_LINE_CHARS);
        if let Some(e) = &self.escalation {
            too_long("escalation.to", &e.to, MAX_LINE_CHARS);
            too_long("escalation.why", &e.why, MAX_TEXT_CHARS);
        }
        if self.summary.trim().is_empty() {
            out.push((
                "summary".into(),
                "is empty: say what the complaint is about".into(),
            ));
        }
        if self.closed.is_some_and(|d| d < self.received.date()) {
            out.push((
                "closed".into(),
                "is before the complaint was received".into(),
            ));
        }
        out
    }

    /// Days from received to closed, when closed.
    pub fn days_to_close(&self) -> Option<i64> {
        self.closed.map(|c| (c - self.received.date()).num_days())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_complaint_is_open_with_nothing_decided() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 1)
            .unwrap()
            .and_hms_opt(9, 30, 0)
            .unwrap();
        let mut c = Complaint::new(ComplaintId::fresh(1), at, "  Parcel left in the rain ");
        assert_eq!(c.summary, "Parcel left in the rain");
        assert!(c.open());
        assert_eq!(
            (c.first_contact, c.upheld, c.days_to_close()),
            (None, None, None)
        );
        c.closed = NaiveDate::from_ymd_opt(2026, 12, 9);
        assert_eq!(c.days_to_close(), Some(8));
        assert_eq!(ComplaintId::fresh(1).as_str(), "n0000000000000001");
    }

    #[test]
    fn the_consumer_rights_act_remedies_are_told_apart() {
        let statutory: Vec<&str> = Remedy::ALL
            .iter()
            .filter(|r| r.statutory())
            .map(|r| r.words())
            .collect();
        assert_eq!(
            statutory,
            [
                "repair",
                "replacement",
                "price reduction",
                "refund",
                "repeat performance"
            ]
        );
        let json = serde_json::to_string(&Remedy::GoodwillPayment).unwrap();
        assert_eq!(json, "\"goodwill_payment\"");
    }

    #[test]
    fn a_stored_complaint_needs_only_its_essentials() {
        let c: Complaint = serde_json::from_str(
            r#"{"id":"n1","received":"2026-12-01T09:30:00","summary":"Late"}"#,
        )
        .unwrap();
        assert_eq!(c.channel, Channel::Phone);
        assert_eq!(c.severity, Severity::Medium);
        assert!(c.audit.is_empty());
    }
}
