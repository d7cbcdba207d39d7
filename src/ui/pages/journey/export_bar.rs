//! Saving the map: SVG and PNG pictures, Mermaid `journey` text, and printing on A3
//! landscape (the print stylesheet shows only the map picture).

use crate::domain::file_stem::file_stem;
use crate::domain::journey::svg::{map_svg, size};
use crate::domain::journey::{mermaid, JourneyMap};
use crate::ui::browser::download_text;
use crate::ui::charts::save_png;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ExportBar`].
#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    pub map: Rc<JourneyMap>,
    pub kpi_texts: Rc<HashMap<String, String>>,
    #[prop_or_default]
    pub overlay: Option<(AttrValue, Vec<Option<i8>>)>,
}

/// A file name from the map's title: letters, digits and dashes.
pub fn file_name(title: &str) -> String {
    file_stem(title, usize::MAX, "journey-map")
}

/// The export buttons.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let error = use_state(|| None::<String>);
    let printing = use_state(|| None::<String>);
    let svg = {
        let (map, texts, overlay) = (
            props.map.clone(),
            props.kpi_texts.clone(),
            props.overlay.clone(),
        );
        move || {
            map_svg(
                &map,
                &|id| texts.get(id).cloned(),
                overlay.as_ref().map(|(l, e)| (l.as_str(), e.clone())),
            )
        }
    };
    let name = file_name(&props.map.title);
    let on_svg = {
        let (svg, name, error) = (svg.clone(), name.clone(), error.clone());
        Callback::from(move |_| {
            error.set(download_text(&format!("{name}.svg"), &svg(), "image/svg+xml").err())
        })
    };
    let on_png = {
        let (svg, name, error) = (svg.clone(), name.clone(), error.clone());
        Callback::from(move |_| {
            let s = svg();
            let (w, h) = size(&s).unwrap_or((800, 600));
            error.set(save_png(&s, w as f64, h as f64, format!("{name}.png")).err());
        })
    };
    let on_mermaid = {
        let (map, name, error) = (props.map.clone(), name.clone(), error.clone());
        Callback::from(move |_| {
            error.set(
                download_text(&format!("{name}.mmd"), &mermaid::emit(&map), "text/plain").err(),
            )
        })
    };
    let on_print = {
        let (svg, printing) = (svg.clone(), printing.clone());
        Callback::from(move |_| printing.set(Some(svg())))
    };
    // Print once the picture is on the page, then take it away again.
    {
        let printing = printing.clone();
        use_effect_with(printing.is_some(), move |on| {
            if *on {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
                printing.set(None);
            }
        });
    }
    html! {
        <div class="export-bar">
            <button type="button" class="button button--secondary button--small" onclick={on_svg}>{ "Download SVG" }</button>
            <button type="button" class="button button--secondary button--small" onclick={on_png}>{ "Download PNG" }</button>
            <button type="button" class="button button--secondary button--small" onclick={on_mermaid}>{ "Download Mermaid text" }</button>
            <button type="button" class="button button--secondary button--small" onclick={on_print}>{ "Print (A3 landscape)" }</button>
            if let Some(e) = &*error { <span class="field-error">{ format!(" Could not save: {e}") }</span> }
            if let Some(svg) = &*printing {
                // Made by the domain's escaping writer: every text in it is escaped.
                <div class="map-print">{ Html::from_html_unchecked(AttrValue::from(
                    svg.split_once('\n').map_or(svg.as_str(), |(_, rest)| rest).to_string()
                )) }</div>
            }
        </div>
    }
}
