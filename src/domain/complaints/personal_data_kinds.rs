//! One matcher a kind of personal data. Each is called at a word boundary `i` and gives
//! the index just after its find, reading a bounded number of characters.

use super::{digit, digit_groups, ends_clean, is, space_or_hyphen, starts_clean};

/// An e-mail address around the `@` at `at`: the local part grown leftwards, the domain
/// rightwards (each stops at the next `@`, so the text is read about twice at most).
pub(super) fn email(cs: &[char], at: usize) -> Option<(usize, usize)> {
    let local = |c: char| c.is_alphanumeric() || "._%+-'".contains(c);
    let mut s = at;
    while s > 0 && local(cs[s - 1]) {
        s -= 1;
    }
    while s < at && !cs[s].is_alphanumeric() {
        s += 1; // a quote or dot before the address is not part of it
    }
    let mut e = at + 1;
    while is(cs, e, |c| c.is_alphanumeric() || c == '-' || c == '.') {
        e += 1;
    }
    while e > at + 1 && (cs[e - 1] == '.' || cs[e - 1] == '-') {
        e -= 1; // a full stop after the address ends the sentence
    }
    // Only a word character after the address rules it out ("bob@x.com/jane@y.com" is
    // two); a later pass of the scan handles what a joiner after it would have hidden.
    if s == at || cs[at - 1] == '.' || is(cs, e, super::is_word) {
        return None;
    }
    let domain: String = cs[at + 1..e].iter().collect();
    let labels: Vec<&str> = domain.split('.').collect();
    let tld = labels.last()?;
    let label_ok = |l: &&str| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-');
    let ok = labels.len() >= 2
        && labels.iter().all(label_ok)
        && tld.chars().count() >= 2
        && tld.chars().all(char::is_alphabetic);
    ok.then_some((s, e))
}

/// A UK phone number: "0", "+44", "0044" or "+44 (0)", then 9 or 10 digits whose first
/// is not 0, 4 or 6, in groups split by a space, hyphen or dot; "(0161) 496 0000" too.
pub(super) fn phone(cs: &[char], i: usize) -> Option<usize> {
    let nsn_first = |j: usize| is(cs, j, |c| "1235789".contains(c));
    let sep = |c: char| c == ' ' || c == '-' || c == '.';
    let text_at = |j: usize, t: &str| {
        t.chars()
            .enumerate()
            .all(|(k, c)| is(cs, j + k, |d| d == c))
    };
    let mut area = 0;
    let mut j;
    if text_at(i, "+44") || text_at(i, "0044") {
        j = i + if cs[i] == '+' { 3 } else { 4 };
        if is(cs, j, sep) {
            j += 1;
        }
        if text_at(j, "(0)") {
            j += 3;
            if is(cs, j, |c| c == ' ') {
                j += 1;
            }
        }
    } else if text_at(i, "(0") {
        j = i + 2;
        while digit(cs, j).is_some() && area < 5 {
            (j, area) = (j + 1, area + 1);
        }
        if area < 2 || !nsn_first(i + 2) || !text_at(j, ")") {
            return None;
        }
        j += 1;
        if is(cs, j, |c| c == ' ') {
            j += 1;
        }
    } else if cs[i] == '0' {
        j = i + 1;
    } else {
        return None;
    }
    if !(nsn_first(j) || (area > 0 && digit(cs, j).is_some())) {
        return None;
    }
    let (_, ends) = digit_groups(cs, j, 10 - area, sep);
    let found = ends
        .iter()
        .rev()
        .find(|(n, e)| (9..=10).contains(&(n + area)) && ends_clean(cs, *e));
    found.map(|(_, e)| *e)
}

/// A payment card number: 13 to 19 digits passing Luhn, in groups of 3 or more split by
/// spaces or hyphens, first digit 2 to 6 (the industries that issue payment cards).
pub(super) fn card(cs: &[char], i: usize) -> Option<usize> {
    if !is(cs, i, |c| ('2'..='6').contains(&c)) {
        return None;
    }
    let (digits, ends) = digit_groups(cs, i, 19, space_or_hyphen);
    // Each group's length is the gap between one group's end and the next: pair every
    // end with the one after it (the first group is checked on its own below).
    let short_group = ends
        .iter()
        .zip(ends.iter().skip(1))
        .position(|(a, b)| b.0 - a.0 < 3);
    let whole = ends.len().min(short_group.map_or(usize::MAX, |p| p + 1));
    let groups_ok = ends.first()?.0 >= 3;
    let found = ends[..whole].iter().rev().find(|(n, e)| {
        groups_ok && (13..=19).contains(n) && ends_clean(cs, *e) && luhn(&digits[..*n])
    });
    found.map(|(_, e)| *e)
}

fn luhn(digits: &[u32]) -> bool {
    // From the right, every second digit is doubled and its digits added.
    let doubled = |d: u32| if d > 4 { d * 2 - 9 } else { d * 2 };
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(k, &d)| if k % 2 == 1 { doubled(d) } else { d })
        .sum();
    sum % 10 == 0
}

/// An NHS number: 10 digits, as 3-3-4 split by spaces or hyphens or run together,
/// passing the mod 11 check.
pub(super) fn nhs(cs: &[char], i: usize) -> Option<usize> {
    let (digits, ends) = digit_groups(cs, i, 10, space_or_hyphen);
    let counts: Vec<usize> = ends.iter().map(|(n, _)| *n).collect();
    let (n, e) = match counts.as_slice() {
        [10, ..] => ends[0],
        [3, 6, 10, ..] if cs[i + 3] == cs[i + 7] => ends[2],
        _ => return None,
    };
    let sum: u32 = digits[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(d, w)| d * w)
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        c => c,
    };
    (n == 10 && check != 10 && check == digits[9] && ends_clean(cs, e)).then_some(e)
}

/// A National Insurance number, "AB 12 34 56 C": a prefix HMRC allocates (NIM39110),
/// six digits and a suffix A to D, spaces allowed between the parts.
pub(super) fn ni_number(cs: &[char], i: usize) -> Option<usize> {
    let up = |j: usize| cs.get(j).map(|c| c.to_ascii_uppercase());
    let (a, b) = (up(i)?, up(i + 1)?);
    let prefix_ok = a.is_ascii_uppercase()
        && b.is_ascii_uppercase()
        && !"DFIQUV".contains(a)
        && !"DFIOQUV".contains(b)
        && !matches!(
            (a, b),
            ('B', 'G')
                | ('G', 'B')
                | ('K', 'N')
                | ('N', 'K')
                | ('N', 'T')
                | ('T', 'N')
                | ('Z', 'Z')
        );
    if !prefix_ok {
        return None;
    }
    let mut j = i + 2;
    for _ in 0..3 {
        j += usize::from(is(cs, j, |c| c == ' '));
        digit(cs, j).and(digit(cs, j + 1))?;
        j += 2;
    }
    j += usize::from(is(cs, j, |c| c == ' '));
    let suffix_ok = up(j).is_some_and(|c| ('A'..='D').contains(&c));
    (suffix_ok && ends_clean(cs, j + 1)).then_some(j + 1)
}

/// A UK postcode: outward code (A9, A99, A9A, AA9, AA99, AA9A, with the letters Royal
/// Mail allows in each place), an optional space, inward code 9AA; or GIR 0AA.
pub(super) fn postcode(cs: &[char], i: usize) -> Option<usize> {
    let token = |from: usize| -> Option<String> {
        let t: String = cs[from..]
            .iter()
            .take(8)
            .take_while(|c| c.is_alphanumeric())
            .collect();
        (t.chars().count() < 8).then(|| t.to_ascii_uppercase())
    };
    let first = token(i)?;
    let after = i + first.chars().count();
    if (5..=7).contains(&first.len())
        && first.is_ascii()
        && postcode_parts(&first[..first.len() - 3], &first[first.len() - 3..])
    {
        return Some(after);
    }
    if !is(cs, after, |c| c == ' ') {
        return None;
    }
    let inward = token(after + 1)?;
    postcode_parts(&first, &inward).then_some(after + 1 + inward.chars().count())
}

fn postcode_parts(outward: &str, inward: &str) -> bool {
    if outward == "GIR" && inward == "0AA" {
        return true;
    }
    let o: Vec<char> = outward.chars().collect();
    let n: Vec<char> = inward.chars().collect();
    let letter = |c: char, allowed: &str| c.is_ascii_uppercase() && allowed.contains(c);
    let d = |c: char| c.is_ascii_digit();
    let (a1, a2) = ("ABCDEFGHIJKLMNOPRSTUWYZ", "ABCDEFGHKLMNOPQRSTUVWXY");
    let outward_ok = match o.as_slice() {
        [a, x] => letter(*a, a1) && d(*x),
        [a, x, y] if d(*x) => letter(*a, a1) && (d(*y) || letter(*y, "ABCDEFGHJKPSTUW")),
        [a, b, x] => letter(*a, a1) && letter(*b, a2) && d(*x),
        [a, b, x, y] => {
            letter(*a, a1) && letter(*b, a2) && d(*x) && (d(*y) || letter(*y, "ABEHMNPRVWXY"))
        }
        _ => false,
    };
    let inward_ok = match n.as_slice() {
        [x, p, q] => {
            d(*x) && letter(*p, "ABDEFGHJLNPQRSTUWXYZ") && letter(*q, "ABDEFGHJLNPQRSTUWXYZ")
        }
        _ => false,
    };
    outward_ok && inward_ok
}

/// An IBAN: country code, check digits and account, compact or in groups of four, of
/// the country's length (15 to 34 for countries not listed) and passing mod 97.
pub(super) fn iban(cs: &[char], i: usize) -> Option<usize> {
    let country: String = cs[i..]
        .iter()
        .take(2)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let head_ok = country.len() == 2
        && country.chars().all(|c| c.is_ascii_uppercase())
        && digit(cs, i + 2).and(digit(cs, i + 3)).is_some();
    if !head_ok {
        return None;
    }
    let lengths = match country.as_str() {
        "GB" | "IE" | "DE" => 22..=22,
        "FR" | "IT" => 27..=27,
        "ES" | "SE" => 24..=24,
        "NL" | "DK" => 18..=18,
        "BE" => 16..=16,
        _ => 15..=34,
    };
    // (characters so far, index after the group) for each group of the account
    let (mut groups, mut j, mut n) = (Vec::new(), i, 0);
    loop {
        let len = cs[j..]
            .iter()
            .take(35)
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        n += len;
        j += len;
        if len == 0 || n > 34 {
            break;
        }
        groups.push((n, j, len));
        let spaced_on =
            len == 4 && is(cs, j, |c| c == ' ') && is(cs, j + 1, |c| c.is_ascii_alphanumeric());
        if !spaced_on {
            break;
        }
        j += 1;
    }
    let found = groups.iter().enumerate().rev().find(|(g, (n, e, len))| {
        let shape_ok = *g == 0 || *len <= 4;
        shape_ok && lengths.contains(n) && ends_clean(cs, *e) && mod97(cs, i, *e)
    });
    found.map(|(_, (_, e, _))| *e)
}

fn mod97(cs: &[char], start: usize, end: usize) -> bool {
    let chars: Vec<char> = cs[start..end]
        .iter()
        .filter(|c| **c != ' ')
        .copied()
        .collect();
    let rotated = chars[4..].iter().chain(&chars[..4]);
    let rest = rotated.fold(0u32, |r, c| match c.to_digit(36) {
        Some(v) if v < 10 => (r * 10 + v) % 97,
        Some(v) => (r * 100 + v) % 97,
        None => r,
    });
    rest == 1
}

/// A sort code with an account number: "12-34-56" (or "12 34 56", "123456" after the
/// words "sort code") and, a few words on, 8 digits; or the account number first.
pub(super) fn sort_code_account(cs: &[char], i: usize) -> Option<usize> {
    if let Some(e) = sort_code(cs, i) {
        let a = gap(cs, e)?;
        return account(cs, a);
    }
    let e = account(cs, i)?;
    let s = gap(cs, e)?;
    sort_code(cs, s)
}

fn sort_code(cs: &[char], i: usize) -> Option<usize> {
    let pairs = |sep: char| {
        (0..3).all(|p| digit(cs, i + 3 * p).and(digit(cs, i + 3 * p + 1)).is_some())
            && is(cs, i + 2, |c| c == sep)
            && is(cs, i + 5, |c| c == sep)
    };
    let e = if pairs('-') || (pairs(' ') && after_words(cs, i)) {
        i + 8
    } else if (0..6).all(|k| digit(cs, i + k).is_some()) && after_words(cs, i) {
        i + 6
    } else {
        return None;
    };
    ends_clean(cs, e).then_some(e)
}

/// Whether the words "sort code" (or "sortcode") come just before `i`.
fn after_words(cs: &[char], i: usize) -> bool {
    let mut j = i;
    while j > 0 && i - j < 4 && " :.-".contains(cs[j - 1]) {
        j -= 1;
    }
    let before = |n: usize| -> String {
        cs[j.saturating_sub(n)..j]
            .iter()
            .collect::<String>()
            .to_lowercase()
    };
    before(9) == "sort code" || before(8) == "sortcode"
}

/// Where the next number starts, if only a few words come between ("account no.").
fn gap(cs: &[char], e: usize) -> Option<usize> {
    let mut j = e;
    while j - e < 24 && is(cs, j, |c| c.is_alphabetic() || " :.,#/-".contains(c)) {
        j += 1;
    }
    (j > e && digit(cs, j).is_some() && starts_clean(cs, j)).then_some(j)
}

fn account(cs: &[char], i: usize) -> Option<usize> {
    let eight = (0..8).all(|k| digit(cs, i + k).is_some());
    (eight && ends_clean(cs, i + 8)).then_some(i + 8)
}
