//! The Check phase: the KPI after the change against the baseline, through the KPI
//! engine's comparison (difference, 95% interval, significant or not), the KPI by period
//! for the run chart, and the verdict in words.

use super::model::{KpiPick, PdcaCycle};
use super::run_chart::{analyse, RunChart, RunChartError};
use crate::domain::kpi::calendar::Granularity;
use crate::domain::kpi::compare::{compare, compare_contacts, Comparison};
use crate::domain::kpi::series::{figure, histograms, kind_for};
use crate::domain::kpi::{KpiFigure, KpiKind};
use crate::domain::project::Project;

/// What the data says about the change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Improved,
    NoRealChange,
    Worse,
}

impl Verdict {
    /// The verdict in words.
    pub fn words(self) -> &'static str {
        match self {
            Verdict::Improved => "improved",
            Verdict::NoRealChange => "no real change",
            Verdict::Worse => "worse",
        }
    }
}

/// The check worked out.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckResult {
    pub kind: KpiKind,
    pub before: KpiFigure,
    pub after: KpiFigure,
    pub comparison: Comparison,
    pub verdict: Verdict,
    /// Whether the after figure reaches the target; `None` when there is no target.
    pub target_met: Option<bool>,
}

impl CheckResult {
    /// The verdict as a sentence: "Improved: NPS rose by +14 points (95% CI +3 to +25),
    /// more than sampling noise. Target of 20 met."
    pub fn sentence(&self, target: Option<f64>) -> String {
        let mut s = format!(
            "{}: {} {} {}, {}.",
            capitalise(self.verdict.words()),
            self.kind.name(),
            if self.comparison.difference >= 0.0 {
                "rose by"
            } else {
                "fell by"
            },
            self.comparison.change_text(),
            if self.comparison.significant {
                "more than sampling noise"
            } else {
                "within sampling noise"
            }
        );
        if let (Some(t), Some(met)) = (target, self.target_met) {
            s.push_str(&format!(
                " Target of {} {}.",
                crate::domain::kpi::format::with_unit(t, self.after.unit),
                if met { "met" } else { "not met" }
            ));
        }
        s
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Why the check cannot be worked out, in words.
pub fn check(cycle: &PdcaCycle, project: &Project) -> Result<CheckResult, String> {
    let (Some(b), Some(a)) = (&cycle.baseline, &cycle.after) else {
        return Err("Pick the baseline and the figure after the change.".into());
    };
    if b.dataset != a.dataset || b.kpi != a.kpi || b.granularity != a.granularity {
        return Err(
            "The baseline and the after figure must be the same KPI from the same data.".into(),
        );
    }
    let (kind, before, after, comparison) = if let Some(d) = project.dataset(&b.dataset) {
        let h = histograms(&d.counts, d.scale, b.granularity);
        let (Some(hb), Some(ha)) = (h.get(&(b.period, None)), h.get(&(a.period, None))) else {
            return Err(format!(
                "{} has no answers in one of the two periods.",
                d.name
            ));
        };
        let fb = figure(hb).ok_or("The baseline period has too few answers for a figure.")?;
        let fa = figure(ha).ok_or("The after period has too few answers for a figure.")?;
        let c = compare(hb, ha).ok_or("The two periods are too small to compare.")?;
        (kind_for(d.scale), fb, fa, c)
    } else if let Some(d) = project.contact_datasets.iter().find(|d| d.id == b.dataset) {
        let kind = b
            .kpi
            .ok_or("Pick which KPI of the contact records to check.")?;
        let cells = d.counts.by_period(b.granularity);
        let (Some(cb), Some(ca)) = (cells.get(&(b.period, None)), cells.get(&(a.period, None)))
        else {
            return Err(format!(
                "{} has no contacts in one of the two periods.",
                d.name
            ));
        };
        let pick = |cell: &crate::domain::kpi::contacts::ContactCell| {
            cell.figures().into_iter().find(|f| f.kind == kind)
        };
        let fb = pick(cb).ok_or("The baseline period has no data for this KPI.")?;
        let fa = pick(ca).ok_or("The after period has no data for this KPI.")?;
        let c = compare_contacts(cb, ca)
            .into_iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, c)| c)
            .ok_or("This KPI cannot be compared between the two periods.")?;
        (kind, fb, fa, c)
    } else {
        return Err("The data the baseline was picked from is no longer in the project.".into());
    };
    let better = if kind.higher_is_better() {
        comparison.difference > 0.0
    } else {
        comparison.difference < 0.0
    };
    let verdict = match (comparison.significant, better) {
        (false, _) => Verdict::NoRealChange,
        (true, true) => Verdict::Improved,
        (true, false) => Verdict::Worse,
    };
    let target_met = cycle.target.map(|t| {
        if kind.higher_is_better() {
            after.value >= t
        } else {
            after.value <= t
        }
    });
    Ok(CheckResult {
        kind,
        before,
        after,
        comparison,
        verdict,
        target_met,
    })
}

/// The KPI of `pick`'s data by period, oldest first (period start, its label, the
/// figure), for the run chart and the lists to pick from; empty when the data has gone.
pub fn series(pick: &KpiPick, project: &Project) -> Vec<(i32, String, KpiFigure)> {
    let label = |p: i32| pick.granularity.label(p);
    if let Some(d) = project.dataset(&pick.dataset) {
        return histograms(&d.counts, d.scale, pick.granularity)
            .into_iter()
            .filter(|((_, segment), _)| segment.is_none())
            .filter_map(|((p, _), h)| Some((p, label(p), figure(&h)?)))
            .collect();
    }
    let Some(d) = project
        .contact_datasets
        .iter()
        .find(|d| d.id == pick.dataset)
    else {
        return Vec::new();
    };
    let Some(kind) = pick.kpi else {
        return Vec::new();
    };
    d.counts
        .by_period(pick.granularity)
        .into_iter()
        .filter(|((_, segment), _)| segment.is_none())
        .filter_map(|((p, _), cell)| {
            let f = cell.figures().into_iter().find(|f| f.kind == kind)?;
            Some((p, label(p), f))
        })
        .collect()
}

/// The run chart of the KPI `baseline` was picked from, by its periods, with the change
/// marked after the baseline's period, and the periods' labels (none when the data has
/// gone: the chart then says why it cannot be drawn).
pub fn run_chart(
    baseline: &KpiPick,
    project: &Project,
) -> (Result<RunChart, RunChartError>, Vec<String>) {
    let s = series(baseline, project);
    let values: Vec<f64> = s.iter().map(|(_, _, f)| f.value).collect();
    let labels: Vec<String> = s.iter().map(|(_, l, _)| l.clone()).collect();
    let change_at = s.iter().position(|(p, _, _)| *p > baseline.period);
    (analyse(&values, change_at), labels)
}

/// Every figure that can be picked, grouped by how the periods run: by month, by quarter
/// and by week (the group sets the run chart's periods).
pub fn pick_groups(project: &Project) -> Vec<(&'static str, Vec<(KpiPick, String)>)> {
    [
        ("By month", Granularity::Month),
        ("By quarter", Granularity::Quarter),
        ("By week", Granularity::Week),
    ]
    .into_iter()
    .map(|(name, g)| (name, picks(project, g)))
    .filter(|(_, list)| !list.is_empty())
    .collect()
}

/// The KPI figures a baseline or after figure can be picked from: each survey dataset's
/// own KPI and each contact dataset's FCR and escalation rate, per period of
/// `granularity`, newest first, with a label in words ("NPS +12, Mar 2026 (Q1 survey)").
pub fn picks(project: &Project, granularity: Granularity) -> Vec<(KpiPick, String)> {
    let mut sources: Vec<(KpiPick, &str)> = Vec::new();
    for d in &project.datasets {
        sources.push((pick(&d.id, None, granularity), &d.name));
    }
    for d in &project.contact_datasets {
        for kind in [KpiKind::Fcr, KpiKind::EscalationRate] {
            sources.push((pick(&d.id, Some(kind), granularity), &d.name));
        }
    }
    let mut out = Vec::new();
    for (base, name) in sources {
        for (p, label, f) in series(&base, project).into_iter().rev() {
            out.push((
                KpiPick {
                    period: p,
                    ..base.clone()
                },
                format!(
                    "{} {}, {label} ({name})",
                    f.kind.name(),
                    crate::domain::kpi::format::with_unit(f.value, f.unit)
                ),
            ));
        }
    }
    out
}

fn pick(dataset: &str, kpi: Option<KpiKind>, granularity: Granularity) -> KpiPick {
    KpiPick {
        dataset: dataset.to_string(),
        kpi,
        granularity,
        period: 0,
    }
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
