//! Every change to the complaint log as a value, carrying when and by whom it was made,
//! so that applying it also writes the entry's audit trail, and the same value can
//! travel to another window or device.

use super::log::ComplaintLog;
use super::model::{
    AuditRecord, Channel, Complaint, ComplaintId, Escalation, Remedy, Severity, MAX_LINE_CHARS,
    MAX_TEXT_CHARS,
};
use super::personal_data::{contains_personal_data, redact};
use crate::domain::dates::show_day;
use crate::domain::edit::PartEdit;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Most entries one log keeps.
pub const MAX_ENTRIES: usize = 200_000;

/// A change to one field of an entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryChange {
    Summary(String),
    Channel(Channel),
    Category(String),
    Customer(String),
    Severity(Severity),
    FirstContact(Option<bool>),
    Escalation(Option<Escalation>),
    Resolution(String),
    Remedies(Vec<Remedy>),
    Upheld(Option<bool>),
    /// A step of the handling model ticked or unticked.
    Step {
        step: String,
        ticked: bool,
    },
    FollowUp {
        due: Option<NaiveDate>,
        done: bool,
    },
    Closed(Option<NaiveDate>),
    /// A clock of the scheme met on a day, or not met after all.
    Met {
        clock: String,
        on: Option<NaiveDate>,
    },
}

impl EntryChange {
    /// The field changed, for the undo button ("the summary").
    pub fn field(&self) -> &'static str {
        match self {
            EntryChange::Summary(_) => "summary",
            EntryChange::Channel(_) => "channel",
            EntryChange::Category(_) => "category",
            EntryChange::Customer(_) => "customer reference",
            EntryChange::Severity(_) => "severity",
            EntryChange::FirstContact(_) => "first-contact resolution",
            EntryChange::Escalation(_) => "escalation",
            EntryChange::Resolution(_) => "resolution",
            EntryChange::Remedies(_) => "remedies",
            EntryChange::Upheld(_) => "decision (upheld or not)",
            EntryChange::Step { .. } => "handling checklist",
            EntryChange::FollowUp { .. } => "follow-up",
            EntryChange::Closed(_) => "closing date",
            EntryChange::Met { .. } => "deadlines met",
        }
    }

    /// What changed, in words, for the audit trail.
    pub fn words(&self) -> String {
        match self {
            EntryChange::Summary(_) => "summary changed".into(),
            EntryChange::Channel(c) => format!("channel set to {}", c.words()),
            EntryChange::Category(c) => format!("category set to \u{201c}{c}\u{201d}"),
            EntryChange::Customer(_) => "customer reference changed".into(),
            EntryChange::Severity(s) => format!("severity set to {}", s.words()),
            EntryChange::FirstContact(Some(true)) => "resolved at first contact".into(),
            EntryChange::FirstContact(Some(false)) => "not resolved at first contact".into(),
            EntryChange::FirstContact(None) => "first-contact resolution cleared".into(),
            EntryChange::Escalation(Some(e)) => {
                format!("escalated to level {} ({})", e.level, e.to)
            }
            EntryChange::Escalation(None) => "escalation cleared".into(),
            EntryChange::Resolution(_) => "resolution changed".into(),
            EntryChange::Remedies(r) => format!(
                "remedies: {}",
                if r.is_empty() {
                    "none".to_string()
                } else {
                    r.iter().map(|r| r.words()).collect::<Vec<_>>().join(", ")
                }
            ),
            EntryChange::Upheld(Some(true)) => "upheld".into(),
            EntryChange::Upheld(Some(false)) => "not upheld".into(),
            EntryChange::Upheld(None) => "upheld or not cleared".into(),
            EntryChange::Step { step, ticked: true } => format!("\u{201c}{step}\u{201d} done"),
            EntryChange::Step {
                step,
                ticked: false,
            } => format!("\u{201c}{step}\u{201d} not done"),
            EntryChange::FollowUp { done: true, .. } => "follow-up done".into(),
            EntryChange::FollowUp {
                due: Some(d),
                done: false,
            } => format!("follow-up due {}", show_day(*d)),
            EntryChange::FollowUp {
                due: None,
                done: false,
            } => "follow-up cleared".into(),
            EntryChange::Closed(Some(d)) => format!("closed on {}", show_day(*d)),
            EntryChange::Closed(None) => "reopened".into(),
            EntryChange::Met { clock, on: Some(d) } => {
                format!("\u{201c}{clock}\u{201d} met on {}", show_day(*d))
            }
            EntryChange::Met { clock, on: None } => {
                format!("\u{201c}{clock}\u{201d} not met")
            }
        }
    }
}

/// One change to the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComplaintEdit {
    /// Logs a new complaint.
    Log {
        complaint: Box<Complaint>,
        at: DateTime<Utc>,
        by: String,
    },
    /// Changes one field of an entry.
    Change {
        entry: ComplaintId,
        change: EntryChange,
        at: DateTime<Utc>,
        by: String,
    },
    /// Removes an entry (undo brings it back).
    Remove { entry: ComplaintId },
    /// Logs many complaints at once (a CSV import): all or none, one undo step.
    Import {
        complaints: Vec<Complaint>,
        at: DateTime<Utc>,
        by: String,
    },
    /// Replaces the personal data found in the free text of one entry, or of every entry
    /// (`None`), by placeholders ("[e-mail address]"): one undo step.
    Redact {
        entry: Option<ComplaintId>,
        at: DateTime<Utc>,
        by: String,
    },
    /// Retention: removes every entry closed before `closed_before`.
    Purge { closed_before: NaiveDate },
}

/// Why a change to the log was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoSuchEntry,
    IdInUse,
    EmptySummary,
    TooLong(usize),
    Full,
    /// A step that is not one of the handling model's.
    UnknownStep,
    /// Closed before it was received.
    ClosedBeforeReceived,
    /// A deadline met before the complaint was received.
    MetBeforeReceived,
    /// An imported complaint that cannot be kept, by its position in the import.
    BadImport(usize, String),
    /// Nothing to redact.
    NothingToRedact,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::NoSuchEntry => f.write_str("that complaint is no longer in the log"),
            EditError::IdInUse => f.write_str("a complaint with that id is already in the log"),
            EditError::EmptySummary => f.write_str("say what the complaint is about"),
            EditError::TooLong(n) => write!(f, "it must be {n} characters or fewer"),
            EditError::Full => write!(f, "the log keeps at most {MAX_ENTRIES} complaints"),
            EditError::UnknownStep => f.write_str("that step is not one of the handling model's"),
            EditError::ClosedBeforeReceived => {
                f.write_str("a complaint cannot be closed before it was received")
            }
            EditError::MetBeforeReceived => {
                f.write_str("a deadline cannot be met before the complaint was received")
            }
            EditError::BadImport(i, why) => write!(f, "imported complaint {}: {why}", i + 1),
            EditError::NothingToRedact => f.write_str("no personal data was found"),
        }
    }
}

fn limit(text: &str, max: usize) -> Result<String, EditError> {
    let t = text.trim();
    if t.chars().count() > max {
        Err(EditError::TooLong(max))
    } else {
        Ok(t.to_string())
    }
}

fn apply_change(c: &mut Complaint, change: &EntryChange) -> Result<(), EditError> {
    match change {
        EntryChange::Summary(t) => {
            let t = limit(t, MAX_TEXT_CHARS)?;
            if t.is_empty() {
                return Err(EditError::EmptySummary);
            }
            c.summary = t;
        }
        EntryChange::Channel(ch) => c.channel = *ch,
        EntryChange::Category(t) => c.category = limit(t, MAX_LINE_CHARS)?,
        EntryChange::Customer(t) => c.customer = limit(t, MAX_LINE_CHARS)?,
        EntryChange::Severity(s) => c.severity = *s,
        EntryChange::FirstContact(v) => c.first_contact = *v,
        EntryChange::Escalation(e) => {
            if let Some(e) = e {
                limit(&e.to, MAX_LINE_CHARS)?;
                limit(&e.why, MAX_TEXT_CHARS)?;
            }
            c.escalation = e.clone();
        }
        EntryChange::Resolution(t) => c.resolution = limit(t, MAX_TEXT_CHARS)?,
        EntryChange::Remedies(r) => {
            let mut r = r.clone();
            crate::domain::sort::sort(&mut r);
            r.dedup();
            c.remedies = r;
        }
        EntryChange::Upheld(v) => c.upheld = *v,
        EntryChange::Step { step, ticked } => {
            let step = limit(step, MAX_LINE_CHARS)?;
            if step.is_empty() {
                return Err(EditError::UnknownStep);
            }
            c.checklist.retain(|s| s != &step);
            if *ticked {
                c.checklist.push(step);
            }
        }
        EntryChange::FollowUp { due, done } => {
            c.follow_up = *due;
            c.follow_up_done = *done;
        }
        EntryChange::Closed(d) => {
            if d.is_some_and(|d| d < c.received.date()) {
                return Err(EditError::ClosedBeforeReceived);
            }
            c.closed = *d;
        }
        EntryChange::Met { clock, on } => {
            let clock = limit(clock, MAX_LINE_CHARS)?;
            if on.is_some_and(|d| d < c.received.date()) {
                return Err(EditError::MetBeforeReceived);
            }
            match on {
                Some(d) => c.met.insert(clock, *d),
                None => c.met.remove(&clock),
            };
        }
    }
    Ok(())
}

/// Whether any free text of `c` holds personal data.
pub fn holds_personal_data(c: &Complaint) -> bool {
    free_text(c).any(contains_personal_data)
}

/// The entry's free text, where personal data may have been typed.
pub fn free_text(c: &Complaint) -> impl Iterator<Item = &str> {
    [c.summary.as_str(), c.resolution.as_str()]
        .into_iter()
        .chain(c.escalation.as_ref().map(|e| e.why.as_str()))
}

/// Redacts the free text of `c`; returns what was found, in words ("2 finds").
fn redact_entry(c: &mut Complaint) -> String {
    let mut n = 0;
    let mut fix = |t: &mut String| {
        let (clean, finds) = redact(t);
        n += finds.len();
        *t = clean;
    };
    fix(&mut c.summary);
    fix(&mut c.resolution);
    if let Some(e) = c.escalation.as_mut() {
        fix(&mut e.why);
    }
    match n {
        1 => "1 find".into(),
        n => format!("{n} finds"),
    }
}

impl PartEdit for ComplaintEdit {
    type Part = ComplaintLog;
    type Error = EditError;

    fn apply(&self, log: &mut ComplaintLog) -> Result<(), EditError> {
        match self {
            ComplaintEdit::Log { complaint, at, by } => {
                if log.len() >= MAX_ENTRIES {
                    return Err(EditError::Full);
                }
                if log.get(&complaint.id).is_some() {
                    return Err(EditError::IdInUse);
                }
                if complaint.summary.trim().is_empty() {
                    return Err(EditError::EmptySummary);
                }
                let mut c = (**complaint).clone();
                c.audit = vec![AuditRecord {
                    at: *at,
                    by: by.clone(),
                    what: "logged".into(),
                }];
                log.push(c);
            }
            ComplaintEdit::Change {
                entry,
                change,
                at,
                by,
            } => {
                let c = log.get_mut(entry).ok_or(EditError::NoSuchEntry)?;
                apply_change(c, change)?;
                c.audit.push(AuditRecord {
                    at: *at,
                    by: by.clone(),
                    what: change.words(),
                });
            }
            ComplaintEdit::Remove { entry } => {
                log.remove(entry).ok_or(EditError::NoSuchEntry)?;
            }
            ComplaintEdit::Import { complaints, at, by } => {
                if log.len() + complaints.len() > MAX_ENTRIES {
                    return Err(EditError::Full);
                }
                let mut ids: std::collections::HashSet<&str> =
                    log.iter().map(|c| c.id.as_str()).collect();
                for (i, c) in complaints.iter().enumerate() {
                    if !ids.insert(c.id.as_str()) {
                        return Err(EditError::BadImport(i, EditError::IdInUse.to_string()));
                    }
                    if let Some((field, why)) = c.problems().into_iter().next() {
                        return Err(EditError::BadImport(i, format!("{field} {why}")));
                    }
                }
                for c in complaints {
                    let mut c = c.clone();
                    c.audit = vec![AuditRecord {
                        at: *at,
                        by: by.clone(),
                        what: "imported".into(),
                    }];
                    log.push(c);
                }
            }
            ComplaintEdit::Redact { entry, at, by } => {
                let targets: Vec<ComplaintId> = match entry {
                    Some(id) => {
                        let c = log.get(id).ok_or(EditError::NoSuchEntry)?;
                        if !holds_personal_data(c) {
                            return Err(EditError::NothingToRedact);
                        }
                        vec![id.clone()]
                    }
                    None => log
                        .iter()
                        .filter(|c| holds_personal_data(c))
                        .map(|c| c.id.clone())
                        .collect(),
                };
                if targets.is_empty() {
                    return Err(EditError::NothingToRedact);
                }
                for id in targets {
                    let Some(c) = log.get_mut(&id) else { continue };
                    let found = redact_entry(c);
                    c.audit.push(AuditRecord {
                        at: *at,
                        by: by.clone(),
                        what: format!("personal data redacted ({found})"),
                    });
                }
            }
            ComplaintEdit::Purge { closed_before } => {
                let gone = log.retain(|c| c.closed.is_none_or(|d| d >= *closed_before));
                if gone == 0 {
                    return Err(EditError::NoSuchEntry);
                }
            }
        }
        Ok(())
    }

    fn changes(&self, log: &ComplaintLog) -> bool {
        match self {
            ComplaintEdit::Import { complaints, .. } => !complaints.is_empty(),
            ComplaintEdit::Purge { closed_before } => log
                .iter()
                .any(|c| c.closed.is_some_and(|d| d < *closed_before)),
            _ => true,
        }
    }

    fn label(&self) -> String {
        match self {
            ComplaintEdit::Log { .. } => "log a complaint".into(),
            ComplaintEdit::Change { change, .. } => {
                format!("change the {} of a complaint", change.field())
            }
            ComplaintEdit::Remove { .. } => "remove a complaint".into(),
            ComplaintEdit::Import { complaints, .. } => match complaints.len() {
                1 => "import 1 complaint".into(),
                n => format!("import {n} complaints"),
            },
            ComplaintEdit::Redact { entry: Some(_), .. } => {
                "redact personal data in a complaint".into()
            }
            ComplaintEdit::Redact { entry: None, .. } => "redact personal data in the log".into(),
            ComplaintEdit::Purge { .. } => "remove complaints past their retention".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, h, 0, 0).unwrap()
    }

    fn logged() -> (ComplaintLog, ComplaintId) {
        let id = ComplaintId::fresh(7);
        let received = NaiveDate::from_ymd_opt(2026, 12, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let mut log = ComplaintLog::default();
        ComplaintEdit::Log {
            complaint: Box::new(Complaint::new(
                id.clone(),
                received,
                "Parcel left in the rain",
            )),
            at: at(9),
            by: "Sam".into(),
        }
        .apply(&mut log)
        .unwrap();
        (log, id)
    }

    fn change(
        log: &mut ComplaintLog,
        id: &ComplaintId,
        change: EntryChange,
    ) -> Result<(), EditError> {
        ComplaintEdit::Change {
            entry: id.clone(),
            change,
            at: at(10),
            by: "Priya".into(),
        }
        .apply(log)
    }

    #[test]
    fn every_change_is_written_in_the_audit_trail() {
        let (mut log, id) = logged();
        change(&mut log, &id, EntryChange::Severity(Severity::High)).unwrap();
        change(
            &mut log,
            &id,
            EntryChange::Escalation(Some(Escalation {
                level: 2,
                to: "Team leader".into(),
                at: None,
                why: "repeat".into(),
            })),
        )
        .unwrap();
        change(
            &mut log,
            &id,
            EntryChange::Step {
                step: "Hear".into(),
                ticked: true,
            },
        )
        .unwrap();
        change(
            &mut log,
            &id,
            EntryChange::Closed(NaiveDate::from_ymd_opt(2026, 12, 4)),
        )
        .unwrap();
        let trail: Vec<(String, String)> = log
            .get(&id)
            .unwrap()
            .audit
            .iter()
            .map(|a| (a.by.clone(), a.what.clone()))
            .collect();
        assert_eq!(
            trail,
            [
                ("Sam".to_string(), "logged".to_string()),
                ("Priya".into(), "severity set to high".into()),
                ("Priya".into(), "escalated to level 2 (Team leader)".into()),
                ("Priya".into(), "\u{201c}Hear\u{201d} done".into()),
                ("Priya".into(), "closed on 4 Dec 2026".into()),
            ]
        );
        assert!(!log.get(&id).unwrap().open());
    }

    #[test]
    fn refusals_change_nothing_and_say_why() {
        let (mut log, id) = logged();
        assert_eq!(
            change(&mut log, &id, EntryChange::Summary("  ".into())),
            Err(EditError::EmptySummary)
        );
        assert_eq!(
            change(
                &mut log,
                &id,
                EntryChange::Closed(NaiveDate::from_ymd_opt(2026, 11, 30))
            ),
            Err(EditError::ClosedBeforeReceived)
        );
        assert_eq!(
            change(
                &mut log,
                &ComplaintId::from("gone"),
                EntryChange::Upheld(Some(true))
            ),
            Err(EditError::NoSuchEntry)
        );
        let again = ComplaintEdit::Log {
            complaint: Box::new(log.get(&id).unwrap().clone()),
            at: at(11),
            by: String::new(),
        };
        assert_eq!(again.apply(&mut log), Err(EditError::IdInUse));
        assert_eq!(
            EditError::ClosedBeforeReceived.to_string(),
            "a complaint cannot be closed before it was received"
        );
    }

    #[test]
    fn remedies_are_kept_once_each_and_steps_untick() {
        let (mut log, id) = logged();
        change(
            &mut log,
            &id,
            EntryChange::Remedies(vec![Remedy::Refund, Remedy::Apology, Remedy::Refund]),
        )
        .unwrap();
        assert_eq!(
            log.get(&id).unwrap().remedies,
            [Remedy::Refund, Remedy::Apology]
        );
        change(
            &mut log,
            &id,
            EntryChange::Step {
                step: "Hear".into(),
                ticked: true,
            },
        )
        .unwrap();
        change(
            &mut log,
            &id,
            EntryChange::Step {
                step: "Hear".into(),
                ticked: false,
            },
        )
        .unwrap();
        assert!(log.get(&id).unwrap().checklist.is_empty());
    }

    #[test]
    fn deadlines_met_imports_redaction_and_retention() {
        let (mut log, id) = logged();
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        // A clock met, then not met after all; never before the complaint came.
        let met = |on| EntryChange::Met {
            clock: "Acknowledge".into(),
            on,
        };
        change(&mut log, &id, met(Some(day(2)))).unwrap();
        assert_eq!(log.get(&id).unwrap().met.get("Acknowledge"), Some(&day(2)));
        let before = NaiveDate::from_ymd_opt(2026, 11, 30);
        assert_eq!(
            change(&mut log, &id, met(before)),
            Err(EditError::MetBeforeReceived)
        );
        change(&mut log, &id, met(None)).unwrap();
        assert!(log.get(&id).unwrap().met.is_empty());

        // An import is all or none: a repeated id names the complaint in the import.
        let received = day(1).and_hms_opt(10, 0, 0).unwrap();
        let fresh = |n: u64, text: &str| Complaint::new(ComplaintId::fresh(n), received, text);
        let import = |complaints| ComplaintEdit::Import {
            complaints,
            at: at(11),
            by: "Sam".into(),
        };
        let refused = import(vec![fresh(20, "late"), fresh(7, "again")]).apply(&mut log);
        assert_eq!(
            refused.unwrap_err().to_string(),
            "imported complaint 2: a complaint with that id is already in the log"
        );
        assert_eq!(log.len(), 1);
        import(vec![
            fresh(20, "Mail me at sam@example.com"),
            fresh(21, "late"),
        ])
        .apply(&mut log)
        .unwrap();
        assert_eq!(log.len(), 3);
        assert_eq!(
            log.get(&ComplaintId::fresh(20)).unwrap().audit[0].what,
            "imported"
        );

        // Redacting one entry: only it, written in its trail; nothing left then.
        let redact = |entry: Option<ComplaintId>| ComplaintEdit::Redact {
            entry,
            at: at(12),
            by: "Sam".into(),
        };
        redact(Some(ComplaintId::fresh(20)))
            .apply(&mut log)
            .unwrap();
        let e = log.get(&ComplaintId::fresh(20)).unwrap();
        assert_eq!(e.summary, "Mail me at [e-mail removed]");
        assert_eq!(
            e.audit.last().unwrap().what,
            "personal data redacted (1 find)"
        );
        assert_eq!(
            redact(Some(ComplaintId::fresh(20))).apply(&mut log),
            Err(EditError::NothingToRedact)
        );

        // Retention: closed before the cut-off go; open ones stay whatever their age.
        change(
            &mut log,
            &ComplaintId::fresh(21),
            EntryChange::Closed(Some(day(3))),
        )
        .unwrap();
        let purge = ComplaintEdit::Purge {
            closed_before: day(4),
        };
        assert!(purge.changes(&log));
        purge.apply(&mut log).unwrap();
        assert_eq!(log.len(), 2);
        assert!(log.get(&ComplaintId::fresh(21)).is_none());
        assert!(!purge.changes(&log));
    }

    #[test]
    fn edits_round_trip_as_json() {
        let (log, id) = logged();
        for e in [
            ComplaintEdit::Log {
                complaint: Box::new(log.get(&id).unwrap().clone()),
                at: at(9),
                by: "Sam".into(),
            },
            ComplaintEdit::Change {
                entry: id.clone(),
                change: EntryChange::FollowUp {
                    due: NaiveDate::from_ymd_opt(2027, 1, 5),
                    done: false,
                },
                at: at(9),
                by: String::new(),
            },
            ComplaintEdit::Remove { entry: id.clone() },
        ] {
            let back: ComplaintEdit =
                serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
            assert_eq!(back, e);
        }
    }
}
