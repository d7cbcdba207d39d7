//! The fishbone picture as a standalone SVG file, drawn from its [`Layout`]: spine,
//! head, bones with their labels, causes on their ribs. A cause's status is told by an
//! icon and a word as well as by colour (confirmed "✓ confirmed", ruled out struck
//! through and "✕ ruled out"), so it survives a black-and-white printer and colour
//! blindness. Every piece of user text is escaped, so a cause reading `<script>` stays
//! text; every cause carries `data-cause` so a page can map a click to it.
//!
//! The picture is a list of pieces (the spine, each bone, each cause, the head), each
//! drawn about its own corner and put in place by a translation. When a cause is added,
//! most pieces only move: a page then moves their elements instead of making new ones
//! (laying out new text is most of the browser's time on a big diagram).

use super::layout::{
    BoneGeom, Layout, Line, RibGeom, RibStatus, TextBox, FONT_SIZE, GLYPH_W, LINE_H, PAD,
};
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

/// A coordinate, to a tenth of a unit: whole numbers without a point. Written from the
/// number of tenths, as integers: formatting floats was a good part of drawing a big
/// picture, which is drawn again on every edit.
pub(super) fn n(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    let sign = if tenths < 0 { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// The corner a piece is drawn about: its coordinates are written less this.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Origin(f64, f64);

fn line(out: &mut String, o: Origin, l: &Line, stroke: &str, width: f64, extra: &str) {
    let _ = write!(
        out,
        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{stroke}" stroke-width="{}"{extra}/>"#,
        n(l.x1 - o.0),
        n(l.y1 - o.1),
        n(l.x2 - o.0),
        n(l.y2 - o.1),
        n(width)
    );
}

fn rect(out: &mut String, o: Origin, b: &TextBox, rest: &str) {
    let _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}"{rest}/>"#,
        n(b.x - o.0),
        n(b.y - o.1),
        n(b.w),
        n(b.h)
    );
}

/// Where the baseline of line `k` of a box is.
fn baseline(b: &TextBox, k: usize) -> f64 {
    b.y + PAD + LINE_H * (k as f64 + 1.0) - 4.0
}

/// A box's lines as one `<text>` with a `<tspan>` a line.
fn text(out: &mut String, o: Origin, b: &TextBox, inset: (f64, f64), attrs: &str) {
    lines(out, o, b, inset, attrs, false);
}

/// Like [`text`], each line drawn exactly as wide as the layout estimated it
/// (`textLength`): a label's box is sized by that estimate, and bold text in a wide
/// font (DejaVu, where system-ui falls back on Linux) would otherwise run past it.
fn fitted_text(out: &mut String, o: Origin, b: &TextBox, inset: (f64, f64), attrs: &str) {
    lines(out, o, b, inset, attrs, true);
}

fn lines(out: &mut String, o: Origin, b: &TextBox, (ix, iy): (f64, f64), attrs: &str, fit: bool) {
    if b.lines.is_empty() {
        return;
    }
    let _ = write!(out, "<text{attrs}>");
    for (k, l) in b.lines.iter().enumerate() {
        let (x, y) = (n(b.x + ix - o.0), n(baseline(b, k) + iy - PAD - o.1));
        let _ = write!(out, r#"<tspan x="{x}" y="{y}""#);
        if fit {
            let w = columns(l) as f64 * super::layout::BOLD_GLYPH_W;
            let _ = write!(
                out,
                r#" textLength="{}" lengthAdjust="spacingAndGlyphs""#,
                n(w)
            );
        }
        let _ = write!(out, ">{}</tspan>", escape(l));
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

/// The corner of a box, where the piece it heads is drawn about.
fn origin_of(b: &TextBox) -> Origin {
    Origin(b.x, b.y)
}

fn rib(out: &mut String, r: &RibGeom, p: &Palette) -> Origin {
    let o = origin_of(&r.text);
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
        line(out, o, j, p.rib, 1.2, "");
    }
    line(out, o, &r.line, p.rib, 1.5, dash);
    let mut attrs = format!(r#" fill="{colour}""#);
    match r.status {
        RibStatus::Confirmed => attrs.push_str(r#" font-weight="bold""#),
        RibStatus::RuledOut => attrs.push_str(r#" text-decoration="line-through""#),
        RibStatus::Suspected => {}
    }
    text(out, o, &r.text, (PAD, PAD), &attrs);
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
            line(out, o, &strike, colour, 1.0, "");
        }
    }
    if let Some(note) = &r.note {
        text(
            out,
            o,
            note,
            (PAD, PAD),
            &format!(r#" fill="{colour}" font-size="12""#),
        );
    }
    out.push_str("</g>");
    o
}

/// A rectangle in the picture's units: where a piece lies, or the part of the picture
/// a page has in view.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Bounds {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Bounds {
    fn of_box(b: &TextBox) -> Self {
        Bounds {
            x: b.x,
            y: b.y,
            w: b.w,
            h: b.h,
        }
    }

    fn of_line(l: &Line) -> Self {
        Bounds {
            x: l.x1.min(l.x2),
            y: l.y1.min(l.y2),
            w: (l.x1 - l.x2).abs(),
            h: (l.y1 - l.y2).abs(),
        }
    }

    /// The smallest rectangle holding both.
    pub fn union(self, o: Bounds) -> Bounds {
        let (x, y) = (self.x.min(o.x), self.y.min(o.y));
        Bounds {
            x,
            y,
            w: (self.x + self.w).max(o.x + o.w) - x,
            h: (self.y + self.h).max(o.y + o.h) - y,
        }
    }

    /// Whether the two share any point (touching edges count).
    pub fn meets(&self, o: &Bounds) -> bool {
        self.x <= o.x + o.w
            && o.x <= self.x + self.w
            && self.y <= o.y + o.h
            && o.y <= self.y + self.h
    }

    /// Whether `o` lies wholly inside.
    pub fn holds(&self, o: &Bounds) -> bool {
        o.x >= self.x
            && o.y >= self.y
            && o.x + o.w <= self.x + self.w
            && o.y + o.h <= self.y + self.h
    }

    /// Grown by `by` times its own size on every side.
    pub fn grown(&self, by: f64) -> Bounds {
        Bounds {
            x: self.x - self.w * by,
            y: self.y - self.h * by,
            w: self.w * (1.0 + 2.0 * by),
            h: self.h * (1.0 + 2.0 * by),
        }
    }
}

/// A category's bone and label, drawn about the label's corner.
fn bone(b: &BoneGeom, p: &Palette) -> String {
    let mut out = String::new();
    let o = origin_of(&b.label);
    let _ = write!(
        out,
        r#"<g class="category" data-category="{}">"#,
        escape(&b.id)
    );
    line(&mut out, o, &b.line, p.bone, 2.0, "");
    rect(
        &mut out,
        o,
        &b.label,
        &format!(r#" rx="4" fill="{}" stroke="{}""#, p.label_fill, p.bone),
    );
    fitted_text(
        &mut out,
        o,
        &b.label,
        (PAD, PAD),
        &format!(r#" fill="{}" font-weight="bold""#, p.label_ink),
    );
    out.push_str("</g>");
    out
}

/// One piece of the picture: an element drawn about its own corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// The same thing keeps its key from one drawing to the next: a cause's and a
    /// bone's is their id, others' their kind.
    pub key: String,
    /// What it is drawn from (see [`Drawing::markup`]).
    source: Source,
    /// Where the piece goes (`translate(x y)` on its element), or nowhere for
    /// pieces drawn in the picture's own coordinates.
    pub at: Option<(String, String)>,
    /// Where it lies, for a page that draws only what is near its view; none for the
    /// pieces always drawn (title, spine, effect).
    pub bounds: Option<Bounds>,
    /// Its layer: 0 for the picture's own pieces (title, paper, spine, effect), then one
    /// per bone, holding the bone and its causes. A page may draw each layer in an
    /// element of its own, so that the browser paints again only the layers an edit
    /// changed.
    pub layer: usize,
}

/// What a piece's markup is made from: text made already, or a bone or a cause of the
/// layout, whose markup is made only when asked for (a page asks only for the pieces
/// near its view).
#[derive(Clone, Debug, PartialEq)]
enum Source {
    Text(String),
    Bone(usize),
    Rib(usize),
}

/// The whole picture: its outer element's attributes and its pieces in drawing order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    /// Size in user units (px at 1:1), as written in `width`, `height` and `viewBox`.
    pub width: f64,
    pub height: f64,
    /// The outer element's other attributes, `(name, value)`, values unescaped.
    pub attrs: Vec<(&'static str, String)>,
    pub pieces: Vec<Piece>,
    /// How many layers the pieces are in (see [`Piece::layer`]).
    pub layers: usize,
    layout: Layout,
    print: bool,
}

impl Piece {
    fn placed(key: String, o: Origin, source: Source, bounds: Option<Bounds>) -> Self {
        Piece {
            key,
            source,
            at: Some((n(o.0), n(o.1))),
            bounds,
            layer: 0,
        }
    }

    fn fixed(key: &str, markup: String) -> Self {
        Piece {
            key: key.to_string(),
            source: Source::Text(markup),
            at: None,
            bounds: None,
            layer: 0,
        }
    }

    fn in_layer(self, layer: usize) -> Self {
        Piece { layer, ..self }
    }
}

/// `markup` with the translation `at` on its element.
fn placed_markup(markup: &str, at: &Option<(String, String)>) -> String {
    match (at, markup.find([' ', '>', '/'])) {
        (Some((x, y)), Some(name_end)) => format!(
            r#"{} transform="translate({x} {y})"{}"#,
            &markup[..name_end],
            &markup[name_end..]
        ),
        _ => markup.to_string(),
    }
}

impl Drawing {
    /// A piece's element, its coordinates less its `at`; every user text escaped.
    pub fn markup(&self, piece: &Piece) -> String {
        let p = if self.print { &PRINT } else { &SCREEN };
        match piece.source {
            Source::Text(ref t) => t.clone(),
            Source::Bone(i) => bone(&self.layout.bones[i], p),
            Source::Rib(i) => {
                let mut out = String::new();
                rib(&mut out, &self.layout.ribs[i], p);
                out
            }
        }
    }

    /// A piece's element put in place, as the standalone document has it.
    pub fn placed_markup(&self, piece: &Piece) -> String {
        placed_markup(&self.markup(piece), &piece.at)
    }

    /// The picture as a standalone SVG document.
    pub fn to_svg(&self) -> String {
        let mut out = String::with_capacity(400 + self.pieces.len() * 420);
        let (w, h) = (n(self.width), n(self.height));
        let _ = write!(
            out,
            r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}""#
        );
        for (name, value) in &self.attrs {
            let _ = write!(out, r#" {name}="{}""#, escape(value));
        }
        out.push('>');
        for p in &self.pieces {
            out.push_str(&self.placed_markup(p));
        }
        out.push_str("</svg>\n");
        out
    }
}

/// The picture as an SVG document.
pub fn to_svg(layout: &Layout, options: &Options) -> String {
    drawing(layout.clone(), options).to_svg()
}

/// The picture as pieces, for a page that draws it piece by piece.
pub fn drawing(layout: Layout, options: &Options) -> Drawing {
    let p = if options.print { &PRINT } else { &SCREEN };
    // A picture needs a name for screen readers even when the caller gave none.
    let effect = layout.head.lines.join(" ");
    let title = match (options.title.trim(), effect.as_str()) {
        ("", "") => "Fishbone diagram".to_string(),
        ("", effect) => format!("Fishbone diagram: {effect}"),
        (t, _) => t.to_string(),
    };
    let attrs = vec![
        ("role", "img".to_string()),
        ("aria-label", title.clone()),
        ("font-family", "system-ui, sans-serif".to_string()),
        ("font-size", n(FONT_SIZE)),
        ("fill", p.ink.to_string()),
    ];
    let mut pieces = Vec::with_capacity(layout.ribs.len() + layout.bones.len() + 6);
    pieces.push(Piece::fixed(
        "title",
        format!("<title>{}</title>", escape(&title)),
    ));
    pieces.push(Piece::fixed(
        "desc",
        format!(
            "<desc>Fishbone diagram. Effect: {}. {} categories, {} causes.</desc>",
            escape(&effect),
            layout.bones.len(),
            layout.ribs.len()
        ),
    ));
    pieces.push(Piece::fixed(
        "paper",
        r##"<rect width="100%" height="100%" fill="#ffffff"/>"##.to_string(),
    ));
    let mut spine = String::from(r#"<g class="spine">"#);
    let so = Origin(layout.spine.x1, layout.spine.y1);
    line(&mut spine, so, &layout.spine, p.bone, 3.0, "");
    spine.push_str("</g>");
    pieces.push(Piece::placed("spine".into(), so, Source::Text(spine), None));
    for (i, b) in layout.bones.iter().enumerate() {
        let bounds = Bounds::of_line(&b.line).union(Bounds::of_box(&b.label));
        pieces.push(
            Piece::placed(
                format!("bone-{}", b.id),
                origin_of(&b.label),
                Source::Bone(i),
                Some(bounds),
            )
            .in_layer(1 + i),
        );
    }
    for (i, r) in layout.ribs.iter().enumerate() {
        let mut bounds = Bounds::of_box(&r.text).union(Bounds::of_line(&r.line));
        for b in r.joint.iter().map(Bounds::of_line) {
            bounds = bounds.union(b);
        }
        for b in r.note.iter().map(Bounds::of_box) {
            bounds = bounds.union(b);
        }
        pieces.push(
            Piece::placed(
                format!("cause-{}", r.id),
                origin_of(&r.text),
                Source::Rib(i),
                Some(bounds),
            )
            .in_layer(1 + r.bone),
        );
    }
    let hd = &layout.head;
    let o = origin_of(hd);
    let mut out = String::from(r#"<g class="effect">"#);
    rect(
        &mut out,
        o,
        hd,
        &format!(
            r#" rx="6" fill="{}" stroke="{}" stroke-width="2""#,
            p.head_fill, p.bone
        ),
    );
    // The effect is centred in its box.
    let ix = ((hd.w - text_width(hd)) / 2.0).max(PAD);
    let iy = ((hd.h - hd.lines.len() as f64 * LINE_H) / 2.0).max(PAD);
    text(
        &mut out,
        o,
        hd,
        (ix, iy),
        &format!(r#" fill="{}" font-weight="bold""#, p.head_ink),
    );
    out.push_str("</g>");
    pieces.push(Piece::placed("effect".into(), o, Source::Text(out), None));
    if let Some(hint) = &layout.hint {
        let mut out = String::new();
        text(
            &mut out,
            Origin::default(),
            hint,
            (PAD, PAD),
            r#" font-style="italic""#,
        );
        pieces.push(Piece::fixed("hint", out));
    }
    Drawing {
        width: layout.width,
        height: layout.height,
        attrs,
        layers: 1 + layout.bones.len(),
        pieces,
        print: options.print,
        layout,
    }
}

/// How wide the longest line of a box is estimated to be.
fn text_width(b: &TextBox) -> f64 {
    let cols = b.lines.iter().map(|l| columns(l)).max().unwrap_or(0);
    cols as f64 * super::layout::BOLD_GLYPH_W
}

#[cfg(test)]
mod coordinate_tests {
    use super::n;

    /// As coordinates were written before: through float formatting.
    fn by_float(v: f64) -> String {
        let r = (v * 10.0).round() / 10.0;
        if r == r.trunc() {
            format!("{}", r as i64)
        } else {
            format!("{r:.1}")
        }
    }

    #[test]
    fn coordinates_are_written_as_float_formatting_wrote_them() {
        let mut v = -2_000.0;
        while v < 20_000.0 {
            assert_eq!(n(v), by_float(v), "{v}");
            v += 0.013;
        }
        for v in [
            0.0, -0.0, 0.05, -0.05, 0.04, -0.04, 0.95, -0.95, 12.25, 1e9, -1e9,
        ] {
            assert_eq!(n(v), by_float(v), "{v}");
        }
        assert_eq!(n(-0.5), "-0.5");
        assert_eq!(n(3.0), "3");
        assert_eq!(n(1487.64), "1487.6");
    }
}
