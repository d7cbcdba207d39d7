//! Choosing for the user which column of a complaint file holds what, from the names
//! survey and ticketing tools give them ("Date received", "Created", "Source",
//! "Priority", "FCR", "Resolved date"), and how its dates are written, from the dates.

use super::{ComplaintColumns, Field};
use crate::domain::kpi::calendar::{unix_seconds, DateFormat};

/// The names that say a column holds a field, most telling first. A name starting with
/// '=' must be the whole header; the others may be part of it ("Date received").
fn names(field: Field) -> &'static [&'static str] {
    match field {
        Field::Received => &[
            "received",
            "created",
            "opened",
            "logged",
            "raised",
            "reported",
            "=date",
            "submitted",
            "date",
        ],
        Field::ReceivedTime => &["time received", "received time", "=time"],
        Field::Channel => &[
            "channel",
            "source",
            "medium",
            "contact method",
            "origin",
            "=via",
        ],
        // A ticket's "Subject" is its one line in the customer's words (Zendesk,
        // Freshdesk, Salesforce), not a category.
        Field::Category => &["category", "type", "reason", "topic"],
        Field::Summary => &[
            "summary",
            "subject",
            "description",
            "details",
            "=complaint",
            "comment",
            "notes",
            "text",
        ],
        Field::Customer => &[
            "customer reference",
            "customer id",
            "customer",
            "account",
            "reference",
            "=ref",
            "client",
            "member",
        ],
        Field::Severity => &["severity", "priority", "urgency"],
        Field::FirstContact => &["first contact", "first time", "fcr", "first call"],
        Field::EscalationLevel => &["escalation level", "escalation tier", "=level", "=tier"],
        Field::EscalatedTo => &["escalated to", "escalation to", "escalation owner"],
        Field::EscalatedOn => &["escalated on", "escalation date", "date escalated"],
        Field::EscalationReason => &[
            "escalation reason",
            "reason for escalation",
            "why escalated",
            "escalated because",
        ],
        Field::Remedies => &["remed", "redress"],
        Field::Upheld => &["upheld", "justified"],
        Field::Steps => &["handling steps", "checklist", "steps done"],
        Field::FollowUp => &["follow up due", "follow up date", "follow up", "followup"],
        Field::FollowUpDone => &["follow up done", "followed up", "follow up complete"],
        Field::Met => &["deadlines met", "clocks met"],
        Field::Closed => &[
            "closed",
            "resolved date",
            "date resolved",
            "resolved on",
            "completed",
            "date of resolution",
            "resolved",
            "solved",
        ],
        Field::Resolution => &["resolution", "outcome", "action taken", "how resolved"],
    }
}

/// The order fields take their columns in: those whose names are part of others' go
/// first ("Resolved first time" is not a resolution, "Follow-up date" not the date
/// received, "Escalation reason" not the category).
const ORDER: [Field; 20] = [
    Field::FirstContact,
    Field::FollowUpDone,
    Field::FollowUp,
    Field::EscalationLevel,
    Field::EscalatedTo,
    Field::EscalatedOn,
    Field::EscalationReason,
    Field::ReceivedTime,
    Field::Closed,
    Field::Received,
    Field::Channel,
    Field::Customer,
    Field::Severity,
    Field::Upheld,
    Field::Remedies,
    Field::Steps,
    Field::Met,
    Field::Category,
    Field::Resolution,
    Field::Summary,
];

/// Lower case, with '_', '-' and runs of spaces made one space.
fn normal(header: &str) -> String {
    let spaced: String = header
        .chars()
        .map(|c| if matches!(c, '_' | '-' | '.') { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The columns guessed from the header names, each column given to one field at most:
/// first where a header is a field's own name in an export of the log, then by the
/// words in [`names`]. The date received and the summary fall back to the first
/// columns not taken, since an import needs them.
pub fn guess_columns(headers: &[String]) -> ComplaintColumns {
    let headers: Vec<String> = headers.iter().map(|h| normal(h)).collect();
    let mut columns = ComplaintColumns::default();
    let mut taken = vec![false; headers.len()];
    fn give(columns: &mut ComplaintColumns, taken: &mut [bool], field: Field, c: usize) {
        columns.set(field, Some(c));
        taken[c] = true;
    }
    for field in Field::ALL {
        let own = normal(field.header());
        if let Some(c) = headers.iter().position(|h| *h == own) {
            give(&mut columns, &mut taken, field, c);
        }
    }
    for field in ORDER {
        if columns.get(field).is_some() {
            continue;
        }
        let found = names(field).iter().find_map(|name| {
            headers.iter().enumerate().position(|(c, h)| {
                !taken[c]
                    && match name.strip_prefix('=') {
                        Some(whole) => h == whole,
                        None => h.contains(name),
                    }
            })
        });
        if let Some(c) = found {
            give(&mut columns, &mut taken, field, c);
        }
    }
    for field in [Field::Received, Field::Summary] {
        if columns.get(field).is_none() {
            if let Some(c) = taken.iter().position(|t| !t) {
                give(&mut columns, &mut taken, field, c);
            }
        }
    }
    columns
}

/// How the dates in `column` of the first rows are written: day first unless a day
/// past 12 shows the month comes first, the UK way being the likelier; year first when
/// every date is ISO 8601 (read whatever is chosen); Unix time when every value is one.
pub fn guess_date_format(rows: &[Vec<String>], column: usize) -> DateFormat {
    let (mut slashed, mut day_first, mut month_first) = (false, false, false);
    let cells = || {
        rows.iter()
            .filter_map(|r| r.get(column))
            .filter(|c| !c.trim().is_empty())
    };
    if cells().next().is_some() && cells().all(|c| unix_seconds(c.trim().as_bytes()).is_some()) {
        return DateFormat::UnixTime;
    }
    for cell in cells() {
        // "24/11/2026, 09:15" (a browser's or Salesforce's way) has a comma after it.
        let date = cell
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(',');
        let parts: Vec<u32> = date
            .split(['/', '.', '-'])
            .map(|p| p.parse().unwrap_or(0))
            .collect();
        if let [a, b, y] = parts[..] {
            // The year last, in four digits or two ("20/11/26").
            if y > 1000 || (y < 100 && a <= 31 && b <= 31) {
                slashed = true;
                day_first |= a > 12;
                month_first |= b > 12;
            }
        }
    }
    match (slashed, day_first, month_first) {
        (false, _, _) => DateFormat::YearMonthDay,
        (true, false, true) => DateFormat::MonthDayYear,
        _ => DateFormat::DayMonthYear,
    }
}
