//! Text broken into lines by an estimate of how wide it is drawn, without measuring
//! glyphs (the layout runs in plain Rust, with no font at hand). A column is one average
//! glyph; East Asian wide characters and most emoji take two, combining marks none, so
//! a cause typed in Japanese or with accents still fits its box.

use super::layout::{TextBox, LINE_H, PAD};

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

/// Text wrapped to fit `max_w` (padding included) in at most `max_lines` lines, as a
/// box at the origin sized to its longest line (at least one line high).
pub fn text_box(text: &str, max_w: f64, max_lines: usize, glyph: f64) -> TextBox {
    let cols = ((max_w - 2.0 * PAD) / glyph).floor().max(2.0) as usize;
    let lines = wrap(text, cols, max_lines);
    let widest = lines.iter().map(|l| columns(l)).max().unwrap_or(0);
    TextBox {
        x: 0.0,
        y: 0.0,
        w: (widest.max(4) as f64) * glyph + 2.0 * PAD,
        h: lines.len().max(1) as f64 * LINE_H + 2.0 * PAD,
        lines,
    }
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
    fn a_huge_text_is_cut_without_reading_all_of_it() {
        let huge = "word ".repeat(200_000);
        let b = text_box(&huge, 100.0, 3, 7.0);
        assert_eq!(b.lines.len(), 3);
        assert!(b.lines[2].ends_with('…'));
        assert_eq!(b.h, 3.0 * LINE_H + 2.0 * PAD);
        assert!(b.w <= 100.0);
    }

    #[test]
    fn an_empty_text_still_gets_a_box_to_click() {
        let b = text_box("", 100.0, 3, 7.0);
        assert!(b.lines.is_empty());
        assert!(b.w > 0.0 && b.h == LINE_H + 2.0 * PAD);
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(columns("返金が遅い"), 10);
        assert_eq!(columns("café"), 4);
        assert_eq!(columns("cafe\u{301}"), 4);
        assert_eq!(wrap("返金が遅い", 4, 5), ["返金", "が遅", "い"]);
    }
}
