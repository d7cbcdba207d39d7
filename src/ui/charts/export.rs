//! "Download SVG" for a chart on the page: the chart's own markup, as drawn (all text in
//! it was escaped when drawn, so the file holds no markup from users' data).

use crate::ui::browser::download_text;
use yew::prelude::*;

/// Props of [`ChartExport`].
#[derive(Properties, PartialEq)]
pub struct ChartExportProps {
    /// The id of the `<svg>` to save.
    pub target: AttrValue,
    /// File name without extension.
    pub name: AttrValue,
}

/// The download button.
#[component]
pub fn ChartExport(props: &ChartExportProps) -> Html {
    let error = use_state(|| None::<String>);
    let onclick = {
        let (target, name, error) = (props.target.clone(), props.name.clone(), error.clone());
        Callback::from(move |_| {
            let svg = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&target))
                .map(|e| e.outer_html());
            match svg {
                Some(svg) => {
                    let file = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n");
                    error.set(download_text(&format!("{name}.svg"), &file, "image/svg+xml").err());
                }
                None => error.set(Some("the chart is not on the page".into())),
            }
        })
    };
    html! {
        <>
            <button type="button" class="button button--secondary button--small" {onclick}>{ "Download SVG" }</button>
            if let Some(e) = &*error { <span class="field-error">{ format!(" Could not save: {e}") }</span> }
        </>
    }
}
