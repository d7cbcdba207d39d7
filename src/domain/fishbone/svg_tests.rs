//! The fishbone SVG: hostile text stays text, status is told by icon and word as well
//! as colour, colours pass contrast, print is black and white, causes can be clicked.

use super::layout::{layout, Bone, Diagram, Rib, RibStatus};
use super::svg::{to_svg, Options, Palette, PRINT, SCREEN};

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
