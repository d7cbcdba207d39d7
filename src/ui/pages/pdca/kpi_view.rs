//! What the plan page shows of the project's KPI data: the figures a baseline or after
//! figure can be picked from, the check of the after figure against the baseline, and
//! the run chart. Worked out once per change of the data or of the picks, not on every
//! edit of the plan, and shared by the quadrants that show it.

use crate::domain::pdca::check::{check, pick_groups, run_chart, CheckResult};
use crate::domain::pdca::run_chart::{RunChart, RunChartError};
use crate::domain::pdca::{KpiPick, PdcaCycle};
use crate::domain::Project;
use std::rc::Rc;
use yew::prelude::*;

/// The KPI side of one plan.
pub struct KpiView {
    /// The figures to pick from, by month, quarter and week.
    pub picks: Vec<(&'static str, Vec<(KpiPick, String)>)>,
    pub check: Result<CheckResult, String>,
    /// The run chart of the baseline's KPI and its periods' labels.
    pub chart: Option<(Result<RunChart, RunChartError>, Vec<String>)>,
}

/// A [`KpiView`] compared by pointer: a new one is made only when what it reads changed.
#[derive(Clone)]
pub struct SharedKpiView(pub Rc<KpiView>);

impl PartialEq for SharedKpiView {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The project's datasets by identity: a changed dataset is a new `Rc`, so comparing
/// pointers tells a change without comparing every count.
fn data_key(p: &Project) -> Vec<(usize, String)> {
    let ids = p
        .datasets
        .iter()
        .map(|d| (Rc::as_ptr(d) as usize, d.id.clone()));
    let contacts = p
        .contact_datasets
        .iter()
        .map(|d| (Rc::as_ptr(d) as usize, d.id.clone()));
    ids.chain(contacts).collect()
}

/// The KPI view of `cycle` in `project` (empty while either is missing: a hook is
/// called on every render, the page's "not found" included).
#[hook]
pub fn use_kpi_view(project: Option<Rc<Project>>, cycle: Option<Rc<PdcaCycle>>) -> SharedKpiView {
    let key = (
        project.as_deref().map(data_key),
        cycle.as_ref().map(|c| {
            (
                c.baseline.clone(),
                c.after.clone(),
                c.target.map(f64::to_bits),
            )
        }),
    );
    let view = use_memo(key, move |_| match (&project, &cycle) {
        (Some(p), Some(c)) => KpiView {
            picks: pick_groups(p),
            check: check(c, p),
            chart: c.baseline.as_ref().map(|b| run_chart(b, p)),
        },
        _ => KpiView {
            picks: Vec::new(),
            check: Err(String::new()),
            chart: None,
        },
    });
    SharedKpiView(view)
}
