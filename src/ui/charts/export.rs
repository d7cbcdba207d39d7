//! "Download SVG" and "Download PNG" for a chart on the page: the chart's own markup as
//! drawn (all text in it was escaped when drawn, so the file holds no markup from
//! users' data), or that markup painted on a canvas at twice its size.

use crate::ui::browser::{download_blob, download_text};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`ChartExport`].
#[derive(Properties, PartialEq)]
pub struct ChartExportProps {
    /// The id of the `<svg>` to save.
    pub target: AttrValue,
    /// File name without extension.
    pub name: AttrValue,
}

fn svg_markup(id: &str) -> Option<(String, f64, f64)> {
    let el = web_sys::window()?.document()?.get_element_by_id(id)?;
    let view_box = el.get_attribute("viewBox")?;
    // A viewBox is "min-x min-y width height": the size is its last two numbers.
    let mut parts = view_box
        .split(' ')
        .skip(2)
        .filter_map(|p| p.parse::<f64>().ok());
    let (w, h) = (parts.next()?, parts.next()?);
    Some((
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n",
            el.outer_html()
        ),
        w,
        h,
    ))
}

/// Paints the SVG on a canvas and downloads it as PNG.
pub fn save_png(svg: &str, width: f64, height: f64, file: String) -> Result<(), String> {
    let fail = |what: &str| format!("could not make the picture ({what})");
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("svg"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| fail("image"))?;
    let img = image.clone();
    let loaded_url = url.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&loaded_url);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(canvas) = document.create_element("canvas") else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        let scale = 2.0;
        canvas.set_width((width * scale) as u32);
        canvas.set_height((height * scale) as u32);
        let Ok(Some(ctx)) = canvas.get_context("2d") else {
            return;
        };
        let ctx: web_sys::CanvasRenderingContext2d = ctx.unchecked_into();
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
            &img,
            0.0,
            0.0,
            width * scale,
            height * scale,
        );
        let on_blob = Closure::once_into_js(move |png: JsValue| {
            if let Ok(png) = png.dyn_into::<web_sys::Blob>() {
                let _ = download_blob(&file, &png);
            }
        });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&url);
    Ok(())
}

/// The download buttons.
#[component]
pub fn ChartExport(props: &ChartExportProps) -> Html {
    let error = use_state(|| None::<String>);
    let on_svg = {
        let (target, name, error) = (props.target.clone(), props.name.clone(), error.clone());
        Callback::from(move |_| match svg_markup(&target) {
            Some((svg, _, _)) => {
                error.set(download_text(&format!("{name}.svg"), &svg, "image/svg+xml").err())
            }
            None => error.set(Some("the chart is not on the page".into())),
        })
    };
    let on_png = {
        let (target, name, error) = (props.target.clone(), props.name.clone(), error.clone());
        Callback::from(move |_| match svg_markup(&target) {
            Some((svg, w, h)) => error.set(save_png(&svg, w, h, format!("{name}.png")).err()),
            None => error.set(Some("the chart is not on the page".into())),
        })
    };
    html! {
        <span class="chart-export">
            <button type="button" class="button button--secondary button--small" onclick={on_svg}>{ "Download SVG" }</button>
            { " " }
            <button type="button" class="button button--secondary button--small" onclick={on_png}>{ "Download PNG" }</button>
            if let Some(e) = &*error { <span class="field-error">{ format!(" Could not save: {e}") }</span> }
        </span>
    }
}
