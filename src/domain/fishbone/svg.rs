//! The fishbone picture as a standalone SVG file, drawn from its [`Layout`]: spine,
//! head, bones with their labels, causes on their ribs. A cause's status is told by an
//! icon and a word as well as by colour (confirmed "✓ confirmed", ruled out struck
//! through and "✕ ruled out"), so it survives a black-and-white printer and colour
//! blindness. Every piece of user text is escaped, so a cause reading `<script>` stays
//! text; every cause carries `data-cause` so a page can map a click to it.

use super::layout::{Layout, Line, RibGeom, RibStatus, TextBox, FONT_SIZE, GLYPH_W, LINE_H, PAD};
use super::text_wrap::columns;
use crate::domain::journey::svg::escape;
use std::fmt::Write;

/// How the picture is drawn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// Named in the file's `<title>` and `aria-label`.
    pub title: String,
    /// Black on white only, for printing and photocopies.
    pub print: bool,
}

/// Colours of one way of drawing. Text colours pass WCAG AA (4.5:1) on what they sit on.
pub(super) struct Palette {
    pub(super) ink: &'static str,
    pub(super) bone: &'static str,
    pub(super) rib: &'static str,
    pub(super) head_fill: &'static str,
    pub(super) head_ink: &'static str,
    pub(super) label_fill: &'static str,
    pub(super) label_ink: &'static str,
    pub(super) confirmed: &'static str,
    pub(super) ruled_out: &'static str,
}

pub(super) const SCREEN: Palette = Palette {
    ink: "#222222",
    bone: "#1d3557",
    rib: "#5c677d",
    head_fill: "#1d3557",
    head_ink: "#ffffff",
    label_fill: "#e8eef6",
    label_ink: "#1d3557",
    confirmed: "#1b5e20",
    ruled_out: "#595959",
};

pub(super) const PRINT: Palette = Palette {
    ink: "#000000",
    bone: "#000000",
    rib: "#000000",
    head_fill: "#ffffff",
    head_ink: "#000000",
    label_fill: "#ffffff",
    label_ink: "#000000",
    confirmed: "#000000",
    ruled_out: "#000000",
};

/// A coordinate, to a tenth of a unit.
fn n(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn line(out: &mut String, l: &Line, stroke: &str, width: f64, extra: &str) {
    let _ = write!(
        out,
        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{stroke}" stroke-width="{}"{extra}/>"#,
        n(l.x1),
        n(l.y1),
        n(l.x2),
        n(l.y2),
        n(width)
    );
}

/// Where the baseline of line `k` of a box is.
fn baseline(b: &TextBox, k: usize) -> f64 {
    b.y + PAD + LINE_H * (k as f64 + 1.0) - 4.0
}

/// A box's lines as one `<text>` with a `<tspan>` a line.
fn text(out: &mut String, b: &TextBox, (ix, iy): (f64, f64), attrs: &str) {
    if b.lines.is_empty() {
        return;
    }
    let _ = write!(out, "<text{attrs}>");
    for (k, l) in b.lines.iter().enumerate() {
        let _ = write!(
            out,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            n(b.x + ix),
            n(baseline(b, k) + iy - PAD),
            escape(l)
        );
    }
    out.push_str("</text>");
}

fn status_word(s: RibStatus) -> &'static str {
    match s {
        RibStatus::Suspected => "suspected",
        RibStatus::Confirmed => "confirmed",
        RibStatus::RuledOut => "ruled out",
    }
}

fn rib(out: &mut String, r: &RibGeom, p: &Palette) {
    let colour = match r.status {
        RibStatus::Suspected => p.ink,
        RibStatus::Confirmed => p.confirmed,
        RibStatus::RuledOut => p.ruled_out,
    };
    let word = status_word(r.status);
    let _ = write!(
        out,
        r#"<g class="cause" data-cause="{}" data-depth="{}" data-status="{word}"><title>{} ({word})</title>"#,
        escape(&r.id),
        r.depth,
        escape(&r.text.lines.join(" "))
    );
    let dash = if r.status == RibStatus::RuledOut {
        r#" stroke-dasharray="4 3""#
    } else {
        ""
    };
    if let Some(j) = &r.joint {
        line(out, j, p.rib, 1.2, "");
    }
    line(out, &r.line, p.rib, 1.5, dash);
    let mut attrs = format!(r#" fill="{colour}""#);
    match r.status {
        RibStatus::Confirmed => attrs.push_str(r#" font-weight="bold""#),
        RibStatus::RuledOut => attrs.push_str(r#" text-decoration="line-through""#),
        RibStatus::Suspected => {}
    }
    text(out, &r.text, (PAD, PAD), &attrs);
    if r.status == RibStatus::RuledOut {
        // Drawn as well: not every viewer or converter honours text-decoration.
        for (k, l) in r.text.lines.iter().enumerate() {
            let y = baseline(&r.text, k) - 4.0;
            let x = r.text.x + PAD;
            let strike = Line {
                x1: x,
                y1: y,
                x2: x + columns(l) as f64 * GLYPH_W,
                y2: y,
            };
            line(out, &strike, colour, 1.0, "");
        }
    }
    if let Some(note) = &r.note {
        text(
            out,
            note,
            (PAD, PAD),
            &format!(r#" fill="{colour}" font-size="12""#),
        );
    }
    out.push_str("</g>");
}

/// The picture as an SVG document.
pub fn to_svg(layout: &Layout, options: &Options) -> String {
    let p = if options.print { &PRINT } else { &SCREEN };
    let (w, h) = (n(layout.width), n(layout.height));
    // A picture needs a name for screen readers even when the caller gave none.
    let effect = layout.head.lines.join(" ");
    let title = match (options.title.trim(), effect.as_str()) {
        ("", "") => "Fishbone diagram".to_string(),
        ("", effect) => format!("Fishbone diagram: {effect}"),
        (t, _) => t.to_string(),
    };
    let title = escape(&title);
    let mut out = String::with_capacity(400 + layout.ribs.len() * 400);
    let _ = write!(
        out,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{title}" font-family="system-ui, sans-serif" font-size="{}" fill="{}"><title>{title}</title><desc>Fishbone diagram. Effect: {}. {} categories, {} causes.</desc><rect width="100%" height="100%" fill="#ffffff"/>"##,
        n(FONT_SIZE),
        p.ink,
        escape(&layout.head.lines.join(" ")),
        layout.bones.len(),
        layout.ribs.len()
    );
    line(&mut out, &layout.spine, p.bone, 3.0, "");
    for b in &layout.bones {
        let _ = write!(
            out,
            r#"<g class="category" data-category="{}">"#,
            escape(&b.id)
        );
        line(&mut out, &b.line, p.bone, 2.0, "");
        let l = &b.label;
        let _ = write!(
            out,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="4" fill="{}" stroke="{}"/>"#,
            n(l.x),
            n(l.y),
            n(l.w),
            n(l.h),
            p.label_fill,
            p.bone
        );
        text(
            &mut out,
            l,
            (PAD, PAD),
            &format!(r#" fill="{}" font-weight="bold""#, p.label_ink),
        );
        out.push_str("</g>");
    }
    for r in &layout.ribs {
        rib(&mut out, r, p);
    }
    let hd = &layout.head;
    let _ = write!(
        out,
        r#"<g class="effect"><rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="{}" stroke="{}" stroke-width="2"/>"#,
        n(hd.x),
        n(hd.y),
        n(hd.w),
        n(hd.h),
        p.head_fill,
        p.bone
    );
    // The effect is centred in its box.
    let ix = ((hd.w - text_width(hd)) / 2.0).max(PAD);
    let iy = ((hd.h - hd.lines.len() as f64 * LINE_H) / 2.0).max(PAD);
    text(
        &mut out,
        hd,
        (ix, iy),
        &format!(r#" fill="{}" font-weight="bold""#, p.head_ink),
    );
    out.push_str("</g>");
    if let Some(hint) = &layout.hint {
        text(&mut out, hint, (PAD, PAD), r#" font-style="italic""#);
    }
    out.push_str("</svg>\n");
    out
}

/// How wide the longest line of a box is estimated to be.
fn text_width(b: &TextBox) -> f64 {
    let cols = b.lines.iter().map(|l| columns(l)).max().unwrap_or(0);
    cols as f64 * super::layout::BOLD_GLYPH_W
}
