//! The fishbone SVG: hostile text stays text, status is told by icon and word as well
//! as colour, colours pass contrast, print is black and white, causes can be clicked.

use super::layout::{layout, Bone, Diagram, Rib, RibStatus};
use super::svg::{drawing, to_svg, Options, Palette, PRINT, SCREEN};

fn cause(id: &str, text: &str, status: RibStatus, votes: u32) -> Rib {
    Rib {
        id: id.into(),
        text: text.into(),
        status,
        votes,
        verdict: None,
        children: vec![],
    }
}

fn diagram(text: &str) -> Diagram {
    let mut confirmed = cause("c1", "Manager sign-off", RibStatus::Confirmed, 3);
    confirmed.verdict = Some("root cause found".into());
    confirmed.children = vec![cause("c1a", text, RibStatus::Suspected, 0)];
    Diagram {
        effect: format!("Slow refunds {text}"),
        bones: vec![
            Bone {
                id: "people".into(),
                label: "People".into(),
                causes: vec![
                    confirmed,
                    cause("c2", "Untrained staff", RibStatus::RuledOut, 0),
                ],
            },
            Bone {
                id: text.into(),
                label: text.into(),
                causes: vec![cause(text, "Batch runs daily", RibStatus::Suspected, 1)],
            },
        ],
    }
}

fn svg(text: &str, print: bool) -> String {
    let options = Options {
        title: format!("Fishbone {text}"),
        print,
    };
    to_svg(&layout(&diagram(text)), &options)
}

/// Every tag in the document without its quoted attribute values: the names of the
/// elements and attributes the document really has.
fn tags(svg: &str) -> Vec<String> {
    // What comes before the first '<' is not a tag (the text before the document).
    svg.split('<')
        .skip(1)
        .map(|t| {
            let tag = t.split('>').next().unwrap_or("");
            tag.split('"').step_by(2).collect()
        })
        .collect()
}

#[test]
fn hostile_text_stays_inert_text() {
    let hostile = "\"><svg onload=alert(1)> <script>alert('x')</script> & \u{0}";
    let out = svg(hostile, false);
    assert!(!out.contains("<script"));
    assert!(!out.contains('\u{0}'));
    assert_eq!(out.matches("<svg").count(), 1);
    for tag in tags(&out) {
        assert!(!tag.contains("onload"), "{tag}");
        assert!(!tag.starts_with("script"), "{tag}");
    }
    assert!(out.contains("&lt;script&gt;"));
    assert!(out.contains("data-cause=\"&quot;&gt;&lt;svg onload=alert(1)&gt;"));
    assert!(out.contains("aria-label=\"Fishbone &quot;&gt;&lt;svg"));
}

#[test]
fn a_standalone_document_sized_like_its_layout() {
    let l = layout(&diagram("x"));
    let out = to_svg(
        &l,
        &Options {
            title: "Refunds".into(),
            print: false,
        },
    );
    assert!(out.starts_with("<?xml"));
    assert!(out.contains(r#"xmlns="http://www.w3.org/2000/svg""#));
    let size = format!(
        r#"width="{w}" height="{h}" viewBox="0 0 {w} {h}""#,
        w = l.width,
        h = l.height
    );
    assert!(out.contains(&size), "{size}");
    assert!(out.contains(r#"role="img" aria-label="Refunds""#));
    assert!(out.contains("<title>Refunds</title>"));
    assert!(out.trim_end().ends_with("</svg>"));
    // One tspan per wrapped line of every box.
    let lines: usize = l.text_boxes().iter().map(|b| b.lines.len()).sum();
    assert_eq!(out.matches("<tspan").count(), lines);
}

#[test]
fn every_cause_and_category_can_be_found_by_its_id() {
    let out = svg("x", false);
    for id in ["c1", "c1a", "c2", "x"] {
        assert_eq!(
            out.matches(&format!(r#"data-cause="{id}""#)).count(),
            1,
            "{id}"
        );
    }
    assert!(out.contains(r#"data-category="people""#));
    assert_eq!(out.matches(r#"class="cause""#).count(), 4);
}

#[test]
fn status_is_told_by_icon_and_word_as_well_as_colour() {
    let out = svg("x", false);
    let group = |id: &str| {
        let from = out.find(&format!(r#"data-cause="{id}""#)).unwrap();
        let to = from + out[from..].find("</g>").unwrap();
        out[from..to].to_string()
    };
    let confirmed = group("c1");
    assert!(confirmed.contains("✓ confirmed · ● 3"));
    assert!(confirmed.contains(">root cause found<"));
    assert!(confirmed.contains(SCREEN.confirmed));
    let ruled_out = group("c2");
    assert!(ruled_out.contains("✕ ruled out"));
    assert!(ruled_out.contains(r#"text-decoration="line-through""#));
    // The strike is also a line drawn through the text.
    assert_eq!(ruled_out.matches("<line").count(), 2);
    let suspected = group("c1a");
    assert!(!suspected.contains("line-through") && !suspected.contains('✓'));
    assert!(group("x").contains("● 1"));
}

/// WCAG relative luminance of "#rrggbb".
fn luminance(hex: &str) -> f64 {
    let ch = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(1) + 0.7152 * ch(3) + 0.0722 * ch(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn text_colours_pass_aa_contrast() {
    for p in [&SCREEN, &PRINT] {
        let p: &Palette = p;
        for ink in [p.ink, p.confirmed, p.ruled_out] {
            assert!(contrast(ink, "#ffffff") >= 4.5, "{ink}");
        }
        assert!(contrast(p.head_ink, p.head_fill) >= 4.5);
        assert!(contrast(p.label_ink, p.label_fill) >= 4.5);
    }
}

#[test]
fn print_is_black_and_white() {
    let out = svg("x", true);
    // Each '#' starts a colour; the text before the first one is not a colour.
    let colours: Vec<&str> = out.split('#').skip(1).map(|s| &s[..6]).collect();
    assert!(!colours.is_empty());
    assert!(
        colours.iter().all(|c| *c == "000000" || *c == "ffffff"),
        "{colours:?}"
    );
    // Status still reads without colour.
    assert!(out.contains("✓ confirmed") && out.contains("line-through"));
    assert!(svg("x", false).contains(SCREEN.confirmed));
}

#[test]
fn an_empty_diagram_draws_its_hint() {
    let l = layout(&Diagram {
        effect: String::new(),
        bones: vec![],
    });
    let out = to_svg(&l, &Options::default());
    assert!(out.contains("No categories yet."));
    assert!(out.contains(r#"aria-label="Fishbone diagram""#));
    let named = layout(&Diagram {
        effect: "Late <parcels>".into(),
        bones: vec![],
    });
    let out = to_svg(&named, &Options::default());
    assert!(out.contains(r#"aria-label="Fishbone diagram: Late &lt;parcels&gt;""#));
    assert!(out.contains("font-style=\"italic\""));
    assert_eq!(out.matches("class=\"cause\"").count(), 0);
}

/// The bench's shape: 8 bones of 15 causes, each with a cause of a cause of its own.
fn big(extra_on: Option<usize>) -> Diagram {
    let mut bones = Vec::new();
    for g in 0..8 {
        let mut causes = Vec::new();
        for i in 0..15 {
            let mut c = cause(
                &format!("c{g}-{i}"),
                &format!("Cause {i} of the transfers on {g}"),
                RibStatus::Suspected,
                0,
            );
            let mut d = cause(
                &format!("c{g}-{i}-a"),
                "because of step 1",
                RibStatus::Suspected,
                0,
            );
            d.children = vec![cause(
                &format!("c{g}-{i}-b"),
                "because of step 2",
                RibStatus::Suspected,
                0,
            )];
            c.children = vec![d];
            causes.push(c);
        }
        if extra_on == Some(g) {
            causes.insert(4, cause("new", "", RibStatus::Suspected, 0));
        }
        bones.push(Bone {
            id: format!("g{g}"),
            label: format!("Category {g}"),
            causes,
        });
    }
    Diagram {
        effect: "34% of late-delivery callers".into(),
        bones,
    }
}

#[test]
fn adding_a_cause_redraws_only_what_changed_the_rest_only_moves() {
    use super::svg::drawing;
    let o = Options::default();
    let before = drawing(layout(&big(None)), &o);
    let after = drawing(layout(&big(Some(2))), &o);
    assert_eq!(after.pieces.len(), before.pieces.len() + 1);
    let changed: Vec<&str> = after
        .pieces
        .iter()
        .filter(|p| {
            before
                .pieces
                .iter()
                .find(|q| q.key == p.key)
                .is_none_or(|q| before.markup(q) != after.markup(p))
        })
        .map(|p| p.key.as_str())
        .collect();
    // The new cause, its bone (longer now) and the description (one more cause).
    assert_eq!(changed, ["desc", "bone-g2", "cause-new"]);
    let moved = after
        .pieces
        .iter()
        .filter(|p| before.pieces.iter().any(|q| q.key == p.key && q.at != p.at))
        .count();
    assert!(moved > 100, "the picture moved as a whole: {moved} pieces");
}

#[test]
fn each_piece_is_put_in_place_on_its_own_element() {
    use super::svg::drawing;
    let d = drawing(layout(&big(None)), &Options::default());
    let svg = d.to_svg();
    let cause = d.pieces.iter().find(|p| p.key == "cause-c0-0").unwrap();
    let (x, y) = cause.at.clone().unwrap();
    assert!(d
        .markup(cause)
        .starts_with(r#"<g class="cause" data-cause="c0-0""#));
    assert!(svg.contains(&format!(
        r#"<g transform="translate({x} {y})" class="cause" data-cause="c0-0""#
    )));
    // Pieces drawn in the picture's own coordinates are not moved.
    assert!(svg.contains("<title>") && !svg.contains(r#"<title transform"#));
    assert_eq!(svg.matches("<g ").count(), svg.matches("</g>").count());
}

#[test]
fn every_piece_lies_within_its_bounds_and_the_picture() {
    use super::svg::{drawing, Bounds};
    let l = layout(&big(Some(3)));
    let d = drawing(l.clone(), &Options::default());
    let picture = Bounds {
        x: 0.0,
        y: 0.0,
        w: d.width,
        h: d.height,
    };
    for r in &l.ribs {
        let piece = d
            .pieces
            .iter()
            .find(|p| p.key == format!("cause-{}", r.id))
            .unwrap();
        let b = piece.bounds.expect("a cause has bounds");
        let text = Bounds {
            x: r.text.x,
            y: r.text.y,
            w: r.text.w,
            h: r.text.h,
        };
        assert!(b.holds(&text), "{}: {b:?} {text:?}", r.id);
        assert!(picture.holds(&b), "{}: {b:?}", r.id);
    }
    // A view of the picture's corner meets the pieces there and not those far away.
    let corner = Bounds {
        x: 0.0,
        y: 0.0,
        w: 400.0,
        h: 300.0,
    };
    let near = d
        .pieces
        .iter()
        .filter(|p| p.bounds.is_some_and(|b| b.meets(&corner)))
        .count();
    assert!(near > 0 && near < l.ribs.len() / 4, "{near}");
}

#[test]
fn bounds_join_meet_hold_and_grow() {
    use super::svg::Bounds;
    let a = Bounds {
        x: 0.0,
        y: 0.0,
        w: 10.0,
        h: 10.0,
    };
    let b = Bounds {
        x: 20.0,
        y: 5.0,
        w: 10.0,
        h: 10.0,
    };
    assert_eq!(
        a.union(b),
        Bounds {
            x: 0.0,
            y: 0.0,
            w: 30.0,
            h: 15.0
        }
    );
    assert!(!a.meets(&b) && a.union(b).meets(&b));
    assert!(
        a.meets(&Bounds {
            x: 10.0,
            y: 10.0,
            w: 1.0,
            h: 1.0
        }),
        "touching counts"
    );
    assert!(a.union(b).holds(&a) && !a.holds(&b));
    assert_eq!(
        a.grown(0.5),
        Bounds {
            x: -5.0,
            y: -5.0,
            w: 20.0,
            h: 20.0
        }
    );
}

/// Each bone and its causes are a layer of their own (a page paints again only the
/// layers an edit changed); the picture's own pieces are the first.
#[test]
fn each_bone_and_its_causes_are_a_layer() {
    let d = diagram("Refunds late");
    let l = layout(&d);
    let bones = l.bones.len();
    let picture = drawing(l.clone(), &Options::default());
    assert_eq!(picture.layers, 1 + bones);
    for p in &picture.pieces {
        if let Some(id) = p.key.strip_prefix("cause-") {
            let rib = l.ribs.iter().find(|r| r.id == id).unwrap();
            assert_eq!(p.layer, 1 + rib.bone, "{}", p.key);
            let bone = &l.bones[rib.bone];
            let category = d.bones.iter().find(|b| b.id == bone.id).unwrap();
            fn holds(ribs: &[Rib], id: &str) -> bool {
                ribs.iter().any(|r| r.id == id || holds(&r.children, id))
            }
            assert!(holds(&category.causes, id), "{id} is on {}", bone.id);
        } else if let Some(id) = p.key.strip_prefix("bone-") {
            assert_eq!(
                p.layer,
                1 + l.bones.iter().position(|b| b.id == id).unwrap()
            );
        } else {
            assert_eq!(p.layer, 0, "{}", p.key);
        }
    }
}

#[test]
fn category_labels_are_drawn_as_wide_as_their_box_allows() {
    // Bold text in a wide font ran past the label's box: each line is drawn exactly
    // as wide as the layout sized the box for.
    let d = diagram("Machines/Systems");
    let l = layout(&d);
    let svg = svg("Machines/Systems", false);
    for bone in &l.bones {
        for line in &bone.label.lines {
            let drawn = super::text_wrap::columns(line) as f64 * super::layout::BOLD_GLYPH_W;
            assert!(
                drawn <= bone.label.w,
                "{line}: {drawn} in a box of {}",
                bone.label.w
            );
            let want = format!(
                r#"textLength="{}" lengthAdjust="spacingAndGlyphs">{line}</tspan>"#,
                super::svg::n(drawn)
            );
            assert!(svg.contains(&want), "{want}");
        }
    }
}
