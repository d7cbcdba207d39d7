//! Stored values as compact text: the JSON is compressed (raw deflate) and the bytes are
//! packed 15 bits to a UTF-16 code unit, so a value takes about a quarter to a sixth of
//! the localStorage quota its plain JSON would.
//!
//! Each code unit is `U+0800 + v` for a 15-bit `v`, so it lies in U+0800..=U+87FF: never
//! a surrogate (the browser would mangle a lone one), never a control character, and one
//! `char` in Rust. The text starts with `z`, the byte count and `:`, so a truncated or
//! foreign value is told apart from a packed one.

use std::fmt;

/// Deflate level: 1 is the fastest, and saving is on the typing path.
const LEVEL: u8 = 1;
/// First code unit of the packed range.
const BASE: u32 = 0x0800;
/// Largest uncompressed value accepted when reading: bounds what a damaged or hostile
/// value can make the app allocate.
const MAX_UNPACKED_BYTES: usize = 256 * 1024 * 1024;

/// Why a stored value is not packed text this version can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnpackError(pub &'static str);

impl fmt::Display for UnpackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// True when `text` has the shape of a packed value (it may still be damaged).
pub fn looks_packed(text: &str) -> bool {
    text.starts_with('z')
        && text[1..]
            .split_once(':')
            .is_some_and(|(n, _)| n.parse::<usize>().is_ok())
}

/// Compresses `text` and packs it.
pub fn pack(text: &str) -> String {
    let bytes = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), LEVEL);
    let mut out = String::with_capacity(12 + 3 * (bytes.len() * 8).div_ceil(15));
    out.push('z');
    out.push_str(&bytes.len().to_string());
    out.push(':');
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in &bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            out.push(unit((acc >> bits) & 0x7fff));
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push(unit((acc << (15 - bits)) & 0x7fff));
    }
    out
}

fn unit(v: u32) -> char {
    // BASE + v is at most U+87FF, always a valid char.
    char::from_u32(BASE + v).unwrap_or('\u{800}')
}

/// Unpacks and decompresses a value written by [`pack`].
pub fn unpack(text: &str) -> Result<String, UnpackError> {
    let rest = text
        .strip_prefix('z')
        .ok_or(UnpackError("it is not a packed value"))?;
    let (count, body) = rest
        .split_once(':')
        .ok_or(UnpackError("it is not a packed value"))?;
    let count: usize = count
        .parse()
        .map_err(|_| UnpackError("it is not a packed value"))?;
    let mut bytes = Vec::with_capacity(count);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in body.chars() {
        let v = (c as u32)
            .checked_sub(BASE)
            .filter(|v| *v <= 0x7fff)
            .ok_or(UnpackError("it holds characters a packed value never has"))?;
        acc = (acc << 15) | v;
        bits += 15;
        while bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
        }
        acc &= (1 << bits) - 1;
    }
    // The last unit may carry up to 14 bits of padding: at most one byte too many.
    if bytes.len() < count || bytes.len() > count + 1 {
        return Err(UnpackError("it is cut short or has extra text"));
    }
    bytes.truncate(count);
    let plain = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_UNPACKED_BYTES)
        .map_err(|_| UnpackError("its compressed data is damaged"))?;
    String::from_utf8(plain).map_err(|_| UnpackError("its compressed data is damaged"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_length_and_stays_out_of_the_surrogates() {
        let mut text = String::new();
        for n in 0..300 {
            let packed = pack(&text);
            assert!(looks_packed(&packed));
            assert!(packed
                .encode_utf16()
                .all(|u| !(0xd800..=0xdfff).contains(&u)));
            assert_eq!(unpack(&packed).unwrap(), text, "length {n}");
            text.push(char::from_u32(0x20 + (n * 7919) % 0x2fff).unwrap_or('x'));
        }
    }

    #[test]
    fn compresses_json() {
        let json = r#"{"id":"c1","text":"the customer waits","votes":[]}"#.repeat(500);
        let packed = pack(&json);
        assert!(packed.encode_utf16().count() * 4 < json.len());
        assert_eq!(unpack(&packed).unwrap(), json);
    }

    #[test]
    fn damage_is_reported() {
        let packed = pack("{\"projects\": []}");
        assert!(unpack("{\"projects\": []}").is_err());
        assert!(!looks_packed("{\"projects\": []}"));
        let cut: String = packed.chars().take(packed.chars().count() - 2).collect();
        assert!(unpack(&cut).is_err());
        let foreign = format!("{packed}A");
        assert!(unpack(&foreign).is_err());
        let wrong_count = packed.replacen('z', "z9", 1);
        assert!(unpack(&wrong_count).is_err());
    }
}
