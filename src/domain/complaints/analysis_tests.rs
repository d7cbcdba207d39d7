use super::*;
use crate::domain::complaints::model::ComplaintId;
use crate::domain::complaints::settings::ComplaintSettings;
use crate::domain::evidence::{EvidenceLink, MAX_EVIDENCE};
use crate::domain::fishbone::{FishboneId, Preset};
use crate::domain::kpi::contacts::{ContactCell, ContactCounts};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn entry(n: u64, on: NaiveDate, category: &str, channel: Channel) -> Complaint {
    let mut c = Complaint::new(
        ComplaintId::fresh(n),
        on.and_hms_opt(10, 0, 0).unwrap(),
        &format!("Complaint number {n}"),
    );
    c.category = category.into();
    c.channel = channel;
    c
}

fn shared(list: Vec<Complaint>) -> Vec<Rc<Complaint>> {
    Filter::default().apply(&ComplaintLog::from_entries(list))
}

#[test]
fn the_filter_keeps_the_period_inclusive_and_the_channel() {
    let log = ComplaintLog::from_entries([
        entry(1, day(2026, 8, 31), "Late delivery", Channel::Phone),
        entry(2, day(2026, 9, 1), "Late delivery", Channel::Phone),
        entry(3, day(2026, 9, 30), "Billing error", Channel::Email),
        entry(4, day(2026, 10, 1), "Late delivery", Channel::Phone),
    ]);
    let september = Filter {
        from: Some(day(2026, 9, 1)),
        to: Some(day(2026, 9, 30)),
        channel: None,
    };
    let ids = |f: &Filter| -> Vec<u64> {
        f.apply(&log)
            .iter()
            .map(|c| c.summary[17..].parse().unwrap())
            .collect()
    };
    assert_eq!(ids(&september), [2, 3]);
    let by_phone = Filter {
        channel: Some(Channel::Phone),
        ..september
    };
    assert_eq!(ids(&by_phone), [2]);
    assert_eq!(ids(&Filter::default()), [1, 2, 3, 4]);
}

#[test]
fn entries_without_a_category_are_counted_as_uncategorised() {
    let entries = shared(vec![
        entry(1, day(2026, 9, 1), "Late delivery", Channel::Phone),
        entry(2, day(2026, 9, 2), "  ", Channel::Phone),
        entry(3, day(2026, 9, 3), "", Channel::Phone),
        entry(4, day(2026, 9, 4), " Late delivery ", Channel::Phone),
    ]);
    assert_eq!(
        category_counts(&entries),
        [
            ("Late delivery".to_string(), 2),
            (UNCATEGORISED.to_string(), 2)
        ]
    );
}

#[test]
fn the_vital_few_are_named_in_words() {
    use crate::domain::complaints::recurrence::pareto;
    let counts: Vec<(String, u64)> = [
        ("Late delivery", 50),
        ("Billing error", 25),
        ("Long wait", 15),
        ("Policy", 10),
    ]
    .iter()
    .map(|(c, n)| (c.to_string(), *n))
    .collect();
    // 50%, 75%, then 90%: the third bar passes 80%.
    assert_eq!(
        vital_words(&pareto(&counts)),
        "The vital few: Late delivery, Billing error and Long wait make up 90% of the 100 \
         complaints. Start with these."
    );
    let one = vec![("Late delivery".to_string(), 9)];
    assert_eq!(
        vital_words(&pareto(&one)),
        "The vital few: Late delivery makes up 100% of the 9 complaints. Start with it."
    );
    assert_eq!(vital_words(&[]), "");
}

#[test]
fn weeks_between_are_filled_with_zeros_from_monday_to_sunday() {
    // Sun 6 Sep 2026 is in the week of Mon 31 Aug; Mon 7 Sep starts the next. Nothing
    // in the weeks of 14 and 21 Sep; two in the week of 28 Sep.
    let entries = shared(vec![
        entry(1, day(2026, 9, 6), "Late delivery", Channel::Phone),
        entry(2, day(2026, 9, 7), "Late delivery", Channel::Phone),
        entry(3, day(2026, 9, 29), "Late delivery", Channel::Phone),
        entry(4, day(2026, 10, 4), "Billing error", Channel::Phone),
    ]);
    let s = series(&entries, Granularity::Week);
    assert_eq!(
        s.labels(),
        [
            "w/c 31 Aug 2026",
            "w/c 7 Sep 2026",
            "w/c 14 Sep 2026",
            "w/c 21 Sep 2026",
            "w/c 28 Sep 2026"
        ]
    );
    assert_eq!(s.counts["Late delivery"], [1, 1, 0, 0, 1]);
    assert_eq!(s.counts["Billing error"], [0, 0, 0, 0, 1]);
    assert_eq!(s.left_out, 0);
}

#[test]
fn months_run_across_the_year_end_with_empty_months_as_zero() {
    let entries = shared(vec![
        entry(1, day(2026, 11, 30), "Late delivery", Channel::Phone),
        entry(2, day(2026, 12, 1), "Late delivery", Channel::Phone),
        entry(3, day(2027, 2, 28), "Late delivery", Channel::Phone),
    ]);
    let s = series(&entries, Granularity::Month);
    assert_eq!(s.labels(), ["Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027"]);
    assert_eq!(s.counts["Late delivery"], [1, 1, 0, 1]);
    assert_eq!(
        next_period(Granularity::Month, day_number(day(2026, 12, 1))),
        day_number(day(2027, 1, 1))
    );
    assert_eq!(
        next_period(Granularity::Quarter, day_number(day(2026, 10, 1))),
        day_number(day(2027, 1, 1))
    );
    assert_eq!(date_of(day_number(day(2027, 2, 28))), day(2027, 2, 28));
    assert!(series(&[], Granularity::Month).periods.is_empty());
}

#[test]
fn a_date_far_in_the_past_does_not_make_centuries_of_periods() {
    let entries = shared(vec![
        entry(1, day(1900, 1, 1), "Late delivery", Channel::Phone),
        entry(2, day(2026, 9, 1), "Late delivery", Channel::Phone),
    ]);
    let s = series(&entries, Granularity::Week);
    assert_eq!(s.periods.len(), MAX_PERIODS);
    assert_eq!(s.left_out, 1);
    assert_eq!(s.counts["Late delivery"].iter().sum::<u64>(), 1);
}

#[test]
fn the_control_chart_flags_a_spike_and_a_run_with_the_zero_weeks_counted() {
    // Eight quiet months of 2 (one a zero month between), then a spike of 12.
    // Counts 2,2,2,0,2,2,2,2,12: mean 26/9 = 2.889, UCL = 2.889 + 3√2.889 = 7.988.
    let mut list = Vec::new();
    let mut n = 0;
    for (month, count) in [
        (1, 2),
        (2, 2),
        (3, 2),
        (4, 0),
        (5, 2),
        (6, 2),
        (7, 2),
        (8, 2),
        (9, 12),
    ] {
        for k in 0..count {
            n += 1;
            list.push(entry(
                n,
                day(2026, month, 1 + k),
                "Late delivery",
                Channel::Phone,
            ));
        }
    }
    let s = series(&shared(list), Granularity::Month);
    let chart = control_chart(&s, "Late delivery").unwrap();
    assert_eq!(chart.points.len(), 9, "April's zero is a point");
    assert_eq!(chart.points[3].count, 0);
    assert!((chart.chart.mean - 26.0 / 9.0).abs() < 1e-9);
    assert!((chart.chart.upper - (26.0 / 9.0 + 3.0 * (26.0f64 / 9.0).sqrt())).abs() < 1e-9);
    assert_eq!(chart.chart.lower, 0.0);
    let outside: Vec<&str> = chart
        .points
        .iter()
        .filter(|p| p.outside)
        .map(|p| p.label.as_str())
        .collect();
    assert_eq!(outside, ["Sep 2026"]);
    // Every month but September is below the mean: a run of 8 (Jan–Aug).
    assert_eq!(chart.chart.runs, [(0, 7)]);
    assert!(chart.points[..8].iter().all(|p| p.in_run));
    assert!(!chart.points[8].in_run);
    assert_eq!(control_chart(&s, "Billing error"), None);
    assert_eq!(
        control_words(&chart),
        "Centre line 2.9 complaints a period; upper limit 8.0, lower limit 0.0. Beyond the \
         limits (a special cause to look into): Sep 2026. Run 1: 8 periods below the centre line, \
         Jan 2026 to Aug 2026: the level has shifted."
    );
    assert_eq!(signal_words(&chart, 8), "◆ above the upper limit");
    assert_eq!(
        signal_words(&chart, 3),
        "in a run on one side of the centre line"
    );
    assert_eq!(signal_words(&chart, 99), "");
}

#[test]
fn a_category_recurs_when_the_rule_is_met_in_some_window() {
    let rule = RecurrenceRule {
        at_least: 3,
        window_days: 30,
    };
    assert_eq!(rule_words(&rule), "at least 3 complaints within 30 days");
    assert_eq!(
        rule_words(&RecurrenceRule {
            at_least: 1,
            window_days: 1
        }),
        "at least 1 complaint within 1 day"
    );
    let entries = shared(vec![
        // Late delivery: 1, 15 and 30 Sep fall within 30 days (29 days apart).
        entry(1, day(2026, 9, 1), "Late delivery", Channel::Phone),
        entry(2, day(2026, 9, 15), "Late delivery", Channel::Phone),
        entry(3, day(2026, 9, 30), "Late delivery", Channel::Phone),
        // Billing error: three, but 1 Sep to 1 Oct is 30 days apart, outside the window.
        entry(4, day(2026, 9, 1), "Billing error", Channel::Phone),
        entry(5, day(2026, 9, 20), "Billing error", Channel::Phone),
        entry(6, day(2026, 10, 1), "Billing error", Channel::Phone),
        entry(7, day(2026, 10, 2), "", Channel::Phone),
    ]);
    let r = recurrences(&entries, &rule, day(2026, 10, 2));
    let seen: Vec<(&str, u64, bool, &str, u64)> = r
        .iter()
        .map(|r| {
            (
                r.category.as_str(),
                r.count,
                r.recurring,
                r.words,
                r.in_latest_window,
            )
        })
        .collect();
    // The window to 2 Oct holds 3 Sep to 2 Oct.
    assert_eq!(
        seen,
        [
            ("Billing error", 3, false, "one-off", 2),
            ("Late delivery", 3, true, "recurring", 2),
            (UNCATEGORISED, 1, false, "one-off", 1),
        ]
    );
    assert_eq!(latest_day(&entries), Some(day(2026, 10, 2)));
}

#[test]
fn figures_by_period_follow_the_filter_and_the_contacts() {
    let mut a = entry(1, day(2026, 9, 1), "Late delivery", Channel::Phone);
    a.closed = Some(day(2026, 9, 3));
    let mut b = entry(2, day(2026, 9, 20), "Late delivery", Channel::Phone);
    b.closed = Some(day(2026, 10, 20));
    let c = entry(3, day(2026, 10, 5), "Late delivery", Channel::Phone);
    let entries = shared(vec![a, b, c]);
    let cell = |d: NaiveDate, segment: u16, contacts: u64| ContactCell {
        day: day_number(d),
        segment,
        contacts,
        ..ContactCell::default()
    };
    let dataset = ContactDataset {
        id: "c1".into(),
        name: "Calls".into(),
        imported_at: chrono::DateTime::default(),
        segment_label: String::new(),
        fcr_window_days: None,
        counts: ContactCounts {
            segments: vec!["North".into(), "South".into()],
            cells: vec![
                cell(day(2026, 9, 2), 0, 1_200),
                cell(day(2026, 9, 2), 1, 800),
            ],
        },
        skipped_rows: 0,
        definitions: BTreeMap::new(),
    };
    let contacts = contacts_by_period(&[Rc::new(dataset)], Granularity::Month);
    let september = day_number(day(2026, 9, 1));
    assert_eq!(contacts.get(&september), Some(&2_000));
    // Final deadline: 14 days after receipt.
    let deadline = |c: &Complaint| c.received.date().checked_add_days(chrono::Days::new(14));
    let f = figures_by_period(
        entries.iter().map(|c| c.as_ref()),
        Granularity::Month,
        &deadline,
        &contacts,
    );
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].received, 2);
    assert_eq!(f[0].per_thousand, Some(1.0), "2 in 2,000 contacts");
    assert_eq!(f[0].mean_days, Some(16.0), "(2 + 30) / 2");
    assert_eq!(
        f[0].within_deadline.as_ref().map(|s| (s.percent, s.n)),
        Some((50.0, 2))
    );
    assert_eq!((f[1].received, f[1].per_thousand), (1, None));
}

#[test]
fn a_fishbone_from_a_category_names_the_effect_and_links_the_complaints() {
    let mut list = vec![
        entry(1, day(2026, 9, 1), "Late delivery", Channel::Phone),
        entry(2, day(2026, 11, 30), "Late delivery", Channel::Email),
        entry(3, day(2026, 10, 10), "Billing error", Channel::Phone),
    ];
    list[1].summary = format!("Parcel {} late", "very ".repeat(60));
    let entries = shared(list);
    let settings = ComplaintSettings::default();
    let mut n = 0;
    let f = fishbone_for_category(
        "Late delivery",
        &entries,
        &settings,
        FishboneId::fresh(9),
        || {
            n += 1;
            n
        },
    );
    assert_eq!(
        f.effect,
        "2 complaints about Late delivery between 1 Sep and 30 Nov 2026"
    );
    let names: Vec<&str> = f.categories.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, Preset::ContactCentre.categories());
    let partners = f.categories.iter().find(|c| c.name == "Partners").unwrap();
    assert_eq!(
        partners.causes.len(),
        1,
        "the default settings map it to Partners"
    );
    let cause = &partners.causes[0];
    assert_eq!(cause.text, "Complaints logged as Late delivery");
    let links: Vec<&EvidenceLink> = cause.evidence.iter().map(|e| &e.link).collect();
    assert_eq!(
        links,
        [
            &EvidenceLink::Complaint {
                entry: ComplaintId::fresh(2).to_string()
            },
            &EvidenceLink::Complaint {
                entry: ComplaintId::fresh(1).to_string()
            }
        ],
        "most recent first"
    );
    assert!(cause.evidence[0]
        .note
        .starts_with("30 Nov 2026: Parcel very"));
    assert!(cause.evidence[0].note.ends_with('…'));
    assert_eq!(cause.evidence[1].note, "1 Sep 2026: Complaint number 1");
    assert!(f.problems().is_empty(), "{:?}", f.problems());
    let others: usize = f.categories.iter().map(|c| c.causes.len()).sum();
    assert_eq!(others, 1);
}

#[test]
fn a_big_category_keeps_the_most_recent_within_the_evidence_limit() {
    let extra = 7;
    let list: Vec<Complaint> = (0..(MAX_EVIDENCE + extra) as u64)
        .map(|k| {
            entry(
                k,
                day(2026, 1, 1) + chrono::Days::new(k),
                "Long wait",
                Channel::Phone,
            )
        })
        .collect();
    let entries = shared(list);
    let mut settings = ComplaintSettings::default();
    settings.categories.retain(|c| c.name != "Long wait");
    let f = fishbone_for_category("Long wait", &entries, &settings, FishboneId::fresh(1), {
        let mut n = 100;
        move || {
            n += 1;
            n
        }
    });
    assert!(f
        .effect
        .starts_with("57 complaints about Long wait between 1 Jan and"));
    let bone = f.categories.iter().find(|c| c.name == "Process").unwrap();
    let evidence = &bone.causes[0].evidence;
    assert_eq!(evidence.len(), MAX_EVIDENCE);
    // The newest is the last one made (k = 56); 49 linked, down to k = 8.
    assert_eq!(
        evidence[0].link,
        EvidenceLink::Complaint {
            entry: ComplaintId::fresh(56).to_string()
        }
    );
    assert_eq!(
        evidence[MAX_EVIDENCE - 2].link,
        EvidenceLink::Complaint {
            entry: ComplaintId::fresh(8).to_string()
        }
    );
    let last = &evidence[MAX_EVIDENCE - 1];
    assert_eq!(last.link, EvidenceLink::None);
    assert_eq!(
        last.note,
        "8 older complaints logged as Long wait are not listed here, received 1 Jan 2026 to \
         8 Jan 2026: the complaint log holds them all."
    );
    assert!(f.problems().is_empty(), "{:?}", f.problems());
}

#[test]
fn a_bone_the_preset_lacks_is_added_and_a_single_day_reads_on() {
    let entries = shared(vec![entry(1, day(2026, 9, 3), "Returns", Channel::Phone)]);
    let mut settings = ComplaintSettings::default();
    settings
        .categories
        .push(crate::domain::complaints::settings::Category {
            name: "Returns".into(),
            fishbone: "Suppliers".into(),
        });
    let mut n = 0;
    let f = fishbone_for_category("Returns", &entries, &settings, FishboneId::fresh(1), || {
        n += 1;
        n
    });
    assert_eq!(f.effect, "1 complaint about Returns on 3 Sep 2026");
    let last = f.categories.last().unwrap();
    assert_eq!((last.name.as_str(), last.causes.len()), ("Suppliers", 1));
    assert!(f.problems().is_empty(), "{:?}", f.problems());
    assert_eq!(
        effect_words("Billing error", 4, day(2025, 12, 1), day(2026, 1, 31)),
        "4 complaints about Billing error between 1 Dec 2025 and 31 Jan 2026"
    );
}
