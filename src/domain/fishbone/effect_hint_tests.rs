//! The problem statement hint on statements that do and do not say each aspect.
use super::*;
use Aspect::*;

fn missing(s: &str) -> Vec<Aspect> {
    effect_hint(s).map(|h| h.missing).unwrap_or_default()
}

#[test]
fn the_examples_vague_statement_misses_everything_and_the_good_one_nothing() {
    assert_eq!(missing(VAGUE_EXAMPLE), [What, Where, When, HowMuch]);
    assert_eq!(effect_hint(GOOD_EXAMPLE), None);
    let hint = effect_hint(VAGUE_EXAMPLE).unwrap();
    assert!(hint.message.starts_with("A sharper problem statement says what exactly happens, where (the channel, place or stage), when and how much"));
    assert!(hint.message.contains(GOOD_EXAMPLE));
    assert_eq!(effect_hint("   "), None);
}

#[test]
fn how_much_is_a_number_or_share_but_not_a_year_or_date() {
    assert!(!missing("Refunds took 12 days").contains(&HowMuch));
    assert!(!missing("Half of chats abandoned").contains(&HowMuch));
    assert!(!missing("40% repeat calls").contains(&HowMuch));
    assert!(missing("Long waits in 2025").contains(&HowMuch));
    assert!(missing("Long waits on 12/03/2026").contains(&HowMuch));
    assert!(missing("Long waits in Q3").contains(&HowMuch));
}

#[test]
fn when_is_a_month_quarter_year_date_or_recent_period() {
    for s in [
        "Waits in March",
        "Waits in Q4",
        "Waits in 2026",
        "Waits since 2026-01-05",
        "Waits last week",
        "Waits on Mondays",
        "Waits after 5pm",
        "Waits grew in May",
    ] {
        assert!(!missing(s).contains(&When), "{s}");
    }
    for s in ["Customers may leave", "Waits are long", "Waits of 3 weeks"] {
        assert!(missing(s).contains(&When), "{s}");
    }
}

#[test]
fn where_is_a_channel_place_or_stage() {
    for s in [
        "Long queue on the phone",
        "Chat drops",
        "Checkout fails",
        "Branch staff",
    ] {
        assert!(!missing(s).contains(&Where), "{s}");
    }
    assert!(missing("Agents transfer customers").contains(&Where));
    assert!(
        missing("Apply for a loan").contains(&Where),
        "app is a word, not a prefix"
    );
}

#[test]
fn what_needs_two_meaningful_words_beyond_vague_ones() {
    assert!(missing("Bad service issues").contains(&What));
    assert!(missing("Customers unhappy with phone").contains(&What));
    assert!(!missing("Callers transferred between teams").contains(&What));
    assert!(!missing("Parcels arrive damaged").contains(&What));
}
