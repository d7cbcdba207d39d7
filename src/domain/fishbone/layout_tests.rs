//! The fishbone layout: exact expectations on small diagrams, and properties over
//! random trees (nothing overlaps, everything inside the picture, same input → same
//! output).

use super::layout::*;
use proptest::prelude::*;

fn rib(id: &str, text: &str, children: Vec<Rib>) -> Rib {
    Rib {
        id: id.into(),
        text: text.into(),
        children,
        ..Rib::default()
    }
}

fn bone(id: &str, label: &str, causes: Vec<Rib>) -> Bone {
    Bone {
        id: id.into(),
        label: label.into(),
        causes,
    }
}

fn overlaps(a: &TextBox, b: &TextBox) -> bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/// Pairs of overlapping boxes, found by sweeping along x (the diagrams get big).
fn overlapping(l: &Layout) -> Vec<(TextBox, TextBox)> {
    let mut boxes = l.text_boxes();
    boxes.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut out = Vec::new();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            if b.x >= a.x + a.w {
                break;
            }
            if overlaps(a, b) {
                out.push(((*a).clone(), (*b).clone()));
            }
        }
    }
    out
}

/// Whether a line runs through the inside of a box (running along its edge is fine).
fn crosses(s: &Line, b: &TextBox) -> bool {
    let e = 1e-6;
    let (x0, x1, y0, y1) = (b.x + e, b.x + b.w - e, b.y + e, b.y + b.h - e);
    let (dx, dy) = (s.x2 - s.x1, s.y2 - s.y1);
    // Liang–Barsky: the part of the segment (t in 0..1) inside the box.
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, s.x1 - x0),
        (dx, x1 - s.x1),
        (-dy, s.y1 - y0),
        (dy, y1 - s.y1),
    ] {
        if p == 0.0 {
            if q <= 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t1 - t0 > 1e-9
}

/// Lines that run through text, looking only at boxes within reach of each line.
fn lines_through_text(l: &Layout) -> Vec<(Line, TextBox)> {
    let mut boxes = l.text_boxes();
    boxes.sort_by(|a, b| a.x.total_cmp(&b.x));
    let widest = boxes.iter().map(|b| b.w).fold(0.0, f64::max);
    let mut out = Vec::new();
    for s in l.lines() {
        let (lo, hi) = (s.x1.min(s.x2), s.x1.max(s.x2));
        let from = boxes.partition_point(|b| b.x < lo - widest);
        for b in boxes[from..].iter().take_while(|b| b.x <= hi) {
            if crosses(&s, b) {
                out.push((s, (*b).clone()));
            }
        }
    }
    out
}

#[test]
fn a_line_crossing_a_box_is_seen() {
    let b = TextBox {
        x: 10.0,
        y: 10.0,
        w: 20.0,
        h: 10.0,
        lines: vec![],
    };
    let line = |x1, y1, x2, y2| Line { x1, y1, x2, y2 };
    assert!(crosses(&line(0.0, 0.0, 40.0, 30.0), &b));
    assert!(crosses(&line(15.0, 15.0, 16.0, 15.0), &b));
    assert!(
        !crosses(&line(0.0, 20.0, 40.0, 20.0), &b),
        "along the bottom edge"
    );
    assert!(!crosses(&line(0.0, 0.0, 9.0, 30.0), &b));
    assert!(!crosses(&line(31.0, 0.0, 31.0, 30.0), &b));
}

fn inside(l: &Layout) -> bool {
    let ok = |x: f64, y: f64| x >= 0.0 && y >= 0.0 && x <= l.width && y <= l.height;
    l.text_boxes()
        .iter()
        .all(|b| ok(b.x, b.y) && ok(b.x + b.w, b.y + b.h))
        && l.lines().iter().all(|s| ok(s.x1, s.y1) && ok(s.x2, s.y2))
}

fn sample(categories: usize) -> Diagram {
    Diagram {
        effect: "Customers wait too long for refunds".into(),
        bones: (0..categories)
            .map(|i| {
                bone(
                    &format!("b{i}"),
                    &format!("Category {i}"),
                    vec![
                        rib(
                            &format!("c{i}a"),
                            "Refund needs a manager's sign-off",
                            vec![],
                        ),
                        rib(
                            &format!("c{i}b"),
                            "Bank transfer batch runs once a day",
                            vec![rib(&format!("c{i}b1"), "Legacy system", vec![])],
                        ),
                    ],
                )
            })
            .collect(),
    }
}

#[test]
fn bones_alternate_above_and_below_and_run_along_the_spine_to_the_head() {
    let l = layout(&sample(5));
    let spine_y = l.spine.y1;
    assert_eq!(l.spine.y2, spine_y);
    let above: Vec<bool> = l.bones.iter().map(|b| b.above).collect();
    assert_eq!(above, [true, false, true, false, true]);
    for b in &l.bones {
        // Each bone joins the spine and slants back towards the tail.
        assert_eq!(b.line.y1, spine_y);
        assert!(b.line.x2 < b.line.x1);
        assert_eq!(b.line.y2 < spine_y, b.above);
        let slant = (b.line.y2 - b.line.y1).abs().atan2(b.line.x1 - b.line.x2);
        assert!((slant.to_degrees() - SLANT_DEGREES).abs() < 1e-9);
        // The label sits beyond the far end.
        if b.above {
            assert!(b.label.y + b.label.h <= b.line.y2);
        } else {
            assert!(b.label.y >= b.line.y2);
        }
    }
    let joins: Vec<f64> = l.bones.iter().map(|b| b.line.x1).collect();
    assert!(joins.windows(2).all(|w| w[0] < w[1]), "{joins:?}");
    // The head is at the right end: the spine ends at it, nothing is further right.
    assert_eq!(l.spine.x2, l.head.x);
    assert!(l.head.y < spine_y && l.head.y + l.head.h > spine_y);
    for b in l.text_boxes() {
        assert!(b.x + b.w <= l.head.x + l.head.w);
    }
    assert_eq!(l.head.lines, ["Customers wait too", "long for refunds"]);
    assert!(l.hint.is_none());
}

#[test]
fn causes_sit_on_horizontal_ribs_and_sub_causes_branch_off_their_rib() {
    let l = layout(&sample(2));
    let ids: Vec<&str> = l.ribs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["c0a", "c0b", "c0b1", "c1a", "c1b", "c1b1"]);
    for r in &l.ribs {
        assert_eq!(r.line.y1, r.line.y2);
        // Text sits on its rib, left of where the rib meets its bone or branch.
        assert_eq!(r.text.y + r.text.h, r.line.y1);
        assert!(r.text.x >= r.line.x1 && r.text.x + r.text.w < r.line.x2);
    }
    let (parent, child) = (&l.ribs[1], &l.ribs[2]);
    assert_eq!((parent.depth, child.depth), (1, 2));
    assert!(parent.joint.is_none());
    let joint = child.joint.unwrap();
    // The branch runs from the sub-cause's rib to a point on its parent's rib.
    assert_eq!((joint.x1, joint.y1), (child.line.x2, child.line.y2));
    assert_eq!(joint.y2, parent.line.y1);
    assert!(joint.x2 > parent.line.x1 && joint.x2 < parent.line.x2);
    assert!(child.line.x2 < parent.line.x2, "indented");
    // Below the spine the first cause is the one nearest it; rows read top to bottom.
    let below: Vec<&RibGeom> = l.ribs.iter().filter(|r| r.id.starts_with("c1")).collect();
    assert!(below.windows(2).all(|w| w[0].line.y1 < w[1].line.y1));
    assert!(below.iter().all(|r| r.line.y1 > l.spine.y1));
}

#[test]
fn no_categories_gives_spine_head_and_a_hint() {
    let l = layout(&Diagram {
        effect: "Late deliveries".into(),
        bones: vec![],
    });
    assert!(l.bones.is_empty() && l.ribs.is_empty());
    let hint = l.hint.as_ref().unwrap();
    assert!(hint.lines.join(" ").starts_with("No categories yet."));
    assert!(hint.y + hint.h <= l.spine.y1);
    assert_eq!(l.spine.x2, l.head.x);
    assert!(l.spine.x2 - l.spine.x1 >= 300.0);
    assert!(overlapping(&l).is_empty());
    assert!(lines_through_text(&l).is_empty());
    assert!(inside(&l));
}

#[test]
fn status_votes_and_verdict_are_written_under_the_text() {
    let mut d = sample(1);
    let c = &mut d.bones[0].causes[0];
    c.status = RibStatus::Confirmed;
    c.votes = 3;
    c.verdict = Some("root cause found".into());
    d.bones[0].causes[1].status = RibStatus::RuledOut;
    let l = layout(&d);
    let note = l.ribs[0].note.as_ref().unwrap();
    assert_eq!(note.lines, ["✓ confirmed · ● 3", "root cause found"]);
    assert_eq!(note.y, l.ribs[0].text.y + l.ribs[0].text.h);
    assert_eq!(l.ribs[0].line.y1, note.y + note.h);
    assert_eq!(l.ribs[1].note.as_ref().unwrap().lines, ["✕ ruled out"]);
    assert!(l.ribs[2].note.is_none());
    assert!(overlapping(&l).is_empty());
}

#[test]
fn sub_causes_go_as_deep_as_the_input() {
    let mut chain = rib("d40", "the deepest why", vec![]);
    for depth in (1..40).rev() {
        chain = rib(&format!("d{depth}"), "why is that so", vec![chain]);
    }
    let mut d = sample(3);
    d.bones[1].causes.insert(0, chain);
    let l = layout(&d);
    let deep: Vec<&RibGeom> = l.ribs.iter().filter(|r| r.id.starts_with('d')).collect();
    assert_eq!(deep.len(), 40);
    for (k, w) in deep.windows(2).enumerate() {
        assert_eq!((w[0].depth, w[1].depth), (k + 1, k + 2));
        // Each level branches off further from the bone.
        assert!(w[1].line.x2 < w[0].line.x2);
        assert_eq!(w[1].joint.unwrap().y2, w[0].line.y1);
    }
    assert!(overlapping(&l).is_empty());
    assert!(lines_through_text(&l).is_empty());
    assert!(inside(&l));
}

#[test]
fn the_picture_grows_with_the_content() {
    let small = layout(&sample(2));
    let wide = layout(&sample(8));
    assert!(wide.width > small.width);
    let mut tall = sample(2);
    for n in 0..20 {
        tall.bones[0]
            .causes
            .push(rib(&format!("x{n}"), "another cause", vec![]));
    }
    assert!(layout(&tall).height > small.height);
}

/// 8 categories × 15 causes × 3 levels deep (360 causes): it has to be quick in the
/// browser, so the algorithm stays near linear; here it just has to finish and hold.
#[test]
fn a_big_diagram_lays_out() {
    let level = |p: &str, n: usize, kids: &dyn Fn(&str) -> Vec<Rib>| -> Vec<Rib> {
        (0..n)
            .map(|i| {
                let id = format!("{p}.{i}");
                rib(
                    &id,
                    "A cause with a fairly ordinary length of text",
                    kids(&id),
                )
            })
            .collect()
    };
    let d = Diagram {
        effect: "Big".into(),
        bones: (0..8)
            .map(|b| {
                let causes = level(&format!("b{b}"), 15, &|p| {
                    level(p, 1, &|p| level(p, 1, &|_| vec![]))
                });
                bone(&format!("b{b}"), "Category", causes)
            })
            .collect(),
    };
    let l = layout(&d);
    assert_eq!(l.ribs.len(), 360);
    assert!(overlapping(&l).is_empty());
    assert!(lines_through_text(&l).is_empty());
    assert!(inside(&l));
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z]{1,8}( [a-z]{1,12}){0,6}",
        "[a-zA-Z<>&\"' ]{0,120}",
        "[a-z]{30,90}",
        "[返金が遅い]{1,30}",
    ]
}

fn tree(depth: u32) -> BoxedStrategy<Rib> {
    let leaf = (text(), 0u32..3, any::<bool>()).prop_map(|(text, status, verdict)| Rib {
        id: String::new(),
        text,
        status: [
            RibStatus::Suspected,
            RibStatus::Confirmed,
            RibStatus::RuledOut,
        ][status as usize],
        votes: status * 2,
        verdict: verdict.then(|| "root cause found".into()),
        children: vec![],
    });
    if depth == 0 {
        return leaf.boxed();
    }
    (leaf, prop::collection::vec(tree(depth - 1), 0..3))
        .prop_map(|(mut r, children)| {
            r.children = children;
            r
        })
        .boxed()
}

fn diagram() -> impl Strategy<Value = Diagram> {
    (
        text(),
        prop::collection::vec((text(), prop::collection::vec(tree(3), 0..20)), 0..13),
    )
        .prop_map(|(effect, bones)| Diagram {
            effect,
            bones: bones
                .into_iter()
                .enumerate()
                .map(|(i, (label, causes))| Bone {
                    id: format!("b{i}"),
                    label,
                    causes,
                })
                .collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn nothing_overlaps_and_everything_is_inside(d in diagram()) {
        let l = layout(&d);
        let bad = overlapping(&l);
        prop_assert!(bad.is_empty(), "{} overlaps, first {:?}", bad.len(), bad.first());
        prop_assert!(inside(&l));
        let through = lines_through_text(&l);
        prop_assert!(through.is_empty(), "{} lines through text, first {:?}", through.len(), through.first());
        prop_assert_eq!(l.bones.len(), d.bones.len());
        prop_assert_eq!(layout(&d), l);
    }
}
