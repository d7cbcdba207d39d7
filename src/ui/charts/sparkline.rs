//! A small line of a KPI's recent periods, for a card.

use crate::domain::kpi::chart::sparkline;
use yew::prelude::*;

/// Props of [`Sparkline`].
#[derive(Properties, PartialEq)]
pub struct SparklineProps {
    pub values: Vec<f64>,
    /// Says what the line shows, for screen readers.
    pub label: AttrValue,
}

/// The sparkline.
#[component]
pub fn Sparkline(props: &SparklineProps) -> Html {
    let points = sparkline(&props.values, 120.0, 32.0);
    if points.is_empty() {
        return html! {};
    }
    html! {
        <svg class="sparkline" viewBox="0 0 120 32" width="120" height="32" role="img" aria-label={props.label.clone()}>
            <polyline points={points} fill="none" stroke="#1d4f91" stroke-width="2" />
        </svg>
    }
}
