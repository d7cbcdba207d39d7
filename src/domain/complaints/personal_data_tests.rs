//! The personal-data scanner: each kind found and not found, published examples (their
//! sources named beside them), overlaps, Unicode, redaction, and random text.

use super::PersonalData::*;
use super::*;
use proptest::prelude::*;

/// What was found, as (kind, the text found).
fn found(text: &str) -> Vec<(PersonalData, &str)> {
    scan(text)
        .iter()
        .map(|f| (f.kind, &text[f.start..f.end]))
        .collect()
}

fn only(text: &str, kind: PersonalData, what: &str) {
    assert_eq!(found(text), vec![(kind, what)], "in {text:?}");
}

fn none(text: &str) {
    assert_eq!(found(text), vec![], "in {text:?}");
}

#[test]
fn email_addresses_with_dots_plus_and_hyphens() {
    only(
        "Reply to jo.bloggs+cx@mail-host.co.uk.",
        Email,
        "jo.bloggs+cx@mail-host.co.uk",
    );
    only(
        "<o'neil_99@example.com>, thanks",
        Email,
        "o'neil_99@example.com",
    );
    only("\"zoë@café.fr\"", Email, "zoë@café.fr");
    assert_eq!(found("a@x.org/b@y.org").len(), 2);
    none("a@b");
    none("meet @ 3pm, see @team.");
    none("user@host.c");
    none("user@-host.com");
    none("user@host..com");
    none("user.@host.com");
    none("user@host.com2");
}

#[test]
fn uk_phone_numbers_in_their_usual_shapes() {
    // Ofcom's numbers reserved for TV and radio drama (020 7946 0xxx, 0161 496 0xxx,
    // 07700 900xxx, 0808 157 0xxx), so no real person's number is in the tests.
    only("call 020 7946 0958 today", Phone, "020 7946 0958");
    only("mob: 07700 900123.", Phone, "07700 900123");
    only("mob +44 7700 900123", Phone, "+44 7700 900123");
    only("0044 7700 900123", Phone, "0044 7700 900123");
    only("+44 (0)20 7946 0958", Phone, "+44 (0)20 7946 0958");
    only("+44 (0) 161 496 0000", Phone, "+44 (0) 161 496 0000");
    only("office (0161) 496 0000", Phone, "(0161) 496 0000");
    only("0808 157 0192 free", Phone, "0808 157 0192");
    only("020-7946-0958", Phone, "020-7946-0958");
    only("07700.900.123", Phone, "07700.900.123");
    only("07700900123", Phone, "07700900123");
    only("01632 96071", Phone, "01632 96071"); // 9 digits after the 0
    only("ring 07700 900123 2 times", Phone, "07700 900123");
}

#[test]
fn dates_order_numbers_and_short_numbers_are_not_phones() {
    none("on 12/03/2024 and 01.03.2024 at 10:30");
    none("order ORD07700900123X");
    none("ref 07700900123AB");
    none("ref-07700900123");
    none("0800 123");
    none("007 7700 900123"); // 00 then not 44
    none("0 20 7946 0958"); // the 0 stands apart
    none("0400 123 4567"); // no UK numbers begin 04
    none("07700 900123-4");
    none("+44 7700 9001"); // 8 digits after +44
}

#[test]
fn postcodes_in_every_outward_shape() {
    // Royal Mail's format examples: A9, A99, A9A, AA9, AA99, AA9A.
    for pc in [
        "M1 1AE", "B33 8TH", "W1A 0AX", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "SW1A 1AA",
    ] {
        only(&format!("lives at {pc}, UK"), Postcode, pc);
    }
    only("sw1a1aa", Postcode, "sw1a1aa");
    only("Dn55 1pt.", Postcode, "Dn55 1pt");
    only("GIR 0AA", Postcode, "GIR 0AA");
}

#[test]
fn not_postcodes() {
    none("AB12 alone");
    none("the A1 road and B52 bombers");
    none("SW1A 1CA"); // C is never an inward letter
    none("QA1 1AA"); // Q never begins a postcode
    none("AJ1 1AA"); // J is never second
    none("SW1A 1AAB");
    none("XSW1A 1AA");
    none("SW1A  1AA"); // two spaces: two separate words
}

#[test]
fn national_insurance_numbers_follow_hmrc_prefix_rules() {
    // HMRC National Insurance Manual NIM39110: first letter not D F I Q U V, second not
    // D F I O Q U V, and BG GB KN NK NT TN ZZ are not allocated.
    only("NI: AB 12 34 56 C", NiNumber, "AB 12 34 56 C");
    only("ab123456c", NiNumber, "ab123456c");
    only("JG 123456 D", NiNumber, "JG 123456 D");
    none("QQ 12 34 56 C"); // HMRC's format example, invalid by the prefix rule
    none("QQ123456C");
    for bad in [
        "DA", "FA", "IA", "UA", "VA", "AD", "AO", "AV", "BG", "GB", "NK", "TN", "ZZ",
    ] {
        none(&format!("{bad}123456A"));
    }
    none("AB123456E"); // suffix A to D only
    none("AB12345C");
    none("XAB123456C");
}

#[test]
fn nhs_numbers_pass_the_mod_11_check() {
    // NHS Digital's NHS number validation: 943 476 5919 is its published valid example.
    only("NHS no 943 476 5919", NhsNumber, "943 476 5919");
    only("943-476-5919", NhsNumber, "943-476-5919");
    only("9434765919", NhsNumber, "9434765919");
    none("943 476 5918");
    none("943 476 5929");
    none("943 476-5919"); // mixed separators
    none("94347659190");
    // 100 000 001 sums to 12, so its check digit would be 11 − 1 = 10: no number is valid.
    for last in 0..10 {
        none(&format!("100 000 001{last}"));
    }
}

#[test]
fn card_numbers_pass_luhn() {
    // Test numbers published by the payment processors (Stripe, Adyen, PayPal).
    only(
        "card 4111 1111 1111 1111 exp",
        CardNumber,
        "4111 1111 1111 1111",
    );
    only("5555-5555-5555-4444", CardNumber, "5555-5555-5555-4444");
    only("3782 822463 10005", CardNumber, "3782 822463 10005"); // Amex
    only("6011111111111117", CardNumber, "6011111111111117"); // Discover
    only("4111 1111 1111 1111 123", CardNumber, "4111 1111 1111 1111"); // then the CVV
    none("4111 1111 1111 1112");
    none("5555 5555 5555 4445");
    none("4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"); // single digits: a list, not a card
    none("0000 0000 0000 0000");
    none("4111 1111 1111 1111X");
}

#[test]
fn ibans_pass_mod_97_at_their_country_length() {
    // SWIFT's IBAN Registry examples for GB, DE, FR, ES, NL, IE, and NO (generic length).
    for iban in [
        "GB82 WEST 1234 5698 7654 32",
        "GB82WEST12345698765432",
        "DE89 3704 0044 0532 0130 00",
        "FR14 2004 1010 0505 0001 3M02 606",
        "ES91 2100 0418 4502 0005 1332",
        "NL91 ABNA 0417 1643 00",
        "IE29 AIBK 9311 5212 3456 78",
        "NO93 8601 1117 947",
    ] {
        only(&format!("pay {iban} now"), Iban, iban);
    }
    only(
        "gb82 west 1234 5698 7654 32",
        Iban,
        "gb82 west 1234 5698 7654 32",
    );
    none("GB82 WEST 1234 5698 7654 33");
    none("GB83 WEST 1234 5698 7654 32");
    none("GB82 WEST 1234 5698 7654 3"); // one short for GB
    none("GB82WEST12345698765432X");
}

#[test]
fn sort_code_with_account_number() {
    only(
        "sort code 12-34-56 account 12345678",
        SortCodeAccount,
        "12-34-56 account 12345678",
    );
    only("12-34-56 12345678", SortCodeAccount, "12-34-56 12345678");
    only(
        "Sort code: 12 34 56, acc no. 12345678",
        SortCodeAccount,
        "12 34 56, acc no. 12345678",
    );
    only(
        "sortcode 123456 a/c 12345678",
        SortCodeAccount,
        "123456 a/c 12345678",
    );
    only(
        "account 12345678, sort code 20-00-00",
        SortCodeAccount,
        "12345678, sort code 20-00-00",
    );
    none("sort code 12-34-56 only");
    none("12-34-56");
    none("12 34 56 12345678"); // spaced pairs need the words
    none("12-34-56-78 12345678");
    none("12-34-56 1234567");
    none("12-34-56 and then after a long while 12345678");
}

#[test]
fn overlapping_kinds_keep_the_longer_then_the_stronger() {
    // "012 345 6789" is both a 9-digit phone number and a valid NHS number: at equal
    // length the stronger kind of ALL is kept.
    assert!(NhsNumber.rank() < Phone.rank());
    only("012 345 6789", NhsNumber, "012 345 6789");
    only("012 345 6788", Phone, "012 345 6788");
    // Longer wins: an e-mail address made of a phone number or a postcode is one address.
    only("07700900123@example.com", Email, "07700900123@example.com");
    only("sw1a1aa@example.com", Email, "sw1a1aa@example.com");
    // A phone number and an e-mail address glued together are both found.
    let glued = "+44 (0) 7700 900123%b@x.io";
    assert_eq!(
        found(glued),
        vec![(Phone, "+44 (0) 7700 900123"), (Email, "b@x.io")]
    );
}

#[test]
fn unicode_beside_finds_is_kept_whole() {
    let text = "Zoë 😀 07700 900123 — née Brontë, SW1A 1AA 🇬🇧, é@é.fr";
    let (redacted, finds) = redact(text);
    assert_eq!(finds.len(), 3);
    assert_eq!(
        redacted,
        "Zoë 😀 [phone number removed] — née Brontë, [postcode removed] 🇬🇧, [e-mail removed]"
    );
    none("Zoé07700 900123"); // joined to a word, even an accented one
}

#[test]
fn redaction_replaces_each_find_with_its_placeholder() {
    let text = "Mrs A (AB 12 34 56 C, NHS 943 476 5919) paid with 4111 1111 1111 1111; \
                refund to GB82 WEST 1234 5698 7654 32 or sort code 12-34-56 a/c 12345678.";
    let (redacted, finds) = redact(text);
    let kinds: Vec<_> = finds.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        vec![NiNumber, NhsNumber, CardNumber, Iban, SortCodeAccount]
    );
    assert_eq!(
        redacted,
        "Mrs A ([NI number removed], NHS [NHS number removed]) paid with [card number removed]; \
                refund to [IBAN removed] or sort code [bank details removed]."
    );
    assert!(contains_personal_data(text));
    assert!(!contains_personal_data(&redacted));
    assert!(!contains_personal_data(
        "No personal data in this summary at all."
    ));
    // Finds given out of order are skipped rather than cutting the text.
    let backwards: Vec<Find> = finds.iter().rev().copied().collect();
    assert_eq!(
        redact_finds(text, &backwards),
        redact_finds(text, &finds[4..])
    );
}

#[test]
fn every_kind_has_words_and_a_placeholder() {
    for kind in PersonalData::ALL {
        assert!(!kind.words().is_empty());
        let p = kind.placeholder();
        assert!(p.starts_with('[') && p.ends_with(']'));
        assert!(!contains_personal_data(p));
    }
}

#[test]
fn ten_thousand_rows_scan_with_the_expected_finds() {
    let row = |n: usize| {
        format!(
            "Row {n}: customer rang from 07700 900{:03} about order ORD-{n:06}, café déjà vu 😀, \
             wants a refund to card 4111 1111 1111 1111 and a letter to SW1A 1AA; said it was \
             the third time this month and nobody called back.",
            n % 1000
        )
    };
    let rows: Vec<String> = (0..10_000).map(row).collect();
    assert!(rows[0].chars().count() >= 200);
    let finds: usize = rows.iter().map(|r| scan(r).len()).sum();
    assert_eq!(finds, 30_000);
}

#[test]
fn long_hostile_texts_scan_in_one_go() {
    // Shapes that would make a backtracking matcher re-read the text at every position.
    for (unit, expected) in [
        ("1 ", 0),
        ("a@", 0),
        ("a.", 0),
        ("0-", 0),
        ("x@y.io@", 100_000),
    ] {
        let text = unit.repeat(100_000);
        assert_eq!(scan(&text).len(), expected, "{unit:?}");
    }
    assert_eq!(scan(&"7".repeat(1_000_000)), vec![]);
}

/// Random text mixed with pieces of personal data and the characters around them.
fn mixed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("07700 900123".to_string()),
        Just("+44 (0)20 7946 0958".to_string()),
        Just("(0161) 496 0000".to_string()),
        Just("a.b+c@d-e.co.uk".to_string()),
        Just("SW1A 1AA".to_string()),
        Just("AB 12 34 56 C".to_string()),
        Just("943 476 5919".to_string()),
        Just("4111 1111 1111 1111".to_string()),
        Just("GB82 WEST 1234 5698 7654 32".to_string()),
        Just("sort code 12-34-56 account 12345678".to_string()),
        "[0-9 @.+()/_%'a-zA-Z-]{0,12}",
        "[é😀\u{0}\u{300}\\[\\]]{0,3}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn any_text_scans_and_redacts_cleanly(text in mixed_text()) {
        let finds = scan(&text);
        let mut last = 0;
        for f in &finds {
            prop_assert!(last <= f.start && f.start < f.end && f.end <= text.len());
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            last = f.end;
        }
        let (redacted, again) = redact(&text);
        prop_assert_eq!(&again, &finds);
        let placeholders: usize = finds.iter().map(|f| f.kind.placeholder().len()).sum();
        let removed: usize = finds.iter().map(|f| f.end - f.start).sum();
        prop_assert_eq!(redacted.len(), text.len() - removed + placeholders);
        prop_assert_eq!(found(&redacted), vec![], "redacted: {:?}", redacted);
    }
}
