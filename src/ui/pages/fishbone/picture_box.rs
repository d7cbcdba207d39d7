//! The picture beside the outline, scrolling inside its box. It is drawn as its
//! top-level pieces (see `picture_parts.rs`), so an edit redraws only what it changed.
//! A click on a cause picks it (each cause's group carries `data-cause`); the picked
//! cause gets an attribute, set on the drawn element, so picking does not redraw anything.
//! (The page's content security policy allows no inline styles: attributes only, and the
//! picture's width goes in through the style object.)

use super::picture_parts::{split, Parts};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;
use yew::virtual_dom::VTag;

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

/// The picture's markup, compared by identity (a new one comes with each edit).
#[derive(Clone)]
struct SameSvg(Rc<String>);

impl PartialEq for SameSvg {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The attribute that marks the picked cause.
const SELECTED: &str = "data-selected";

fn drawn(parts: &Parts) -> Html {
    let mut svg = VTag::new("svg");
    for (name, value) in &parts.attrs {
        svg.add_attribute(name, value.clone());
    }
    svg.add_children(parts.pieces.iter().map(|(key, markup)| {
        html! {
            <g key={key.clone()} class="fb-piece">{ Html::from_html_unchecked(AttrValue::from(markup.clone())) }</g>
        }
    }));
    svg.into()
}

/// Sets a CSS custom property through the style object (allowed by the page's policy,
/// unlike a `style` attribute).
fn set_property(el: &web_sys::Element, name: &str, value: &str) {
    let set = || -> Result<(), JsValue> {
        let style = js_sys::Reflect::get(el, &"style".into())?;
        let f: js_sys::Function =
            js_sys::Reflect::get(&style, &"setProperty".into())?.dyn_into()?;
        f.call2(&style, &name.into(), &value.into())?;
        Ok(())
    };
    let _ = set();
}

/// The picture.
#[component]
pub fn PictureBox(props: &PictureBoxProps) -> Html {
    let boxed = use_node_ref();
    let parts = use_memo(SameSvg(props.svg.clone()), |s| split(&s.0));
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
    // The picked cause stands out, and the picture's natural width bounds its scaling;
    // both again after each redraw.
    {
        let (boxed, selected, svg) = (boxed.clone(), props.selected.clone(), props.svg.clone());
        let width = parts
            .as_ref()
            .as_ref()
            .and_then(|p| p.attrs.iter().find(|(n, _)| *n == "width"))
            .map(|(_, w)| w.clone())
            .unwrap_or_else(|| "1200".into());
        use_effect_with((selected, SameSvg(svg)), move |(selected, _)| {
            let Some(el) = boxed.cast::<web_sys::Element>() else {
                return;
            };
            set_property(&el, "--fb-w", &width);
            if let Ok(old) = el.query_selector_all(&format!("[{SELECTED}]")) {
                for i in 0..old.length() {
                    if let Some(e) = old
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        let _ = e.remove_attribute(SELECTED);
                    }
                }
            }
            let Some(id) = selected else { return };
            for g in el
                .query_selector_all("[data-cause]")
                .ok()
                .into_iter()
                .flat_map(|l| (0..l.length()).filter_map(move |i| l.item(i)))
            {
                if let Ok(g) = g.dyn_into::<web_sys::Element>() {
                    if g.get_attribute("data-cause").as_deref() == Some(id.as_str()) {
                        let _ = g.set_attribute(SELECTED, "");
                    }
                }
            }
        });
    }
    let picture = match parts.as_ref() {
        Some(p) => drawn(p),
        // Not shaped as expected: drawn whole, without its XML declaration.
        None => {
            let svg = props.svg.as_str();
            let markup = svg
                .strip_prefix("<?xml")
                .and_then(|_| svg.split_once('\n'))
                .map_or(svg, |(_, rest)| rest);
            Html::from_html_unchecked(AttrValue::from(markup.to_string()))
        }
    };
    html! {
        <section class="fb-picture-panel" aria-labelledby="picture-heading">
            <h2 id="picture-heading">{ "Picture" }</h2>
            <p class="hint">{ "Click a cause to select it." }</p>
            // Focusable, so a keyboard can scroll a picture bigger than its box.
            <div class="fb-picture" ref={boxed} tabindex="0" role="group"
                aria-label="The picture (scrolls inside its box)" {onclick}>
                { picture }
            </div>
        </section>
    }
}
