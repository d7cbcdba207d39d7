//! The log as a CSV file, for a spreadsheet or another tool: one entry a row, every
//! field in words, in UTF-8 with a byte-order mark (so Excel reads "£" right), safe to
//! open (a cell a spreadsheet would run as a formula gets a quote in front), and read
//! back by this log's own import as the same entries.

use super::fields::needs_guard;
use super::Field;
use crate::domain::complaints::model::{Complaint, Severity};

fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Low => "low",
        Severity::Medium => "medium",
        Severity::High => "high",
        Severity::Critical => "critical",
    }
}

/// The cell of `field` for `c`.
fn cell(c: &Complaint, field: Field) -> String {
    let day = |d: Option<chrono::NaiveDate>| d.map_or(String::new(), |d| d.to_string());
    let esc = c.escalation.as_ref();
    match field {
        Field::Received => {
            let format = if c.received.format("%S").to_string() == "00" {
                "%Y-%m-%d %H:%M"
            } else {
                "%Y-%m-%d %H:%M:%S"
            };
            c.received.format(format).to_string()
        }
        // Written with the date.
        Field::ReceivedTime => String::new(),
        Field::Channel => c.channel.words().into(),
        Field::Category => c.category.clone(),
        Field::Summary => c.summary.clone(),
        Field::Customer => c.customer.clone(),
        Field::Severity => severity(c.severity).into(),
        Field::FirstContact => yes_no(c.first_contact).into(),
        Field::EscalationLevel => esc.map_or(String::new(), |e| e.level.to_string()),
        Field::EscalatedTo => esc.map_or(String::new(), |e| e.to.clone()),
        Field::EscalatedOn => day(esc.and_then(|e| e.at)),
        Field::EscalationReason => esc.map_or(String::new(), |e| e.why.clone()),
        Field::Remedies => {
            let words: Vec<&str> = c.remedies.iter().map(|r| r.words()).collect();
            words.join("; ")
        }
        Field::Upheld => yes_no(c.upheld).into(),
        Field::Steps => c.checklist.join("; "),
        Field::FollowUp => day(c.follow_up),
        Field::FollowUpDone => if c.follow_up_done { "yes" } else { "" }.into(),
        Field::Met => {
            let met: Vec<String> = c.met.iter().map(|(k, d)| format!("{k}: {d}")).collect();
            met.join("; ")
        }
        Field::Closed => day(c.closed),
        Field::Resolution => c.resolution.clone(),
    }
}

/// Adds one cell to `out`, quoted when it holds a comma, a quote or a line break (as
/// RFC 4180 says). Written here rather than with the csv crate's writer, which would
/// add to every download of the app for these few lines.
fn push_cell(out: &mut String, text: &str) {
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// The entries as CSV, one a row under a header of [`Field::header`]s.
pub fn export_csv<'a>(entries: impl Iterator<Item = &'a Complaint>) -> String {
    let fields: Vec<Field> = Field::ALL
        .into_iter()
        .filter(|f| *f != Field::ReceivedTime)
        .collect();
    let mut out = String::from("\u{feff}");
    let mut row = |cells: &mut dyn Iterator<Item = String>| {
        for (i, text) in cells.enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_cell(&mut out, &text);
        }
        out.push_str("\r\n");
    };
    row(&mut fields.iter().map(|f| f.header().to_string()));
    for c in entries {
        row(&mut fields.iter().map(|&f| {
            let text = cell(c, f);
            if needs_guard(&text) {
                format!("'{text}")
            } else {
                text
            }
        }));
    }
    out
}
