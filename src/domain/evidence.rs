//! Evidence behind a finding: what was checked, and a link to what shows it. Shared by
//! the root-cause tools (a fishbone cause, a 5 Whys answer) and, later, the PDCA plan,
//! so a link made in one tool reads the same in every other and in the evidence report.

use serde::{Deserialize, Serialize};

/// Longest evidence note accepted, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// Most pieces of evidence one finding keeps.
pub const MAX_EVIDENCE: usize = 50;

/// What a piece of evidence points at. Links are by id within the same project, so
/// they survive renames; a link whose target has gone is shown as "no longer there".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EvidenceLink {
    /// Nothing linked: the note says it all ("listened to 20 calls").
    None,
    /// A KPI figure from the project's survey or contact data, e.g. NPS for March.
    Kpi {
        dataset: String,
        /// The figure in words as it was when linked ("NPS −12, Mar 2026").
        label: String,
    },
    /// A card on one of the project's journey maps.
    JourneyCard { journey: String, card: String },
    /// An entry of the project's complaint log.
    Complaint { entry: String },
    /// A document or page elsewhere (an intranet address, a file name).
    Document { reference: String },
}

/// One piece of evidence: what was checked and what shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// What was checked and what it showed ("Call recordings 3–7 Mar: 14 of 20 transfers
    /// were for address changes").
    pub note: String,
    #[serde(default = "no_link")]
    pub link: EvidenceLink,
}

fn no_link() -> EvidenceLink {
    EvidenceLink::None
}

impl Evidence {
    /// A note with no link.
    pub fn note(text: &str) -> Self {
        Evidence {
            note: text.to_string(),
            link: EvidenceLink::None,
        }
    }

    /// Problems as (field, message) for data read from outside; empty when it can be kept.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let chars = self.note.chars().count();
        if chars > MAX_NOTE_CHARS {
            out.push((
                "note".into(),
                format!("an evidence note must be {MAX_NOTE_CHARS} characters or fewer (it has {chars})"),
            ));
        }
        if self.note.trim().is_empty() && self.link == EvidenceLink::None {
            out.push(("note".into(), "evidence needs a note or a link".into()));
        }
        out
    }
}

/// Why a change to a finding's evidence was refused; each tool says it in its own words
/// (its `EditError` is made from this).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EvidenceRefusal {
    /// Over [`MAX_EVIDENCE`] pieces on one finding.
    TooMany,
    /// No piece at that place.
    NoSuch,
    /// The evidence breaks a rule here, in words.
    Bad(String),
}

/// Evidence as it will be kept: its note trimmed, and within the rules here.
pub fn checked(evidence: &Evidence) -> Result<Evidence, EvidenceRefusal> {
    let mut e = evidence.clone();
    e.note = e.note.trim().to_string();
    match e.problems().into_iter().next() {
        Some((_, why)) => Err(EvidenceRefusal::Bad(why)),
        None => Ok(e),
    }
}

/// Adds checked evidence to a finding's list, within [`MAX_EVIDENCE`].
pub fn push(list: &mut Vec<Evidence>, evidence: Evidence) -> Result<(), EvidenceRefusal> {
    if list.len() >= MAX_EVIDENCE {
        return Err(EvidenceRefusal::TooMany);
    }
    list.push(evidence);
    Ok(())
}

/// Replaces the piece at `index` with checked evidence.
pub fn replace(
    list: &mut [Evidence],
    index: usize,
    evidence: Evidence,
) -> Result<(), EvidenceRefusal> {
    *list.get_mut(index).ok_or(EvidenceRefusal::NoSuch)? = evidence;
    Ok(())
}

/// Removes the piece at `index`.
pub fn remove(list: &mut Vec<Evidence>, index: usize) -> Result<(), EvidenceRefusal> {
    if index >= list.len() {
        return Err(EvidenceRefusal::NoSuch);
    }
    list.remove(index);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_round_trips_and_defaults_to_no_link() {
        let e = Evidence {
            note: "NPS fell".into(),
            link: EvidenceLink::Kpi {
                dataset: "d1".into(),
                label: "NPS −12, Mar 2026".into(),
            },
        };
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(serde_json::from_str::<Evidence>(&json).unwrap(), e);
        let bare: Evidence = serde_json::from_str(r#"{"note":"20 calls"}"#).unwrap();
        assert_eq!(bare, Evidence::note("20 calls"));
    }

    #[test]
    fn empty_or_overlong_evidence_is_named() {
        assert!(Evidence::note("checked").problems().is_empty());
        assert_eq!(Evidence::note("  ").problems().len(), 1);
        let long = Evidence::note(&"x".repeat(MAX_NOTE_CHARS + 1));
        assert!(long.problems()[0].1.contains("2000 characters"));
    }
}
