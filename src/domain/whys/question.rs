//! The question each step asks, worded to read naturally: "Why is the refund late?"
//! rather than "Why the refund is late?". The words are turned round only where that
//! is safe (a helping verb such as is, was, can't or has after a short subject);
//! anything else is asked as "Why <text>?", which still reads as the question asked.

/// Helping verbs that go in front in a question ("the form is" → "is the form").
const AUXILIARIES: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "can",
    "could",
    "will",
    "would",
    "should",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "hasn't",
    "haven't",
    "hadn't",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "cannot",
];
/// Words after has/have/had that show it is a helping verb ("has been", "has sent"),
/// not the main one ("has no address field").
const PARTICIPLES: &[&str] = &[
    "been", "not", "never", "always", "already", "got", "gone", "done", "made", "sent", "lost",
    "left", "put", "kept", "told", "paid", "found", "had", "run", "set", "cut", "built", "brought",
    "bought", "taught", "caught", "spent", "seen", "taken", "given",
];
/// Words that open an answer and are not part of what is asked about.
const OPENERS: &[&str] = &["because of", "because", "due to", "owing to", "since"];
/// Words that start a clause inside the subject ("customers who are …"): the helping
/// verb after them belongs to that clause, so nothing is turned round.
const CLAUSE_WORDS: &[&str] = &[
    "who", "that", "which", "when", "where", "if", "because", "and", "or", "but",
];
/// Longest subject turned round, in words; past it the sentence is too unsure to move.
const MAX_SUBJECT_WORDS: usize = 6;

/// The question asked of `text` (the problem or an answer): "Why <text>?", turned
/// round where a helping verb allows it.
pub fn why(text: &str) -> String {
    let text = text.trim().trim_end_matches(['.', '!', '?', ' ']);
    let lower = text.to_lowercase();
    // "because of the weekly batch", "due to a rota gap": what follows is a thing, not
    // a sentence, and is asked about as it is.
    let thing = ["because of ", "due to ", "owing to "]
        .iter()
        .any(|o| lower.starts_with(o));
    let text = strip_opener(text);
    if text.is_empty() {
        return "Why?".into();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    match inverted(&words) {
        Some(q) => format!("Why {q}?"),
        // A sentence whose verb cannot be turned round ("customers waited 25 minutes")
        // reads right after "is it that".
        None if !thing && words.len() >= 3 => {
            format!("Why is it that {}?", lower_first(&words.join(" ")))
        }
        None => format!("Why {}?", lower_first(&words.join(" "))),
    }
}

/// The text without an opening "because", "due to" and the like.
pub fn strip_opener(text: &str) -> &str {
    let lower = text.to_lowercase();
    for opener in OPENERS {
        if lower.starts_with(opener) {
            let rest = &text[opener.len()..];
            if rest.starts_with([' ', ',']) {
                return rest.trim_start_matches([' ', ',']);
            }
        }
    }
    text
}

/// The words turned into question order, when a helping verb follows a short subject.
fn inverted(words: &[&str]) -> Option<String> {
    let norm = |w: &str| w.to_lowercase().replace('’', "'");
    // Written in small letters: a capitalised "Will" or "May" inside a sentence is a name
    // or a month.
    let at = (1..words.len().min(MAX_SUBJECT_WORDS + 1)).find(|&i| {
        AUXILIARIES.contains(&norm(words[i]).as_str()) && !words[i].starts_with(char::is_uppercase)
    })?;
    if words[..at]
        .iter()
        .any(|w| w.ends_with([',', ';', ':']) || CLAUSE_WORDS.contains(&norm(w).as_str()))
    {
        return None;
    }
    let subject = lower_first(&words[..at].join(" "));
    let mut aux = norm(words[at]);
    let mut rest: Vec<String> = words[at + 1..].iter().map(|w| w.to_string()).collect();
    let next = rest.first().map(|w| norm(w));
    let helping = next.as_deref().is_some_and(|n| {
        PARTICIPLES.contains(&n) || (n.len() > 3 && (n.ends_with("ed") || n.ends_with("en")))
    });
    match aux.as_str() {
        // "has no field" asks "does … have no field".
        "has" | "have" | "had" if !helping => {
            rest.insert(0, "have".into());
            aux = match aux.as_str() {
                "has" => "does",
                "have" => "do",
                _ => "did",
            }
            .into();
        }
        "cannot" => aux = "can't".into(),
        _ => {}
    }
    if next.as_deref() == Some("not") {
        if let Some(short) = contracted(&aux) {
            aux = short;
            rest.remove(0);
        }
    }
    let mut out = vec![aux, subject];
    out.extend(rest);
    Some(out.join(" "))
}

/// "is" + "not" as one word ("isn't"), as people ask.
fn contracted(aux: &str) -> Option<String> {
    Some(match aux {
        "can" => "can't".into(),
        "will" => "won't".into(),
        a if a.ends_with("n't") => return None,
        a => format!("{a}n't"),
    })
}

/// The text with its first letter small, unless its first word is an acronym or has
/// capitals inside ("NPS", "iPhone") or is "I".
pub fn lower_first(text: &str) -> String {
    let first = text.split_whitespace().next().unwrap_or("");
    // A capital after the first letter ("NPS", "iPhone") marks a name to keep as it is;
    // the first letter itself is a capital in any sentence, so it says nothing.
    let keep =
        first == "I" || first.starts_with("I'") || first.chars().skip(1).any(char::is_uppercase);
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if !keep => c.to_lowercase().chain(chars).collect(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helping_verbs_go_in_front() {
        assert_eq!(why("The refund was late."), "Why was the refund late?");
        assert_eq!(
            why("Customers are transferred three times"),
            "Why are customers transferred three times?"
        );
        assert_eq!(
            why("Agents can't change an address"),
            "Why can't agents change an address?"
        );
        assert_eq!(
            why("Agents cannot change an address"),
            "Why can't agents change an address?"
        );
        assert_eq!(
            why("The team does not see the queue"),
            "Why doesn't the team see the queue?"
        );
        assert_eq!(
            why("Staff didn’t know the policy"),
            "Why didn't staff know the policy?"
        );
        assert_eq!(
            why("The letter has been rewritten"),
            "Why has the letter been rewritten?"
        );
        assert_eq!(
            why("The form has no address field"),
            "Why does the form have no address field?"
        );
        assert_eq!(why("Refunds have changed"), "Why have refunds changed?");
    }

    #[test]
    fn answers_lose_their_because() {
        assert_eq!(why("Because the CRM is slow"), "Why is the CRM slow?");
        assert_eq!(why("because of the weekly batch"), "Why the weekly batch?");
        assert_eq!(why("Due to a rota gap"), "Why a rota gap?");
        assert_eq!(
            why("Becauseway Ltd failed"),
            "Why is it that becauseway Ltd failed?",
            "only the whole word"
        );
    }

    #[test]
    fn a_sentence_that_cannot_be_turned_round_is_asked_with_is_it_that() {
        assert_eq!(
            why("Customers waited 25 minutes on hold"),
            "Why is it that customers waited 25 minutes on hold?"
        );
        assert_eq!(
            why("NPS fell 12 points"),
            "Why is it that NPS fell 12 points?"
        );
        assert_eq!(
            why("Agents end calls early"),
            "Why is it that agents end calls early?"
        );
        assert_eq!(why("Late refunds"), "Why late refunds?");
        assert_eq!(why("  "), "Why?");
        // A helping verb far into a long sentence is not moved.
        assert_eq!(
            why("Customers in the north east region on the new tariff are unhappy"),
            "Why is it that customers in the north east region on the new tariff are unhappy?"
        );
        assert_eq!(
            why("After the merger, bills are late"),
            "Why is it that after the merger, bills are late?"
        );
        assert_eq!(
            why("Customers who are elderly can't log in"),
            "Why is it that customers who are elderly can't log in?"
        );
        assert_eq!(
            why("Complaints in May rose"),
            "Why is it that complaints in May rose?"
        );
        assert_eq!(
            why("Customers had to wait"),
            "Why did customers have to wait?"
        );
    }

    #[test]
    fn acronyms_keep_their_capitals() {
        assert_eq!(lower_first("The IVR"), "the IVR");
        assert_eq!(lower_first("IVR options"), "IVR options");
        assert_eq!(lower_first("iPhone app"), "iPhone app");
        assert_eq!(lower_first("I was told"), "I was told");
        assert_eq!(lower_first(""), "");
    }
}
