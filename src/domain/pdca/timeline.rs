//! The Do phase's actions drawn on a line of dates: one row per dated action in date
//! order, a mark at its due date shaped by where it stands (done, open, overdue: shape
//! and word as well as colour), and today marked. Every piece of user text is escaped.

use super::actions::{timeline, timing, Timing};
use super::model::PdcaCycle;
use crate::domain::dates::show_month;
use crate::domain::journey::svg::escape;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// Height of one action's row, in px.
const ROW: f64 = 26.0;
/// Room for the date axis, in px.
const AXIS: f64 = 34.0;
/// Average width of a glyph of the 12 px sans-serif text, in px, to keep words inside
/// the picture (no font is at hand to measure them).
const GLYPH: f64 = 6.6;

/// How wide `text` is estimated to be drawn.
fn drawn_width(text: &str) -> f64 {
    text.chars().count() as f64 * GLYPH
}

/// `text` cut to fit `room` px, ending in "…" when cut.
fn fitted(text: &str, room: f64) -> String {
    if drawn_width(text) <= room {
        return text.to_string();
    }
    let keep = ((room / GLYPH).floor() as usize).saturating_sub(1);
    let mut cut: String = text.chars().take(keep).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// The timeline of `cycle`'s dated actions as an SVG `width` px wide, as of `today`;
/// `None` when no action has a due date.
pub fn timeline_svg(cycle: &PdcaCycle, today: NaiveDate, width: u32) -> Option<String> {
    let dated: Vec<_> = timeline(cycle)
        .into_iter()
        .filter(|a| a.due.is_some())
        .collect();
    let first = dated.iter().filter_map(|a| a.due).min()?.min(today);
    let last = dated.iter().filter_map(|a| a.due).max()?.max(today);
    let w = f64::from(width.max(200));
    let (left, right) = (16.0, w - 16.0);
    // A week either side, so marks at the ends are not on the edge.
    let (start, span) = (
        first - chrono::Days::new(7),
        (last - first).num_days() as f64 + 14.0,
    );
    let x = |d: NaiveDate| left + (d - start).num_days() as f64 / span * (right - left);
    let h = AXIS + ROW * dated.len() as f64 + 8.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="tl-title" font-family="sans-serif" font-size="12"><title id="tl-title">Timeline of {} dated actions</title>"#,
        dated.len()
    );
    let _ = write!(
        s,
        r##"<line x1="{left}" y1="{AXIS}" x2="{right}" y2="{AXIS}" stroke="#444"/>"##
    );
    // Month starts along the axis.
    let mut m = start.with_day(1).unwrap_or(start);
    while m <= last + chrono::Days::new(7) {
        if m >= start {
            // The month's name centred on its line, moved in from the picture's edges.
            let name = show_month(m);
            let half = drawn_width(&name) / 2.0 + 2.0;
            let _ = write!(
                s,
                r##"<line x1="{0:.1}" y1="{1}" x2="{0:.1}" y2="{2}" stroke="#ccc"/><text x="{3:.1}" y="14" text-anchor="middle">{4}</text>"##,
                x(m),
                AXIS - 6.0,
                h,
                x(m).clamp(half, (w - half).max(half)),
                name
            );
        }
        m = m
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(last + chrono::Days::new(8));
    }
    let tx = x(today);
    let _ = write!(
        s,
        r##"<line x1="{tx:.1}" y1="{}" x2="{tx:.1}" y2="{h}" stroke="#222" stroke-dasharray="3 3"/><text x="{tx:.1}" y="28" text-anchor="middle" font-weight="bold">today</text>"##,
        AXIS - 8.0
    );
    for (i, a) in dated.iter().enumerate() {
        let (Some(due), y) = (a.due, AXIS + ROW * (i as f64 + 0.5) + 4.0) else {
            continue;
        };
        let t = timing(a, today);
        let cx = x(due);
        let mark = match t {
            Timing::Finished => {
                format!(r##"<circle cx="{cx:.1}" cy="{y:.1}" r="5" fill="#00703c"/>"##)
            }
            Timing::Overdue(_) => format!(
                r##"<path d="M{cx:.1},{:.1}l6,11h-12z" fill="#b3261e"/>"##,
                y - 6.0
            ),
            _ => format!(
                r##"<rect x="{:.1}" y="{:.1}" width="10" height="10" fill="#1d4f91"/>"##,
                cx - 5.0,
                y - 5.0
            ),
        };
        let words = format!(
            "{}{} · {} {}",
            a.what,
            if a.owner.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.owner)
            },
            t.icon(),
            t.words()
        );
        // The words go on the side of the mark where they fit (the right first),
        // else on the side with more room, cut to it; cut words are whole on hover.
        let (room_right, room_left) = (w - 4.0 - (cx + 10.0), cx - 10.0 - 4.0);
        let on_right = drawn_width(&words) <= room_right || room_right >= room_left;
        let (lx, anchor, room) = if on_right {
            (cx + 10.0, "start", room_right)
        } else {
            (cx - 10.0, "end", room_left)
        };
        let shown = fitted(&words, room.max(GLYPH * 4.0));
        let whole = if shown == words {
            String::new()
        } else {
            format!("<title>{}</title>", escape(&words))
        };
        let _ = write!(
            s,
            r#"{mark}<text x="{lx:.1}" y="{:.1}" text-anchor="{anchor}">{whole}{}</text>"#,
            y + 4.0,
            escape(&shown)
        );
    }
    s.push_str("</svg>");
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdca::ids::{ActionId, PdcaId};
    use crate::domain::pdca::model::{ActionStatus, PlanAction};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn cycle(actions: &[(&str, Option<NaiveDate>, ActionStatus)]) -> PdcaCycle {
        let mut c = PdcaCycle::new(PdcaId::from("d1"), "x", || 1);
        c.actions = actions
            .iter()
            .enumerate()
            .map(|(i, (what, due, status))| PlanAction {
                id: ActionId::from(format!("t{i}")),
                what: (*what).into(),
                owner: "IT".into(),
                due: *due,
                status: *status,
                notes: String::new(),
            })
            .collect();
        c
    }

    #[test]
    fn dated_actions_are_drawn_in_date_order_with_today_marked() {
        let c = cycle(&[
            (
                "Brief the team",
                Some(day(12, 20)),
                ActionStatus::NotStarted,
            ),
            ("No date yet", None, ActionStatus::NotStarted),
            ("Add the form", Some(day(11, 20)), ActionStatus::InProgress),
            ("Order signs", Some(day(11, 2)), ActionStatus::Done),
        ]);
        let svg = timeline_svg(&c, day(12, 1), 600).unwrap();
        assert!(
            svg.contains("Timeline of 3 dated actions"),
            "the undated one is listed, not drawn"
        );
        let order: Vec<usize> = ["Order signs", "Add the form", "Brief the team"]
            .iter()
            .map(|t| svg.find(t).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "in date order");
        assert!(svg.contains(">today<"));
        assert!(
            svg.contains("Add the form (IT) · ⚠ overdue by 11 days"),
            "{svg}"
        );
        assert!(
            svg.contains("<circle") && svg.contains("<path") && svg.contains("<rect"),
            "a shape per standing"
        );
        assert!(svg.contains("Nov 2026") && svg.contains("Dec 2026"));
    }

    /// Each `<text>`'s x, anchor and words (without any `<title>`).
    fn texts(svg: &str) -> Vec<(f64, String, String)> {
        // The text before the first `<text` is no text's: each later piece starts at one.
        svg.split("<text ")
            .skip(1)
            .map(|t| {
                let attr = |name: &str| {
                    let at = t.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                    t[at..at + t[at..].find('"').unwrap()].to_string()
                };
                let body = &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()];
                let body = match body.find("</title>") {
                    Some(i) => &body[i + 8..],
                    None => body,
                };
                let anchor = attr("text-anchor");
                (attr("x").parse().unwrap(), anchor, body.to_string())
            })
            .collect()
    }

    #[test]
    fn every_word_stays_inside_the_picture() {
        // A long action due near the end (its words would run off the left) and one
        // at the start, in a narrow picture: every text, month names included, lies
        // within the width, and cut words are whole on hover.
        let long = "Rewrite the refund letter so that it says when the money arrives";
        let c = cycle(&[
            (long, Some(day(1, 30)), ActionStatus::NotStarted),
            (
                "Brief the team on the new letter",
                Some(day(1, 2)),
                ActionStatus::Done,
            ),
        ]);
        for width in [320, 600] {
            let svg = timeline_svg(&c, day(1, 3), width).unwrap();
            for (x, anchor, words) in texts(&svg) {
                let wide = drawn_width(&words.replace("&amp;", "&"));
                let (from, to) = match anchor.as_str() {
                    "start" => (x, x + wide),
                    "end" => (x - wide, x),
                    _ => (x - wide / 2.0, x + wide / 2.0),
                };
                assert!(
                    from >= 0.0 && to <= f64::from(width),
                    "{words:?} from {from} to {to} in {width}"
                );
            }
            if width == 320 {
                assert!(svg.contains(&format!("<title>{long} (IT) · ")), "{svg}");
            }
        }
    }

    #[test]
    fn text_is_escaped_and_nothing_dated_draws_nothing() {
        let c = cycle(&[(
            "<script>alert(1)</script>",
            Some(day(3, 1)),
            ActionStatus::NotStarted,
        )]);
        let svg = timeline_svg(&c, day(3, 1), 300).unwrap();
        assert!(!svg.contains("<script") && svg.contains("&lt;script&gt;"));
        assert_eq!(
            timeline_svg(
                &cycle(&[("x", None, ActionStatus::NotStarted)]),
                day(3, 1),
                300
            ),
            None
        );
    }
}
