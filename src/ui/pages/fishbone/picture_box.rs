//! The picture beside the outline, scrolling inside its box. A click on a cause picks
//! it (each cause's group carries `data-cause`); the picked cause is drawn stronger by
//! a one-rule style, so picking one does not redraw the picture.

use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`PictureBox`].
#[derive(Properties, PartialEq)]
pub struct PictureBoxProps {
    /// The SVG document from `picture_svg`: every user text in it is escaped.
    pub svg: Rc<String>,
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// A cause was clicked in the picture.
    pub on_pick: Callback<AttrValue>,
}

/// The picture.
#[component]
pub fn PictureBox(props: &PictureBoxProps) -> Html {
    let onclick = {
        let pick = props.on_pick.clone();
        Callback::from(move |e: MouseEvent| {
            let cause = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("[data-cause]").ok().flatten())
                .and_then(|g| g.get_attribute("data-cause"));
            if let Some(id) = cause {
                pick.emit(id.into());
            }
        })
    };
    // Without its XML declaration: it goes inside the page's HTML.
    let markup = {
        let svg = props.svg.as_str();
        svg.strip_prefix("<?xml")
            .and_then(|_| svg.split_once('\n'))
            .map_or(svg, |(_, rest)| rest)
            .to_string()
    };
    // Ids are letters, digits, '-' and '_' (checked when the diagram is read), so they
    // are safe inside the selector.
    let highlight = props
        .selected
        .as_ref()
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .map(|id| {
            format!(
                ".fb-picture [data-cause=\"{id}\"] > text {{ font-weight: 700; fill: #0b4f9c; }} \
                 .fb-picture [data-cause=\"{id}\"] > line, .fb-picture [data-cause=\"{id}\"] > path \
                 {{ stroke: #0b4f9c; stroke-width: 3; }}"
            )
        });
    let width = props
        .svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|v| v.split(' ').next())
        .and_then(|w| w.parse::<f64>().ok())
        .unwrap_or(1200.0);
    html! {
        <section class="fb-picture-panel" aria-labelledby="picture-heading">
            <h2 id="picture-heading">{ "Picture" }</h2>
            <p class="hint">{ "Click a cause to select it." }</p>
            if let Some(css) = highlight { <style>{ css }</style> }
            // Focusable, so a keyboard can scroll a picture bigger than its box.
            <div class="fb-picture" style={format!("--fb-w: {width}")} tabindex="0" role="group"
                aria-label="The picture (scrolls inside its box)" {onclick}>
                { Html::from_html_unchecked(AttrValue::from(markup)) }
            </div>
        </section>
    }
}
