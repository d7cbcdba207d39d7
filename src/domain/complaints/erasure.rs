//! "Erase a customer" and "Export a customer's data" across the whole workspace: every
//! complaint with the customer's reference, in every project.

use super::privacy;
use crate::domain::Workspace;
use chrono::{DateTime, Utc};

/// What an erase removed, project by project, for the report shown to the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErasureReport {
    /// (project name, complaints removed), for each project that had any.
    pub complaints: Vec<(String, usize)>,
}

impl ErasureReport {
    /// Nothing was found.
    pub fn is_empty(&self) -> bool {
        self.complaints.is_empty()
    }
}

/// Erases `reference` from `ws`; `None` when nothing holds it. Only the projects that
/// hold it are copied.
/// Each project changed is marked changed at `at`.
pub fn erase_customer(
    ws: &mut Workspace,
    reference: &str,
    at: DateTime<Utc>,
) -> Option<ErasureReport> {
    let mut report = ErasureReport::default();
    for p in ws.projects.iter_mut() {
        if privacy::entries_of(&p.complaints, reference).is_empty() {
            continue;
        }
        let p = std::rc::Rc::make_mut(p);
        let gone = privacy::erase(&mut p.complaints, reference);
        p.updated_at = at;
        report.complaints.push((p.name.clone(), gone.len()));
    }
    (!report.is_empty()).then_some(report)
}
