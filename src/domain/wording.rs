//! Counts in words, for summaries people read at a glance: "1 journey map",
//! "1,240 answers". Integer arithmetic only.

/// `n` with the noun that fits it: `counted(1, "map", "maps")` is "1 map",
/// `counted(1240, "answer", "answers")` is "1,240 answers".
pub fn counted(n: u64, one: &str, many: &str) -> String {
    let noun = if n == 1 { one } else { many };
    format!("{} {noun}", grouped(n))
}

/// All of `n` things, as said in a sentence: "no projects", "the one project", "both
/// projects", "all 12 projects".
pub fn all_of(n: u64, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("the one {one}"),
        2 => format!("both {many}"),
        n => format!("all {}", counted(n, one, many)),
    }
}

/// `n` with commas between thousands, as en-GB writes it: 1240 is "1,240".
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_of_a_count_reads_as_a_person_would_say_it() {
        let said: Vec<String> = [0, 1, 2, 3, 1200]
            .into_iter()
            .map(|n| all_of(n, "project", "projects"))
            .collect();
        assert_eq!(
            said,
            [
                "no projects",
                "the one project",
                "both projects",
                "all 3 projects",
                "all 1,200 projects"
            ]
        );
    }

    #[test]
    fn nouns_follow_the_count() {
        assert_eq!(counted(0, "map", "maps"), "0 maps");
        assert_eq!(counted(1, "map", "maps"), "1 map");
        assert_eq!(counted(2, "map", "maps"), "2 maps");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(1_240), "1,240");
        assert_eq!(grouped(1_000_000), "1,000,000");
        assert_eq!(grouped(u64::MAX), "18,446,744,073,709,551,615");
    }
}
