//! Personal data in free text (complaint summaries, imported CSV cells), found so a team
//! can redact it in one step before the log is shared (UK GDPR, Data Protection Act 2018).
//!
//! A hand-written scanner, not a regex engine (too heavy for the wasm build): every
//! matcher starts only at a word boundary and reads a bounded number of characters, and
//! e-mail addresses are grown outwards from their `@`, so a scan is linear in the text.
//! Numbers must pass their check digits (NHS mod 11, Luhn, IBAN mod 97) and stand alone:
//! a number glued to letters or to more digits ("ORD07700900123X", "12-34-56-78") is not
//! taken as personal data.

/// A kind of personal data the scanner finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonalData {
    Email,
    Phone,
    Postcode,
    NiNumber,
    NhsNumber,
    CardNumber,
    Iban,
    SortCodeAccount,
}

impl PersonalData {
    /// Every kind, strongest first: when two finds of the same length overlap, the kind
    /// earlier here is kept (a card number beats a phone number).
    pub const ALL: [PersonalData; 8] = [
        PersonalData::Iban,
        PersonalData::CardNumber,
        PersonalData::SortCodeAccount,
        PersonalData::NhsNumber,
        PersonalData::NiNumber,
        PersonalData::Email,
        PersonalData::Phone,
        PersonalData::Postcode,
    ];

    /// The kind in words, for a message ("2 phone numbers found").
    pub fn words(self) -> &'static str {
        match self {
            PersonalData::Email => "e-mail address",
            PersonalData::Phone => "phone number",
            PersonalData::Postcode => "postcode",
            PersonalData::NiNumber => "National Insurance number",
            PersonalData::NhsNumber => "NHS number",
            PersonalData::CardNumber => "payment card number",
            PersonalData::Iban => "IBAN",
            PersonalData::SortCodeAccount => "sort code and account number",
        }
    }

    /// What replaces a find of this kind. Brackets around letters only, so a placeholder
    /// never joins with the text beside it into a new find.
    pub fn placeholder(self) -> &'static str {
        match self {
            PersonalData::Email => "[e-mail removed]",
            PersonalData::Phone => "[phone number removed]",
            PersonalData::Postcode => "[postcode removed]",
            PersonalData::NiNumber => "[NI number removed]",
            PersonalData::NhsNumber => "[NHS number removed]",
            PersonalData::CardNumber => "[card number removed]",
            PersonalData::Iban => "[IBAN removed]",
            PersonalData::SortCodeAccount => "[bank details removed]",
        }
    }

    fn rank(self) -> usize {
        PersonalData::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or(0)
    }
}

/// One piece of personal data: its kind and where it is, as byte offsets into the text
/// (always on character boundaries), `text[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Find {
    pub kind: PersonalData,
    pub start: usize,
    pub end: usize,
}

/// Rescans after the first pass, at most. A rescan treats what was found as already
/// redacted, so that redacting never uncovers a new find (an e-mail address glued to
/// the end of a longer phone number); in practice the second pass finds nothing.
const MAX_PASSES: usize = 4;

/// Every find in the text, in order and not overlapping. Where candidates overlap the
/// longer one is kept, and at equal length the stronger kind ([`PersonalData::ALL`]).
pub fn scan(text: &str) -> Vec<Find> {
    if !text.bytes().any(|b| b.is_ascii_digit() || b == b'@') {
        return Vec::new(); // every kind needs a digit or an `@`
    }
    let mut cs: Vec<char> = text.chars().collect();
    let mut offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    offsets.push(text.len());
    let mut taken = vec![false; cs.len()];
    let mut kept: Vec<(usize, usize, PersonalData)> = Vec::new();
    for _ in 0..MAX_PASSES {
        let mut found = Vec::new();
        candidates(&cs, &mut found);
        crate::domain::sort::sort_by_key(&mut found, |&(s, e, k)| {
            (std::cmp::Reverse(e - s), k.rank(), s)
        });
        let before = kept.len();
        for (s, e, k) in found {
            if taken[s..e].iter().all(|t| !t) {
                taken[s..e].iter_mut().for_each(|t| *t = true);
                cs[s..e].iter_mut().for_each(|c| *c = HIDDEN);
                kept.push((s, e, k));
            }
        }
        if kept.len() == before {
            break;
        }
    }
    crate::domain::sort::sort_by_key(&mut kept, |&(s, _, _)| s);
    let finds = kept.into_iter().map(|(s, e, kind)| Find {
        kind,
        start: offsets[s],
        end: offsets[e],
    });
    finds.collect()
}

/// True when the text holds any personal data.
pub fn contains_personal_data(text: &str) -> bool {
    !scan(text).is_empty()
}

/// The text with every find replaced by its kind's placeholder, and the finds.
pub fn redact(text: &str) -> (String, Vec<Find>) {
    let finds = scan(text);
    (redact_finds(text, &finds), finds)
}

/// The text with the given finds (sorted, not overlapping, as [`scan`] gives them)
/// replaced by their placeholders. A find that is out of order or not on character
/// boundaries is left out rather than cutting the text wrongly.
pub fn redact_finds(text: &str, finds: &[Find]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for f in finds {
        let fits = from <= f.start && f.start <= f.end && f.end <= text.len();
        if fits && text.is_char_boundary(f.start) && text.is_char_boundary(f.end) {
            out.push_str(&text[from..f.start]);
            out.push_str(f.kind.placeholder());
            from = f.end;
        }
    }
    out.push_str(&text[from..]);
    out
}

/// Stands for text already found, on later passes: like a placeholder's brackets it is
/// neither part of a word nor of any find.
const HIDDEN: char = '\u{0}';

fn candidates(cs: &[char], out: &mut Vec<(usize, usize, PersonalData)>) {
    type Matcher = fn(&[char], usize) -> Option<usize>;
    const FROM_DIGIT: [(PersonalData, Matcher); 4] = [
        (PersonalData::CardNumber, card),
        (PersonalData::SortCodeAccount, sort_code_account),
        (PersonalData::NhsNumber, nhs),
        (PersonalData::Phone, phone),
    ];
    const FROM_LETTER: [(PersonalData, Matcher); 3] = [
        (PersonalData::Iban, iban),
        (PersonalData::NiNumber, ni_number),
        (PersonalData::Postcode, postcode),
    ];
    for (i, &c) in cs.iter().enumerate() {
        let matchers: &[(PersonalData, Matcher)] = match c {
            '@' => {
                if let Some((s, e)) = email(cs, i) {
                    out.push((s, e, PersonalData::Email));
                }
                continue;
            }
            // "+44 …" and "(0161) …" begin with their own separator.
            '+' | '(' => &FROM_DIGIT[3..],
            _ if !starts_clean(cs, i) => continue,
            '0'..='9' => &FROM_DIGIT,
            // Each lettered kind has a digit within its first five characters ("GIR 0AA").
            'A'..='Z' | 'a'..='z' if (1..5).any(|k| digit(cs, i + k).is_some()) => &FROM_LETTER,
            _ => continue,
        };
        for &(kind, matcher) in matchers {
            if let Some(e) = matcher(cs, i) {
                out.push((i, e, kind));
            }
        }
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Characters that glue a number to the word beside it ("ref-123", "12/03", "a.b").
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '/' | '.' | '@')
}

/// Whether a find may start at `i`: not inside a word or glued to one ("ref-12").
fn starts_clean(cs: &[char], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).is_some_and(|p| is_word(cs[p]));
    let joined = i.checked_sub(1).is_some_and(|p| is_joiner(cs[p])) && before(2);
    !(before(1) || joined)
}

/// Whether a find may end just before `j`, the same rule on the other side.
fn ends_clean(cs: &[char], j: usize) -> bool {
    let after = |k: usize| cs.get(j + k).is_some_and(|&c| is_word(c));
    let joined = cs.get(j).is_some_and(|&c| is_joiner(c)) && after(1);
    !(after(0) || joined)
}

fn digit(cs: &[char], i: usize) -> Option<u32> {
    cs.get(i).and_then(|c| c.to_digit(10))
}

fn is(cs: &[char], i: usize, f: impl Fn(char) -> bool) -> bool {
    cs.get(i).is_some_and(|&c| f(c))
}

/// Digits from `i` in groups split by one separator that `sep` accepts. Gives the
/// digits and, for each group, (digits so far, index after the group). Reads at most
/// `max` digits; a group that would go past `max` is not a group end.
fn digit_groups(
    cs: &[char],
    mut i: usize,
    max: usize,
    sep: fn(char) -> bool,
) -> (Vec<u32>, Vec<(usize, usize)>) {
    let (mut digits, mut ends) = (Vec::new(), Vec::new());
    loop {
        while let Some(d) = digit(cs, i) {
            if digits.len() == max {
                return (digits, ends);
            }
            digits.push(d);
            i += 1;
        }
        ends.push((digits.len(), i));
        if digits.len() == max || !is(cs, i, sep) || digit(cs, i + 1).is_none() {
            return (digits, ends);
        }
        i += 1;
    }
}

fn space_or_hyphen(c: char) -> bool {
    c == ' ' || c == '-'
}

#[path = "personal_data_kinds.rs"]
mod kinds;
use kinds::{card, email, iban, nhs, ni_number, phone, postcode, sort_code_account};

#[cfg(test)]
#[path = "personal_data_tests.rs"]
mod tests;
