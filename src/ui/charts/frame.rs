//! The `<svg>` every chart is drawn in: size, title for screen readers, a white ground
//! (so a downloaded file reads on any background) and the house font.

use super::n;
use yew::prelude::*;

/// Props of [`ChartFrame`].
#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub width: f64,
    pub height: f64,
    pub children: Html,
}

/// A chart's `<svg>` element.
#[component]
pub fn ChartFrame(props: &ChartFrameProps) -> Html {
    html! {
        <svg id={props.id.clone()} class="chart" viewBox={format!("0 0 {} {}", n(props.width), n(props.height))}
            role="img" aria-label={props.title.clone()} xmlns="http://www.w3.org/2000/svg"
            font-family="system-ui, sans-serif" font-size="12">
            <title>{ props.title.clone() }</title>
            <rect x="0" y="0" width={n(props.width)} height={n(props.height)} fill="#ffffff" />
            { props.children.clone() }
        </svg>
    }
}
