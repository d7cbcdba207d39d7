//! Where everything in a fishbone (Ishikawa) diagram goes, as plain numbers in user
//! units (px at 1:1): the spine running right to the effect's box, category bones
//! alternating above and below it at one slant, and causes as horizontal ribs along
//! their bone, sub-causes branching off their rib. Deterministic: rows are packed by
//! the size of each subtree and bones spaced by the width of theirs, so nothing
//! overlaps (the overlaps users report come from force-directed layouts).
//!
//! The input is a small tree of its own, so the layout does not depend on how the
//! fishbone is stored; an adapter builds it from the saved model.

use super::bone_rows::{bone_shape, BoneShape};
use super::text_wrap::text_box;

/// Average width of a glyph of body text (13 px system-ui), for wrapping.
pub const GLYPH_W: f64 = 7.2;
/// Average width of a glyph of bold text (category labels and the effect).
pub const BOLD_GLYPH_W: f64 = 7.8;
/// Body text size the widths above are for.
pub const FONT_SIZE: f64 = 13.0;
/// Height of one line of text.
pub const LINE_H: f64 = 16.0;
/// Space between a text box's edge and its text.
pub const PAD: f64 = 3.0;
/// Angle of every category bone from the spine.
pub const SLANT_DEGREES: f64 = 65.0;
/// Space left empty all round the picture.
pub const MARGIN: f64 = 24.0;

const HEAD_WIDTH: f64 = 180.0;
const HEAD_LINES: usize = 6;
const HEAD_PAD: f64 = 8.0;
const HEAD_GAP: f64 = 24.0;
/// Bones next to each other along the spine join it at least this far apart.
const MIN_STEP: f64 = 48.0;
/// Room between the content of two bones on the same side.
const BONE_GAP: f64 = 16.0;
const TAIL: f64 = 32.0;
const EMPTY_SPINE: f64 = 320.0;
const EMPTY_HINT: &str =
    "No categories yet. Add one (for example People, Process, Tools) to start finding causes.";

/// What a cause's investigation says so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RibStatus {
    /// Still a suspicion.
    #[default]
    Suspected,
    /// Shown by evidence to be a cause.
    Confirmed,
    /// Checked and not a cause.
    RuledOut,
}

/// The diagram to lay out: the effect (the problem) and its categories.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diagram {
    /// The problem the diagram explains, shown in the head.
    pub effect: String,
    /// Categories, in the order they are drawn from the tail to the head.
    pub bones: Vec<Bone>,
}

/// One category (a bone) and its causes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bone {
    /// Passed through to the geometry, so a page can tell which category was clicked.
    pub id: String,
    /// The category's name.
    pub label: String,
    /// Causes in this category, each with its sub-causes.
    pub causes: Vec<Rib>,
}

/// One cause (a rib) and the sub-causes under it, to any depth.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rib {
    /// Passed through to the geometry, so a page can tell which cause was clicked.
    pub id: String,
    /// What the cause is.
    pub text: String,
    /// Suspected, confirmed or ruled out.
    pub status: RibStatus,
    /// Dot votes it got.
    pub votes: u32,
    /// A short finding shown under the text, e.g. "root cause found".
    pub verdict: Option<String>,
    /// Sub-causes.
    pub children: Vec<Rib>,
}

/// A straight line from (x1, y1) to (x2, y2).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Line {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

/// A box of wrapped text: its top-left corner, size (text inset by [`PAD`]) and lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub lines: Vec<String>,
}

/// Where a category's bone and its label box are.
#[derive(Clone, Debug, PartialEq)]
pub struct BoneGeom {
    /// The category's id from the input.
    pub id: String,
    /// Above the spine (the first, third, … category) or below it.
    pub above: bool,
    /// From where it joins the spine (x1, y1) to its far end (x2, y2).
    pub line: Line,
    /// The category's name, just beyond the far end.
    pub label: TextBox,
}

/// Where a cause is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct RibGeom {
    /// The cause's id from the input.
    pub id: String,
    /// 1 for a cause on a bone, 2 for a sub-cause of it, and so on.
    pub depth: usize,
    /// The horizontal rib the text sits on; (x2, y2) is where it meets its bone or branch.
    pub line: Line,
    /// For a sub-cause, the slanted branch from its rib's end up or down to its parent's rib.
    pub joint: Option<Line>,
    /// The cause's text, sitting on the rib.
    pub text: TextBox,
    /// Status in words, votes and verdict, under the text; none when there is nothing to say.
    pub note: Option<TextBox>,
    pub status: RibStatus,
    pub votes: u32,
    pub verdict: Option<String>,
    /// The bone it hangs from (its place in `Layout::bones`).
    pub bone: usize,
}

/// The whole picture: everything lies inside (0, 0, width, height).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// Horizontal, from the tail on the left to the head's left edge.
    pub spine: Line,
    /// The effect, at the right end of the spine.
    pub head: TextBox,
    /// A hint what to do, when there are no categories yet.
    pub hint: Option<TextBox>,
    pub bones: Vec<BoneGeom>,
    /// Every cause, bone by bone, each before its sub-causes.
    pub ribs: Vec<RibGeom>,
}

impl Layout {
    /// Every box of text in the picture (head, hint, labels, causes and their notes).
    pub fn text_boxes(&self) -> Vec<&TextBox> {
        let mut out = vec![&self.head];
        out.extend(self.hint.iter());
        out.extend(self.bones.iter().map(|b| &b.label));
        for r in &self.ribs {
            out.push(&r.text);
            out.extend(r.note.iter());
        }
        out
    }

    /// Every line in the picture (spine, bones, ribs and branches).
    pub fn lines(&self) -> Vec<Line> {
        let mut out = vec![self.spine];
        out.extend(self.bones.iter().map(|b| b.line));
        for r in &self.ribs {
            out.push(r.line);
            out.extend(r.joint);
        }
        out
    }
}

/// Lays the diagram out. Same diagram, same layout; time grows with the number of
/// causes times the log of it (bones are compared with the earlier bones on their side).
pub fn layout(diagram: &Diagram) -> Layout {
    let shapes: Vec<BoneShape> = diagram
        .bones
        .iter()
        .enumerate()
        .map(|(i, b)| bone_shape(b, i % 2 == 0))
        .collect();
    // Where each bone joins the spine (spine at y = 0, first bone at x = 0).
    let mut joins: Vec<f64> = Vec::with_capacity(shapes.len());
    for (i, shape) in shapes.iter().enumerate() {
        let mut x = joins.last().map_or(0.0, |p| p + MIN_STEP);
        for j in (i % 2..i).step_by(2) {
            x = x.max(joins[j] + shapes[j].clearance(shape) + BONE_GAP);
        }
        joins.push(x);
    }

    let mut bones = Vec::with_capacity(shapes.len());
    let mut ribs = Vec::new();
    for (i, (shape, &x)) in shapes.into_iter().zip(&joins).enumerate() {
        let (bone, mut bone_ribs) = shape.placed(x);
        bones.push(bone);
        for r in &mut bone_ribs {
            r.bone = i;
        }
        ribs.append(&mut bone_ribs);
    }

    let mut right = joins.last().copied().unwrap_or(0.0);
    let mut left = joins.first().copied().unwrap_or(0.0);
    for b in &bones {
        right = right.max(b.label.x + b.label.w);
        left = left.min(b.line.x2);
    }
    for r in &ribs {
        right = right.max(r.text.x + r.text.w).max(r.line.x2);
    }
    let mut head = text_box(&diagram.effect, HEAD_WIDTH, HEAD_LINES, BOLD_GLYPH_W);
    head.w += 2.0 * (HEAD_PAD - PAD);
    head.h += 2.0 * (HEAD_PAD - PAD);
    head.x = right + HEAD_GAP;
    head.y = -head.h / 2.0;
    let (spine_from, hint) = if bones.is_empty() {
        let from = head.x - EMPTY_SPINE;
        let mut hint = text_box(EMPTY_HINT, EMPTY_SPINE - 16.0, 4, GLYPH_W);
        hint.x = from;
        hint.y = -hint.h - 12.0;
        (from, Some(hint))
    } else {
        (left - TAIL, None)
    };
    let spine = Line {
        x1: spine_from,
        y1: 0.0,
        x2: head.x,
        y2: 0.0,
    };
    let mut out = Layout {
        width: 0.0,
        height: 0.0,
        spine,
        head,
        hint,
        bones,
        ribs,
    };
    fit(&mut out);
    out
}

/// Moves everything so the picture starts at the margin, and sizes it to its content.
fn fit(l: &mut Layout) {
    let (mut x0, mut y0) = (f64::INFINITY, f64::INFINITY);
    let (mut x1, mut y1) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    for b in l.text_boxes() {
        x0 = x0.min(b.x);
        y0 = y0.min(b.y);
        x1 = x1.max(b.x + b.w);
        y1 = y1.max(b.y + b.h);
    }
    for s in l.lines() {
        x0 = x0.min(s.x1).min(s.x2);
        y0 = y0.min(s.y1).min(s.y2);
        x1 = x1.max(s.x1).max(s.x2);
        y1 = y1.max(s.y1).max(s.y2);
    }
    let (dx, dy) = (MARGIN - x0, MARGIN - y0);
    let shift_box = |b: &mut TextBox| {
        b.x += dx;
        b.y += dy;
    };
    let shift_line = |s: &mut Line| {
        s.x1 += dx;
        s.x2 += dx;
        s.y1 += dy;
        s.y2 += dy;
    };
    shift_box(&mut l.head);
    l.hint.iter_mut().for_each(shift_box);
    shift_line(&mut l.spine);
    for b in &mut l.bones {
        shift_line(&mut b.line);
        shift_box(&mut b.label);
    }
    for r in &mut l.ribs {
        shift_line(&mut r.line);
        r.joint.iter_mut().for_each(shift_line);
        shift_box(&mut r.text);
        r.note.iter_mut().for_each(shift_box);
    }
    l.width = (x1 - x0 + 2.0 * MARGIN).ceil();
    l.height = (y1 - y0 + 2.0 * MARGIN).ceil();
}
