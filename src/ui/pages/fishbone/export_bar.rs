//! Saving the diagram: Mermaid `ishikawa-beta` text (download or copy), Markdown, SVG
//! and PNG pictures, and printing on A3 landscape (the print stylesheet shows only the
//! picture, drawn for paper).

use super::picture::Picture;
use crate::domain::file_stem::file_stem;
use crate::domain::fishbone::{markdown, mermaid, Fishbone};
use crate::ui::browser::download_text;
use crate::ui::charts::save_png;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ExportBar`].
#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    pub fishbone: Rc<Fishbone>,
    /// The picture as on screen.
    pub picture: Picture,
    /// Draws the picture for paper (only when printing).
    pub print_svg: Callback<(), String>,
}

/// A file name from the problem statement: letters, digits and dashes.
pub fn file_name(effect: &str) -> String {
    file_stem(effect, 12, "fishbone-diagram")
}

/// The export buttons.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let outcome = use_state(|| None::<Result<&'static str, String>>);
    let printing = use_state(|| None::<String>);
    let name = file_name(&props.fishbone.effect);
    let save = |ext: &'static str, mime: &'static str, make: Rc<dyn Fn() -> String>| {
        let (name, outcome) = (name.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            outcome.set(
                download_text(&format!("{name}.{ext}"), &make(), mime)
                    .err()
                    .map(Err),
            )
        })
    };
    let f = props.fishbone.clone();
    let on_mermaid = save(
        "mmd",
        "text/plain",
        Rc::new({
            let f = f.clone();
            move || mermaid::emit(&f)
        }),
    );
    let on_markdown = save(
        "md",
        "text/markdown",
        Rc::new({
            let f = f.clone();
            move || markdown::to_markdown(&f)
        }),
    );
    let on_svg = save(
        "svg",
        "image/svg+xml",
        Rc::new({
            let picture = props.picture.clone();
            move || picture.0.to_svg()
        }),
    );
    let on_png = {
        let (picture, name, outcome) = (props.picture.clone(), name.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let d = &picture.0;
            outcome.set(
                save_png(&d.to_svg(), d.width, d.height, format!("{name}.png"))
                    .err()
                    .map(Err),
            );
        })
    };
    let on_copy = {
        let (f, outcome) = (f.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(w) = web_sys::window() else { return };
            let promise = w.navigator().clipboard().write_text(&mermaid::emit(&f));
            let outcome = outcome.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                outcome.set(Some(if ok {
                    Ok("Mermaid text copied.")
                } else {
                    Err("the browser did not allow copying; download the text instead".into())
                }));
            });
        })
    };
    let on_print = {
        let (make, printing) = (props.print_svg.clone(), printing.clone());
        Callback::from(move |_: MouseEvent| printing.set(Some(make.emit(()))))
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
        <section class="panel fb-export" aria-labelledby="export-heading">
            <h2 id="export-heading">{ "Save and share" }</h2>
            <div class="export-bar">
                <button type="button" class="button button--secondary button--small" onclick={on_mermaid}>{ "Download Mermaid text" }</button>
                <button type="button" class="button button--secondary button--small" onclick={on_copy}>{ "Copy Mermaid text" }</button>
                <button type="button" class="button button--secondary button--small" onclick={on_markdown}>{ "Download Markdown" }</button>
                <button type="button" class="button button--secondary button--small" onclick={on_svg}>{ "Download SVG" }</button>
                <button type="button" class="button button--secondary button--small" onclick={on_png}>{ "Download PNG" }</button>
                <button type="button" class="button button--secondary button--small" onclick={on_print}>{ "Print (A3 landscape)" }</button>
            </div>
            <p role="status" class="fb-export__outcome">
                { match &*outcome {
                    Some(Ok(done)) => html! { { *done } },
                    Some(Err(e)) => html! { <span class="field-error">{ format!("Could not save: {e}") }</span> },
                    None => html! {},
                } }
            </p>
            if let Some(svg) = &*printing {
                // Made by the domain's escaping writer: every text in it is escaped.
                <div class="fishbone-print">{ Html::from_html_unchecked(AttrValue::from(
                    svg.split_once('\n').map_or(svg.as_str(), |(_, rest)| rest).to_string()
                )) }</div>
            }
        </section>
    }
}
