//! The complaint log in one line, for the project page: how many entries, how many
//! still open, and how many of those are past a deadline.

use super::clocks::{due, Standing};
use super::settings::ComplaintSettings;
use crate::domain::Project;
use chrono::NaiveDate;

/// "120 complaints, 14 open" (without the deadlines, which need the settings).
pub fn complaints_summary(project: &Project) -> String {
    let log = &project.complaints;
    if log.is_empty() {
        return "No complaints logged yet".into();
    }
    let open = log.iter().filter(|c| c.open()).count();
    let noun = if log.len() == 1 {
        "complaint"
    } else {
        "complaints"
    };
    format!("{} {noun}, {open} open", log.len())
}

/// How many open entries of `project` are overdue on `today` under `settings`.
pub fn overdue_count(project: &Project, settings: &ComplaintSettings, today: NaiveDate) -> usize {
    project
        .complaints
        .iter()
        .filter(|c| c.open())
        .filter(|c| {
            due(c, &settings.scheme, &settings.holidays, today).standing == Standing::Overdue
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaints::log::ComplaintLog;
    use crate::domain::complaints::model::{Complaint, ComplaintId};
    use crate::domain::{ProjectId, ProjectText};

    #[test]
    fn the_summary_counts_entries_and_open_ones() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z")
            .unwrap()
            .to_utc();
        let mut p = Project::new(
            ProjectId("p".into()),
            ProjectText::parse("Deliveries", "").unwrap(),
            at,
        );
        assert_eq!(complaints_summary(&p), "No complaints logged yet");
        let received = NaiveDate::from_ymd_opt(2026, 11, 2)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let mut closed = Complaint::new(ComplaintId::fresh(1), received, "late");
        closed.closed = NaiveDate::from_ymd_opt(2026, 11, 3);
        p.complaints = ComplaintLog::from_entries([
            closed,
            Complaint::new(ComplaintId::fresh(2), received, "rude"),
        ]);
        assert_eq!(complaints_summary(&p), "2 complaints, 1 open");
        // Received 2 Nov with no acknowledgement: overdue by December under FCA DISP.
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(overdue_count(&p, &ComplaintSettings::default(), today), 1);
    }
}
