//! The picture beside the outline, scrolling inside its box. The page draws it itself
//! from the drawing's pieces (see `domain::fishbone::svg`): an edit parses only the
//! pieces whose markup changed, all in one go, moves those that only moved, and leaves
//! the others' elements alone; the browser's parsing and laying out of the whole
//! picture was most of an edit's time on a big diagram. A click on a cause picks it
//! (each cause's group carries `data-cause`); the picked cause gets an attribute, so
//! picking redraws nothing.
//!
//! Each bone and its causes are drawn in an `<svg>` layer of their own, stacked over the
//! first (which carries the picture's name, spine and effect): the browser paints again
//! only the layers an edit changed, where one `<svg>` was painted again whole.
//!
//! The `<svg>` elements keep one size (its "sheet", room to grow) while the picture
//! grows inside it: Chromium lays out every text of an SVG again when the element's size
//! changes (about 17 ms for 360 causes), and not when a box around it changes. So the
//! picture's own size goes on that box, which clips the sheet, and the zoom is a
//! transform, which lays nothing out. The sheet grows by half when the picture outgrows
//! it. (The page's content security policy allows no inline styles: sizes go in
//! through the style object.)

use super::picture::Picture;
use crate::domain::fishbone::svg::{Bounds, Drawing, Piece};
use crate::domain::zoom;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Props of [`PictureBox`].
#[derive(Properties, PartialEq)]
pub struct PictureBoxProps {
    /// The drawing from `use_picture`: every user text in it is escaped.
    pub picture: Picture,
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// A cause was clicked in the picture.
    pub on_pick: Callback<AttrValue>,
}

/// The attribute that marks the picked cause.
const SELECTED: &str = "data-selected";
const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// One piece as drawn: its markup and place, and its element.
struct DrawnPiece {
    markup: String,
    at: Option<(String, String)>,
    node: web_sys::Element,
}

/// What is drawn in the box: the drawing it is, the layers' elements (see
/// [`Piece::layer`]), the pieces by key, and the sheet's size.
#[derive(Default)]
struct Drawn {
    of: Option<Rc<Drawing>>,
    layers: Vec<web_sys::Element>,
    pieces: HashMap<String, DrawnPiece>,
    sheet: (f64, f64),
    /// The part of the picture drawn: the view and a quarter of it more all round.
    window: Bounds,
    zoom: f64,
    selected: Option<AttrValue>,
    /// The box's scroll and size as last read; none when they must be read again.
    boxed: Option<BoxView>,
    /// The element marked as the picked cause.
    marked: Option<web_sys::Element>,
}

/// Where the box is scrolled to and how big it can be, in px, as last read: reading
/// them after an edit would make the browser lay the page out there and then. The
/// height taken is the window's, which the box never exceeds, so a box still growing
/// with its picture is drawn whole.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct BoxView {
    left: f64,
    top: f64,
    width: f64,
    height: f64,
}

impl BoxView {
    fn read(scroller: &web_sys::Element) -> Self {
        let height = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(1080.0);
        BoxView {
            left: f64::from(scroller.scroll_left()),
            top: f64::from(scroller.scroll_top()),
            width: f64::from(scroller.client_width()),
            height,
        }
    }

    /// The part of the picture in view at `zoom`, in the picture's units.
    fn view(&self, zoom: f64) -> Bounds {
        let z = if zoom > 0.0 { zoom } else { 1.0 };
        Bounds {
            x: self.left / z,
            y: self.top / z,
            w: self.width / z,
            h: self.height / z,
        }
    }
}

fn translate(at: &Option<(String, String)>) -> Option<String> {
    at.as_ref().map(|(x, y)| format!("translate({x} {y})"))
}

/// The layers' `<svg>` elements in `host`, one per layer of `d`, the first carrying the
/// picture's name; made again from nothing when they are not all in place.
fn layers(
    host: &web_sys::Element,
    drawn: &mut Drawn,
    d: &Drawing,
) -> Result<Vec<web_sys::Element>, JsValue> {
    let doc = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    if !drawn.layers.iter().all(|l| host.contains(Some(l))) {
        drawn.layers.clear();
        drawn.pieces.clear();
        drawn.sheet = (0.0, 0.0);
        host.set_inner_html("");
    }
    let grown = d.layers.max(1) > drawn.layers.len();
    while drawn.layers.len() < d.layers.max(1) {
        let s = doc.create_element_ns(Some(SVG_NS), "svg")?;
        if !drawn.layers.is_empty() {
            // The picture is named once, on the first; the others draw its bones.
            s.set_attribute("aria-hidden", "true")?;
            s.set_attribute("class", "fb-picture__layer")?;
        }
        // At the zoom of the others (a new category's layer comes after them).
        if drawn.zoom > 0.0 {
            zoom_layer(&s, drawn.zoom);
        }
        host.append_child(&s)?;
        drawn.layers.push(s);
    }
    for (k, layer) in drawn.layers.iter().enumerate() {
        for (name, value) in &d.attrs {
            if k > 0 && (*name == "role" || *name == "aria-label") {
                continue;
            }
            if layer.get_attribute(name).as_deref() != Some(value.as_str()) {
                layer.set_attribute(name, value)?;
            }
        }
    }
    if grown || d.width > drawn.sheet.0 || d.height > drawn.sheet.1 {
        drawn.sheet = (
            drawn.sheet.0.max((d.width * 1.5).ceil()),
            drawn.sheet.1.max((d.height * 1.5).ceil()),
        );
        let (sw, sh) = drawn.sheet;
        for layer in &drawn.layers {
            layer.set_attribute("width", &sw.to_string())?;
            layer.set_attribute("height", &sh.to_string())?;
            layer.set_attribute("viewBox", &format!("0 0 {sw} {sh}"))?;
        }
    }
    Ok(drawn.layers.clone())
}

/// Draws the pieces of `d` near `drawn.window` in `host`, each in its layer's `<svg>`
/// (an edit of one bone then makes the browser paint again only that bone's layer),
/// parsing only those whose markup differs from what is drawn (all of them in one go),
/// moving those that only moved, and keeping the others' elements where they are.
fn draw(host: &web_sys::Element, drawn: &mut Drawn, d: &Drawing) -> Result<(), JsValue> {
    let layers = layers(host, drawn, d)?;
    let doc = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let window = drawn.window;
    // Markup is made only for the pieces near the view.
    let near: Vec<(&Piece, String)> = d
        .pieces
        .iter()
        .filter(|p| p.bounds.is_none_or(|b| b.meets(&window)))
        .map(|p| (p, d.markup(p)))
        .collect();
    let mut old = std::mem::take(&mut drawn.pieces);
    let is_new = |(p, m): &(&Piece, String), old: &HashMap<String, DrawnPiece>| {
        old.get(&p.key).is_none_or(|was| was.markup != *m)
    };
    let markup: String = near
        .iter()
        .filter(|pm| is_new(pm, &old))
        .map(|(_, m)| m.as_str())
        .collect();
    let mut fresh = Vec::new();
    if !markup.is_empty() {
        let scratch = doc.create_element_ns(Some(SVG_NS), "svg")?;
        scratch.set_inner_html(&markup);
        let kids = scratch.children();
        fresh = (0..kids.length()).filter_map(|i| kids.item(i)).collect();
    }
    let wanted = near.iter().filter(|pm| is_new(pm, &old)).count();
    if fresh.len() != wanted {
        return Err(JsValue::from_str("a piece of the picture did not parse"));
    }
    let mut fresh = fresh.into_iter();
    let mut next = HashMap::with_capacity(d.pieces.len());
    let mut order: Vec<Vec<web_sys::Element>> = vec![Vec::new(); layers.len()];
    for (p, markup) in near {
        let node = match old.remove(&p.key) {
            Some(was) if was.markup == markup => {
                if was.at != p.at {
                    match translate(&p.at) {
                        Some(t) => was.node.set_attribute("transform", &t)?,
                        None => was.node.remove_attribute("transform")?,
                    }
                }
                was.node
            }
            was => {
                // Its old element (if any) goes now, so it is not in the way below.
                if let Some(was) = was {
                    was.node.remove();
                }
                let node = fresh
                    .next()
                    .ok_or_else(|| JsValue::from_str("a piece is missing"))?;
                if let Some(t) = translate(&p.at) {
                    node.set_attribute("transform", &t)?;
                }
                node
            }
        };
        order[p.layer.min(layers.len() - 1)].push(node.clone());
        next.insert(
            p.key.clone(),
            DrawnPiece {
                markup,
                at: p.at.clone(),
                node,
            },
        );
    }
    // What is no longer drawn goes; then, layer by layer and in order, elements already
    // in place stay and the others go before the cursor. (Moving an element lays its
    // text out again, so only new ones should move.)
    for (_, gone) in old {
        gone.node.remove();
    }
    for (layer, order) in layers.iter().zip(&order) {
        let mut cursor = layer.first_element_child();
        for node in order {
            if cursor.as_ref() == Some(node) {
                cursor = node.next_element_sibling();
            } else {
                layer.insert_before(node, cursor.as_ref().map(|c| c.as_ref()))?;
            }
        }
        while let Some(c) = cursor {
            cursor = c.next_element_sibling();
            layer.remove_child(&c)?;
        }
    }
    drawn.pieces = next;
    mark_selected(drawn);
    Ok(())
}

/// The picked cause stands out (when it is drawn).
fn mark_selected(drawn: &mut Drawn) {
    // A cause of a cause is a piece of its own: found by its key.
    let target = drawn
        .selected
        .as_ref()
        .and_then(|id| drawn.pieces.get(&format!("cause-{id}")))
        .map(|p| p.node.clone());
    if drawn.marked != target {
        if let Some(old) = drawn.marked.take() {
            let _ = old.remove_attribute(SELECTED);
        }
    }
    if let Some(t) = &target {
        if !t.has_attribute(SELECTED) {
            let _ = t.set_attribute(SELECTED, "");
        }
    }
    drawn.marked = target;
}

/// The sheet and the box around it, once both are in the page.
fn elements(sheet: &NodeRef, scroller: &NodeRef) -> Option<(web_sys::Element, web_sys::Element)> {
    Some((sheet.cast()?, scroller.cast()?))
}

/// Draws the drawing last drawn for what the box has in view now: after a scroll (where
/// it is scrolled to is read while the browser scrolls, its layout up to date then) or
/// a new window size (everything about the box is read again).
fn redraw_for_view(sheet: &NodeRef, scroller: &NodeRef, drawn: &RefCell<Drawn>, scrolled: bool) {
    let Some((el, sc)) = elements(sheet, scroller) else {
        return;
    };
    let mut d = drawn.borrow_mut();
    d.boxed = match d.boxed {
        Some(b) if scrolled => Some(BoxView {
            left: f64::from(sc.scroll_left()),
            top: f64::from(sc.scroll_top()),
            ..b
        }),
        _ => None,
    };
    if let Some(picture) = d.of.clone() {
        draw_for_view(&el, &sc, &mut d, &picture);
    }
}

/// Draws `d` for what `scroller` has in view, after a new drawing or zoom, or a scroll
/// that came near the edge of what is drawn.
fn draw_for_view(
    host: &web_sys::Element,
    scroller: &web_sys::Element,
    drawn: &mut Drawn,
    d: &Rc<Drawing>,
) {
    let view = drawn
        .boxed
        .get_or_insert_with(|| BoxView::read(scroller))
        .view(drawn.zoom);
    let same = drawn.of.as_ref().is_some_and(|of| Rc::ptr_eq(of, d));
    if same && drawn.window.holds(&view) {
        return;
    }
    // A quarter of a view more on every side: a short scroll draws nothing new, and an
    // edit makes and compares (and the browser paints) fewer pieces than with more.
    drawn.window = view.grown(0.25);
    if draw(host, drawn, d).is_err() {
        // Drawn again from nothing, not left half changed.
        drawn.layers.clear();
        host.set_inner_html("");
        let _ = draw(host, drawn, d);
    }
    drawn.of = Some(d.clone());
}

/// Sets a CSS property through the style object (allowed by the page's policy,
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

/// Scales a layer of the sheet to `zoom` (a transform: nothing is laid out again).
fn zoom_layer(layer: &web_sys::Element, zoom: f64) {
    set_property(layer, "transform", &format!("scale({zoom})"));
}

/// Sizes the clipping box to the picture at `zoom` and scales the sheet to match.
fn show_at(host: &web_sys::Element, d: &Drawing, zoom: f64) {
    let (w, h) = (d.width, d.height);
    set_property(host, "width", &format!("{}px", (w * zoom).ceil()));
    set_property(host, "height", &format!("{}px", (h * zoom).ceil()));
    let children = host.children();
    for layer in (0..children.length()).filter_map(|i| children.item(i)) {
        zoom_layer(&layer, zoom);
    }
}

/// The picture.
#[component]
pub fn PictureBox(props: &PictureBoxProps) -> Html {
    let scroller = use_node_ref();
    let sheet = use_node_ref();
    let drawn = use_mut_ref(Drawn::default);
    // `None` until the first picture is drawn: then it fits the box.
    let zoom = use_state(|| None::<f64>);
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
    let fitted = {
        let (scroller, drawn) = (scroller.clone(), drawn.clone());
        move || {
            let width = scroller
                .cast::<web_sys::Element>()
                .map_or(0.0, |el| f64::from(el.client_width()));
            zoom::fit(width, drawn.borrow().of.as_ref().map_or(0.0, |d| d.width))
        }
    };
    let set_zoom = {
        let zoom = zoom.clone();
        move |z: f64| zoom.set(Some(z))
    };
    let current = (*zoom).unwrap_or(1.0);
    let on_out = {
        let set_zoom = set_zoom.clone();
        Callback::from(move |_: MouseEvent| set_zoom(zoom::zoom_out(current)))
    };
    let on_in = {
        let set_zoom = set_zoom.clone();
        Callback::from(move |_: MouseEvent| set_zoom(zoom::zoom_in(current)))
    };
    let on_fit = {
        let (set_zoom, fitted) = (set_zoom.clone(), fitted.clone());
        Callback::from(move |_: MouseEvent| set_zoom(fitted()))
    };
    // + and − zoom the focused picture, 0 fits it, as in drawing tools.
    let onkeydown = {
        let (set_zoom, fitted) = (set_zoom.clone(), fitted.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let next = match e.key().as_str() {
                "+" | "=" => zoom::zoom_in(current),
                "-" | "_" => zoom::zoom_out(current),
                "0" => fitted(),
                _ => return,
            };
            e.prevent_default();
            set_zoom(next);
        })
    };
    // Drawn after each new picture or zoom; the picked cause stands out, brought into
    // view when it is picked in the outline.
    {
        let (sheet, scroller, selected, picture) = (
            sheet.clone(),
            scroller.clone(),
            props.selected.clone(),
            props.picture.clone(),
        );
        let (zoom, set_zoom, drawn) = (*zoom, set_zoom.clone(), drawn.clone());
        use_effect_with(
            (selected, picture, zoom.map(f64::to_bits)),
            move |(selected, Picture(picture), _)| {
                let Some((el, sc)) = elements(&sheet, &scroller) else {
                    return;
                };
                // The first picture fits the box: drawn now at that zoom, which the
                // label then shows.
                let mut d = drawn.borrow_mut();
                let z = zoom.unwrap_or_else(|| {
                    let boxed = *d.boxed.get_or_insert_with(|| BoxView::read(&sc));
                    let z = zoom::fit(boxed.width, picture.width);
                    set_zoom(z);
                    z
                });
                if d.zoom != z {
                    if d.zoom > 0.0 {
                        // Zoomed by the user: where the box is scrolled to is read again.
                        d.boxed = None;
                    }
                    d.zoom = z;
                }
                show_at(&el, picture, z);
                if d.selected != *selected {
                    d.selected = selected.clone();
                    let key = selected.as_ref().map(|id| format!("cause-{id}"));
                    let target = picture
                        .pieces
                        .iter()
                        .find(|p| Some(&p.key) == key.as_ref())
                        .and_then(|p| p.bounds);
                    if let Some(b) = target {
                        let boxed = *d.boxed.get_or_insert_with(|| BoxView::read(&sc));
                        let view = boxed.view(z);
                        if !view.holds(&b) {
                            let x = (b.x + b.w / 2.0 - view.w / 2.0).max(0.0);
                            let y = (b.y + b.h / 2.0 - view.h / 2.0).max(0.0);
                            sc.set_scroll_left((x * z) as i32);
                            sc.set_scroll_top((y * z) as i32);
                            // Where the box goes, without asking the browser (that would
                            // lay the page out now); the scroll event that follows reads it.
                            d.boxed = Some(BoxView {
                                left: x * z,
                                top: y * z,
                                ..boxed
                            });
                        }
                    }
                    mark_selected(&mut d);
                }
                // (What is drawn is kept when the view is still inside it.)
                draw_for_view(&el, &sc, &mut d, picture);
            },
        );
    }
    // A scroll near the edge of what is drawn draws what comes into view.
    let onscroll = {
        let (sheet, scroller, drawn) = (sheet.clone(), scroller.clone(), drawn.clone());
        Callback::from(move |_: Event| redraw_for_view(&sheet, &scroller, &drawn, true))
    };
    // A new window size is a new view (the box's height follows the window's).
    {
        let (sheet, scroller, drawn) = (sheet.clone(), scroller.clone(), drawn.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "resize", move |_| {
                    redraw_for_view(&sheet, &scroller, &drawn, false)
                })
            });
            move || drop(listener)
        });
    }
    let shown = zoom::percent(current);
    html! {
        <section class="fb-picture-panel" aria-labelledby="picture-heading">
            <h2 id="picture-heading">{ "Picture" }</h2>
            <div class="fb-picture-bar">
                <p class="hint">{ "Click a cause to select it." }</p>
                <div class="fb-zoom" role="group" aria-label="Zoom">
                    <button type="button" class="secondary" onclick={on_out}
                        aria-label="Zoom out" title="Zoom out (−)" disabled={current <= zoom::STEPS[0]}>{ "−" }</button>
                    <output class="fb-zoom__level" aria-live="polite" aria-label="Zoom level">{ shown }</output>
                    <button type="button" class="secondary" onclick={on_in}
                        aria-label="Zoom in" title="Zoom in (+)" disabled={current >= zoom::STEPS[zoom::STEPS.len() - 1]}>{ "+" }</button>
                    <button type="button" class="secondary" onclick={on_fit} title="Fit the width (0)">{ "Fit" }</button>
                </div>
            </div>
            // Focusable, so a keyboard can scroll a picture bigger than its box and zoom it.
            <div class="fb-picture" ref={scroller} tabindex="0" role="group"
                aria-label="The picture (scrolls inside its box; + and − zoom, 0 fits)" {onclick} {onkeydown} {onscroll}>
                <div class="fb-picture__sheet" ref={sheet}></div>
            </div>
        </section>
    }
}
