//! One imported dataset: its name (the user can change it) and where it came from,
//! its overall figure, a table by period, a table by segment, its target, and removal
//! (every change undoable).

use super::compare_periods::ComparePeriods;
use crate::domain::kpi::calendar::Granularity;
use crate::domain::kpi::chart::Datum;
use crate::domain::kpi::dataset::SurveyDataset;
use crate::domain::kpi::dataset_name::source_line;
use crate::domain::kpi::edit::{checked_name, SurveyEdit};
use crate::domain::kpi::format::{fixed, interval_text, percent_of, with_unit};
use crate::domain::kpi::series::{by_segment, figure, figures, total};
use crate::domain::kpi::status::parse_target;
use crate::domain::kpi::KpiFigure;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::now;
use crate::ui::charts::{BarChart, ChartExport, TrendChart};
use crate::ui::hooks::use_workspace;
use crate::ui::widgets::{DraftInput, KpiFigureCard, MarginCheck};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`DatasetView`].
#[derive(Properties, PartialEq)]
pub struct DatasetViewProps {
    pub project: ProjectId,
    pub dataset: std::rc::Rc<SurveyDataset>,
    /// The name shown, told apart from the project's other datasets.
    pub title: AttrValue,
}

const GRANULARITIES: [(Granularity, &str, &str); 4] = [
    (Granularity::Day, "day", "Day"),
    (Granularity::Week, "week", "Week"),
    (Granularity::Month, "month", "Month"),
    (Granularity::Quarter, "quarter", "Quarter"),
];

/// The column headings of a table of figures: the label column, the KPI, its
/// interval with how it was made, n, and for an NPS the three groups.
fn head(first: &str, kpi: &str, sample: &KpiFigure) -> Html {
    let ci = match sample.interval_method() {
        Some(m) => format!("95% CI ({})", m.name()),
        None => "95% CI".into(),
    };
    html! {
        <thead><tr>
            <th scope="col">{ first }</th><th scope="col">{ kpi }</th>
            <th scope="col">{ ci }</th><th scope="col">{ "n" }</th>
            if sample.nps.is_some() {
                <th scope="col">{ "Promoters" }</th><th scope="col">{ "Passives" }</th>
                <th scope="col">{ "Detractors" }</th>
            }
        </tr></thead>
    }
}

fn row(label: String, f: &KpiFigure) -> Html {
    let ci = interval_text(f).unwrap_or_else(|| "–".into());
    let group = |count: u64, n: u64| {
        html! {
            <td class="num">{ count }<span class="hint">{ format!(" ({})", percent_of(count, n)) }</span></td>
        }
    };
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td class="num">{ with_unit(f.value, f.unit) }</td>
            <td class="num">{ ci }</td>
            <td class="num">{ f.n }</td>
            if let Some(c) = f.nps {
                { group(c.promoters, c.n()) }{ group(c.passives, c.n()) }{ group(c.detractors, c.n()) }
            }
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
    let by_segment = by_segment(&d.counts, d.scale);
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
        Callback::from(move |text: String| {
            match parse_target(scale, &text) {
                // The old target stays; the user is told why.
                Err(why) => target_error.set(Some(why)),
                Ok(target) => {
                    target_error.set(None);
                    ws.apply(Action::Survey {
                        project: project.clone(),
                        dataset: id.clone(),
                        edit: SurveyEdit::SetTarget { target },
                        at: now(),
                    });
                }
            }
        })
    };
    let name = use_state(|| d.name.clone());
    {
        // A new name from elsewhere (undo, another tab) shows in the box.
        let name = name.clone();
        use_effect_with(d.name.clone(), move |n| name.set(n.clone()));
    }
    let name_error = use_state(|| None::<String>);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_rename = {
        let (ws, project, id, name, name_error) = (
            ws.clone(),
            props.project.clone(),
            d.id.clone(),
            name.clone(),
            name_error.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match checked_name(&name) {
                Err(why) => name_error.set(Some(format!("Name: {why}"))),
                Ok(name) => {
                    name_error.set(None);
                    ws.apply(Action::Survey {
                        project: project.clone(),
                        dataset: id.clone(),
                        edit: SurveyEdit::Rename { name },
                        at: now(),
                    });
                }
            }
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
    let method = overall_figure
        .interval_method()
        .map_or_else(|| "interval".to_string(), |m| m.phrase());
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
            <h2 id={heading_id}>{ props.title.clone() }</h2>
            <p class="meta">{ format!("{}{}", source_line(d, style),
                if d.skipped_rows > 0 { format!(" · {} bad rows skipped at import", d.skipped_rows) } else { String::new() }) }</p>
            <KpiFigureCard figure={overall_figure.clone()} context={span} target={d.target} trend={recent}
                definition={AttrValue::from(d.definition().to_string())} />
            <MarginCheck id={format!("margin-{}", d.id)} figure={overall_figure.clone()} />
            <div class="field field--inline">
                <label for={format!("target-{}", d.id)}>{ format!("Target ({})", overall.scale_unit_hint()) }</label>
                <DraftInput id={format!("target-{}", d.id)} inputmode="decimal"
                    value={d.target.map(|t| fixed(t, 1)).unwrap_or_default()} on_commit={on_target} />
            </div>
            if let Some(e) = &*target_error { <p class="field-error" role="alert">{ e.clone() }</p> }
            <form class="field field--inline rename" onsubmit={on_rename} novalidate=true>
                <label for={format!("name-{}", d.id)}>{ "Name of this data" }</label>
                <input id={format!("name-{}", d.id)} type="text" value={(*name).clone()} oninput={on_name} />
                <button type="submit" class="button button--secondary button--small">{ "Rename" }</button>
            </form>
            if let Some(e) = &*name_error { <p class="field-error" role="alert">{ e.clone() }</p> }
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
                    title={format!("{} by {} with 95% {}s", d.scale_kpi_name(), by_name.to_lowercase(), method)}
                    {unit} target={d.target} />
                <figcaption>{ format!("Points are the KPI for each period; whiskers its 95% confidence interval \
                               ({method}); the dashed line the target. ") }
                    <ChartExport target={format!("trend-{}", d.id)} name={format!("{file_stem}-trend")} /></figcaption>
            </figure>
            <table class="figures">
                <caption>{ format!("{} by {}", d.scale_kpi_name(), by_name.to_lowercase()) }</caption>
                { head(by_name, d.scale_kpi_name(), &overall_figure) }
                <tbody>
                    { for periods.iter().filter(|p| p.segment.is_none()).map(|p| row(by.label(p.period), &p.figure)) }
                </tbody>
            </table>
            <ComparePeriods dataset={d.clone()} by={*by} />
            if !by_segment.is_empty() {
                <figure class="chart-figure">
                    <BarChart id={format!("segments-{}", d.id)} data={segment_data} {unit}
                        title={format!("{} by {segment_label} with 95% {method}s", d.scale_kpi_name())} />
                    <figcaption><ChartExport target={format!("segments-{}", d.id)} name={format!("{file_stem}-by-segment")} /></figcaption>
                </figure>
                <table class="figures">
                    <caption>{ format!("{} by {segment_label}", d.scale_kpi_name()) }</caption>
                    { head(&segment_label, d.scale_kpi_name(), &overall_figure) }
                    <tbody>{ for by_segment.iter().map(|(name, f)| row(name.clone(), f)) }</tbody>
                </table>
            }
            <button type="button" class="button button--warning" onclick={on_remove}
                aria-label={format!("Remove this data: {}", props.title)}>{ "Remove this data" }</button>
        </section>
    }
}
