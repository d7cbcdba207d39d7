//! Mermaid text as people keep it: on its own, or in a Markdown document (a README, a
//! wiki page, Obsidian or Azure DevOps notes) as a fenced ```` ```mermaid ```` or
//! `::: mermaid` block among other text and other diagrams. The importers read the
//! diagram of their kind from such a document; every other line becomes blank, so an
//! error still names the line of the file it is on.

use std::borrow::Cow;

/// Where a block of `line` opens, and the line that closes it.
fn fence(line: &str) -> Option<&'static str> {
    let t = line.trim();
    let rest = t
        .strip_prefix("```")
        .or_else(|| t.strip_prefix("~~~"))
        .map(|r| (r, if t.starts_with('`') { "```" } else { "~~~" }));
    if let Some((info, close)) = rest {
        return (info.trim().eq_ignore_ascii_case("mermaid")).then_some(close);
    }
    let info = t.strip_prefix(":::")?;
    info.trim().eq_ignore_ascii_case("mermaid").then_some(":::")
}

/// `text` with only the first fenced Mermaid block whose diagram starts with `keyword`
/// ("journey", "ishikawa") kept, every other line blanked; the text unchanged when it
/// has no fenced Mermaid block (it is then taken to be Mermaid text itself), or the first
/// block when none starts with `keyword` (its error then says what it starts with).
/// A byte-order mark in front (Notepad's "UTF-8 with BOM") is not part of the text.
pub fn diagram_text<'a>(text: &'a str, keyword: &str) -> Cow<'a, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some(close) = fence(lines[i]) {
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].trim() == close)
                .unwrap_or(lines.len());
            blocks.push((i + 1, end));
            i = end + 1;
        } else {
            i += 1;
        }
    }
    let starts_with_keyword = |&&(a, b): &&(usize, usize)| {
        lines[a..b]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty() && !l.starts_with("%%") && !l.starts_with("---"))
            .is_some_and(|l| l.to_ascii_lowercase().starts_with(keyword))
    };
    let Some(&(a, b)) = blocks.iter().find(starts_with_keyword).or(blocks.first()) else {
        return Cow::Borrowed(text);
    };
    let kept: Vec<&str> = lines
        .iter()
        .enumerate()
        .map(|(n, l)| if (a..b).contains(&n) { *l } else { "" })
        .collect();
    Cow::Owned(kept.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# Returns review

Notes from the workshop.

```mermaid
flowchart LR
  A --> B
```

```mermaid
journey
  title Returns
  section Ask
    Find the returns page: 2: Customer
```

::: mermaid
ishikawa-beta
  Late refunds
    People
:::
";

    #[test]
    fn a_byte_order_mark_in_front_is_not_part_of_the_diagram() {
        let text = "\u{feff}journey\r\n    title T\r\n    section S\r\n      A: 5: Me\r\n";
        let j = diagram_text(text, "journey");
        assert!(j.starts_with("journey"));
        let map = crate::domain::journey::mermaid::parse(
            &j,
            "m".into(),
            crate::domain::journey::test_ids("i"),
        )
        .unwrap();
        assert_eq!(map.title, "T");
        let f = diagram_text(
            "\u{feff}ishikawa-beta\n  Late refunds\n    People\n",
            "ishikawa",
        );
        assert_eq!(
            crate::domain::fishbone::mermaid::parse(&f).unwrap().effect,
            "Late refunds"
        );
    }

    #[test]
    fn the_block_of_the_asked_kind_is_kept_on_its_own_lines() {
        let j = diagram_text(DOC, "journey");
        let lines: Vec<&str> = j.lines().collect();
        assert_eq!(lines[10], "journey");
        assert_eq!(lines[13], "    Find the returns page: 2: Customer");
        assert!(lines
            .iter()
            .enumerate()
            .all(|(n, l)| (10..14).contains(&n) || l.is_empty()));
        let f = diagram_text(DOC, "ishikawa");
        assert_eq!(
            f.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>(),
            ["ishikawa-beta", "  Late refunds", "    People"]
        );
    }

    #[test]
    fn plain_mermaid_text_is_left_as_it_is_and_a_block_of_another_kind_is_offered() {
        let plain = "journey\n  title X\n";
        assert!(matches!(diagram_text(plain, "journey"), Cow::Borrowed(t) if t == plain));
        let other = "text\n```mermaid\nflowchart LR\n```\n";
        assert_eq!(diagram_text(other, "journey"), "\n\nflowchart LR\n");
        // A block left open runs to the end of the text.
        assert_eq!(
            diagram_text("~~~mermaid\njourney\n", "journey"),
            "\njourney"
        );
    }

    #[test]
    fn the_parsers_read_a_markdown_document_and_name_lines_of_the_file() {
        use crate::domain::journey::{mermaid, test_ids};
        let m = mermaid::parse(&diagram_text(DOC, "journey"), "m".into(), test_ids("i")).unwrap();
        assert_eq!(m.title, "Returns");
        let f = crate::domain::fishbone::mermaid::parse(&diagram_text(DOC, "ishikawa")).unwrap();
        assert_eq!(f.effect, "Late refunds");
        let bad = DOC.replace("Find the returns page: 2", "Find the returns page: lots");
        let e =
            mermaid::parse(&diagram_text(&bad, "journey"), "m".into(), test_ids("i")).unwrap_err();
        assert_eq!(e.line, 14, "the line in the Markdown file");
    }
}
