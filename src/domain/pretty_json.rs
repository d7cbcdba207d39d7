//! Files people may open in an editor (backups, subject-access exports) are written as
//! indented JSON. They are written compact and indented here, the same bytes as
//! `serde_json::to_string_pretty` gives: calling it would build a second copy of the
//! serialising code of every type in the file (one per formatter), a large part of the
//! download.

use serde::Serialize;

/// `value` as JSON indented by two spaces, exactly as `serde_json::to_string_pretty`
/// writes it; `None` when it cannot be written as JSON (a map with keys that are not text).
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok().map(|text| indent(&text))
}

/// Compact JSON (as `serde_json::to_string` writes it: no space outside strings) laid
/// out with one value or key per line, two spaces per level; empty arrays and objects
/// stay `[]` and `{}`.
pub fn indent(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                out.push(b);
            }
            b'[' | b'{' => {
                out.push(b);
                let close = if b == b'[' { b']' } else { b'}' };
                if bytes.get(i) == Some(&close) {
                    out.push(close);
                    i += 1;
                } else {
                    depth += 1;
                    new_line(&mut out, depth);
                }
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                new_line(&mut out, depth);
                out.push(b);
            }
            b',' => {
                out.push(b);
                new_line(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            _ => out.push(b),
        }
    }
    // Only ASCII bytes were added, and only between whole characters of the input.
    String::from_utf8(out).unwrap_or_default()
}

fn new_line(out: &mut Vec<u8>, depth: usize) {
    out.push(b'\n');
    out.resize(out.len() + 2 * depth, b' ');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn same_as_serde(value: &serde_json::Value) {
        assert_eq!(
            to_string_pretty(value).unwrap(),
            serde_json::to_string_pretty(value).unwrap(),
            "{value}"
        );
    }

    #[test]
    fn nested_values_are_laid_out_as_serde_json_lays_them_out() {
        same_as_serde(&json!({
            "format": "cx-workbench-backup",
            "n": 3, "x": -1.5e-7, "yes": true, "none": null,
            "list": [1, [2, []], {}, {"a": [{"b": {}}]}],
            "empty": [], "obj": {}
        }));
        same_as_serde(&json!([]));
        same_as_serde(&json!({}));
        same_as_serde(&json!("text"));
        same_as_serde(&json!(12));
    }

    #[test]
    fn brackets_commas_colons_and_escapes_inside_text_are_left_as_they_are() {
        same_as_serde(&json!({
            "a,b": "x: [1, 2] {y}",
            "quote \" and \\": "\\\"[{,:}]\\",
            "tail\\": "\\",
            "unicode": "café — 😀 \u{7}\n\t",
            "[]": ["{}", "", "\""]
        }));
    }

    #[test]
    fn a_struct_with_a_map_inside_is_the_same_too() {
        #[derive(serde::Serialize)]
        struct File<'a> {
            format: &'a str,
            keys: std::collections::BTreeMap<&'a str, &'a str>,
            items: Vec<Option<u32>>,
        }
        let file = File {
            format: "f",
            keys: [("k1", "{\"a\":[1,2]}"), ("k2", "")].into_iter().collect(),
            items: vec![Some(1), None],
        };
        assert_eq!(
            to_string_pretty(&file).unwrap(),
            serde_json::to_string_pretty(&file).unwrap()
        );
    }

    #[test]
    fn a_map_whose_keys_are_not_text_is_none_as_serde_json_refuses_it() {
        let map: std::collections::HashMap<Vec<u8>, u8> = [(vec![1], 1)].into_iter().collect();
        assert!(serde_json::to_string_pretty(&map).is_err());
        assert_eq!(to_string_pretty(&map), None);
    }
}
