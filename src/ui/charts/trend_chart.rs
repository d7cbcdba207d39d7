//! A KPI over time: one point a period, a whisker for its 95% interval, gridlines, and
//! the target as a dashed line.

use super::frame::ChartFrame;
use super::n;
use crate::domain::kpi::chart::{trend, Datum};
use crate::domain::kpi::survey::Unit;
use yew::prelude::*;

/// Props of [`TrendChart`].
#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub data: Vec<Datum>,
    pub unit: Unit,
    #[prop_or_default]
    pub target: Option<f64>,
}

/// The trend chart.
#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let g = trend(&props.data, props.unit, props.target, 720.0, 300.0);
    let line: Vec<String> = g
        .points
        .iter()
        .map(|p| format!("{},{}", n(p.x), n(p.y)))
        .collect();
    html! {
        <ChartFrame id={props.id.clone()} title={props.title.clone()} width={g.width} height={g.height}>
            { for g.ticks.iter().map(|t| html! {
                <g>
                    <line x1={n(g.left)} x2={n(g.right)} y1={n(t.y)} y2={n(t.y)}
                        stroke="#dddddd" stroke-width="1" />
                    <text x={n(g.left - 8.0)} y={n(t.y + 4.0)} text-anchor="end" fill="#484949">{ &t.label }</text>
                </g>
            }) }
            if let Some(ty) = g.target_y {
                <g>
                    <line x1={n(g.left)} x2={n(g.right)} y1={n(ty)} y2={n(ty)}
                        stroke="#8a4b00" stroke-width="2" stroke-dasharray="6 4" />
                    <text x={n(g.right - 4.0)} y={n(ty - 6.0)} text-anchor="end" fill="#8a4b00">{ "target" }</text>
                </g>
            }
            { for g.points.iter().map(|p| html! {
                if let (Some(lo), Some(hi)) = (p.low_y, p.high_y) {
                    <g stroke="#6f777b" stroke-width="1.5">
                        <line x1={n(p.x)} x2={n(p.x)} y1={n(lo)} y2={n(hi)} />
                        <line x1={n(p.x - 4.0)} x2={n(p.x + 4.0)} y1={n(lo)} y2={n(lo)} />
                        <line x1={n(p.x - 4.0)} x2={n(p.x + 4.0)} y1={n(hi)} y2={n(hi)} />
                    </g>
                }
            }) }
            <polyline points={line.join(" ")} fill="none" stroke="#1d4f91" stroke-width="2.5" />
            { for g.points.iter().enumerate().map(|(i, p)| html! {
                <g>
                    <circle cx={n(p.x)} cy={n(p.y)} r="4.5" fill="#1d4f91">
                        <title>{ format!("{}: {}", p.label, p.value_label) }</title>
                    </circle>
                    if i % g.label_every == 0 {
                        <text x={n(p.x)} y={n(g.bottom + 20.0)} text-anchor="middle" fill="#0b0c0c">{ &p.label }</text>
                    }
                </g>
            }) }
        </ChartFrame>
    }
}
