//! Stage names on the projector kept whole: a stage heading whose longest word is wider
//! than its column is set in smaller type (down to [`SMALLEST`] of its size) instead of
//! being broken inside the word ("Investig-ation"). The browser measures the words (no
//! estimate of a font's widths holds for every font): a heading as narrow as it can be
//! (`min-content`) is as wide as its longest word. A word is broken only when even the
//! smallest type does not hold it.

use wasm_bindgen::JsCast;

/// The smallest share of its size a stage heading is set in.
pub const SMALLEST: f64 = 0.7;

/// The share of its size a heading is set in, when its words at full size need
/// `needed` px and its box holds `room` px (both with its padding).
pub fn scale_for(needed: f64, room: f64) -> f64 {
    if needed <= room || needed <= 0.0 {
        1.0
    } else {
        // A little under the exact share: widths are measured in whole pixels.
        ((room / needed) * 0.98).max(SMALLEST)
    }
}

/// A CSS property of `el` through its style object (the page's content security policy
/// refuses `style` attributes); an empty value takes it away.
fn set_style(el: &web_sys::HtmlElement, name: &str, value: &str) {
    let _ = el.style().set_property(name, value);
}

/// Fits every `h2` under `stages` (the presenter's stage columns), `size` being the
/// headings' own size in em. All are set at full size and their room read, then set as
/// narrow as their longest word (`min-content`) and read again, two layouts in all,
/// then sized.
pub fn fit_headings(stages: &web_sys::Element, size: f64) {
    let Ok(found) = stages.query_selector_all("h2") else {
        return;
    };
    let headings: Vec<web_sys::HtmlElement> = (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect();
    // Each heading's width with its padding, as laid out now.
    let widths = || -> Vec<f64> {
        headings
            .iter()
            .map(|h| f64::from(h.client_width()))
            .collect()
    };
    for h in &headings {
        set_style(h, "font-size", "");
    }
    let rooms = widths();
    for h in &headings {
        set_style(h, "width", "min-content");
    }
    let needs = widths();
    for ((h, room), need) in headings.iter().zip(rooms).zip(needs) {
        set_style(h, "width", "");
        let scale = scale_for(need, room);
        if scale < 1.0 {
            set_style(h, "font-size", &format!("{:.3}em", size * scale));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{scale_for, SMALLEST};

    #[test]
    fn a_heading_that_fits_keeps_its_size_and_one_that_does_not_shrinks_to_fit() {
        assert_eq!(scale_for(180.0, 190.0), 1.0);
        assert_eq!(scale_for(190.0, 190.0), 1.0);
        let s = scale_for(205.0, 190.0);
        assert!(s < 1.0 && 205.0 * s <= 190.0, "{s}");
        // Never below the smallest size: a word wider than that is broken.
        assert_eq!(scale_for(1000.0, 100.0), SMALLEST);
        // Nothing measured (not laid out): left as it is.
        assert_eq!(scale_for(0.0, 0.0), 1.0);
    }
}
