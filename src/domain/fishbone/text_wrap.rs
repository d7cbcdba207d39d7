//! Text broken into lines by an estimate of how wide it is drawn, without measuring
//! glyphs (the layout runs in plain Rust, with no font at hand). A column is one average
//! glyph; East Asian wide characters and most emoji take two, combining marks none, so
//! a cause typed in Japanese or with accents still fits its box.

/// How many columns a character takes when drawn.
pub fn char_columns(ch: char) -> usize {
    let c = ch as u32;
    match c {
        0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F => 0,
        0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// How many columns a piece of text takes when drawn.
pub fn columns(text: &str) -> usize {
    text.chars().map(char_columns).sum()
}

/// Text broken at spaces into lines of at most `cols` columns, at most `max_lines`
/// lines. A word longer than a line is cut across lines; when text is left over, the
/// last line ends in "…". Runs of spaces, tabs and newlines count as one space.
pub fn wrap(text: &str, cols: usize, max_lines: usize) -> Vec<String> {
    let cols = cols.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        if lines.len() > max_lines {
            break; // enough to know the text is cut; the rest is never drawn
        }
        let w = columns(word);
        if used > 0 && used + 1 + w <= cols {
            line.push(' ');
            line.push_str(word);
            used += 1 + w;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if w <= cols {
            line.push_str(word);
            used = w;
            continue;
        }
        for ch in word.chars() {
            let cw = char_columns(ch);
            if used > 0 && used + cw > cols {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(ch);
            used += cw;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let mut keep = String::new();
            let mut used = 0;
            for ch in last.chars() {
                let cw = char_columns(ch);
                if used + cw + 1 > cols {
                    break;
                }
                keep.push(ch);
                used += cw;
            }
            keep.push('…');
            *last = keep;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fill_lines_up_to_the_width() {
        assert_eq!(
            wrap("slow  refunds\tfrom the\nbank", 13, 5),
            ["slow refunds", "from the bank"]
        );
        assert!(wrap("", 10, 3).is_empty());
        assert!(wrap("   ", 10, 3).is_empty());
    }

    #[test]
    fn long_words_are_cut_and_long_text_ends_in_an_ellipsis() {
        assert_eq!(
            wrap(&"x".repeat(25), 10, 5),
            ["x".repeat(10), "x".repeat(10), "x".repeat(5)]
        );
        let cut = wrap(&"word ".repeat(100), 12, 2);
        assert_eq!(cut, ["word word", "word word…"]);
        assert!(cut.iter().all(|l| columns(l) <= 12));
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(columns("返金が遅い"), 10);
        assert_eq!(columns("café"), 4);
        assert_eq!(columns("cafe\u{301}"), 4);
        assert_eq!(wrap("返金が遅い", 4, 5), ["返金", "が遅", "い"]);
    }
}
