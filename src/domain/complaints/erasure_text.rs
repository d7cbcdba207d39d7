//! Finding a customer reference in free text, and blanking it out, as a whole word: in
//! one string, and in every string of a tool's data read as JSON, leaving ids, dates
//! and object keys alone so the data reads back as it was stored.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// What a reference is replaced with.
pub const ERASED: &str = "[erased]";

/// Keys whose string values are links to other parts by id (an evidence link's
/// "journey" and "card", a complaint "entry", a KPI "dataset") or a tag read back as a
/// variant. Only their strings are skipped: a "card" elsewhere may be a whole card.
const LINK_KEYS: [&str; 6] = ["kind", "entry", "card", "journey", "dataset", "stage"];

/// A character that continues a word: "ACC-1" is not found in "ACC-12" or "XACC-1".
/// Hyphens and underscores count, because references use them ("ACC-1234" is not
/// "1234").
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// Byte offsets of every whole-word match of `reference` in `text`, ignoring ASCII
/// letter case. Matches do not overlap.
fn matches(text: &str, reference: &str) -> Vec<usize> {
    let (t, r) = (text.as_bytes(), reference.as_bytes());
    let mut out = Vec::new();
    if r.is_empty() || r.len() > t.len() {
        return out;
    }
    let mut i = 0;
    while i + r.len() <= t.len() {
        // A byte-wise match of a valid UTF-8 reference starts and ends on character
        // boundaries, since non-ASCII bytes must match exactly.
        if t[i..i + r.len()].eq_ignore_ascii_case(r) {
            let before = text[..i].chars().next_back();
            let after = text[i + r.len()..].chars().next();
            if !before.is_some_and(word_char) && !after.is_some_and(word_char) {
                out.push(i);
                i += r.len();
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Whether `text` holds `reference` as a whole word.
pub fn contains_word(text: &str, reference: &str) -> bool {
    !matches(text, reference).is_empty()
}

/// `text` with every whole-word `reference` replaced by [`ERASED`]; `None` when it holds
/// none.
pub fn blank_word(text: &str, reference: &str) -> Option<String> {
    let at = matches(text, reference);
    if at.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for i in at {
        out.push_str(&text[from..i]);
        out.push_str(ERASED);
        from = i + reference.len();
    }
    out.push_str(&text[from..]);
    Some(out)
}

/// Keys whose values are never free text: ids and timestamps.
fn skipped_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    k.ends_with("id") || k.ends_with("_at")
}

/// A string that is an id, as the app makes them: one lower-case letter and at least
/// eight hex digits ("n00000000000000a1", a project's "p18c…"). Links by id are stored
/// under many keys ("lane", "previous", "cards"), so they are told by their form.
fn looks_like_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && text.len() >= 9
        && chars.all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

/// Strings that are dates or times, stored as chrono writes them.
fn is_date(text: &str) -> bool {
    use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
    text.parse::<NaiveDate>().is_ok()
        || text.parse::<NaiveDateTime>().is_ok()
        || text.parse::<DateTime<Utc>>().is_ok()
}

/// A string in a tool's data: the keys leading to it (array positions left out) and
/// its text.
pub type Found = (Vec<String>, String);

/// Walks the free-text strings of `value`, calling `visit` with the keys leading to each;
/// `visit` may change the string.
fn walk(value: &mut Value, keys: &mut Vec<String>, visit: &mut dyn FnMut(&[String], &mut String)) {
    match value {
        Value::String(s) if !is_date(s) && !looks_like_id(s) => visit(keys, s),
        Value::Array(items) => items.iter_mut().for_each(|v| walk(v, keys, visit)),
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if skipped_key(k) || (v.is_string() && LINK_KEYS.contains(&k.as_str())) {
                    continue;
                }
                keys.push(k.clone());
                walk(v, keys, visit);
                keys.pop();
            }
        }
        _ => {}
    }
}

/// A cheap first look: whether the stored form of `part` could mention `reference` at
/// all. JSON escapes only quotes, backslashes and control characters, so for a
/// reference without them a miss here means no string holds it.
fn may_mention<T: Serialize>(part: &T, reference: &str) -> Option<Value> {
    let plain = !reference
        .chars()
        .any(|c| c == '"' || c == '\\' || c.is_control());
    if plain {
        let text = serde_json::to_string(part).ok()?;
        if !text
            .to_ascii_lowercase()
            .contains(&reference.to_ascii_lowercase())
        {
            return None;
        }
    }
    // Through text, not `to_value`/`from_value`: the app already reads and writes every
    // part as JSON text, so this adds no second copy of each part's serde code to the
    // download.
    serde_json::from_str(&serde_json::to_string(part).ok()?).ok()
}

/// Reads `value` back as a `T`, through its text (see [`may_mention`]).
fn read_back<T: DeserializeOwned>(value: &Value) -> Option<T> {
    serde_json::from_str(&value.to_string()).ok()
}

/// Every free-text string of `part` that mentions `reference`.
pub fn mentions<T: Serialize>(part: &T, reference: &str) -> Vec<Found> {
    let Some(mut value) = may_mention(part, reference) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    walk(&mut value, &mut Vec::new(), &mut |keys, s| {
        if contains_word(s, reference) {
            out.push((keys.to_vec(), s.clone()));
        }
    });
    out
}

/// `part` with `reference` blanked out of its free text, and the keys of each string
/// changed; `None` when nothing mentions it. A string whose change would stop the part
/// reading back (a tag that happens to equal the reference) is left as it is.
pub fn blank_part<T: Serialize + DeserializeOwned>(
    part: &T,
    reference: &str,
) -> Option<(T, Vec<Vec<String>>)> {
    let original = may_mention(part, reference)?;
    let mut value = original.clone();
    let mut changed = Vec::new();
    walk(&mut value, &mut Vec::new(), &mut |keys, s| {
        if let Some(new) = blank_word(s, reference) {
            *s = new;
            changed.push(keys.to_vec());
        }
    });
    if changed.is_empty() {
        return None;
    }
    if let Some(back) = read_back::<T>(&value) {
        return Some((back, changed));
    }
    blank_one_by_one(original, reference)
}

/// The slow way, for the rare part where blanking everything at once does not read
/// back: each string is tried on its own and kept only if the part still reads.
fn blank_one_by_one<T: DeserializeOwned>(
    mut value: Value,
    reference: &str,
) -> Option<(T, Vec<Vec<String>>)> {
    let mut changed = Vec::new();
    let mut n = 0;
    loop {
        let mut trial = value.clone();
        let mut seen = 0;
        let mut keys_changed = None;
        walk(&mut trial, &mut Vec::new(), &mut |keys, s| {
            if keys_changed.is_some() || !contains_word(s, reference) {
                return;
            }
            if seen == n {
                *s = blank_word(s, reference).unwrap_or_default();
                keys_changed = Some(keys.to_vec());
            }
            seen += 1;
        });
        let Some(keys) = keys_changed else { break };
        if read_back::<T>(&trial).is_some() {
            value = trial;
            changed.push(keys);
        } else {
            // Left as it is: the next string that mentions the reference is now number
            // `n + 1`.
            n += 1;
        }
    }
    if changed.is_empty() {
        return None;
    }
    read_back(&value).map(|back| (back, changed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ids_dates_links_and_keys_are_left_and_free_text_blanked() {
        let part = json!({
            "id": "ACC-1", "owner_id": "ACC-1", "made_at": "ACC-1", "kind": "ACC-1",
            "card": "ACC-1", "ACC-1": "a key is not text",
            "note": "ACC-1 rang", "list": ["ACC-1", 3, null],
            "card_text": {"card": {"text": "about ACC-1"}}
        });
        let (back, changed) = blank_part(&part, "acc-1").unwrap();
        let keep = ["id", "owner_id", "made_at", "kind", "card", "ACC-1"];
        for k in keep {
            assert_eq!(back[k], part[k], "{k} is kept");
        }
        assert_eq!(back["note"], "[erased] rang");
        assert_eq!(back["list"], json!(["[erased]", 3, null]));
        assert_eq!(back["card_text"]["card"]["text"], "about [erased]");
        assert_eq!(changed.len(), 3);
        assert!(changed.contains(&vec!["card_text".into(), "card".into(), "text".into()]));
    }

    #[test]
    fn dates_and_ids_are_told_by_their_form() {
        let day = "2026-12-01";
        let id = "n00000000000000a1";
        let part = json!({"on": day, "at": "2026-12-01T09:00:00Z", "to": id,
                          "note": format!("Called on {day} about {id}")});
        assert!(blank_part(&part, "2026-12-01T09:00:00Z").is_none());
        let (back, _) = blank_part(&part, day).unwrap();
        assert_eq!(back["on"], day);
        assert_eq!(back["note"], format!("Called on [erased] about {id}"));
        let (back, _) = blank_part(&part, id).unwrap();
        assert_eq!(back["to"], id);
        assert_eq!(back["note"], format!("Called on {day} about [erased]"));
        assert!(mentions(&part, "nobody").is_empty());
        assert_eq!(mentions(&part, day).len(), 1);
    }
}
