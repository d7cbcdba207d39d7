//! One category's bone on its own: its causes stacked as rows along it (each cause
//! followed by its sub-causes, so a subtree takes exactly the rows it needs), the
//! branches of sub-causes parallel to the bone and indented a step per level, and the
//! bone's outline for spacing it against its neighbours.
//!
//! Spacing works in a sheared frame (x + slope·distance from the spine), where every
//! bone is upright: a bone's content lies left of its own line there, so two bones on
//! one side clear each other when the new bone's widest row at each height is right of
//! what the older bone has at that height.

use super::layout::{
    Bone, BoneGeom, Line, Rib, RibGeom, RibStatus, TextBox, BOLD_GLYPH_W, GLYPH_W, LINE_H, PAD,
    SLANT_DEGREES,
};
use super::text_wrap::text_box;

/// Each level of sub-cause branches off this much further from the bone.
const INDENT: f64 = 22.0;
/// Rows keep this far from the spine.
const SPINE_CLEAR: f64 = 14.0;
/// Room between the last row and the bone's far end.
const END_GAP: f64 = 10.0;
const ROW_GAP: f64 = 6.0;
/// Text keeps this far from the bone or branch it hangs on.
const TEXT_CLEAR: f64 = 4.0;
const LABEL_GAP: f64 = 4.0;
const LABEL_WIDTH: f64 = 160.0;
const MIN_REACH: f64 = 64.0;
const TEXT_LINES: usize = 6;
const VERDICT_LINES: usize = 3;

/// Horizontal run of a bone per unit of distance from the spine.
fn run() -> f64 {
    1.0 / SLANT_DEGREES.to_radians().tan()
}

/// Widest a cause's text may be at a depth: deeper levels are narrower.
fn max_width(depth: usize) -> f64 {
    match depth {
        1 => 200.0,
        2 => 176.0,
        _ => 156.0,
    }
}

/// The words shown under a cause: its status (icon and word), its dots, its verdict.
fn note(rib: &Rib, depth: usize) -> Option<TextBox> {
    let mut first = Vec::new();
    match rib.status {
        RibStatus::Suspected => {}
        RibStatus::Confirmed => first.push("✓ confirmed".to_string()),
        RibStatus::RuledOut => first.push("✕ ruled out".to_string()),
    }
    if rib.votes > 0 {
        first.push(format!("● {}", rib.votes));
    }
    let verdict = rib.verdict.as_deref().unwrap_or("");
    let verdict = text_box(verdict, max_width(depth), VERDICT_LINES, GLYPH_W);
    if first.is_empty() && verdict.lines.is_empty() {
        return None;
    }
    let first = first.join(" · ");
    let first_w = super::text_wrap::columns(&first) as f64 * GLYPH_W + 2.0 * PAD;
    let mut lines = Vec::new();
    if !first.is_empty() {
        lines.push(first);
    }
    lines.extend(verdict.lines);
    Some(TextBox {
        x: 0.0,
        y: 0.0,
        w: first_w.max(verdict.w),
        h: lines.len() as f64 * LINE_H + 2.0 * PAD,
        lines,
    })
}

/// A stretch of a bone's outline in the sheared frame: from `u0` to `u1` away from the
/// spine, nothing further left than `left` (relative to where the bone joins the spine).
#[derive(Clone, Copy, Debug)]
struct Piece {
    u0: f64,
    left: f64,
}

/// A bone laid out as if it joined the spine at x = 0, the spine at y = 0.
pub(super) struct BoneShape {
    bone: BoneGeom,
    ribs: Vec<RibGeom>,
    /// How far the bone reaches from the spine.
    reach: f64,
    /// Where its label starts and ends, away from the spine, and its right edge (sheared).
    label_far: f64,
    label_right: f64,
    /// Pieces by where they start, and the furthest left of each prefix (as −left).
    starts: Vec<f64>,
    widest: Vec<f64>,
}

impl BoneShape {
    /// How far right of this bone's join a later bone on the same side must join so
    /// their content does not meet (before the gap between them).
    pub(super) fn clearance(&self, later: &BoneShape) -> f64 {
        let body = later.widest_to(self.reach);
        let label = later.widest_to(self.label_far) + self.label_right;
        body.max(label)
    }

    /// The most any piece of this bone reaching no further than `u` from the spine
    /// sticks out left of the bone (sheared).
    fn widest_to(&self, u: f64) -> f64 {
        let n = self.starts.partition_point(|&s| s <= u);
        if n == 0 {
            f64::NEG_INFINITY
        } else {
            self.widest[n - 1]
        }
    }

    /// The bone and its ribs moved to join the spine at `x`.
    pub(super) fn placed(self, x: f64) -> (BoneGeom, Vec<RibGeom>) {
        let mut bone = self.bone;
        let mut ribs = self.ribs;
        let line = |l: &mut Line| {
            l.x1 += x;
            l.x2 += x;
        };
        line(&mut bone.line);
        bone.label.x += x;
        for r in &mut ribs {
            line(&mut r.line);
            r.joint.iter_mut().for_each(line);
            r.text.x += x;
            r.note.iter_mut().for_each(|n| n.x += x);
        }
        (bone, ribs)
    }
}

/// Lays out one bone above or below the spine.
pub(super) fn bone_shape(bone: &Bone, above: bool) -> BoneShape {
    let k = run();
    // Causes in reading order, each before its sub-causes (no recursion: any depth).
    let mut order: Vec<(&Rib, usize, Option<usize>)> = Vec::new();
    let mut stack: Vec<(&Rib, usize, Option<usize>)> =
        bone.causes.iter().rev().map(|r| (r, 1, None)).collect();
    while let Some((rib, depth, parent)) = stack.pop() {
        let me = order.len();
        order.push((rib, depth, parent));
        stack.extend(rib.children.iter().rev().map(|c| (c, depth + 1, Some(me))));
    }
    let boxes: Vec<(TextBox, Option<TextBox>)> = order
        .iter()
        .map(|&(rib, depth, _)| {
            // A confirmed cause is drawn bold, which is wider.
            let glyph = if rib.status == RibStatus::Confirmed {
                BOLD_GLYPH_W
            } else {
                GLYPH_W
            };
            let text = text_box(&rib.text, max_width(depth), TEXT_LINES, glyph);
            (text, note(rib, depth))
        })
        .collect();
    let rows: f64 = boxes
        .iter()
        .map(|(t, n)| t.h + n.as_ref().map_or(0.0, |n| n.h) + ROW_GAP)
        .sum();
    let reach = (SPINE_CLEAR + rows - ROW_GAP.min(rows) + END_GAP).max(MIN_REACH);
    let sign = if above { -1.0 } else { 1.0 };
    // Rows run top to bottom: from the far end for a bone above, from the spine below.
    let mut top = if above {
        -(reach - END_GAP)
    } else {
        SPINE_CLEAR
    };
    // Where a branch of sub-causes at `depth` is at height y.
    let trunk = |depth: usize, y: f64| -k * y.abs() - (depth - 1) as f64 * INDENT;

    let mut ribs: Vec<RibGeom> = Vec::with_capacity(order.len());
    let mut pieces: Vec<Piece> = Vec::with_capacity(order.len() + 2);
    for (&(rib, depth, parent), (mut text, mut note)) in order.iter().zip(boxes) {
        let note_h = note.as_ref().map_or(0.0, |n| n.h);
        let y = top + text.h + note_h;
        let right = trunk(depth, top).min(trunk(depth, y)) - TEXT_CLEAR;
        let left = right - text.w.max(note.as_ref().map_or(0.0, |n| n.w));
        text.x = left;
        text.y = top;
        if let Some(n) = note.as_mut() {
            n.x = left;
            n.y = top + text.h;
        }
        let end = trunk(depth, y);
        let line = Line {
            x1: (left - 2.0).min(end - INDENT - 10.0),
            y1: y,
            x2: end,
            y2: y,
        };
        let joint = parent.map(|p| {
            let py = ribs[p].line.y1;
            Line {
                x1: end,
                y1: y,
                x2: trunk(depth, py),
                y2: py,
            }
        });
        let (u0, u1) = if above { (-y, -top) } else { (top, y) };
        debug_assert!(u0 <= u1);
        pieces.push(Piece {
            u0,
            left: line.x1 + k * u0,
        });
        ribs.push(RibGeom {
            id: rib.id.clone(),
            depth,
            line,
            joint,
            text,
            note,
            status: rib.status,
            votes: rib.votes,
            verdict: rib.verdict.clone(),
            // Set by the layout, which knows the bone's place.
            bone: 0,
        });
        top = y + ROW_GAP;
    }

    let far = (-k * reach, sign * reach);
    let mut label = text_box(&bone.label, LABEL_WIDTH, 3, BOLD_GLYPH_W);
    label.x = far.0 - label.w / 2.0;
    label.y = if above {
        far.1 - LABEL_GAP - label.h
    } else {
        far.1 + LABEL_GAP
    };
    let label_near = reach + LABEL_GAP;
    let label_far = label_near + label.h;
    pieces.push(Piece { u0: 0.0, left: 0.0 });
    pieces.push(Piece {
        u0: label_near,
        left: label.x + k * label_near,
    });
    let label_right = label.x + label.w + k * label_far;
    crate::domain::sort::sort_by(&mut pieces, |a, b| a.u0.total_cmp(&b.u0));
    let starts = pieces.iter().map(|p| p.u0).collect();
    let widest = pieces
        .iter()
        .scan(f64::NEG_INFINITY, |m, p| {
            *m = m.max(-p.left);
            Some(*m)
        })
        .collect();
    BoneShape {
        bone: BoneGeom {
            id: bone.id.clone(),
            above,
            line: Line {
                x1: 0.0,
                y1: 0.0,
                x2: far.0,
                y2: far.1,
            },
            label,
        },
        ribs,
        reach,
        label_far,
        label_right,
        starts,
        widest,
    }
}
