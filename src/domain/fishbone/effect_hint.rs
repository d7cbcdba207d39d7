//! A hint, never a refusal, when a problem statement is too vague to find causes for:
//! it says which of what, where, when and how much is missing. "Customers unhappy" says
//! none of them; "34% of late-delivery callers in Q3 were transferred more than twice"
//! says all four.
//!
//! The tests are small word lists, kept short on purpose so the hint stays predictable:
//! - how much: a number or percentage (not a year, date, quarter or time of day), or a
//!   word of quantity ([`QUANTITY_WORDS`]);
//! - when: a month (May only when capitalised and not the first word, as "may" is also
//!   a verb), a quarter or half (Q1–Q4, H1, H2), a year (1900–2099), a date (12/03,
//!   2026-03-12), a time (9am), a weekday, or one of [`WHEN_WORDS`], or "last" / "this"
//!   / "past" / "previous" before a week, month, quarter or year;
//! - where: a channel, place or journey-stage word ([`WHERE_WORDS`]);
//! - what: at least two words of three letters or more that are none of the above,
//!   not vague ([`VAGUE_WORDS`]) and not small words ([`SMALL_WORDS`]).

/// A part of a good problem statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aspect {
    What,
    Where,
    When,
    HowMuch,
}

impl Aspect {
    /// What the hint asks for, in words.
    pub fn ask(self) -> &'static str {
        match self {
            Aspect::What => "what exactly happens",
            Aspect::Where => "where (the channel, place or stage)",
            Aspect::When => "when",
            Aspect::HowMuch => "how much or how often (a number or share)",
        }
    }
}

/// The vague statement of the example.
pub const VAGUE_EXAMPLE: &str = "Customers unhappy";
/// The same problem stated well.
pub const GOOD_EXAMPLE: &str =
    "34% of late-delivery callers in Q3 were transferred more than twice";

/// Words that say how much without a digit.
#[rustfmt::skip]
pub const QUANTITY_WORDS: &[&str] = &[
    "twice", "half", "double", "doubled", "triple", "tripled", "percent", "dozens", "hundreds",
    "thousands", "majority", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten",
];
/// Words that say when.
#[rustfmt::skip]
pub const WHEN_WORDS: &[&str] = &[
    "today", "yesterday", "tonight", "weekend", "weekends", "weekday", "weekdays", "morning",
    "mornings", "afternoon", "afternoons", "evening", "evenings", "overnight", "since",
    "during", "peak",
];
/// Channel, place and journey-stage words that say where.
#[rustfmt::skip]
pub const WHERE_WORDS: &[&str] = &[
    "phone", "call", "calls", "caller", "callers", "chat", "chats", "webchat", "email",
    "emails", "web", "website", "online", "app", "store", "stores", "shop", "branch",
    "branches", "counter", "checkout", "delivery", "deliveries", "billing", "invoice",
    "invoices", "refund", "refunds", "returns", "onboarding", "signup", "login", "ivr", "queue",
    "helpline", "hotline", "portal", "social", "letter", "letters", "centre", "center",
];
/// Words that name a feeling or a problem without saying what it is.
#[rustfmt::skip]
pub const VAGUE_WORDS: &[&str] = &[
    "unhappy", "happy", "bad", "poor", "issue", "issues", "problem", "problems", "wrong",
    "negative", "dissatisfied", "frustrated", "angry", "upset", "annoyed", "terrible", "awful",
    "things", "stuff", "experience", "satisfaction", "low", "high",
];
/// Small words that carry no meaning of their own.
pub const SMALL_WORDS: &[&str] = &[
    "the", "and", "are", "was", "were", "for", "with", "our", "too", "very", "not", "all", "has",
    "have", "had", "been", "from", "that", "this", "they", "them", "their", "there", "get", "got",
    "some", "many", "more", "than", "less", "into", "about", "its", "who", "when", "what", "where",
];

#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec",
];
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
    "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
];
const PERIODS: &[&str] = &[
    "week", "weeks", "month", "months", "quarter", "quarters", "year", "years",
];
const RELATIVE: &[&str] = &["last", "this", "past", "previous"];

/// The hint for a problem statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EffectHint {
    /// What the statement does not say yet, in the order what, where, when, how much.
    pub missing: Vec<Aspect>,
    /// The hint in words, with the example.
    pub message: String,
}

fn is_year(t: &str) -> bool {
    t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y))
}

fn is_date(chunk: &str) -> bool {
    let parts: Vec<&str> = chunk.split(['/', '-', '.']).collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
}

fn is_time(t: &str) -> bool {
    let digits = t.trim_end_matches("am").trim_end_matches("pm");
    digits.len() < t.len() && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn is_period_code(t: &str) -> bool {
    matches!(t, "q1" | "q2" | "q3" | "q4" | "h1" | "h2")
}

/// Which aspects a statement says, in the order of [`Aspect`].
pub fn aspects(effect: &str) -> Vec<Aspect> {
    let mut when = false;
    let mut how_much = false;
    let mut where_ = false;
    let mut what = 0;
    // Dates first, on whitespace-separated chunks, before '/' and '-' split them.
    let mut words: Vec<(String, String)> = Vec::new();
    for chunk in effect.split_whitespace() {
        let chunk = chunk.trim_matches(|c: char| !c.is_alphanumeric() && c != '%');
        if is_date(chunk) {
            when = true;
            continue;
        }
        for w in chunk.split(|c: char| !c.is_alphanumeric() && c != '%') {
            if !w.is_empty() {
                words.push((w.to_string(), w.to_lowercase()));
            }
        }
    }
    for (i, (original, w)) in words.iter().enumerate() {
        let w = w.as_str();
        let month = MONTHS.contains(&w) || (original == "May" && i > 0);
        let relative = i > 0 && PERIODS.contains(&w) && RELATIVE.contains(&words[i - 1].1.as_str());
        if month
            || relative
            || is_year(w)
            || is_time(w)
            || is_period_code(w)
            || WEEKDAYS.contains(&w)
            || WHEN_WORDS.contains(&w)
        {
            when = true;
        } else if w.contains(|c: char| c.is_ascii_digit())
            || w.contains('%')
            || QUANTITY_WORDS.contains(&w)
        {
            how_much = true;
        } else if WHERE_WORDS.contains(&w) {
            where_ = true;
        } else if w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && !VAGUE_WORDS.contains(&w)
            && !SMALL_WORDS.contains(&w)
            && !RELATIVE.contains(&w)
        {
            what += 1;
        }
    }
    [
        (what >= 2, Aspect::What),
        (where_, Aspect::Where),
        (when, Aspect::When),
        (how_much, Aspect::HowMuch),
    ]
    .into_iter()
    .filter_map(|(said, a)| said.then_some(a))
    .collect()
}

/// The hint for a problem statement, or `None` when it says what, where, when and how
/// much (or is still blank: there is nothing to comment on yet).
pub fn effect_hint(effect: &str) -> Option<EffectHint> {
    if effect.trim().is_empty() {
        return None;
    }
    let said = aspects(effect);
    let missing: Vec<Aspect> = [Aspect::What, Aspect::Where, Aspect::When, Aspect::HowMuch]
        .into_iter()
        .filter(|a| !said.contains(a))
        .collect();
    if missing.is_empty() {
        return None;
    }
    let asks: Vec<&str> = missing.iter().map(|a| a.ask()).collect();
    let list = match asks.as_slice() {
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => String::new(),
    };
    Some(EffectHint {
        message: format!(
            "A sharper problem statement says {list}: not \u{201c}{VAGUE_EXAMPLE}\u{201d} but \u{201c}{GOOD_EXAMPLE}\u{201d}."
        ),
        missing,
    })
}

#[cfg(test)]
#[path = "effect_hint_tests.rs"]
mod tests;
