//! The whole map as a standalone SVG file (also painted to PNG): title, stages, the
//! emotion curve (through the cards' own emotions where a stage has them) with moments
//! of truth and pain points marked, and every lane's cards.
//! Every piece of user text is escaped, so a card reading `<script>` stays text.

use super::emotion_curve::{curve, runs, through};
use super::feelings::emotion_text;
use super::marks::stage_marks;
use super::{JourneyMap, JourneyState, LaneKind};
use std::fmt::Write;

const LABEL_W: i64 = 170;
const COL_W: i64 = 190;
const TOP: i64 = 64;
const HEADER_H: i64 = 48;
const CURVE_H: i64 = 130;
const LINE_H: i64 = 15;
const CARD_PAD: i64 = 6;
const GAP: i64 = 6;
const CHARS_PER_LINE: usize = 27;
const MAX_LINES: usize = 6;

/// Text safe inside an SVG element or attribute: markup characters escaped, and the
/// control characters XML forbids dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Text broken into lines of at most `width` characters, at most `max` lines (the
/// last ends in "…" when text was cut).
pub fn wrap(text: &str, width: usize, max: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = line.chars().count();
            let room = if used == 0 {
                width
            } else {
                width.saturating_sub(used + 1)
            };
            if word.len() <= room {
                if used > 0 {
                    line.push(' ');
                }
                line.extend(word.iter());
                break;
            }
            if used == 0 {
                // A word longer than a line is cut across lines.
                line.extend(word.drain(..width));
            }
            lines.push(std::mem::take(&mut line));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{keep}…");
        }
    }
    lines
}

/// What a card shows besides its text: channel, its emotion, who does it, moment of
/// truth, dots, linked KPI.
fn card_lines(
    map: &JourneyMap,
    card: &super::map::Card,
    kpi_text: &dyn Fn(&str) -> Option<String>,
) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(ch) = card.channel {
        lines.push(format!("[{}]", ch.label()));
    }
    lines.extend(wrap(&card.text, CHARS_PER_LINE, MAX_LINES));
    if let Some(e) = card.emotion() {
        lines.push(format!("Emotion {}", emotion_text(e)));
    }
    if !card.actors.is_empty() {
        lines.extend(wrap(
            &format!("Who: {}", card.actors.join(", ")),
            CHARS_PER_LINE,
            2,
        ));
    }
    if card.moment_of_truth {
        lines.push("★ Moment of truth".into());
    }
    if let Some(text) = card.kpi.as_deref().and_then(kpi_text) {
        lines.push(text);
    }
    if map.votable(card) && card.total_votes() > 0 {
        let n = card.total_votes();
        lines.push(format!("● {n} dot{}", if n == 1 { "" } else { "s" }));
    }
    lines
}

/// The map as an SVG document. `kpi_text` gives the figure of a linked KPI dataset;
/// `overlay` is another map's emotions per stage (the as-is or to-be), drawn dashed.
pub fn map_svg(
    map: &JourneyMap,
    kpi_text: &dyn Fn(&str) -> Option<String>,
    overlay: Option<(&str, Vec<Option<i8>>)>,
) -> String {
    let n = map.stages.len().max(1) as i64;
    let width = LABEL_W + n * COL_W + 20;
    let mut body = String::new();
    let mut y = TOP;

    // Stage headers.
    for (i, s) in map.stages.iter().enumerate() {
        let x = LABEL_W + i as i64 * COL_W;
        let _ = write!(
            body,
            r##"<rect x="{}" y="{y}" width="{}" height="{HEADER_H}" rx="4" fill="#1d3557"/>"##,
            x + 3,
            COL_W - 6
        );
        for (k, line) in wrap(&s.name, 26, 2).iter().enumerate() {
            let _ = write!(
                body,
                r##"<text x="{}" y="{}" fill="#ffffff" font-weight="bold">{}</text>"##,
                x + 10,
                y + 19 + k as i64 * 16,
                escape(line)
            );
        }
    }
    y += HEADER_H + GAP;

    // Emotion band with the curve.
    let _ = write!(
        body,
        r##"<text x="8" y="{}" font-weight="bold">Emotion</text><text x="8" y="{}" font-size="11">+2 best, −2 worst</text>"##,
        y + 18,
        y + 34
    );
    let _ = write!(
        body,
        r##"<line x1="{LABEL_W}" y1="{mid}" x2="{}" y2="{mid}" stroke="#bbbbbb" stroke-dasharray="2 4"/>"##,
        width - 20,
        mid = y + CURVE_H / 2
    );
    let band_top = (y + 12) as f64;
    let band_h = (CURVE_H - 24) as f64;
    let path = |runs: Vec<Vec<(f64, f64)>>| -> String {
        runs.iter()
            .map(|r| {
                r.iter()
                    .enumerate()
                    .map(|(k, (px, py))| {
                        let (px, py) = (px.round() as i64 + LABEL_W, py.round() as i64);
                        format!("{}{px} {py}", if k == 0 { "M" } else { " L" })
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    if let Some((label, emotions)) = &overlay {
        let pts = curve(emotions, COL_W as f64, band_top, band_h);
        let _ = write!(
            body,
            r##"<path d="{}" fill="none" stroke="#6c757d" stroke-width="2" stroke-dasharray="6 4"><title>{}</title></path>"##,
            path(runs(&pts)),
            escape(label)
        );
    }
    let values: Vec<Vec<i8>> = map
        .curve_values()
        .iter()
        .map(|v| v.iter().map(|v| v.emotion).collect())
        .collect();
    let pts = through(&values, COL_W as f64, band_top, band_h);
    let _ = write!(
        body,
        r##"<path d="{}" fill="none" stroke="#1d3557" stroke-width="3"/>"##,
        path(runs(&pts))
    );
    for p in pts.iter().flatten() {
        let (cx, py) = (p.x.round() as i64 + LABEL_W, p.y.round() as i64);
        // Above a point at or over neutral, below one under it: the curve comes down
        // to a low point and up to a high one, so the words there are clear of it.
        let label_y = if p.emotion < 0 { py + 17 } else { py - 8 };
        let _ = write!(
            body,
            r##"<circle cx="{cx}" cy="{py}" r="6" fill="#1d3557"/><text x="{}" y="{label_y}" font-size="11">{}</text>"##,
            cx + 9,
            crate::domain::kpi::format::signed_whole(i64::from(p.emotion))
        );
    }
    for (i, marks) in stage_marks(map).iter().enumerate() {
        let cx = LABEL_W + i as i64 * COL_W + COL_W / 2;
        let base = y + CURVE_H - 4;
        if let Some(t) = marks.truth_text() {
            let _ = write!(
                body,
                r##"<text x="{}" y="{base}" font-size="11" fill="#7a4f00">{t}</text>"##,
                cx - COL_W / 2 + 6
            );
        }
        if let Some(t) = marks.pain_text() {
            let _ = write!(
                body,
                r##"<text x="{}" y="{}" font-size="11" fill="#a4161a">{t}</text>"##,
                cx - COL_W / 2 + 6,
                base - 14
            );
        }
    }
    y += CURVE_H + GAP;

    // Lanes and their cards.
    for lane in &map.lanes {
        let lane_top = y;
        let mut tallest: i64 = 34;
        for (i, s) in map.stages.iter().enumerate() {
            let x = LABEL_W + i as i64 * COL_W + 3;
            let mut cy = lane_top + 4;
            for c in map
                .cards
                .iter()
                .filter(|c| c.stage == s.id && c.lane == lane.id)
            {
                let lines = card_lines(map, c, kpi_text);
                let h = lines.len().max(1) as i64 * LINE_H + 2 * CARD_PAD;
                let fill = match lane.kind {
                    LaneKind::PainPoints => "#fde2e4",
                    LaneKind::Opportunities => "#e2f0d9",
                    _ => "#fff8db",
                };
                let _ = write!(
                    body,
                    r##"<rect x="{x}" y="{cy}" width="{}" height="{h}" rx="3" fill="{fill}" stroke="#c9c9c9"/>"##,
                    COL_W - 6
                );
                for (k, line) in lines.iter().enumerate() {
                    let _ = write!(
                        body,
                        r##"<text x="{}" y="{}">{}</text>"##,
                        x + 6,
                        cy + CARD_PAD + 11 + k as i64 * LINE_H,
                        escape(line)
                    );
                }
                cy += h + 4;
            }
            tallest = tallest.max(cy - lane_top);
        }
        for (k, line) in wrap(lane.kind.title(), 22, 3).iter().enumerate() {
            let _ = write!(
                body,
                r##"<text x="8" y="{}" font-weight="bold">{}</text>"##,
                lane_top + 18 + k as i64 * 15,
                escape(line)
            );
        }
        y += tallest + GAP;
        let _ = write!(
            body,
            r##"<line x1="0" y1="{y}" x2="{width}" y2="{y}" stroke="#dddddd"/>"##
        );
    }

    let state = match map.state {
        JourneyState::Current => "Current (as-is)",
        JourneyState::Future => "Future (to-be)",
    };
    let height = y + 20;
    let mut out = String::with_capacity(body.len() + 600);
    let _ = write!(
        out,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="system-ui, sans-serif" font-size="12.5" fill="#222222"><title>{}</title><rect width="100%" height="100%" fill="#ffffff"/><text x="8" y="26" font-size="20" font-weight="bold">{}</text><text x="8" y="48" font-size="12">{}{}</text>"##,
        escape(&map.title),
        escape(&map.title),
        state,
        if map.scope.trim().is_empty() {
            String::new()
        } else {
            format!(" · {}", escape(&map.scope))
        }
    );
    out.push_str(&body);
    out.push_str("</svg>\n");
    out
}

/// Width and height of an SVG made by [`map_svg`] (for painting it to PNG).
pub fn size(svg: &str) -> Option<(i64, i64)> {
    let view = svg.split("viewBox=\"0 0 ").nth(1)?;
    let mut parts = view.split(['"', ' ']);
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(text: &str) -> JourneyMap {
        let mut n = 0;
        let mut m = JourneyMap::blank("m".into(), "Late <delivery>", || {
            n += 1;
            format!("l{n}")
        });
        m.add_stage("s1".into(), "Order", None).unwrap();
        m.add_stage("s2".into(), text, None).unwrap();
        m.set_emotion("s1", Some(1)).unwrap();
        m.set_emotion("s2", Some(-2)).unwrap();
        let pains = m.lanes[3].id.clone();
        m.add_card("c1".into(), "s2", &pains, text).unwrap();
        m.add_card("c2".into(), "s1", "l2", "Checkout").unwrap();
        m.set_moment_of_truth("c2", true).unwrap();
        m
    }

    #[test]
    fn hostile_text_stays_inert_text() {
        let hostile = "\"><svg onload=alert(1)> <script>alert('x')</script> \u{0}&";
        let svg = map_svg(&sample(hostile), &|_| None, None);
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("<svg onload"));
        assert!(!svg.contains('\u{0}'));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("&quot;&gt;&lt;svg"));
        assert!(svg.contains("Late &lt;delivery&gt;"));
        // Exactly one element named svg: the document's own.
        assert_eq!(svg.matches("<svg").count(), 1);
    }

    #[test]
    fn curve_values_sit_clear_of_the_curve_and_an_empty_scope_leaves_no_dot() {
        let svg = map_svg(&sample("Wait"), &|_| None, None);
        // Each value's words: above its point when at or over neutral, below when under.
        let mut seen = 0;
        // The text before the first circle is no circle's: each later piece starts at one.
        for piece in svg.split("<circle ").skip(1) {
            let num = |name: &str| -> i64 {
                let at = piece.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                piece[at..at + piece[at..].find('"').unwrap()]
                    .parse()
                    .unwrap()
            };
            let (cy, label_y) = (num("cy"), num(" y"));
            let value = &piece
                [piece.find("font-size=\"11\">").unwrap() + 15..piece.find("</text>").unwrap()];
            if value.starts_with('-') || value.starts_with('\u{2212}') {
                assert!(label_y > cy + 6, "{value} below its point");
            } else {
                assert!(label_y < cy - 6, "{value} above its point");
            }
            seen += 1;
        }
        assert_eq!(seen, 2);
        assert!(
            !svg.contains(" · </text>"),
            "no dot after the state when there is no scope"
        );
    }

    #[test]
    fn stages_curve_and_markers_are_drawn() {
        let svg = map_svg(
            &sample("Wait"),
            &|_| None,
            Some(("As-is", vec![Some(0), None])),
        );
        assert!(svg.contains(">Order</text>"));
        assert!(svg.contains(">Wait</text>"));
        assert!(svg.contains(">Pain points</text>"));
        assert!(svg.contains("★ 1"));
        assert!(svg.contains("▲ 1 pain"));
        assert!(svg.contains("stroke-dasharray=\"6 4\""));
        // Two points on the curve: +1 higher (smaller y) than −2.
        assert_eq!(svg.matches("<circle").count(), 2);
        let (w, h) = size(&svg).unwrap();
        assert_eq!(w, LABEL_W + 2 * COL_W + 20);
        assert!(h > TOP + HEADER_H + CURVE_H);
    }

    #[test]
    fn the_curve_goes_through_each_cards_emotion_and_cards_say_it() {
        let mut m = sample("Wait");
        m.add_card("c3".into(), "s1", "l1", "Make tea").unwrap();
        m.add_card("c4".into(), "s1", "l1", "Do work").unwrap();
        m.set_card_emotion("c3", Some(2)).unwrap();
        m.set_card_emotion("c4", Some(-2)).unwrap();
        m.card_mut("c4").unwrap().actors = vec!["Me".into(), "Cat".into()];
        let svg = map_svg(&m, &|_| None, None);
        // Stage 1 is drawn through its two cards (not its own +1), stage 2 its −2.
        assert_eq!(svg.matches("<circle").count(), 3);
        let d = svg.split("stroke-width=\"3\"").next().unwrap();
        let path = d.rsplit("<path d=\"").next().unwrap();
        let xs: Vec<i64> = path
            .split(['M', 'L'])
            .filter_map(|p| p.split_whitespace().next()?.parse().ok())
            .collect();
        // A quarter and three quarters across the first column, then the second's centre.
        let at = |f: f64| LABEL_W + (f * COL_W as f64).round() as i64;
        assert_eq!(xs, [at(0.25), at(0.75), at(1.5)]);
        assert!(svg.contains(">Emotion +2 delighted</text>"));
        assert!(svg.contains(">Who: Me, Cat</text>"));
    }

    #[test]
    fn long_text_wraps_and_is_cut() {
        let lines = wrap(&"word ".repeat(60), 20, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        assert!(lines.iter().all(|l| l.chars().count() <= 20));
        let long = wrap(&"x".repeat(50), 20, 5);
        assert_eq!(long, vec!["x".repeat(20), "x".repeat(20), "x".repeat(10)]);
        assert!(wrap("", 20, 3).is_empty());
    }
}
