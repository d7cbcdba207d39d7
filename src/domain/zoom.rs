//! How big a picture is drawn on screen: a few fixed steps to zoom in and out through,
//! and "fit", the step that shows the picture's whole width in its box without going
//! below what can still be read.

/// The zoom steps, smallest first (1.0 is the picture's own size).
pub const STEPS: [f64; 10] = [0.25, 0.33, 0.5, 0.66, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0];

/// The smallest zoom "fit" chooses by itself: below two thirds, a diagram's words are
/// too small to read, so a wide picture scrolls in its box instead.
pub const FIT_AT_LEAST: f64 = 0.66;

/// The zoom that shows a picture `picture_width` wide in a box `box_width` wide: the
/// whole width when it fits at a readable size, never bigger than the picture's own.
pub fn fit(box_width: f64, picture_width: f64) -> f64 {
    // Written so that NaN fails the test too.
    let usable = |v: f64| v.is_finite() && v > 0.0;
    if !usable(picture_width) || !usable(box_width) {
        return 1.0;
    }
    (box_width / picture_width).clamp(FIT_AT_LEAST, 1.0)
}

/// The next step bigger than `zoom` (or the biggest).
pub fn zoom_in(zoom: f64) -> f64 {
    STEPS
        .iter()
        .copied()
        .find(|s| *s > zoom + 1e-6)
        .unwrap_or(STEPS[STEPS.len() - 1])
}

/// The next step smaller than `zoom` (or the smallest).
pub fn zoom_out(zoom: f64) -> f64 {
    STEPS
        .iter()
        .rev()
        .copied()
        .find(|s| *s < zoom - 1e-6)
        .unwrap_or(STEPS[0])
}

/// The zoom in words, for its label: "75%".
pub fn percent(zoom: f64) -> String {
    format!("{}%", (zoom * 100.0).round())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_shows_the_whole_width_when_readable() {
        assert_eq!(fit(800.0, 1000.0), 0.8);
        assert_eq!(fit(2000.0, 1000.0), 1.0, "never bigger than the picture");
        assert_eq!(fit(300.0, 2600.0), FIT_AT_LEAST, "never below readable");
        assert_eq!(fit(0.0, 1000.0), 1.0);
        assert_eq!(fit(800.0, 0.0), 1.0);
        assert_eq!(fit(800.0, f64::NAN), 1.0);
    }

    #[test]
    fn steps_go_in_and_out_from_any_zoom() {
        assert_eq!(zoom_in(1.0), 1.25);
        assert_eq!(zoom_out(1.0), 0.9);
        assert_eq!(zoom_in(0.8), 0.9, "from a fitted zoom to the next step");
        assert_eq!(zoom_out(0.8), 0.75);
        assert_eq!(zoom_in(2.0), 2.0);
        assert_eq!(zoom_out(0.25), 0.25);
        assert_eq!(zoom_out(0.1), 0.25);
    }

    #[test]
    fn percent_in_words() {
        assert_eq!(percent(0.66), "66%");
        assert_eq!(percent(1.25), "125%");
    }
}
