//! A chosen file's bytes as the importers read them: UTF-8. Most tools write UTF-8 (with
//! or without a byte-order mark), but some write UTF-16: Qualtrics' tab-separated
//! download, Excel's "Unicode Text", a few ticketing exports. Read as bytes, such a file
//! is a NUL between every letter and matches no column; so it is turned into UTF-8
//! first, whichever byte order, with or without its mark. Excel's plain "CSV" is in the
//! Windows code page (Windows-1252 in western Europe: "München", "£20"): bytes that are
//! not UTF-8 are read as that code page, so names and headers keep their letters.

/// Bytes looked at to recognise UTF-16 written without a byte-order mark.
const SNIFF: usize = 1024;

/// Which UTF-16 the data is in, if it is, and where its text starts.
fn utf16(data: &[u8]) -> Option<(bool, usize)> {
    match data {
        [0xFF, 0xFE, ..] => return Some((true, 2)),
        [0xFE, 0xFF, ..] => return Some((false, 2)),
        _ => {}
    }
    // Without a mark: text of Latin letters has a zero byte in every pair, on the high
    // side; UTF-8 and the Windows code pages never have zero bytes in text.
    let head = &data[..data.len().min(SNIFF) & !1];
    if head.len() < 4 {
        return None;
    }
    // Zero bytes at the even (offset 0) or the odd (offset 1) places of the pairs: the
    // skip picks which byte of each pair is counted, nothing is passed over.
    let zeros = |offset: usize| {
        head.iter()
            .skip(offset)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let pairs = head.len() / 2;
    let (even, odd) = (zeros(0), zeros(1));
    if odd * 10 >= pairs * 9 && even * 10 < pairs {
        Some((true, 0))
    } else if even * 10 >= pairs * 9 && odd * 10 < pairs {
        Some((false, 0))
    } else {
        None
    }
}

/// `data` as UTF-8: UTF-16 (either byte order, with or without its mark) converted, a
/// character that cannot be read becoming U+FFFD; bytes that are not UTF-8 read as
/// Windows-1252 (a file that mixes the two keeps its UTF-8 parts); UTF-8 unchanged.
pub fn to_utf8(data: Vec<u8>) -> Vec<u8> {
    let Some((little, start)) = utf16(&data) else {
        if std::str::from_utf8(&data).is_ok() {
            return data;
        }
        return from_windows_1252(&data).into_bytes();
    };
    let units = data[start..].chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let mut out = String::with_capacity(data.len() / 2 + 8);
    out.extend(char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)));
    out.into_bytes()
}

/// `data` as text, each byte that is not part of UTF-8 read as Windows-1252 (UTF-8 is
/// taken as it is).
pub fn from_windows_1252(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() + data.len() / 8);
    for chunk in data.utf8_chunks() {
        out.push_str(chunk.valid());
        out.extend(chunk.invalid().iter().map(|&b| windows_1252(b)));
    }
    out
}

/// The character of a Windows-1252 byte (its five unassigned bytes kept as the control
/// characters of the same number, as Windows does).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, little: bool, mark: bool) -> Vec<u8> {
        let mut out = Vec::new();
        for u in (mark.then_some('\u{feff}').into_iter().chain(text.chars())).flat_map(|c| {
            let mut b = [0u16; 2];
            c.encode_utf16(&mut b).to_vec()
        }) {
            out.extend(if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        out
    }

    const TSV: &str = "Response ID\tRecorded Date\tQ1 How likely…\tComment\nR_1\t2026-11-02 09:15\t9\tGreat service £20 refund 👍\n";

    #[test]
    fn utf16_in_either_byte_order_with_or_without_its_mark_becomes_utf8() {
        for little in [true, false] {
            for mark in [true, false] {
                let got = to_utf8(utf16(TSV, little, mark));
                assert_eq!(
                    String::from_utf8(got).unwrap(),
                    TSV,
                    "little {little}, mark {mark}"
                );
            }
        }
    }

    #[test]
    fn utf8_is_left_as_it_is() {
        for data in [
            TSV.as_bytes().to_vec(),
            b"\xEF\xBB\xBFdate,score\n2026-11-02,9\n".to_vec(),
            b"a".to_vec(),
            Vec::new(),
        ] {
            assert_eq!(to_utf8(data.clone()), data);
        }
    }

    #[test]
    fn windows_code_page_bytes_become_their_letters() {
        // Excel's "CSV" from a German or a UK Windows: headers, names and prices.
        let got = to_utf8(b"Zeitpunkt der letzten \xC4nderung;Filiale;Score\n1;M\xFCnchen;9\n2;K\xF6ln;\x80 20 \x96 \xA320\n".to_vec());
        assert_eq!(
            String::from_utf8(got).unwrap(),
            "Zeitpunkt der letzten Änderung;Filiale;Score\n1;München;9\n2;Köln;€ 20 – £20\n"
        );
        // A file mostly UTF-8 with one cell pasted in from the code page keeps both.
        let got = to_utf8("Siân;".bytes().chain(*b"\xA349.99").collect());
        assert_eq!(String::from_utf8(got).unwrap(), "Siân;£49.99");
    }

    #[test]
    fn a_windows_code_page_export_previews_with_its_letters() {
        let data = to_utf8(b"ID;Filiale;Score\n1;M\xFCnchen;9\n".to_vec());
        let p = crate::domain::csv_import::preview(&data, 5).unwrap();
        assert_eq!(p.rows[0][1], "München");
    }

    #[test]
    fn a_lone_surrogate_or_an_odd_last_byte_does_not_stop_the_reading() {
        let mut data = vec![0xFF, 0xFE];
        data.extend("ab".encode_utf16().flat_map(u16::to_le_bytes));
        data.extend([0x00, 0xD8]); // a high surrogate with nothing after it
        data.push(b'x'); // half a unit
        assert_eq!(String::from_utf8(to_utf8(data)).unwrap(), "ab\u{fffd}");
    }

    #[test]
    fn a_utf16_export_previews_with_its_columns() {
        let data = to_utf8(utf16(TSV, true, true));
        let p = crate::domain::csv_import::preview(&data, 5).unwrap();
        assert_eq!(p.delimiter, b'\t');
        assert_eq!(p.headers[1], "Recorded Date");
        assert_eq!(p.rows[0][3], "Great service £20 refund 👍");
    }
}
