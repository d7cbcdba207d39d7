//! A file name's stem from words a user typed (a map's title, a diagram's effect):
//! letters and digits of any script, runs of anything else made one dash, so the name
//! is safe on every system and still reads as the words.

/// The first `words` words of `text` joined by dashes, or `fallback` when it has none.
pub fn file_stem(text: &str, words: usize, fallback: &str) -> String {
    let name = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .take(words)
        .collect::<Vec<_>>()
        .join("-");
    if name.is_empty() {
        fallback.into()
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn words_are_kept_and_the_rest_made_dashes() {
        assert_eq!(
            file_stem("Late deliveries, Q3 / North!", 12, "x"),
            "Late-deliveries-Q3-North"
        );
        assert_eq!(file_stem("../../etc/passwd", 12, "x"), "etc-passwd");
        assert_eq!(
            file_stem("Überweisung verspätet", 12, "x"),
            "Überweisung-verspätet"
        );
        assert_eq!(file_stem("<script>", 12, "x"), "script");
    }

    #[test]
    fn only_so_many_words_and_a_fallback_for_none() {
        assert_eq!(file_stem("a b c d", 2, "x"), "a-b");
        assert_eq!(file_stem("  !! ", 12, "journey-map"), "journey-map");
        assert_eq!(
            file_stem("", usize::MAX, "fishbone-diagram"),
            "fishbone-diagram"
        );
    }
}
