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
            let _ = write!(
                s,
                r##"<line x1="{0:.1}" y1="{1}" x2="{0:.1}" y2="{2}" stroke="#ccc"/><text x="{0:.1}" y="14" text-anchor="middle">{3}</text>"##,
                x(m),
                AXIS - 6.0,
                h,
                show_month(m)
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
        // The words go on whichever side of the mark has room.
        let (lx, anchor) = if cx > (left + right) / 2.0 {
            (cx - 10.0, "end")
        } else {
            (cx + 10.0, "start")
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
        let _ = write!(
            s,
            r#"{mark}<text x="{lx:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"#,
            y + 4.0,
            escape(&words)
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
