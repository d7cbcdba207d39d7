//! The diagram as a Markdown outline for a report or a wiki page: the effect as the
//! title, a section a category, and the causes as a nested list with their status,
//! dots and evidence. Every piece of user text is escaped, so `<script>` or
//! `"><svg onload=…>` shows as the text it is and no Markdown or HTML comes alive.

use super::model::{Cause, CauseStatus, Fishbone};
use crate::domain::evidence::{Evidence, EvidenceLink};

/// User text as inert Markdown on one line: HTML's special characters as entities,
/// Markdown's with a backslash, line breaks as spaces, and a leading list or heading
/// marker taken literally.
pub fn escape(text: &str) -> String {
    let one_line = text.replace(['\n', '\r', '\t'], " ");
    let mut out = String::with_capacity(one_line.len());
    for c in one_line.trim().chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '{' | '}' | '#' | '!' | '|' | '~'
            | '+' | '-' | '=' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    // "1. x" at the start of a list item would start a numbered list inside it.
    if let Some(dot) = out.find(['.', ')']) {
        if dot > 0 && out[..dot].bytes().all(|b| b.is_ascii_digit()) {
            out.insert(dot, '\\');
        }
    }
    out
}

fn evidence_line(e: &Evidence) -> String {
    let link = match &e.link {
        EvidenceLink::None => String::new(),
        EvidenceLink::Kpi { label, .. } => format!("KPI: {}", escape(label)),
        EvidenceLink::JourneyCard { .. } => "a journey map card".into(),
        EvidenceLink::Complaint { .. } => "a complaint log entry".into(),
        EvidenceLink::Document { reference } => format!("document: {}", escape(reference)),
    };
    match (e.note.trim().is_empty(), link.is_empty()) {
        (false, false) => format!("Evidence: {} ({link})", escape(&e.note)),
        (false, true) => format!("Evidence: {}", escape(&e.note)),
        _ => format!("Evidence: {link}"),
    }
}

fn dots(n: u32) -> String {
    match n {
        0 => String::new(),
        1 => " · 1 dot".into(),
        n => format!(" · {n} dots"),
    }
}

fn cause_lines(out: &mut String, c: &Cause, depth: usize) {
    let indent = "  ".repeat(depth);
    let text = if c.text.trim().is_empty() {
        "(blank)".to_string()
    } else {
        escape(&c.text)
    };
    let status = match c.status {
        CauseStatus::Suspected => String::new(),
        s => format!(" — **{}**", s.words()),
    };
    out.push_str(&format!(
        "{indent}- {text}{status}{}\n",
        dots(c.total_votes())
    ));
    for e in &c.evidence {
        out.push_str(&format!("{indent}  - {}\n", evidence_line(e)));
    }
    for child in &c.children {
        cause_lines(out, child, depth + 1);
    }
}

/// The diagram as a Markdown outline.
pub fn to_markdown(f: &Fishbone) -> String {
    let effect = if f.effect.trim().is_empty() {
        "Problem statement not written yet".to_string()
    } else {
        escape(&f.effect)
    };
    let mut out = format!("# {effect}\n");
    for cat in &f.categories {
        out.push_str(&format!("\n## {}\n\n", escape(&cat.name)));
        if cat.causes.is_empty() {
            out.push_str("No causes yet.\n");
        }
        for c in &cat.causes {
            cause_lines(&mut out, c, 0);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fishbone::causes::Parent;
    use crate::domain::fishbone::{test_ids, Preset};

    fn diagram() -> Fishbone {
        let mut f = Fishbone::new("f".into(), "Transfers in Q3", Preset::FourS, test_ids());
        let systems = Parent::Category(f.categories[2].id.clone());
        f.add_cause("a".into(), "CRM shows no history", &systems, None)
            .unwrap();
        f.add_cause("b".into(), "Two systems", &Parent::Cause("a".into()), None)
            .unwrap();
        f.set_status("b", CauseStatus::Confirmed).unwrap();
        f.add_evidence("b", &Evidence::note("IT asset list, March"))
            .unwrap();
        f.add_participant("Ann").unwrap();
        f.cast_dot("b", "Ann").unwrap();
        f.cast_dot("b", "Ann").unwrap();
        f
    }

    #[test]
    fn the_outline_has_the_effect_categories_and_nested_causes() {
        let md = to_markdown(&diagram());
        assert!(md.starts_with("# Transfers in Q3\n\n## Surroundings\n\nNo causes yet.\n"));
        assert!(md.contains(
            "## Systems\n\n- CRM shows no history\n  - Two systems — **confirmed** · 2 dots\n    - Evidence: IT asset list, March\n"
        ), "{md}");
    }

    #[test]
    fn hostile_text_stays_inert() {
        let mut f = diagram();
        f.effect = "<script>alert(1)</script>".into();
        f.categories[0].name = "\"><svg onload=alert(1)>".into();
        f.set_cause_text("a", "[click](javascript:alert(1))\n# Heading")
            .unwrap();
        f.set_cause_text("b", "1. numbered").unwrap();
        let md = to_markdown(&f);
        assert!(
            md.starts_with("# &lt;script&gt;alert\\(1\\)&lt;/script&gt;\n"),
            "{md}"
        );
        assert!(md.contains("## &quot;&gt;&lt;svg onload\\=alert\\(1\\)&gt;\n"));
        assert!(md.contains("- \\[click\\]\\(javascript:alert\\(1\\)\\) \\# Heading\n"));
        assert!(md.contains("  - 1\\. numbered"));
        assert!(!md.contains('<') && !md.contains("](") && !md.contains("\n# Heading"));
    }
}
