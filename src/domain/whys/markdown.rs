//! A 5 Whys analysis as a Markdown outline, for reports and for pasting into other
//! tools: the problem, each why with its answers (checked, evidence), and the root
//! causes with a table of their countermeasures. Every piece of user text is escaped
//! for both Markdown and HTML, so text such as `<script>` or `"><svg onload=…>` shows
//! as typed and never becomes markup where the Markdown is rendered.

use super::model::{Answer, WhysAnalysis};
use super::question::{lower_first, strip_opener, why};
use super::verdict::step;
use crate::domain::evidence::{Evidence, EvidenceLink};

/// Text safe inside a Markdown line or table cell: `& < > "` as HTML entities (an
/// apostrophe stays, as it cannot open markup without a `<`), Markdown's punctuation backslash-escaped, line breaks as spaces, and
/// other control characters dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '!'
            | '|' | '~' | '=' => {
                out.push('\\');
                out.push(ch);
            }
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The analysis as a Markdown outline.
pub fn to_markdown(w: &WhysAnalysis) -> String {
    let mut out = format!("# 5 Whys: {}\n\n", escape(&w.problem));
    out.push_str(&format!("**Verdict:** {}\n", w.verdict().words()));
    if let Some(reason) = &w.ruled_out {
        out.push_str(&format!("\n**Ruled out:** {}\n", escape(reason)));
    }
    out.push_str(&format!("\n## {}\n\n", escape(&w.first_question())));
    if w.answers.is_empty() {
        out.push_str("No answers yet.\n");
    }
    for a in &w.answers {
        outline(a, 1, &mut out);
    }
    let roots = w.root_causes();
    if !roots.is_empty() {
        out.push_str("\n## Root causes\n");
    }
    for v in roots {
        let a = v.answer;
        out.push_str(&format!(
            "\n### {} ({})\n\n",
            escape(&a.text),
            step(v.depth)
        ));
        if a.countermeasures.is_empty() {
            out.push_str("No countermeasures yet.\n");
            continue;
        }
        out.push_str("| What | Owner | Due | Strength |\n|---|---|---|---|\n");
        for m in &a.countermeasures {
            let due = m.due.map_or_else(|| "—".to_string(), |d| d.to_string());
            let owner = if m.owner.is_empty() {
                "—".to_string()
            } else {
                escape(&m.owner)
            };
            out.push_str(&format!(
                "| {} | {owner} | {due} | {} |\n",
                escape(&m.what),
                m.strength.label()
            ));
        }
    }
    out
}

/// One answer as a list item, its evidence and the whys asked of it nested below.
fn outline(a: &Answer, depth: usize, out: &mut String) {
    let pad = "  ".repeat(2 * (depth - 1));
    let mut marks = vec![if a.checked { "checked" } else { "not checked" }];
    if a.root_cause {
        marks.push("**root cause**");
    }
    out.push_str(&format!(
        "{pad}- {}: because {} ({})\n",
        step(depth),
        escape(&lower_first(strip_opener(&a.text))),
        marks.join(", ")
    ));
    for e in &a.evidence {
        out.push_str(&format!("{pad}  - Evidence: {}\n", evidence(e)));
    }
    if !a.children.is_empty() {
        out.push_str(&format!("{pad}  - *{}*\n", escape(&why(&a.text))));
        for child in &a.children {
            outline(child, depth + 1, out);
        }
    }
}

fn evidence(e: &Evidence) -> String {
    let link = match &e.link {
        EvidenceLink::None => None,
        EvidenceLink::Kpi { label, .. } => Some(format!("KPI {}", escape(label))),
        EvidenceLink::JourneyCard { .. } => Some("a journey map card".to_string()),
        EvidenceLink::Complaint { .. } => Some("a complaint log entry".to_string()),
        EvidenceLink::Document { reference } => Some(format!("document {}", escape(reference))),
    };
    match (e.note.trim().is_empty(), link) {
        (false, Some(link)) => format!("{} ({link})", escape(&e.note)),
        (true, Some(link)) => link,
        _ => escape(&e.note),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::whys::tree::sample;
    use crate::domain::whys::Strength;

    #[test]
    fn the_outline_follows_the_tree() {
        let mut w = sample();
        w.answer_mut("a2").unwrap().checked = true;
        w.answer_mut("a2").unwrap().evidence.push(Evidence {
            note: "Screen list".into(),
            link: EvidenceLink::Document {
                reference: "crm-roles.pdf".into(),
            },
        });
        w.add_countermeasure(
            "m1".into(),
            &"a3".into(),
            "Buy address seats",
            "IT",
            chrono::NaiveDate::from_ymd_opt(2026, 4, 30),
            Strength::Strong,
        )
        .unwrap();
        let md = to_markdown(&w);
        let expected = "# 5 Whys: Customers are transferred three times

**Verdict:** root cause suspected

## Why are customers transferred three times?

- Why #1: because agents cannot change an address (not checked)
  - *Why can't agents change an address?*
    - Why #2: because the address screen is billing\\-only (checked)
      - Evidence: Screen list (document crm\\-roles.pdf)
      - *Why is the address screen billing\\-only?*
        - Why #3: because the CRM licence covers billing seats only (not checked, **root cause**)
- Why #1: because the IVR menu is unclear (not checked)

## Root causes

### The CRM licence covers billing seats only (Why #3)

| What | Owner | Due | Strength |
|---|---|---|---|
| Buy address seats | IT | 2026-04-30 | strong |
";
        assert_eq!(md, expected);
    }

    #[test]
    fn hostile_text_stays_inert() {
        let mut w = WhysAnalysis::new("w".into(), "<script>alert(1)</script>");
        w.add_answer("a1".into(), None, "\"><svg onload=alert(1)>", None)
            .unwrap();
        w.set_root_cause("a1", true).unwrap();
        w.add_countermeasure(
            "m1".into(),
            &"a1".into(),
            "a | b [x](javascript:y)",
            "<b>",
            None,
            Strength::Weak,
        )
        .unwrap();
        let md = to_markdown(&w);
        for bad in ["<script", "<svg", "\">", "<b>", "](", "a | b"] {
            assert!(!md.contains(bad), "{bad} in {md}");
        }
        assert!(md.contains("&lt;script&gt;"));
        assert!(md.contains("a \\| b \\[x\\]\\(javascript:y\\)"));
        assert_eq!(escape("line\nbreak\u{7}"), "line break");
    }

    #[test]
    fn an_empty_or_ruled_out_analysis_says_so() {
        let mut w = WhysAnalysis::new("w".into(), "Repeat calls");
        w.set_ruled_out(Some("Calls are new *issues*")).unwrap();
        let md = to_markdown(&w);
        assert!(md.contains("**Verdict:** ruled out"));
        assert!(md.contains("**Ruled out:** Calls are new \\*issues\\*"));
        assert!(md.contains("No answers yet."));
        assert!(!md.contains("Root causes"));
    }
}
