//! The Pareto chart of complaint categories: bars highest first, the cumulative share
//! as a line with points on its own axis, the 80% mark labelled, the vital few named in
//! words, and the same figures as a table for screen readers and print.

use crate::domain::complaints::analysis::charts::{pareto_geometry, HEIGHT, WIDTH};
use crate::domain::complaints::analysis::vital_words;
use crate::domain::complaints::recurrence::{ParetoBar, VITAL_SHARE};
use crate::domain::kpi::format::fixed;
use yew::prelude::*;

const INK: &str = "#0b0c0c";
const VITAL: &str = "#1d4f91";
const OTHER: &str = "#6f777b";
const LINE: &str = "#8a4b00";

fn n(x: f64) -> String {
    fixed(x, 1)
}

/// Props of [`ParetoChart`].
#[derive(Properties, PartialEq)]
pub struct ParetoChartProps {
    pub bars: Vec<ParetoBar>,
}

/// The chart, its words and its table.
#[component]
pub fn ParetoChart(props: &ParetoChartProps) -> Html {
    let g = pareto_geometry(&props.bars);
    let title = "Pareto chart of complaints by category";
    let desc = format!(
        "Bars show complaints per category, highest first; the line shows the cumulative \
         share, with the {}% mark. {}",
        fixed(VITAL_SHARE, 0),
        vital_words(&props.bars)
    );
    let line: Vec<String> = g
        .bars
        .iter()
        .map(|b| format!("{},{}", n(b.mid_x), n(b.cumulative_y)))
        .collect();
    html! {
        <section class="panel" aria-labelledby="pareto-heading">
            <h2 id="pareto-heading">{ "Which categories matter most" }</h2>
            <p>{ vital_words(&props.bars) }</p>
            <figure class="chart-figure">
                <svg id="complaints-pareto" class="chart" viewBox={format!("0 0 {} {}", n(WIDTH), n(HEIGHT))}
                    role="img" aria-label={title} aria-describedby="complaints-pareto-desc"
                    xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12">
                    <title>{ title }</title>
                    <desc id="complaints-pareto-desc">{ desc.clone() }</desc>
                    <rect x="0" y="0" width={n(WIDTH)} height={n(HEIGHT)} fill="#ffffff" />
                    { for g.count_ticks.iter().map(|t| html! {
                        <g>
                            <line x1={n(g.left)} x2={n(g.right)} y1={n(t.y)} y2={n(t.y)} stroke="#dddddd" />
                            <text x={n(g.left - 6.0)} y={n(t.y + 4.0)} text-anchor="end" fill={INK}>{ &t.label }</text>
                        </g>
                    }) }
                    { for g.percent_ticks.iter().map(|t| html! {
                        <text x={n(g.right + 6.0)} y={n(t.y + 4.0)} fill={LINE}>{ &t.label }</text>
                    }) }
                    <text x="14" y={n((g.top + g.bottom) / 2.0)} text-anchor="middle" fill={INK}
                        transform={format!("rotate(-90 14 {})", n((g.top + g.bottom) / 2.0))}>{ "Complaints" }</text>
                    <text x={n(WIDTH - 8.0)} y={n((g.top + g.bottom) / 2.0)} text-anchor="middle" fill={LINE}
                        transform={format!("rotate(90 {} {})", n(WIDTH - 8.0), n((g.top + g.bottom) / 2.0))}>
                        { "Cumulative share" }</text>
                    { for g.bars.iter().map(|b| html! {
                        <g>
                            <rect x={n(b.x)} y={n(b.y)} width={n(b.width)} height={n(b.height.max(1.0))}
                                fill={if b.vital { VITAL } else { OTHER }}>
                                <title>{ format!("{}: {} complaints, {}% cumulative", b.category, b.count, fixed(b.cumulative, 0)) }</title>
                            </rect>
                            <text x={n(b.mid_x)} y={n(b.y - 4.0)} text-anchor="middle" fill={INK}>{ b.count }</text>
                            <text x={n(b.mid_x)} y={n(g.bottom + 14.0)} text-anchor="end" fill={INK}
                                transform={format!("rotate(-35 {} {})", n(b.mid_x), n(g.bottom + 14.0))}>{ &b.label }</text>
                        </g>
                    }) }
                    <line x1={n(g.left)} x2={n(g.right)} y1={n(g.bottom)} y2={n(g.bottom)} stroke={INK} />
                    <line x1={n(g.left)} x2={n(g.right)} y1={n(g.vital_y)} y2={n(g.vital_y)}
                        stroke={LINE} stroke-width="1.5" stroke-dasharray="6 4" />
                    <text x={n(g.left + 4.0)} y={n(g.vital_y - 6.0)} fill={LINE} stroke="#ffffff" stroke-width="3"
                        paint-order="stroke">{ "80% of complaints" }</text>
                    <polyline points={line.join(" ")} fill="none" stroke={LINE} stroke-width="2" />
                    { for g.bars.iter().map(|b| html! {
                        <circle cx={n(b.mid_x)} cy={n(b.cumulative_y)} r="4" fill={LINE} />
                    }) }
                </svg>
                <figcaption>{ "Dark bars are the vital few; the line is the cumulative share, against the right-hand axis." }</figcaption>
            </figure>
            <div class="table-scroll">
                <table>
                    <caption>{ "Complaints by category, highest first" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Category" }</th>
                        <th scope="col" class="num">{ "Complaints" }</th>
                        <th scope="col" class="num">{ "Share" }</th>
                        <th scope="col" class="num">{ "Cumulative" }</th>
                        <th scope="col">{ "Vital few" }</th>
                    </tr></thead>
                    <tbody>
                        { for props.bars.iter().map(|b| html! {
                            <tr>
                                <th scope="row">{ &b.category }</th>
                                <td class="num">{ b.count }</td>
                                <td class="num">{ format!("{}%", fixed(b.share, 1)) }</td>
                                <td class="num">{ format!("{}%", fixed(b.cumulative, 1)) }</td>
                                <td>{ if b.vital { "Yes" } else { "No" } }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
