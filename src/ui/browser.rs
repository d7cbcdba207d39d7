//! Small helpers over browser APIs the components share: the clock, fresh ids and
//! saving a file to the user's downloads.

use crate::domain::dates::from_millis;
use crate::domain::ProjectId;
use chrono::{DateTime, Utc};
use wasm_bindgen::JsCast;

/// The current time from the browser's clock.
pub fn now() -> DateTime<Utc> {
    from_millis(js_sys::Date::now())
}

/// The current time on the user's own clock (their time zone, summer time included),
/// for times a user types and reads, such as when a complaint was received.
pub fn local_now() -> chrono::NaiveDateTime {
    let offset_minutes = js_sys::Date::new_0().get_timezone_offset();
    (now() - chrono::Duration::minutes(offset_minutes as i64)).naive_utc()
}

/// The current time as ISO 8601 with milliseconds, e.g. `2026-11-24T10:05:00.123Z`.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A new project id, unique for all practical purposes (time plus 32 random bits).
pub fn new_project_id() -> ProjectId {
    ProjectId::from_parts(js_sys::Date::now() as u64, random_u32())
}

/// 32 random bits from the browser.
pub fn random_u32() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// 64 random bits (for new ids: a clash is refused by the map, and never expected).
pub fn random_u64() -> u64 {
    (u64::from(random_u32()) << 32) | u64::from(random_u32())
}

/// Offers `text` to the user as a file download named `file_name`.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "could not save the file (blob)".to_string())?;
    download_blob(file_name, &blob)
}

/// Offers a blob to the user as a file download named `file_name`.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let fail = |what: &str| format!("could not save the file ({what})");
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| fail("url"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    // Revoke after the click has been handled; the download keeps its own reference.
    let revoke = gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    revoke.forget();
    Ok(())
}

/// The HTML element with this id, if there is one.
fn html_element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_by_id(id: &str) {
    if let Some(el) = html_element_by_id(id) {
        // Focusing makes the browser lay the page out there and then: not again for the
        // element that has focus already.
        if !has_focus(&el) {
            let _ = el.focus();
        }
    }
}

/// Moves focus to the new page's `<main>` after a move to another page, without
/// scrolling: focusing it scrolled the page past the header (the app's name, Undo and
/// the tools' navigation) whenever the page was at its top.
pub fn focus_new_page() {
    if let Some(el) = html_element_by_id("main") {
        if !has_focus(&el) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    }
}

/// Whether `el` has keyboard focus.
pub fn has_focus(el: &web_sys::Element) -> bool {
    el.owner_document()
        .and_then(|d| d.active_element())
        .is_some_and(|a| a == *el)
}

/// Takes keyboard focus off `el` (its blur and change handlers run). Called through the
/// element's own `blur` method as a value, which needs no glue of its own in the
/// JavaScript the app loads.
pub fn blur(el: &web_sys::Element) {
    if let Ok(f) =
        js_sys::Reflect::get(el, &"blur".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = f.call2(
            el,
            &wasm_bindgen::JsValue::UNDEFINED,
            &wasm_bindgen::JsValue::UNDEFINED,
        );
    }
}

/// Moves keyboard focus to `id` once the page has redrawn (for a control that has
/// just been removed, or one about to be drawn).
pub fn focus_soon(id: impl Into<String>) {
    let id = id.into();
    gloo::timers::callback::Timeout::new(0, move || focus_by_id(&id)).forget();
}

/// Records a timing mark the benchmark reads (`performance.mark`).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Records a measured span between two marks (`performance.measure`).
pub fn measure(name: &str, start_mark: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start_mark);
    }
}

/// The element an event came from (a scrolled view, a control).
pub fn event_element(e: &web_sys::Event) -> Option<web_sys::Element> {
    e.target()?.dyn_into::<web_sys::Element>().ok()
}

/// The value of the input, text area or select an event came from.
pub fn event_value(e: &web_sys::Event) -> String {
    let Some(t) = e.target() else {
        return String::new();
    };
    if let Some(i) = t.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(a) = t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        a.value()
    } else if let Some(s) = t.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}
