use super::*;
use chrono::{Duration, Weekday};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
fn easter(y: i32) -> NaiveDate {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let dd = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - dd - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    d(y, month as u32, day as u32)
}

fn first_monday(y: i32, m: u32) -> NaiveDate {
    let mut at = d(y, m, 1);
    while at.weekday() != Weekday::Mon {
        at += Duration::days(1);
    }
    at
}

fn last_monday(y: i32, m: u32) -> NaiveDate {
    let mut at = first_monday(y, m) + Duration::days(28);
    while at.month() != m {
        at -= Duration::days(7);
    }
    at
}

fn weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The region's regular holidays for a year, from the rules: fixed days that fall on a
/// weekend move to the next weekday not already a holiday.
fn by_rule(region: Region, y: i32) -> Vec<(NaiveDate, String)> {
    let mut fixed = vec![(d(y, 1, 1), "New Year's Day")];
    let mut moving = vec![
        (easter(y) - Duration::days(2), "Good Friday"),
        (first_monday(y, 5), "Early May bank holiday"),
        (last_monday(y, 5), "Spring bank holiday"),
    ];
    match region {
        Region::Scotland => {
            fixed.push((d(y, 1, 2), "2nd January"));
            moving.push((first_monday(y, 8), "Summer bank holiday"));
            fixed.push((d(y, 11, 30), "St Andrew's Day"));
        }
        _ => {
            moving.push((easter(y) + Duration::days(1), "Easter Monday"));
            moving.push((last_monday(y, 8), "Summer bank holiday"));
        }
    }
    if region == Region::NorthernIreland {
        fixed.push((d(y, 3, 17), "St Patrick's Day"));
        fixed.push((d(y, 7, 12), "Battle of the Boyne (Orangemen's Day)"));
    }
    fixed.push((d(y, 12, 25), "Christmas Day"));
    fixed.push((d(y, 12, 26), "Boxing Day"));
    fixed.sort();

    let mut out: Vec<(NaiveDate, String)> = moving
        .iter()
        .chain(fixed.iter().filter(|(at, _)| !weekend(*at)))
        .map(|(at, name)| (*at, name.to_string()))
        .collect();
    for (at, name) in fixed.iter().filter(|(at, _)| weekend(*at)) {
        let mut sub = *at;
        while weekend(sub) || out.iter().any(|(taken, _)| *taken == sub) {
            sub += Duration::days(1);
        }
        out.push((sub, format!("{name} (substitute day)")));
    }
    out.sort();
    out
}

/// One-off holidays GOV.UK lists that no rule gives.
const ONE_OFFS: &[(Region, &str)] = &[(Region::Scotland, "2026-06-15")];

#[test]
fn every_table_matches_the_rules_apart_from_listed_one_offs() {
    for region in Region::ALL {
        let table: Vec<(NaiveDate, String)> = region
            .shipped_table()
            .iter()
            .filter(|(iso, _)| !ONE_OFFS.contains(&(region, *iso)))
            .map(|(iso, name)| (parse_iso_date(iso).expect(iso), name.to_string()))
            .collect();
        let rules: Vec<(NaiveDate, String)> = (SHIPPED_YEARS.0..=SHIPPED_YEARS.1)
            .flat_map(|y| by_rule(region, y))
            .collect();
        assert_eq!(table, rules, "{}", region.name());
    }
}

#[test]
fn tables_are_in_date_order_on_weekdays_and_parse_whole() {
    for region in Region::ALL {
        let table = region.shipped_table();
        let cal = HolidayCalendar::shipped(region);
        assert_eq!(cal.dates.len(), table.len(), "{}", region.name());
        assert!(cal.dates.windows(2).all(|w| w[0] < w[1]));
        assert!(cal.dates.iter().all(|at| !weekend(*at)));
        assert_eq!(cal.years_covered(), Some(SHIPPED_YEARS));
    }
}

#[test]
fn known_dates_from_gov_uk() {
    let ew = HolidayCalendar::shipped(Region::EnglandAndWales);
    for at in [
        d(2025, 4, 18),
        d(2026, 4, 6),
        d(2027, 3, 26),
        d(2028, 4, 17),
        d(2026, 5, 4),
        d(2026, 8, 31),
        d(2027, 12, 27),
        d(2027, 12, 28),
        d(2026, 12, 28),
    ] {
        assert!(ew.is_holiday(at), "{at}");
    }
    assert!(!ew.is_holiday(d(2026, 12, 26)), "a Saturday is not listed");
    assert!(!ew.is_holiday(d(2026, 8, 3)), "Scotland's summer holiday");
    let scot = HolidayCalendar::shipped(Region::Scotland);
    assert!(scot.is_holiday(d(2025, 12, 1)));
    assert!(scot.is_holiday(d(2026, 8, 3)));
    assert!(
        !scot.is_holiday(d(2026, 4, 6)),
        "no Easter Monday in Scotland"
    );
    let ni = HolidayCalendar::shipped(Region::NorthernIreland);
    assert!(ni.is_holiday(d(2026, 7, 13)) && ni.is_holiday(d(2024, 3, 18)));
    assert_eq!(
        shipped_name(Region::EnglandAndWales, d(2026, 12, 28)),
        Some("Boxing Day (substitute day)")
    );
    assert_eq!(shipped_name(Region::EnglandAndWales, d(2026, 12, 29)), None);
}

#[test]
fn the_team_adds_and_removes_dates() {
    let mut cal = HolidayCalendar::shipped(Region::EnglandAndWales);
    assert!(cal.add(d(2029, 1, 1)));
    assert!(!cal.add(d(2029, 1, 1)), "already there");
    assert!(cal.is_holiday(d(2029, 1, 1)));
    assert_eq!(cal.years_covered(), Some((2024, 2029)));
    assert!(cal.dates.windows(2).all(|w| w[0] < w[1]));
    assert!(cal.remove(d(2026, 8, 31)));
    assert!(!cal.remove(d(2026, 8, 31)));
    assert!(!cal.is_holiday(d(2026, 8, 31)));
}

#[test]
fn a_hand_written_unsorted_list_still_answers() {
    let json = r#"{"region":"Scotland","dates":["2030-01-02","2030-01-01","2030-01-02"]}"#;
    let mut cal: HolidayCalendar = serde_json::from_str(json).unwrap();
    assert!(cal.is_holiday(d(2030, 1, 1)) && cal.is_holiday(d(2030, 1, 2)));
    assert!(cal.add(d(2030, 12, 25)));
    assert_eq!(
        cal.dates,
        vec![d(2030, 1, 1), d(2030, 1, 2), d(2030, 12, 25)]
    );
}

#[test]
fn a_calendar_round_trips_through_json() {
    let mut cal = HolidayCalendar::shipped(Region::NorthernIreland);
    cal.add(d(2029, 3, 19));
    let back: HolidayCalendar =
        serde_json::from_str(&serde_json::to_string(&cal).unwrap()).unwrap();
    assert_eq!(back, cal);
}

#[test]
fn dates_beyond_the_list_get_a_warning() {
    let cal = HolidayCalendar::shipped(Region::EnglandAndWales);
    assert_eq!(cal.warning_for(d(2028, 12, 31)), None);
    assert_eq!(
        cal.warning_for(d(2029, 1, 2)).as_deref(),
        Some("Bank holidays are known to 2028; add later ones in Settings.")
    );
    assert!(cal
        .warning_for(d(2023, 6, 1))
        .unwrap()
        .contains("from 2024"));
    let empty = HolidayCalendar::weekends_only(Region::Scotland);
    assert_eq!(empty.years_covered(), None);
    assert!(empty.warning_for(d(2026, 1, 1)).is_some());
}

#[test]
fn iso_dates_are_read_strictly() {
    assert_eq!(parse_iso_date("2026-12-28"), Some(d(2026, 12, 28)));
    for bad in ["2026-02-30", "2026-12", "2026-12-28-1", "twenty", ""] {
        assert_eq!(parse_iso_date(bad), None, "{bad}");
    }
}

#[test]
fn regions_are_named_and_stored_by_variant() {
    assert_eq!(Region::NorthernIreland.name(), "Northern Ireland");
    let json = serde_json::to_string(&Region::EnglandAndWales).unwrap();
    assert_eq!(json, r#""EnglandAndWales""#);
}
