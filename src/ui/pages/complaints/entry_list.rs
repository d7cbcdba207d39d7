//! The log's entries as a table that draws only the rows in view: a 50,000-entry log
//! scrolls as smoothly as a short one. Rows have one fixed height, so the rows to draw
//! follow from the scroll position alone; spacer rows above and below keep the scroll
//! bar true to the whole list, and `aria-rowcount`/`aria-rowindex` tell screen readers
//! where they are in it.

use crate::domain::complaints::deadlines::Scheme;
use crate::domain::complaints::due_cache::DueLine;
use crate::domain::complaints::model::Complaint;
use crate::domain::dates::show_day;
use crate::ui::route::Route;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::Routable;

/// Height of one row in CSS pixels (`.entry-list td` in the stylesheet).
pub const ROW_PX: f64 = 40.0;
/// Rows drawn beyond the view on each side, so a quick scroll shows no gap.
const OVERSCAN: usize = 8;
/// Height of the scrolling view in rows, before the browser measures it.
const VIEW_ROWS: usize = 16;

/// The entries shown, in order, each with its deadlines.
pub type Shown = Rc<Vec<(Rc<Complaint>, DueLine)>>;

/// Props of [`EntryList`].
#[derive(Properties, PartialEq)]
pub struct EntryListProps {
    pub project: AttrValue,
    pub shown: Shown,
    /// How many entries the log holds, for the caption.
    pub total: usize,
    pub scheme: Rc<Scheme>,
    pub selected: Option<AttrValue>,
}

/// The rows `[first, last)` to draw for a view scrolled to `top` pixels of `height`.
pub fn rows_in_view(top: f64, height: f64, rows: usize) -> (usize, usize) {
    let first = (top / ROW_PX).floor().max(0.0) as usize;
    let in_view = (height / ROW_PX).ceil() as usize + 1;
    let start = first.saturating_sub(OVERSCAN).min(rows);
    let end = (first + in_view + OVERSCAN).min(rows);
    (start, end)
}

/// The complaint whose link in `list` has keyboard focus, if one has.
fn focused_entry(list: &web_sys::Element) -> Option<String> {
    let active = list.owner_document()?.active_element()?;
    if !list.contains(Some(&active)) {
        return None;
    }
    active.get_attribute("data-entry")
}

/// Puts focus back on complaint `id` after the rows moved. Rows are reused as the list
/// scrolls, so the focused link now shows another complaint: focus goes to the link
/// that shows `id`, or to the list itself when `id` has left what is drawn, never to
/// another complaint. Without scrolling: the user's scroll stands.
fn keep_focus(list: &web_sys::HtmlElement, id: &str) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let links = list.query_selector_all("a[data-entry]").ok();
    let target = links.and_then(|links| {
        (0..links.length())
            .filter_map(|i| links.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            .find(|a| a.get_attribute("data-entry").as_deref() == Some(id))
    });
    let _ = match target {
        Some(a) => a.focus_with_options(&options),
        None => list.focus_with_options(&options),
    };
}

/// The table of entries.
#[component]
pub fn EntryList(props: &EntryListProps) -> Html {
    let view = use_state(|| (0.0f64, VIEW_ROWS as f64 * ROW_PX));
    let scroller = use_node_ref();
    // The complaint whose link had focus when the rows moved (see `keep_focus`).
    let focused = use_mut_ref(|| None::<String>);
    let on_scroll = {
        let (view, focused) = (view.clone(), focused.clone());
        Callback::from(move |e: Event| {
            let Some(el) = crate::ui::browser::event_element(&e) else {
                return;
            };
            let next = (f64::from(el.scroll_top()), f64::from(el.client_height()));
            // Redraw only when the first row in view changes, not on every pixel.
            let row = |top: f64| (top / ROW_PX).floor() as i64;
            if row(next.0) != row(view.0) || next.1 != view.1 {
                *focused.borrow_mut() = focused_entry(&el);
                view.set(next);
            }
        })
    };
    let n = props.shown.len();
    let (start, end) = rows_in_view(view.0, view.1, n);
    {
        let (focused, scroller) = (focused.clone(), scroller.clone());
        // (The rows drawn change at either end: yew lines reused rows up from the end.)
        use_effect_with((start, end), move |_| {
            if let (Some(id), Some(list)) =
                (focused.take(), scroller.cast::<web_sys::HtmlElement>())
            {
                keep_focus(&list, &id);
            }
        });
    }
    let rows = props.shown[start..end].iter().enumerate().map(|(i, (c, due))| {
        let route = Route::Complaint {
            id: props.project.to_string(),
            entry: c.id.to_string(),
        };
        let selected = props.selected.as_deref() == Some(c.id.as_str());
        let class = classes!(
            "entry-row",
            selected.then_some("entry-row--selected"),
            format!("entry-row--{}", due.standing.words().to_lowercase().replace(' ', "-"))
        );
        html! {
            // No key: a scroll then changes the text of the rows already in the page
            // rather than taking them out and building new ones, which costs several
            // times as much.
            <tr class={class} aria-rowindex={(start + i + 2).to_string()}>
                <td>{ show_day(c.received.date()) }</td>
                <td class="entry-row__summary">
                    // A plain link (the hash route) rather than a router Link
                    // component: rows come and go on every scroll, and a component per
                    // row costs more than the row.
                    <a href={format!("#{}", route.to_path())} data-entry={c.id.to_string()}>{ c.summary.clone() }</a>
                    if selected { <span class="visually-hidden">{ " (open)" }</span> }
                </td>
                <td>{ if c.category.is_empty() { "—".to_string() } else { c.category.clone() } }</td>
                <td class="col-optional">{ c.channel.words() }</td>
                <td class="col-optional">{ c.severity.words() }</td>
                <td class="col-optional">{ c.customer.clone() }</td>
                <td class="entry-row__due">
                    <span aria-hidden="true">{ due.standing.icon() }</span>{ " " }
                    { if c.open() { due.words(&props.scheme) } else {
                        c.closed.map(|d| format!("Closed {}", show_day(d))).unwrap_or_default()
                    } }
                </td>
            </tr>
        }
    });
    let above = start as f64 * ROW_PX;
    let below = (n - end) as f64 * ROW_PX;
    // The spacers' heights are set through the CSSOM: the app's content security
    // policy refuses inline style attributes.
    let (top_spacer, bottom_spacer) = (use_node_ref(), use_node_ref());
    {
        let (top, bottom) = (top_spacer.clone(), bottom_spacer.clone());
        use_effect_with((above as u64, below as u64), move |(a, b)| {
            for (node, px) in [(top, *a), (bottom, *b)] {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.style().set_property("height", &format!("{px}px"));
                }
            }
        });
    }
    html! {
        <div class="entry-list" ref={scroller} onscroll={on_scroll} tabindex="0"
            role="region" aria-label="Complaints list">
            <table aria-rowcount={(n + 1).to_string()}>
                <caption class="visually-hidden">{ format!("Complaints: {n} shown of {}", props.total) }</caption>
                <thead>
                    <tr aria-rowindex="1">
                        <th scope="col">{ "Received" }</th>
                        <th scope="col">{ "Summary" }</th>
                        <th scope="col">{ "Category" }</th>
                        <th scope="col" class="col-optional">{ "Channel" }</th>
                        <th scope="col" class="col-optional">{ "Severity" }</th>
                        <th scope="col" class="col-optional">{ "Customer" }</th>
                        <th scope="col">{ "Next deadline" }</th>
                    </tr>
                </thead>
                <tbody>
                    // One cell, no colspan: with the fixed layout, a cell spanning all
                    // seven columns would keep the optional ones (hidden on a narrow
                    // screen or beside an open entry) as empty columns that share the
                    // summary's width.
                    <tr class="entry-list__spacer" aria-hidden="true" ref={top_spacer}><td></td></tr>
                    { for rows }
                    <tr class="entry-list__spacer" aria-hidden="true" ref={bottom_spacer}><td></td></tr>
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_rows_in_view_and_a_margin_are_drawn() {
        assert_eq!(rows_in_view(0.0, 640.0, 50_000), (0, 25));
        // Scrolled to row 1,000 of 50,000.
        let (a, b) = rows_in_view(40_000.0, 640.0, 50_000);
        assert_eq!((a, b), (992, 1_025));
        assert!(b - a < 40);
        // Near the end, and a list shorter than the view.
        assert_eq!(rows_in_view(1_999_000.0, 640.0, 50_000).1, 50_000);
        assert_eq!(rows_in_view(0.0, 640.0, 3), (0, 3));
    }
}
