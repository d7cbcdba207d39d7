//! One imported dataset: its overall figure, a table by period, a table by segment,
//! its target, and removal (undoable).

use super::compare_periods::ComparePeriods;
use crate::domain::dates::show_date;
use crate::domain::kpi::calendar::Granularity;
use crate::domain::kpi::chart::Datum;
use crate::domain::kpi::dataset::SurveyDataset;
use crate::domain::kpi::format::{fixed, interval_text, with_unit};
use crate::domain::kpi::series::{figure, figures, total};
use crate::domain::kpi::{KpiFigure, SurveyScale};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::now;
use crate::ui::charts::{BarChart, ChartExport, TrendChart};
use crate::ui::hooks::use_workspace;
use crate::ui::widgets::{KpiFigureCard, MarginCheck};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`DatasetView`].
#[derive(Properties, PartialEq)]
pub struct DatasetViewProps {
    pub project: ProjectId,
    pub dataset: std::rc::Rc<SurveyDataset>,
}

const GRANULARITIES: [(Granularity, &str, &str); 4] = [
    (Granularity::Day, "day", "Day"),
    (Granularity::Week, "week", "Week"),
    (Granularity::Month, "month", "Month"),
    (Granularity::Quarter, "quarter", "Quarter"),
];

fn row(label: String, f: &KpiFigure) -> Html {
    let ci = interval_text(f).unwrap_or_else(|| "–".into());
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td class="num">{ with_unit(f.value, f.unit) }</td>
            <td class="num">{ ci }</td>
            <td class="num">{ f.n }</td>
        </tr>
    }
}

/// A dataset's figures.
#[component]
pub fn DatasetView(props: &DatasetViewProps) -> Html {
    let ws = use_workspace();
    let by = use_state(|| Granularity::Month);
    let d = &props.dataset;
    let style = ws.workspace().settings.date_style;
    let overall = total(&d.counts, d.scale);
    let Some(overall_figure) = figure(&overall) else {
        return html! {};
    };
    let periods = figures(&d.counts, d.scale, *by);
    let first = d.counts.cells.first().map(|c| c.day);
    let last = d.counts.cells.last().map(|c| c.day);
    let span = match (first, last) {
        (Some(a), Some(b)) => format!(
            "{} to {}",
            Granularity::Day.label(a),
            Granularity::Day.label(b)
        ),
        _ => String::new(),
    };
    let segment_label = if d.segment_label.is_empty() {
        "segment".to_string()
    } else {
        d.segment_label.clone()
    };
    let by_segment: Vec<(String, KpiFigure)> = if d.counts.segments.len() > 1 {
        d.counts
            .segments
            .iter()
            .enumerate()
            .filter_map(|(i, name)| {
                let mut h = crate::domain::kpi::ScoreHistogram::new(d.scale);
                for c in d
                    .counts
                    .cells
                    .iter()
                    .filter(|c| usize::from(c.segment) == i)
                {
                    h.merge(&crate::domain::kpi::ScoreHistogram {
                        scale: d.scale,
                        counts: c.counts.clone(),
                    });
                }
                Some((name.clone(), figure(&h)?))
            })
            .collect()
    } else {
        Vec::new()
    };
    let on_by = {
        let by = by.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some((g, _, _)) = GRANULARITIES.iter().find(|(_, code, _)| *code == v) {
                by.set(*g);
            }
        })
    };
    let target_error = use_state(|| None::<String>);
    let on_target = {
        let (ws, project, id, scale) = (ws.clone(), props.project.clone(), d.id.clone(), d.scale);
        let target_error = target_error.clone();
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let (lo, hi) = match scale {
                SurveyScale::ZeroToTen => (-100.0, 100.0),
                SurveyScale::OneToFive => (0.0, 100.0),
                SurveyScale::OneToSeven => (1.0, 7.0),
            };
            let target = match text.trim() {
                "" => None,
                t => match t.parse::<f64>() {
                    Ok(v) if (lo..=hi).contains(&v) => Some(v),
                    _ => {
                        // The old target stays; the user is told why.
                        return target_error.set(Some(format!(
                            "Enter a target from {lo} to {hi}, or leave it empty"
                        )));
                    }
                },
            };
            target_error.set(None);
            ws.apply(Action::SetDatasetTarget {
                project: project.clone(),
                dataset: id.clone(),
                target,
            });
        })
    };

    let on_remove = {
        let (ws, project, id) = (ws.clone(), props.project.clone(), d.id.clone());
        Callback::from(move |_| {
            ws.apply(Action::RemoveDataset {
                project: project.clone(),
                dataset: id.clone(),
                at: now(),
            })
        })
    };
    let heading_id = format!("dataset-{}", d.id);
    let unit = overall_figure.unit;
    let trend_data: Vec<Datum> = periods
        .iter()
        .filter(|p| p.segment.is_none())
        .map(|p| Datum {
            label: by.label(p.period),
            value: p.figure.value,
            interval: p.figure.interval,
        })
        .collect();
    let recent: Vec<f64> = trend_data
        .iter()
        .rev()
        .take(12)
        .rev()
        .map(|d| d.value)
        .collect();
    let segment_data: Vec<Datum> = by_segment
        .iter()
        .map(|(name, f)| Datum {
            label: name.clone(),
            value: f.value,
            interval: f.interval,
        })
        .collect();
    let file_stem = crate::storage::backup::file_name(Some(&d.name), "chart");
    let file_stem = file_stem.trim_end_matches(".json").to_string();
    let by_name = GRANULARITIES
        .iter()
        .find(|(g, _, _)| g == &*by)
        .map(|(_, _, n)| *n)
        .unwrap_or("Month");
    html! {
        <section class="dataset" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ &d.name }</h2>
            <p class="meta">{ format!("Imported {}{}", show_date(d.imported_at, style),
                if d.skipped_rows > 0 { format!(" · {} bad rows skipped at import", d.skipped_rows) } else { String::new() }) }</p>
            <KpiFigureCard figure={overall_figure.clone()} context={span} target={d.target} trend={recent}
                definition={AttrValue::from(d.definition().to_string())} />
            <MarginCheck id={format!("margin-{}", d.id)} figure={overall_figure} />
            <div class="field field--inline">
                <label for={format!("target-{}", d.id)}>{ format!("Target ({})", overall.scale_unit_hint()) }</label>
                <input id={format!("target-{}", d.id)} type="text" inputmode="decimal"
                    value={d.target.map(|t| fixed(t, 1)).unwrap_or_default()} onchange={on_target} />
            </div>
            if let Some(e) = &*target_error { <p class="field-error" role="alert">{ e.clone() }</p> }
            <div class="field field--inline">
                <label for={format!("by-{}", d.id)}>{ "Group by" }</label>
                <select id={format!("by-{}", d.id)} onchange={on_by}>
                    { for GRANULARITIES.iter().map(|(g, code, name)| html! {
                        <option value={*code} selected={g == &*by}>{ *name }</option>
                    }) }
                </select>
            </div>
            <figure class="chart-figure">
                <TrendChart id={format!("trend-{}", d.id)} data={trend_data}
                    title={format!("{} by {} with 95% intervals", d.scale_kpi_name(), by_name.to_lowercase())}
                    {unit} target={d.target} />
                <figcaption>{ "Points are the KPI for each period; whiskers its 95% confidence interval; \
                               the dashed line the target. " }
                    <ChartExport target={format!("trend-{}", d.id)} name={format!("{file_stem}-trend")} /></figcaption>
            </figure>
            <table class="figures">
                <caption>{ format!("{} by {}", d.scale_kpi_name(), by_name.to_lowercase()) }</caption>
                <thead><tr><th scope="col">{ by_name }</th><th scope="col">{ d.scale_kpi_name() }</th>
                    <th scope="col">{ "95% CI" }</th><th scope="col">{ "n" }</th></tr></thead>
                <tbody>
                    { for periods.iter().filter(|p| p.segment.is_none()).map(|p| row(by.label(p.period), &p.figure)) }
                </tbody>
            </table>
            <ComparePeriods dataset={d.clone()} by={*by} />
            if !by_segment.is_empty() {
                <figure class="chart-figure">
                    <BarChart id={format!("segments-{}", d.id)} data={segment_data} {unit}
                        title={format!("{} by {segment_label} with 95% intervals", d.scale_kpi_name())} />
                    <figcaption><ChartExport target={format!("segments-{}", d.id)} name={format!("{file_stem}-by-segment")} /></figcaption>
                </figure>
                <table class="figures">
                    <caption>{ format!("{} by {segment_label}", d.scale_kpi_name()) }</caption>
                    <thead><tr><th scope="col">{ segment_label.clone() }</th><th scope="col">{ d.scale_kpi_name() }</th>
                        <th scope="col">{ "95% CI" }</th><th scope="col">{ "n" }</th></tr></thead>
                    <tbody>{ for by_segment.iter().map(|(name, f)| row(name.clone(), f)) }</tbody>
                </table>
            }
            <button type="button" class="button button--warning" onclick={on_remove}
                aria-label={format!("Remove this data: {}", d.name)}>{ "Remove this data" }</button>
        </section>
    }
}
