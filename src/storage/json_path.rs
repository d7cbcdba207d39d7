//! Where in a JSON text a reading error happened, as a path (`projects[3].journeys[0].name`).
//!
//! serde_json reports only a line and column. Tracking the path while deserialising
//! (serde_path_to_error) wraps every `Deserialize` impl in a second deserialiser, which
//! doubled the stored types' reading code in the download (about 40 KB gzip). Stored data
//! is read far more often than it is wrong, so the path is found only after an error, by
//! walking the text up to the error's position.

/// The path of the value being read at the position serde_json gives for `error` in
/// `text`: keys joined by `.`, array indexes in brackets; empty for the top level.
pub fn error_path(text: &str, error: &serde_json::Error) -> String {
    let message = error.to_string();
    let mut end = error_offset(text, error.line(), error.column());
    // serde_json reports most errors at the byte at fault, but "expected value" (an enum
    // given an array, say) just after it: a bracket there starts the value at fault and
    // was not entered.
    if message.starts_with("expected value")
        && matches!(text.as_bytes()[..end].last(), Some(b'[' | b'{'))
    {
        end -= 1;
    }
    // A key that was read but rejected is part of the path when it names an unknown
    // field, not when it is an enum's unknown variant written as an object.
    path_at(text, end, message.starts_with("unknown field"))
}

/// The byte offset of serde_json's (1-based line, column) in `text`: the column counts
/// bytes of its line.
fn error_offset(text: &str, line: usize, column: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = 0;
    for _ in 1..line {
        match bytes[start..].iter().position(|&b| b == b'\n') {
            Some(i) => start += i + 1,
            None => return bytes.len(),
        }
    }
    (start + column).min(bytes.len())
}

/// One open container while walking the text.
enum Frame {
    /// An object, with the key whose value is being read (after its `:`).
    Object { key: Option<String>, in_value: bool },
    /// An array, with the index of the element being read (or about to be).
    Array { index: usize },
}

/// The path of the value being read at byte `end` of `text` (the bytes before it
/// read); with `key_itself`, a last key read whose value has not begun is included.
pub fn path_at(text: &str, end: usize, key_itself: bool) -> String {
    let bytes = &text.as_bytes()[..end.min(text.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        match b {
            b'{' => stack.push(Frame::Object {
                key: None,
                in_value: false,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, in_value }) => {
                    *key = None;
                    *in_value = false;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let (s, next) = read_string(bytes, i + 1);
                if let Some(Frame::Object {
                    key,
                    in_value: false,
                }) = stack.last_mut()
                {
                    *key = Some(s);
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    let last = stack.len().saturating_sub(1);
    for (depth, frame) in stack.iter().enumerate() {
        match frame {
            Frame::Object {
                key: Some(k),
                in_value,
            } if *in_value || (key_itself && depth == last) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
            Frame::Object { .. } => {}
        }
    }
    path
}

/// The string starting at byte `from` (just after its opening quote), unescaped as far
/// as a key needs, and the byte after its closing quote (or the end).
fn read_string(bytes: &[u8], from: usize) -> (String, usize) {
    let mut out = Vec::new();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                let escaped = bytes[i + 1];
                out.push(match escaped {
                    b'n' => b'\n',
                    b't' => b'\t',
                    b'r' => b'\r',
                    b'b' => 8,
                    b'f' => 12,
                    other => other,
                });
                i += 2;
            }
            other => {
                out.push(other);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        projects: Vec<Item>,
        #[serde(default)]
        settings: Option<Settings>,
    }
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        count: u32,
        #[serde(default)]
        tags: Vec<String>,
    }
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    #[serde(deny_unknown_fields)]
    struct Settings {
        mode: Mode,
    }
    #[derive(Debug, Deserialize)]
    enum Mode {
        Heat,
    }

    /// Our path and serde_path_to_error's for the same text.
    fn both(text: &str) -> (String, String) {
        let ours = error_path(text, &serde_json::from_str::<Doc>(text).unwrap_err());
        let mut de = serde_json::Deserializer::from_str(text);
        let theirs = serde_path_to_error::deserialize::<_, Doc>(&mut de)
            .unwrap_err()
            .path()
            .to_string();
        (ours, if theirs == "." { String::new() } else { theirs })
    }

    #[test]
    fn names_the_field_of_the_element_that_is_wrong() {
        let text = r#"{"projects": [{"id": "a", "count": 1}, {"id": "b", "count": "two"}]}"#;
        assert_eq!(both(text).0, "projects[1].count");
    }

    #[test]
    fn agrees_with_tracking_the_path_while_reading() {
        let cases = [
            r#"{"projects": [{"id": "a", "count": 1}, {"id": "b", "count": "two"}]}"#,
            // A missing field names the object that lacks it.
            r#"{"projects": [{"id": "a", "count": 1}, {"id": "b"}, {"id": "c", "count": 3}]}"#,
            "{\"projects\": [\n  {\"id\": \"a\",\n   \"count\": 1,\n   \"tags\": [\"x\", 5]}\n]}",
            r#"{"projects": [], "settings": {"mode": "Lass"}}"#,
            r#"{"projects": [], "settings": {"mode": "Heat", "extra": 1}}"#,
            r#"{"projects": {"id": "a"}}"#,
            r#"{"projects": [{"id": "a", "count": -1}]}"#,
            r#"{"projects": [{"id": 7, "count": 1}]}"#,
            r#"{"projects": [{"id": "a\"b,c", "count": 1}, {"id": "q", "count": [1]}]}"#,
            r#"{"projects": [{"id": "a", "count": 1, "tags": ["ok", {"x": 1}]}]}"#,
            r#"{"projects": [{"i\"d": "a", "count": 1}]}"#,
            r#"{"settings": {"mode": "Heat"}}"#,
            r#"{"projects": [], "settings": {"mode": {"Other": 1}}}"#,
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter_map(|text| {
                let (ours, theirs) = both(text);
                (ours != theirs).then(|| format!("{text}: ours {ours:?}, theirs {theirs:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn an_offset_past_the_text_is_the_end() {
        assert_eq!(error_offset("ab\ncd", 9, 9), 5);
        assert_eq!(error_offset("ab\ncd", 2, 1), 4);
        assert_eq!(path_at(r#"{"a": [1, 2"#, 99, false), "a[1]");
    }
}
