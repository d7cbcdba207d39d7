//! The picture beside the outline, scrolling inside its box. The page draws it itself
//! from its top-level pieces (see `picture_parts.rs`): an edit parses only the pieces
//! it changed, all in one go, and the others' elements stay; the browser's parsing of
//! the whole picture was most of an edit's time on a big diagram. A click on a cause
//! picks it (each cause's group carries `data-cause`); the picked cause gets an
//! attribute, so picking redraws nothing. (The page's content security policy allows
//! no inline styles: attributes only, and the picture's width goes in through the
//! style object.)

use super::picture_parts::split;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
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

/// The picture's markup, compared by identity (a new one comes with each edit).
#[derive(Clone)]
struct SameSvg(Rc<String>);

impl PartialEq for SameSvg {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The attribute that marks the picked cause.
/// The attribute that marks the picked cause.
const SELECTED: &str = "data-selected";
const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// What is drawn in the box: the picture it is, its outer element and its pieces.
#[derive(Default)]
struct Drawn {
    of: Option<Rc<String>>,
    svg: Option<web_sys::Element>,
    pieces: Vec<(String, String, web_sys::Node)>,
}

fn without_declaration(svg: &str) -> &str {
    svg.strip_prefix("<?xml")
        .and_then(|_| svg.split_once('\n'))
        .map_or(svg, |(_, rest)| rest)
}

/// Draws `svg` in `host`, parsing only the pieces that differ from those drawn (all of
/// them in one go), and keeping the others' elements where they are.
fn draw(host: &web_sys::Element, drawn: &mut Drawn, svg: &str) {
    let whole = |drawn: &mut Drawn| {
        host.set_inner_html(without_declaration(svg));
        drawn.svg = None;
        drawn.pieces.clear();
    };
    let (Some(parts), Some(doc)) = (split(svg), host.owner_document()) else {
        return whole(drawn);
    };
    let outer = match &drawn.svg {
        Some(s) if host.contains(Some(s)) => s.clone(),
        _ => {
            drawn.pieces.clear();
            host.set_inner_html("");
            let Ok(s) = doc.create_element_ns(Some(SVG_NS), "svg") else {
                return whole(drawn);
            };
            let _ = host.append_child(&s);
            s
        }
    };
    for (name, value) in parts.attrs.iter().filter(|(n, _)| *n != "xmlns") {
        let _ = outer.set_attribute(name, value);
    }
    let old: std::collections::HashMap<&str, (&str, &web_sys::Node)> = drawn
        .pieces
        .iter()
        .map(|(k, m, n)| (k.as_str(), (m.as_str(), n)))
        .collect();
    let changed: Vec<bool> = parts
        .pieces
        .iter()
        .map(|(k, m)| old.get(k.as_str()).is_none_or(|(was, _)| was != m))
        .collect();
    let markup: String = parts
        .pieces
        .iter()
        .zip(&changed)
        .filter(|(_, c)| **c)
        .map(|((_, m), _)| m.as_str())
        .collect();
    let mut fresh = Vec::new();
    if !markup.is_empty() {
        let Ok(scratch) = doc.create_element_ns(Some(SVG_NS), "svg") else {
            return whole(drawn);
        };
        scratch.set_inner_html(&markup);
        let kids = scratch.child_nodes();
        fresh = (0..kids.length()).filter_map(|i| kids.item(i)).collect();
    }
    if fresh.len() != changed.iter().filter(|c| **c).count() {
        return whole(drawn);
    }
    let mut fresh = fresh.into_iter();
    let mut next = Vec::with_capacity(parts.pieces.len());
    for ((key, markup), is_new) in parts.pieces.into_iter().zip(changed) {
        let node = match (is_new, old.get(key.as_str())) {
            (false, Some((_, n))) => (*n).clone(),
            _ => match fresh.next() {
                Some(n) => n,
                None => return whole(drawn),
            },
        };
        next.push((key, markup, node));
    }
    // In order: elements already in place stay, the others go before the cursor; what
    // is left after it is no longer drawn.
    let mut cursor = outer.first_child();
    for (_, _, node) in &next {
        if cursor.as_ref().is_some_and(|c| c.is_same_node(Some(node))) {
            cursor = node.next_sibling();
        } else {
            let _ = outer.insert_before(node, cursor.as_ref());
        }
    }
    while let Some(c) = cursor {
        cursor = c.next_sibling();
        let _ = outer.remove_child(&c);
    }
    drawn.svg = Some(outer);
    drawn.pieces = next;
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
    let drawn = use_mut_ref(Drawn::default);
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
    // Drawn after each new picture; the picked cause stands out, and the picture's
    // natural width bounds its scaling.
    {
        let (boxed, selected, svg) = (boxed.clone(), props.selected.clone(), props.svg.clone());
        use_effect_with((selected, SameSvg(svg)), move |(selected, SameSvg(svg))| {
            let Some(el) = boxed.cast::<web_sys::Element>() else {
                return;
            };
            let mut d = drawn.borrow_mut();
            if !d.of.as_ref().is_some_and(|of| Rc::ptr_eq(of, svg)) {
                draw(&el, &mut d, svg);
                d.of = Some(svg.clone());
                if let Some(w) = d.svg.as_ref().and_then(|s| s.get_attribute("width")) {
                    set_property(&el, "--fb-w", &w);
                }
            }
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
            // A cause of a cause is drawn inside its parent's piece: looked up by its
            // own mark (ids are letters and digits only).
            if let Ok(Some(g)) = el.query_selector(&format!("g[data-cause=\"{id}\"]")) {
                let _ = g.set_attribute(SELECTED, "");
            }
        });
    }
    html! {
        <section class="fb-picture-panel" aria-labelledby="picture-heading">
            <h2 id="picture-heading">{ "Picture" }</h2>
            <p class="hint">{ "Click a cause to select it." }</p>
            // Focusable, so a keyboard can scroll a picture bigger than its box.
            <div class="fb-picture" ref={boxed} tabindex="0" role="group"
                aria-label="The picture (scrolls inside its box)" {onclick}>
            </div>
        </section>
    }
}
