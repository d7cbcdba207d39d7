//! One category's c-chart: a point a period, the centre line and the limits; a point
//! beyond a limit is a diamond with "beyond limit" beside it, a run on one side of the
//! centre is bracketed and named; the same in words and as a table.

use crate::domain::complaints::analysis::charts::{control_geometry, HEIGHT, WIDTH};
use crate::domain::complaints::analysis::{control_words, signal_words, ControlChart};
use crate::domain::kpi::format::fixed;
use yew::prelude::*;

const INK: &str = "#0b0c0c";
const POINT: &str = "#1d4f91";
const ALARM: &str = "#d4351c";
const LIMIT: &str = "#8a4b00";

fn n(x: f64) -> String {
    fixed(x, 1)
}

/// Props of [`ControlChartView`].
#[derive(Properties, PartialEq)]
pub struct ControlChartViewProps {
    pub chart: ControlChart,
    /// "week" or "month", as the periods are named in words.
    pub period: AttrValue,
}

/// The chart, its words and its table.
#[component]
pub fn ControlChartView(props: &ControlChartViewProps) -> Html {
    let c = &props.chart;
    let g = control_geometry(c);
    let title = format!(
        "Control chart (c-chart) of {} complaints by {}",
        c.category, props.period
    );
    let words = control_words(c);
    let line: Vec<String> = g
        .dots
        .iter()
        .map(|d| format!("{},{}", n(d.x), n(d.y)))
        .collect();
    let limit = |y: f64, label: String, dash: &'static str| {
        html! {
            <g>
                <line x1={n(g.left)} x2={n(g.right)} y1={n(y)} y2={n(y)} stroke={LIMIT} stroke-width="1.5" stroke-dasharray={dash} />
                <text x={n(g.right + 4.0)} y={n(y + 4.0)} fill={LIMIT}>{ label }</text>
            </g>
        }
    };
    html! {
        <>
            <p>{ words.clone() }</p>
            <figure class="chart-figure">
                <svg id="complaints-c-chart" class="chart" viewBox={format!("0 0 {} {}", n(WIDTH), n(HEIGHT))}
                    role="img" aria-label={title.clone()} aria-describedby="complaints-c-chart-desc"
                    xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12">
                    <title>{ title.clone() }</title>
                    <desc id="complaints-c-chart-desc">{ words }</desc>
                    <rect x="0" y="0" width={n(WIDTH)} height={n(HEIGHT)} fill="#ffffff" />
                    { for g.ticks.iter().map(|t| html! {
                        <g>
                            <line x1={n(g.left)} x2={n(g.right)} y1={n(t.y)} y2={n(t.y)} stroke="#eeeeee" />
                            <text x={n(g.left - 6.0)} y={n(t.y + 4.0)} text-anchor="end" fill={INK}>{ &t.label }</text>
                        </g>
                    }) }
                    <text x="14" y={n((g.top + g.bottom) / 2.0)} text-anchor="middle" fill={INK}
                        transform={format!("rotate(-90 14 {})", n((g.top + g.bottom) / 2.0))}>{ "Complaints" }</text>
                    { for c.chart.runs.iter().enumerate().map(|(k, &(a, b))| {
                        let above = c.points[a].count as f64 > c.chart.mean;
                        html! {
                            <g>
                                <rect x={n(g.dots[a].x - 6.0)} y={n(g.top - 8.0)} width={n(g.dots[b].x - g.dots[a].x + 12.0)}
                                    height="5" fill="#f3d7b0" stroke={LIMIT} />
                                <text x={n((g.dots[a].x + g.dots[b].x) / 2.0)} text-anchor="middle" y={n(g.top - 11.0)} fill={LIMIT}>
                                    { format!("run {} {}", k + 1, if above { "↑" } else { "↓" }) }</text>
                            </g>
                        }
                    }) }
                    { limit(g.upper_y, "UCL".into(), "6 4") }
                    { limit(g.centre_y, "mean".into(), "none") }
                    { limit(g.lower_y, "LCL".into(), "6 4") }
                    <line x1={n(g.left)} x2={n(g.right)} y1={n(g.bottom)} y2={n(g.bottom)} stroke={INK} />
                    <polyline points={line.join(" ")} fill="none" stroke={POINT} stroke-width="1.5" />
                    { for g.dots.iter().zip(&c.points).map(|(d, p)| {
                        let tip = format!("{}: {} complaints", p.label, p.count);
                        html! {
                            <g>
                                if p.outside {
                                    <path d={format!("M{} {}l7 7l-7 7l-7 -7z", n(d.x), n(d.y - 7.0))} fill={ALARM} stroke={INK}>
                                        <title>{ format!("{tip}, beyond the limits") }</title>
                                    </path>
                                    <text x={n(d.x + 9.0)} y={n(d.y - 6.0)} fill={ALARM}>{ "beyond limit" }</text>
                                } else {
                                    <circle cx={n(d.x)} cy={n(d.y)} r="3.5" fill={POINT}><title>{ tip }</title></circle>
                                }
                                if d.labelled {
                                    <text x={n(d.x)} y={n(g.bottom + 14.0)} text-anchor="end" fill={INK}
                                        transform={format!("rotate(-35 {} {})", n(d.x), n(g.bottom + 14.0))}>{ &p.label }</text>
                                }
                            </g>
                        }
                    }) }
                </svg>
                <figcaption>{ "Diamonds mark periods beyond the limits; a bracket above the chart marks a run on one side of the centre line (↑ above, ↓ below)." }</figcaption>
            </figure>
            <div class="table-scroll">
                <table>
                    <caption>{ title }</caption>
                    <thead><tr>
                        <th scope="col">{ "Period" }</th>
                        <th scope="col" class="num">{ "Complaints" }</th>
                        <th scope="col">{ "Signal" }</th>
                    </tr></thead>
                    <tbody>
                        { for c.points.iter().enumerate().map(|(i, p)| html! {
                            <tr>
                                <th scope="row">{ &p.label }</th>
                                <td class="num">{ p.count }</td>
                                <td>{ signal_words(c, i) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}
