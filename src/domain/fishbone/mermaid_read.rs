//! Reading Mermaid `ishikawa-beta` text as Mermaid's own parser does (see `mermaid.rs`
//! for the rules), with the line of every error and notice.

use super::{Branch, Imported, MermaidError, Notice};
use crate::domain::fishbone::model::{
    CauseStatus, MAX_CATEGORIES, MAX_CATEGORY_CHARS, MAX_CAUSES, MAX_CAUSE_CHARS, MAX_DEPTH,
    MAX_EFFECT_CHARS,
};

/// Whitespace as Mermaid's lexer (JavaScript's `\s`) counts it.
pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn status_comment(comment: &str) -> Option<CauseStatus> {
    let words = comment
        .trim()
        .strip_prefix("status:")?
        .trim()
        .to_lowercase();
    CauseStatus::ALL.into_iter().find(|s| s.words() == words)
}

struct Node {
    text: String,
    status: CauseStatus,
    line: usize,
    children: Vec<usize>,
}

fn branch(nodes: &[Node], i: usize) -> Branch {
    let n = &nodes[i];
    Branch {
        text: n.text.clone(),
        status: n.status,
        line: n.line,
        children: n.children.iter().map(|&c| branch(nodes, c)).collect(),
    }
}

fn err(line: usize, message: impl Into<String>) -> MermaidError {
    MermaidError {
        line,
        message: message.into(),
    }
}

/// Reads Mermaid `ishikawa-beta` text.
pub fn parse(text: &str) -> Result<Imported, MermaidError> {
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .collect();
    let mut rest = &lines[..];
    if rest.first().is_some_and(|(_, l)| l.trim_end() == "---") {
        let end = rest[1..]
            .iter()
            .position(|(_, l)| l.trim() == "---")
            .ok_or_else(|| err(1, "the front matter opened here is not closed with \"---\""))?;
        rest = &rest[end + 2..];
    }
    let mut rest = rest
        .iter()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with("%%"));
    let (header_line, header) = match rest.next() {
        Some((n, l)) => (*n, l.trim()),
        None => return Err(err(1, "the text is empty")),
    };
    let keyword_end = header.find(is_space).unwrap_or(header.len());
    let keyword = header[..keyword_end].to_lowercase();
    if keyword != "ishikawa-beta" && keyword != "ishikawa" {
        return Err(err(
            header_line,
            "the text must start with the word \"ishikawa-beta\"",
        ));
    }
    let mut reader = Reader::default();
    // Mermaid also takes text on the keyword's line as the effect; "%%" there is a comment.
    let on_header = header[keyword_end..].trim_matches(is_space);
    if !on_header.is_empty() && !on_header.starts_with("%%") {
        reader.node(header_line, 0, on_header)?;
    }
    // Comments are read again here: a status comment belongs to the cause above it.
    let body = lines.iter().skip_while(|(n, _)| *n <= header_line);
    for (n, line) in body {
        let trimmed = line.trim_matches(is_space);
        if trimmed.is_empty() {
            continue;
        }
        if let Some(comment) = trimmed.strip_prefix("%%") {
            if let (Some(status), Some(&(_, last))) = (status_comment(comment), reader.stack.last())
            {
                if reader.stack.len() > 2 {
                    reader.nodes[last].status = status;
                }
            }
            continue;
        }
        let indent = line.chars().take_while(|c| is_space(*c)).count();
        reader.node(*n, indent, trimmed)?;
    }
    if reader.nodes.is_empty() {
        return Err(err(
            header_line + 1,
            "the problem (the effect) is missing: write it on the line after \"ishikawa-beta\"",
        ));
    }
    Ok(Imported {
        effect: reader.nodes[0].text.clone(),
        categories: reader.nodes[0]
            .children
            .iter()
            .map(|&c| branch(&reader.nodes, c))
            .collect(),
        notices: reader.notices,
    })
}

#[derive(Default)]
struct Reader {
    nodes: Vec<Node>,
    /// The open lines: (level, index into `nodes`); the effect at the bottom.
    stack: Vec<(usize, usize)>,
    /// The indentation and line of the first category.
    base: Option<(usize, usize)>,
    categories: usize,
    causes: usize,
    notices: Vec<Notice>,
}

impl Reader {
    fn node(&mut self, n: usize, indent: usize, text: &str) -> Result<(), MermaidError> {
        let text = text.strip_prefix('\u{200b}').unwrap_or(text).to_string();
        if self.nodes.is_empty() {
            check_length(n, &text, MAX_EFFECT_CHARS, "the problem statement")?;
            self.push_node(n, text);
            self.stack.push((0, 0));
            return Ok(());
        }
        let (base, base_line) = *self.base.get_or_insert((indent, n));
        let level = if indent < base {
            self.notice(
                n,
                format!("this line is indented less than the first category (line {base_line}), so it is read as a category"),
            );
            1
        } else {
            indent - base + 1
        };
        let mut popped = None;
        while self.stack.len() > 1 && self.stack.last().is_some_and(|(l, _)| *l >= level) {
            popped = self.stack.pop();
        }
        let &(parent_level, parent) = self.stack.last().expect("the effect stays open");
        if let Some((sibling_level, sibling)) = popped {
            if sibling_level != level && parent_level > 0 {
                let (above, under) = (self.nodes[sibling].line, self.nodes[parent].text.clone());
                self.notice(
                    n,
                    format!("this line is indented differently from line {above} above it at that level; it is read as a cause of \u{201c}{under}\u{201d}"),
                );
            }
        }
        let depth = self.stack.len();
        if depth == 1 {
            self.categories += 1;
            if self.categories > MAX_CATEGORIES {
                return Err(err(
                    n,
                    format!("a fishbone diagram keeps at most {MAX_CATEGORIES} categories"),
                ));
            }
            check_length(n, &text, MAX_CATEGORY_CHARS, "a category name")?;
        } else {
            if depth - 1 > MAX_DEPTH {
                return Err(err(
                    n,
                    format!("this cause is {} levels deep; causes go at most {MAX_DEPTH} levels deep under a category", depth - 1),
                ));
            }
            self.causes += 1;
            if self.causes > MAX_CAUSES {
                return Err(err(
                    n,
                    format!("a fishbone diagram keeps at most {MAX_CAUSES} causes"),
                ));
            }
            check_length(n, &text, MAX_CAUSE_CHARS, "a cause")?;
        }
        let i = self.push_node(n, text);
        self.nodes[parent].children.push(i);
        self.stack.push((level, i));
        Ok(())
    }

    fn push_node(&mut self, line: usize, text: String) -> usize {
        self.nodes.push(Node {
            text,
            status: CauseStatus::Suspected,
            line,
            children: Vec::new(),
        });
        self.nodes.len() - 1
    }

    fn notice(&mut self, line: usize, message: String) {
        // One notice a line is enough; a file of uneven lines gives at most 20.
        if self.notices.len() < 20 {
            self.notices.push(Notice { line, message });
        }
    }
}

fn check_length(n: usize, text: &str, limit: usize, what: &str) -> Result<(), MermaidError> {
    let chars = text.chars().count();
    if chars > limit {
        return Err(err(
            n,
            format!("{what} must be {limit} characters or fewer (this one has {chars})"),
        ));
    }
    Ok(())
}
