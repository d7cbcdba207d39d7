use super::*;
use crate::domain::complaints::bank_holidays::Region;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ew() -> HolidayCalendar {
    HolidayCalendar::shipped(Region::EnglandAndWales)
}

fn dates(list: Vec<(String, NaiveDate)>) -> Vec<NaiveDate> {
    list.into_iter().map(|(_, at)| at).collect()
}

#[test]
fn christmas_2026_skips_the_weekend_and_both_holidays() {
    // Thu 24 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), then 1 Jan 2027, Mon 4 Jan (5).
    assert_eq!(add_working_days(d(2026, 12, 23), 5, &ew()), d(2027, 1, 4));
    let weekends = HolidayCalendar::weekends_only(Region::EnglandAndWales);
    assert_eq!(
        add_working_days(d(2026, 12, 23), 5, &weekends),
        d(2026, 12, 30)
    );
}

#[test]
fn scotland_keeps_2_january_and_northern_ireland_the_boyne() {
    let scot = HolidayCalendar::shipped(Region::Scotland);
    assert_eq!(add_working_days(d(2025, 12, 31), 1, &scot), d(2026, 1, 5));
    assert_eq!(add_working_days(d(2025, 12, 31), 1, &ew()), d(2026, 1, 2));
    let ni = HolidayCalendar::shipped(Region::NorthernIreland);
    assert_eq!(add_working_days(d(2027, 7, 9), 1, &ni), d(2027, 7, 13));
    assert_eq!(add_working_days(d(2027, 7, 9), 1, &ew()), d(2027, 7, 12));
}

#[test]
fn the_received_day_never_counts() {
    // Friday 28 Aug 2026, evening or not: Monday 31 Aug is a holiday, so day 1 is Tuesday.
    assert_eq!(add_working_days(d(2026, 8, 28), 1, &ew()), d(2026, 9, 1));
    // Received on the Saturday: the same day 1.
    assert_eq!(add_working_days(d(2026, 8, 29), 1, &ew()), d(2026, 9, 1));
    // Received on a plain Tuesday: day 1 is Wednesday, not the Tuesday itself.
    assert_eq!(add_working_days(d(2026, 11, 17), 1, &ew()), d(2026, 11, 18));
    assert_eq!(add_working_days(d(2026, 11, 17), 0, &ew()), d(2026, 11, 17));
}

#[test]
fn working_days_between_counts_what_add_working_days_adds() {
    assert_eq!(
        working_days_between(d(2026, 12, 23), d(2027, 1, 4), &ew()),
        5
    );
    assert_eq!(
        working_days_between(d(2026, 12, 23), d(2026, 12, 23), &ew()),
        0
    );
    assert_eq!(
        working_days_between(d(2027, 1, 4), d(2026, 12, 23), &ew()),
        0
    );
    // Up to a holiday: it does not count.
    assert_eq!(
        working_days_between(d(2026, 12, 24), d(2026, 12, 28), &ew()),
        0
    );
    assert_eq!(add_calendar_weeks(d(2026, 11, 20), 8), d(2027, 1, 15));
}

#[test]
fn an_edited_calendar_changes_the_answer() {
    let mut cal = ew();
    assert!(cal.remove(d(2026, 12, 28)));
    // Thu 24, Mon 28, Tue 29, Wed 30, Thu 31.
    assert_eq!(add_working_days(d(2026, 12, 23), 5, &cal), d(2026, 12, 31));
    let mut closed = ew();
    assert!(closed.add(d(2026, 12, 24)));
    // Tue 29, Wed 30, Thu 31, Mon 4, Tue 5.
    assert_eq!(add_working_days(d(2026, 12, 23), 5, &closed), d(2027, 1, 5));
}

#[test]
fn beyond_the_shipped_years_weekends_still_count_and_the_caller_can_warn() {
    // Fri 21 Dec 2029: no holidays listed, so Christmas is counted as a working day.
    let due = add_working_days(d(2029, 12, 21), 5, &ew());
    assert_eq!(due, d(2029, 12, 28));
    assert_eq!(ew().years_covered(), Some((2024, 2028)));
    assert!(ew().warning_for(due).unwrap().contains("known to 2028"));
}

// Every preset on Friday 20 Nov 2026 in England and Wales. Working days after it:
// 23 (1) … 27 (5), 30 Nov (6) … 11 Dec (15) … 24 Dec (24), 29 Dec (25) … 31 Dec (27),
// 4 Jan 2027 (28) … 13 Jan (35). Eight weeks on: Fri 15 Jan 2027.
const RECEIVED: (i32, u32, u32) = (2026, 11, 20);

fn preset_dates(preset: SchemePreset) -> Vec<NaiveDate> {
    let (y, m, day) = RECEIVED;
    dates(due_dates(&preset.build(), d(y, m, day), &ew()))
}

#[test]
fn fca_disp_acknowledges_in_5_business_days_and_answers_in_8_weeks() {
    let scheme = SchemePreset::FcaDisp.build();
    assert_eq!(scheme.name, "FCA complaints (DISP)");
    assert_eq!(
        preset_dates(SchemePreset::FcaDisp),
        vec![d(2026, 11, 27), d(2027, 1, 15), d(2026, 11, 25)]
    );
    assert!(scheme.clocks[2].optional && !scheme.clocks[1].optional);
    assert_eq!(
        preset_dates(SchemePreset::FcaPaymentServices),
        vec![
            d(2026, 11, 27),
            d(2026, 12, 11),
            d(2027, 1, 13),
            d(2026, 11, 25)
        ]
    );
}

#[test]
fn housing_code_counts_the_response_from_the_acknowledgement() {
    assert_eq!(
        preset_dates(SchemePreset::HousingStage1),
        vec![d(2026, 11, 27), d(2026, 12, 11)]
    );
    // Stage 2: 20 working days after Fri 27 Nov runs over Christmas to Tue 29 Dec.
    assert_eq!(
        preset_dates(SchemePreset::HousingStage2),
        vec![d(2026, 11, 27), d(2026, 12, 29)]
    );
}

#[test]
fn an_early_acknowledgement_brings_the_response_forward() {
    let scheme = SchemePreset::HousingStage1.build();
    let met = [Some(d(2026, 11, 23))];
    let due = dates(due_dates_given(&scheme, d(2026, 11, 20), &met, &ew()));
    // Ten working days after Mon 23 Nov: Mon 7 Dec.
    assert_eq!(due, vec![d(2026, 11, 27), d(2026, 12, 7)]);
}

#[test]
fn energy_telecoms_nhs_and_custom() {
    assert_eq!(preset_dates(SchemePreset::Energy), vec![d(2027, 1, 15)]);
    assert_eq!(preset_dates(SchemePreset::Telecoms), vec![d(2027, 1, 15)]);
    assert_eq!(
        preset_dates(SchemePreset::NhsEngland),
        vec![d(2026, 11, 25)]
    );
    assert!(preset_dates(SchemePreset::Custom).is_empty());
    let names: Vec<&str> = SchemePreset::ALL.iter().map(|p| p.name()).collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(names.len(), unique.len());
    assert!(SchemePreset::ALL.iter().all(|p| !p.source().is_empty()));
}

#[test]
fn a_chain_of_clocks_and_a_team_made_scheme() {
    let mut scheme = Scheme::custom("Our way");
    scheme.clocks = vec![
        Clock::new("Call back", Span::CalendarDays(1), Start::Received),
        Clock::new("Write", Span::WorkingDays(2), Start::Clock(0)),
        Clock::new("Review", Span::Weeks(1), Start::Clock(1)),
    ];
    assert!(scheme.problems().is_empty());
    // Sat 21 Nov; two working days after it: Tue 24; a week on: Tue 1 Dec.
    assert_eq!(
        dates(due_dates(&scheme, d(2026, 11, 20), &ew())),
        vec![d(2026, 11, 21), d(2026, 11, 24), d(2026, 12, 1)]
    );
}

#[test]
fn bad_stored_schemes_are_reported_and_still_give_dates() {
    let mut scheme = Scheme::custom("Broken");
    scheme.clocks = vec![
        Clock::new("Loop", Span::WorkingDays(1), Start::Clock(0)),
        Clock::new(" ", Span::Weeks(MAX_SPAN + 1), Start::Clock(7)),
    ];
    let problems = scheme.problems();
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems[0].contains("\"Loop\" counts from a clock"));
    assert!(problems.iter().any(|p| p.contains("the most is 1000")));
    assert!(problems.iter().any(|p| p == "Clock 2 has no name."));
    let due = dates(due_dates(&scheme, d(2026, 11, 20), &ew()));
    assert_eq!(due[0], d(2026, 11, 23), "counted from the received day");
    assert_eq!(due[1], add_calendar_weeks(d(2026, 11, 20), MAX_SPAN));
}

fn status(optional: bool, met: Option<NaiveDate>, today: NaiveDate) -> ClockStatus {
    let mut clock = Clock::new(ACK, Span::WorkingDays(5), Start::Received);
    clock.optional = optional;
    ClockStatus::of(&clock, d(2026, 11, 27), met, today, &ew())
}
const ACK: &str = "Acknowledge";

#[test]
fn statuses_on_the_boundary_days() {
    // Due Fri 27 Nov 2026.
    let s = |today| status(false, None, today);
    assert_eq!(s(d(2026, 11, 24)), ClockStatus::OnTrack { days_left: 3 });
    assert_eq!(s(d(2026, 11, 25)), ClockStatus::DueSoon { days_left: 2 });
    assert_eq!(s(d(2026, 11, 26)), ClockStatus::DueSoon { days_left: 1 });
    assert_eq!(s(d(2026, 11, 27)), ClockStatus::DueToday);
    assert_eq!(s(d(2026, 11, 28)), ClockStatus::Overdue { days: 1 });
    assert_eq!(s(d(2026, 11, 30)), ClockStatus::Overdue { days: 3 });
    let met = |on| status(false, Some(on), d(2026, 12, 10));
    assert_eq!(met(d(2026, 11, 27)), ClockStatus::Met);
    assert_eq!(met(d(2026, 11, 20)), ClockStatus::Met);
    assert_eq!(met(d(2026, 11, 30)), ClockStatus::MetLate { days: 3 });
    assert_eq!(status(true, None, d(2026, 11, 28)), ClockStatus::Closed);
    assert_eq!(status(true, None, d(2026, 11, 27)), ClockStatus::DueToday);
}

#[test]
fn a_weekend_before_the_due_day_is_not_counted_as_time_left() {
    let clock = Clock::new(ACK, Span::WorkingDays(1), Start::Received);
    let status = ClockStatus::of(&clock, d(2026, 11, 24), None, d(2026, 11, 21), &ew());
    assert_eq!(status, ClockStatus::DueSoon { days_left: 2 });
}

#[test]
fn every_status_has_words_and_its_own_icon() {
    let all = [
        ClockStatus::Met,
        ClockStatus::MetLate { days: 1 },
        ClockStatus::OnTrack { days_left: 8 },
        ClockStatus::DueSoon { days_left: 1 },
        ClockStatus::DueToday,
        ClockStatus::Overdue { days: 4 },
        ClockStatus::Closed,
    ];
    let words: Vec<String> = all.iter().map(|s| s.words()).collect();
    assert_eq!(
        words,
        [
            "Met",
            "Met 1 day late",
            "Due in 8 working days",
            "Due in 1 working day",
            "Due today",
            "Overdue by 4 days",
            "Route closed"
        ]
    );
    let mut icons: Vec<&str> = all.iter().map(|s| s.icon()).collect();
    icons.sort();
    icons.dedup();
    assert_eq!(icons.len(), all.len());
}

#[test]
fn schemes_round_trip_and_read_older_clocks_without_the_optional_flag() {
    for preset in SchemePreset::ALL {
        let scheme = preset.build();
        let json = serde_json::to_string(&scheme).unwrap();
        assert_eq!(serde_json::from_str::<Scheme>(&json).unwrap(), scheme);
    }
    let json = r#"{"name":"Acknowledge","after":{"WorkingDays":5},"from":{"Clock":0}}"#;
    let clock: Clock = serde_json::from_str(json).unwrap();
    assert_eq!(
        clock,
        Clock::new("Acknowledge", Span::WorkingDays(5), Start::Clock(0))
    );
    assert_eq!(Span::Weeks(1).words(), "1 week");
    assert_eq!(Span::BusinessDays(15).words(), "15 business days");
}
