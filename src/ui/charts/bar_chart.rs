//! A breakdown by segment: one bar each, with its 95% interval as a whisker and the
//! value written beside it.

use super::frame::ChartFrame;
use super::n;
use crate::domain::kpi::chart::{bars, Datum};
use crate::domain::kpi::survey::Unit;
use yew::prelude::*;

/// Props of [`BarChart`].
#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub data: Vec<Datum>,
    pub unit: Unit,
}

/// The bar chart.
#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let g = bars(&props.data, props.unit, 720.0);
    html! {
        <ChartFrame id={props.id.clone()} title={props.title.clone()} width={g.width} height={g.height}>
            <line x1={n(g.zero_x)} x2={n(g.zero_x)} y1="0" y2={n(g.height)} stroke="#0b0c0c" />
            { for g.bars.iter().map(|b| {
                let mid = b.y + g.bar_height / 2.0;
                html! {
                    <g>
                        <text x="0" y={n(mid + 4.0)} fill="#0b0c0c">{ &b.label }</text>
                        <rect x={n(b.x0)} y={n(b.y)} width={n((b.x1 - b.x0).max(1.0))}
                            height={n(g.bar_height)} fill="#1d4f91" />
                        if let (Some(lo), Some(hi)) = (b.low_x, b.high_x) {
                            <line x1={n(lo)} x2={n(hi)} y1={n(mid)} y2={n(mid)}
                                stroke="#0b0c0c" stroke-width="1.5" />
                        }
                        <text x={n(b.x1.max(b.high_x.unwrap_or(b.x1)) + 6.0)} y={n(mid + 4.0)} fill="#0b0c0c">
                            { &b.value_label }</text>
                    </g>
                }
            }) }
        </ChartFrame>
    }
}
