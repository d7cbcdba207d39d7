//! Imported daily counts turned into KPI figures per period and per segment: the
//! trend chart, the breakdown table and the cards all read from here.

use super::calendar::Granularity;
use super::definitions::KpiKind;
use super::histogram::{ScoreHistogram, SurveyScale};
use super::import::DailyCounts;
use super::survey::{ces, csat, nps, KpiFigure};
use std::collections::BTreeMap;

/// A figure for one period, for all segments (`segment: None`) or one.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodFigure {
    /// First day of the period (days since 1970-01-01).
    pub period: i32,
    pub segment: Option<u16>,
    pub figure: KpiFigure,
}

/// The survey KPI a scale is reported as.
pub fn kind_for(scale: SurveyScale) -> KpiKind {
    match scale {
        SurveyScale::ZeroToTen => KpiKind::Nps,
        SurveyScale::OneToFive => KpiKind::Csat,
        SurveyScale::OneToSeven => KpiKind::Ces,
    }
}

/// The KPI of a histogram, by its scale.
pub fn figure(h: &ScoreHistogram) -> Option<KpiFigure> {
    match h.scale {
        SurveyScale::ZeroToTen => nps(h),
        SurveyScale::OneToFive => csat(h),
        SurveyScale::OneToSeven => ces(h),
    }
}

/// Histograms per (period, segment), and per period over all segments (`None`).
pub fn histograms(
    counts: &DailyCounts,
    scale: SurveyScale,
    by: Granularity,
) -> BTreeMap<(i32, Option<u16>), ScoreHistogram> {
    let mut out: BTreeMap<(i32, Option<u16>), ScoreHistogram> = BTreeMap::new();
    for cell in &counts.cells {
        let period = by.period_start(cell.day);
        let cell_h = ScoreHistogram {
            scale,
            counts: cell.counts.clone(),
        };
        for key in [(period, Some(cell.segment)), (period, None)] {
            out.entry(key)
                .or_insert_with(|| ScoreHistogram::new(scale))
                .merge(&cell_h);
        }
    }
    out
}

/// Every figure per period and segment, with intervals, oldest first.
pub fn figures(counts: &DailyCounts, scale: SurveyScale, by: Granularity) -> Vec<PeriodFigure> {
    histograms(counts, scale, by)
        .into_iter()
        .filter_map(|((period, segment), h)| {
            Some(PeriodFigure {
                period,
                segment,
                figure: figure(&h)?,
            })
        })
        .collect()
}

/// The figure of each segment over everything imported, in the segments' order;
/// empty when there is only one segment.
pub fn by_segment(counts: &DailyCounts, scale: SurveyScale) -> Vec<(String, KpiFigure)> {
    if counts.segments.len() <= 1 {
        return Vec::new();
    }
    counts
        .segments
        .iter()
        .enumerate()
        .filter_map(|(i, name)| {
            let mut h = ScoreHistogram::new(scale);
            for c in counts.cells.iter().filter(|c| usize::from(c.segment) == i) {
                h.merge(&ScoreHistogram {
                    scale,
                    counts: c.counts.clone(),
                });
            }
            Some((name.clone(), figure(&h)?))
        })
        .collect()
}

/// The histogram of everything imported.
pub fn total(counts: &DailyCounts, scale: SurveyScale) -> ScoreHistogram {
    let mut h = ScoreHistogram::new(scale);
    for cell in &counts.cells {
        h.merge(&ScoreHistogram {
            scale,
            counts: cell.counts.clone(),
        });
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kpi::import::DayCell;

    #[test]
    fn each_segment_has_its_figure_and_one_segment_needs_no_breakdown() {
        let cell = |day, segment, promoters, detractors| {
            let mut counts = vec![0; 11];
            counts[10] = promoters;
            counts[0] = detractors;
            DayCell {
                day,
                segment,
                counts,
            }
        };
        let counts = DailyCounts {
            segments: vec!["phone".into(), "email".into()],
            cells: vec![cell(1, 0, 3, 1), cell(2, 0, 1, 0), cell(1, 1, 0, 2)],
        };
        let seg = by_segment(&counts, SurveyScale::ZeroToTen);
        assert_eq!(seg.len(), 2);
        assert_eq!(
            (seg[0].0.as_str(), seg[0].1.n, seg[0].1.value),
            ("phone", 5, 60.0)
        );
        assert_eq!((seg[1].0.as_str(), seg[1].1.value), ("email", -100.0));
        let one = DailyCounts {
            segments: vec![String::new()],
            cells: vec![cell(1, 0, 1, 0)],
        };
        assert!(by_segment(&one, SurveyScale::ZeroToTen).is_empty());
    }
}
