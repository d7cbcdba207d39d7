//! Mermaid `ishikawa-beta` text: Mermaid's own examples, relative indentation, the
//! round trip, malformed text named by line, hostile text, and random input.

use super::*;
use crate::domain::fishbone::causes::Parent;
use crate::domain::fishbone::model::{MAX_CATEGORIES, MAX_DEPTH};
use crate::domain::fishbone::test_ids;
use proptest::prelude::*;

/// Mermaid's documentation example.
const BLURRY: &str = "ishikawa-beta
    Blurry Photo
        Process
            Out of focus
            Shutter speed too slow
        User
            Shaky hands
        Equipment
            Lens
                Dirty lens
";

fn names(b: &[Branch]) -> Vec<&str> {
    b.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn mermaids_example_reads_as_effect_categories_and_nested_causes() {
    let m = parse(BLURRY).unwrap();
    assert_eq!(m.effect, "Blurry Photo");
    assert_eq!(names(&m.categories), ["Process", "User", "Equipment"]);
    assert_eq!(
        names(&m.categories[0].children),
        ["Out of focus", "Shutter speed too slow"]
    );
    let lens = &m.categories[2].children[0];
    assert_eq!((lens.text.as_str(), lens.line), ("Lens", 9));
    assert_eq!(names(&lens.children), ["Dirty lens"]);
    assert!(m.notices.is_empty());
}

#[test]
fn an_unindented_effect_still_heads_the_lines_at_its_own_level() {
    // Mermaid's test: lines at the effect's indentation are its categories.
    let m = parse("ishikawa-beta\nProblem\nCause A\n  Subcause A1\nCause B\n").unwrap();
    assert_eq!(m.effect, "Problem");
    assert_eq!(names(&m.categories), ["Cause A", "Cause B"]);
    assert_eq!(names(&m.categories[0].children), ["Subcause A1"]);
}

#[test]
fn indentation_is_relative_and_tabs_count_as_steps() {
    // Effect indented more than the categories (Mermaid issue 7469): the first line
    // after the effect sets the categories' indentation.
    let m = parse("ishikawa\n        Effect\n  People\n     Tired\n  Process\n").unwrap();
    assert_eq!(names(&m.categories), ["People", "Process"]);
    assert_eq!(names(&m.categories[0].children), ["Tired"]);
    let tabs =
        parse("ishikawa-beta\n\tLate refunds\n\tSystems\n\t\tBatch job\n\t\t\tRuns weekly\n")
            .unwrap();
    assert_eq!(
        names(&tabs.categories[0].children[0].children),
        ["Runs weekly"]
    );
}

#[test]
fn comments_blank_lines_front_matter_and_crlf_are_skipped() {
    let text = "---\ntitle: Refunds\n---\n%% a comment\n\nishikawa-beta\r\n  %% note\r\n  Late refunds\r\n\r\n    People\r\n      %% status: confirmed\r\n      Tired %% not a comment\r\n";
    let m = parse(text).unwrap();
    assert_eq!(m.effect, "Late refunds");
    assert_eq!(
        m.categories[0].text, "People",
        "a status under a category is ignored"
    );
    assert_eq!(m.categories[0].status, CauseStatus::Suspected);
    assert_eq!(m.categories[0].children[0].text, "Tired %% not a comment");
    assert_eq!(m.categories[0].children[0].line, 12);
    let same_line = parse("ishikawa-beta Late refunds\n  People\n").unwrap();
    assert_eq!(same_line.effect, "Late refunds");
    assert_eq!(names(&same_line.categories), ["People"]);
    let commented = parse("ishikawa-beta %% refunds\nLate refunds\n").unwrap();
    assert_eq!(commented.effect, "Late refunds");
}

#[test]
fn uneven_indentation_is_read_as_mermaid_does_and_said() {
    let text = "ishikawa-beta\n  Effect\n    People\n        Tired\n      Rushed\n  Process\n";
    let m = parse(text).unwrap();
    assert_eq!(names(&m.categories), ["People", "Process"]);
    assert_eq!(names(&m.categories[0].children), ["Tired", "Rushed"]);
    assert_eq!(m.notices.len(), 2, "{:?}", m.notices);
    assert_eq!(m.notices[0].line, 5);
    assert!(m.notices[0].message.contains("line 4"));
    assert!(m.notices[0].message.contains("\u{201c}People\u{201d}"));
    assert_eq!(m.notices[1].line, 6);
    assert!(m.notices[1].message.contains("first category (line 3)"));
}

#[test]
fn malformed_text_names_the_line() {
    let e = |t: &str| parse(t).unwrap_err().to_string();
    assert_eq!(e(""), "line 1: the text is empty");
    assert_eq!(e("%% only\n\n"), "line 1: the text is empty");
    assert_eq!(
        e("\nmindmap\n  root\n"),
        "line 2: the text must start with the word \"ishikawa-beta\""
    );
    assert_eq!(
        e("ishikawa-beta\n%% nothing\n"),
        "line 2: the problem (the effect) is missing: write it on the line after \"ishikawa-beta\""
    );
    assert_eq!(
        e("---\ntitle: x\nishikawa-beta\n"),
        "line 1: the front matter opened here is not closed with \"---\""
    );
    let mut deep = String::from("ishikawa-beta\nEffect\n Category\n");
    for level in 1..=MAX_DEPTH + 1 {
        deep.push_str(&format!("{}cause {level}\n", " ".repeat(level + 1)));
    }
    assert_eq!(
        e(&deep),
        "line 10: this cause is 7 levels deep; causes go at most 6 levels deep under a category"
    );
    let long = format!("ishikawa-beta\nEffect\n  People\n    {}\n", "x".repeat(301));
    assert!(e(&long).starts_with("line 4: a cause must be 300 characters or fewer"));
    let mut many = String::from("ishikawa-beta\nEffect\n");
    for i in 0..=MAX_CATEGORIES {
        many.push_str(&format!("  c{i}\n"));
    }
    assert_eq!(
        e(&many),
        "line 27: a fishbone diagram keeps at most 24 categories"
    );
}

fn diagram() -> Fishbone {
    let mut f = Fishbone::new(
        "f".into(),
        "34% of callers transferred twice",
        Preset::FourS,
        test_ids(),
    );
    let systems = Parent::Category(f.categories[2].id.clone());
    f.add_cause("a".into(), "CRM shows no history", &systems, None)
        .unwrap();
    f.add_cause("b".into(), "Two systems", &Parent::Cause("a".into()), None)
        .unwrap();
    f.add_cause(
        "c".into(),
        "Merger in 2024",
        &Parent::Cause("b".into()),
        None,
    )
    .unwrap();
    f.set_status("b", CauseStatus::Confirmed).unwrap();
    f.set_status("c", CauseStatus::RuledOut).unwrap();
    f
}

#[test]
fn emit_writes_what_mermaid_reads_and_the_round_trip_keeps_the_tree() {
    let f = diagram();
    let text = emit(&f);
    assert!(text.starts_with(
        "ishikawa-beta\n    34% of callers transferred twice\n        Surroundings\n"
    ));
    assert!(text.contains(
        "        Systems\n            CRM shows no history\n                Two systems\n                %% status: confirmed\n                    Merger in 2024\n"
    ));
    let back = parse(&text).unwrap().into_fishbone("f".into(), test_ids());
    assert_eq!(skeleton(&back), skeleton(&f));
    assert_eq!(emit(&back), text, "the text comes back exactly");
}

#[test]
fn hostile_text_stays_on_its_line_and_cannot_become_a_comment_or_keyword() {
    let mut f = diagram();
    f.effect = "<script>alert(1)</script>".into();
    f.categories[0].name = "Evil\n  Injected".into();
    f.categories[1].name = "%%{init: {'theme':'dark'}}%%".into();
    f.categories[3].name = "Ishikawa method".into();
    let text = emit(&f);
    assert!(!text.lines().any(|l| l.trim_start().starts_with("Injected")));
    assert!(!text.contains("%%{"), "no directive");
    let back = parse(&text).unwrap();
    assert_eq!(back.effect, "<script>alert(1)</script>", "markup is data");
    assert_eq!(
        names(&back.categories),
        [
            "Evil   Injected",
            "%{init: {'theme':'dark'}}%",
            "Systems",
            "Ishikawa method"
        ]
    );
    assert_eq!(clean("  "), BLANK);
    assert_eq!(clean("Ishikawa"), "\u{200b}Ishikawa");
}

/// (text, status, children) all the way down, as Mermaid can carry it.
#[derive(Debug, PartialEq)]
struct Tree(Vec<(String, CauseStatus, Tree)>);

fn skeleton(f: &Fishbone) -> (String, Vec<(String, Tree)>) {
    fn causes(list: &[Cause]) -> Tree {
        Tree(
            list.iter()
                .map(|c| (clean(&c.text), c.status, causes(&c.children)))
                .collect(),
        )
    }
    (
        clean(&f.effect),
        f.categories
            .iter()
            .map(|g| (clean(&g.name), causes(&g.causes)))
            .collect(),
    )
}

/// A random diagram: each cause goes `depth` levels down the last branch of a category.
fn random_diagram() -> impl Strategy<Value = Fishbone> {
    let text = "(ishikawa|%%|---|\u{feff})?[a-zA-Z0-9 %:#<>&\"'()\\[\\]{}\t\u{a0}\u{3000}-]{0,14}";
    (
        text,
        prop::collection::vec("[a-zA-Z][a-zA-Z %#:<>]{0,10}", 0..5),
        prop::collection::vec((0usize..5, 1usize..=MAX_DEPTH, text, 0usize..3), 0..40),
    )
        .prop_map(|(effect, cats, causes)| {
            let mut f = Fishbone::new("f".into(), &effect, Preset::Custom, test_ids());
            for (i, name) in cats.iter().enumerate() {
                f.add_category(format!("g{i}").into(), name, None).unwrap();
            }
            for (n, (cat, depth, text, status)) in causes.into_iter().enumerate() {
                let Some(g) = f.categories.get(cat % f.categories.len().max(1)) else {
                    break;
                };
                let mut parent = Parent::Category(g.id.clone());
                let mut list = &g.causes;
                for _ in 1..depth {
                    let Some(last) = list.last() else { break };
                    parent = Parent::Cause(last.id.clone());
                    list = &last.children;
                }
                let id: CauseId = format!("k{n}").into();
                f.add_cause(id.clone(), &text, &parent, None).unwrap();
                f.set_status(&id, CauseStatus::ALL[status]).unwrap();
            }
            f
        })
}

proptest! {
    #[test]
    fn garbled_text_never_panics(text in "(---\n)?(ishikawa(-beta)?\n)?[a-z \t:%#\n\r-]{0,300}") {
        let _ = parse(&text);
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,200}") {
        let _ = parse(&text);
    }

    #[test]
    fn emit_then_parse_keeps_every_cause_where_it_was(f in random_diagram()) {
        let text = emit(&f);
        let back = parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
        let back = back.into_fishbone("f".into(), test_ids());
        prop_assert_eq!(skeleton(&back), skeleton(&f));
        prop_assert!(back.problems().is_empty());
    }
}
