//! UK bank holidays, shipped as data for 2024–2028, so complaint deadlines can skip them.
//!
//! The tables are written out literally as GOV.UK lists them ("UK bank holidays",
//! gov.uk/bank-holidays) rather than computed: one-off holidays (a coronation, a jubilee,
//! Scotland's 2026 World Cup holiday) follow no rule, and a team can check a literal list
//! against the page line by line. A test recomputes the regular ones from Easter and the
//! substitute-day rule, so a typo here is caught. The team can add or remove dates in
//! Settings (a [`HolidayCalendar`] is stored there), which is how years after 2028 come in.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The part of the UK whose bank holidays apply: they differ in August, on 2 January,
/// St Andrew's Day, St Patrick's Day and the Battle of the Boyne.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Region {
    /// England and Wales share one list.
    #[default]
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

impl Region {
    /// Every region, in the order offered to the user.
    pub const ALL: [Region; 3] = [
        Region::EnglandAndWales,
        Region::Scotland,
        Region::NorthernIreland,
    ];

    /// The region as GOV.UK names it.
    pub fn name(self) -> &'static str {
        match self {
            Region::EnglandAndWales => "England and Wales",
            Region::Scotland => "Scotland",
            Region::NorthernIreland => "Northern Ireland",
        }
    }

    /// The shipped bank holidays for this region, as (ISO date, name), in date order.
    pub fn shipped_table(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Region::EnglandAndWales => ENGLAND_AND_WALES,
            Region::Scotland => SCOTLAND,
            Region::NorthernIreland => NORTHERN_IRELAND,
        }
    }
}

/// The first and last year the shipped tables cover.
pub const SHIPPED_YEARS: (i32, i32) = (2024, 2028);

/// England and Wales, 2024–2028 (GOV.UK).
pub const ENGLAND_AND_WALES: &[(&str, &str)] = &[
    ("2024-01-01", "New Year's Day"),
    ("2024-03-29", "Good Friday"),
    ("2024-04-01", "Easter Monday"),
    ("2024-05-06", "Early May bank holiday"),
    ("2024-05-27", "Spring bank holiday"),
    ("2024-08-26", "Summer bank holiday"),
    ("2024-12-25", "Christmas Day"),
    ("2024-12-26", "Boxing Day"),
    ("2025-01-01", "New Year's Day"),
    ("2025-04-18", "Good Friday"),
    ("2025-04-21", "Easter Monday"),
    ("2025-05-05", "Early May bank holiday"),
    ("2025-05-26", "Spring bank holiday"),
    ("2025-08-25", "Summer bank holiday"),
    ("2025-12-25", "Christmas Day"),
    ("2025-12-26", "Boxing Day"),
    ("2026-01-01", "New Year's Day"),
    ("2026-04-03", "Good Friday"),
    ("2026-04-06", "Easter Monday"),
    ("2026-05-04", "Early May bank holiday"),
    ("2026-05-25", "Spring bank holiday"),
    ("2026-08-31", "Summer bank holiday"),
    ("2026-12-25", "Christmas Day"),
    ("2026-12-28", "Boxing Day (substitute day)"),
    ("2027-01-01", "New Year's Day"),
    ("2027-03-26", "Good Friday"),
    ("2027-03-29", "Easter Monday"),
    ("2027-05-03", "Early May bank holiday"),
    ("2027-05-31", "Spring bank holiday"),
    ("2027-08-30", "Summer bank holiday"),
    ("2027-12-27", "Christmas Day (substitute day)"),
    ("2027-12-28", "Boxing Day (substitute day)"),
    ("2028-01-03", "New Year's Day (substitute day)"),
    ("2028-04-14", "Good Friday"),
    ("2028-04-17", "Easter Monday"),
    ("2028-05-01", "Early May bank holiday"),
    ("2028-05-29", "Spring bank holiday"),
    ("2028-08-28", "Summer bank holiday"),
    ("2028-12-25", "Christmas Day"),
    ("2028-12-26", "Boxing Day"),
];

/// Scotland, 2024–2028 (GOV.UK). No Easter Monday; summer is the first Monday of August.
pub const SCOTLAND: &[(&str, &str)] = &[
    ("2024-01-01", "New Year's Day"),
    ("2024-01-02", "2nd January"),
    ("2024-03-29", "Good Friday"),
    ("2024-05-06", "Early May bank holiday"),
    ("2024-05-27", "Spring bank holiday"),
    ("2024-08-05", "Summer bank holiday"),
    ("2024-12-02", "St Andrew's Day (substitute day)"),
    ("2024-12-25", "Christmas Day"),
    ("2024-12-26", "Boxing Day"),
    ("2025-01-01", "New Year's Day"),
    ("2025-01-02", "2nd January"),
    ("2025-04-18", "Good Friday"),
    ("2025-05-05", "Early May bank holiday"),
    ("2025-05-26", "Spring bank holiday"),
    ("2025-08-04", "Summer bank holiday"),
    ("2025-12-01", "St Andrew's Day (substitute day)"),
    ("2025-12-25", "Christmas Day"),
    ("2025-12-26", "Boxing Day"),
    ("2026-01-01", "New Year's Day"),
    ("2026-01-02", "2nd January"),
    ("2026-04-03", "Good Friday"),
    ("2026-05-04", "Early May bank holiday"),
    ("2026-05-25", "Spring bank holiday"),
    // A one-off, proclaimed in February 2026 for the men's team's first World Cup match.
    ("2026-06-15", "Bank holiday for the FIFA World Cup"),
    ("2026-08-03", "Summer bank holiday"),
    ("2026-11-30", "St Andrew's Day"),
    ("2026-12-25", "Christmas Day"),
    ("2026-12-28", "Boxing Day (substitute day)"),
    ("2027-01-01", "New Year's Day"),
    ("2027-01-04", "2nd January (substitute day)"),
    ("2027-03-26", "Good Friday"),
    ("2027-05-03", "Early May bank holiday"),
    ("2027-05-31", "Spring bank holiday"),
    ("2027-08-02", "Summer bank holiday"),
    ("2027-11-30", "St Andrew's Day"),
    ("2027-12-27", "Christmas Day (substitute day)"),
    ("2027-12-28", "Boxing Day (substitute day)"),
    ("2028-01-03", "New Year's Day (substitute day)"),
    ("2028-01-04", "2nd January (substitute day)"),
    ("2028-04-14", "Good Friday"),
    ("2028-05-01", "Early May bank holiday"),
    ("2028-05-29", "Spring bank holiday"),
    ("2028-08-07", "Summer bank holiday"),
    ("2028-11-30", "St Andrew's Day"),
    ("2028-12-25", "Christmas Day"),
    ("2028-12-26", "Boxing Day"),
];

/// Northern Ireland, 2024–2028 (GOV.UK): England and Wales's list plus St Patrick's Day
/// and the Battle of the Boyne.
pub const NORTHERN_IRELAND: &[(&str, &str)] = &[
    ("2024-01-01", "New Year's Day"),
    ("2024-03-18", "St Patrick's Day (substitute day)"),
    ("2024-03-29", "Good Friday"),
    ("2024-04-01", "Easter Monday"),
    ("2024-05-06", "Early May bank holiday"),
    ("2024-05-27", "Spring bank holiday"),
    ("2024-07-12", "Battle of the Boyne (Orangemen's Day)"),
    ("2024-08-26", "Summer bank holiday"),
    ("2024-12-25", "Christmas Day"),
    ("2024-12-26", "Boxing Day"),
    ("2025-01-01", "New Year's Day"),
    ("2025-03-17", "St Patrick's Day"),
    ("2025-04-18", "Good Friday"),
    ("2025-04-21", "Easter Monday"),
    ("2025-05-05", "Early May bank holiday"),
    ("2025-05-26", "Spring bank holiday"),
    (
        "2025-07-14",
        "Battle of the Boyne (Orangemen's Day) (substitute day)",
    ),
    ("2025-08-25", "Summer bank holiday"),
    ("2025-12-25", "Christmas Day"),
    ("2025-12-26", "Boxing Day"),
    ("2026-01-01", "New Year's Day"),
    ("2026-03-17", "St Patrick's Day"),
    ("2026-04-03", "Good Friday"),
    ("2026-04-06", "Easter Monday"),
    ("2026-05-04", "Early May bank holiday"),
    ("2026-05-25", "Spring bank holiday"),
    (
        "2026-07-13",
        "Battle of the Boyne (Orangemen's Day) (substitute day)",
    ),
    ("2026-08-31", "Summer bank holiday"),
    ("2026-12-25", "Christmas Day"),
    ("2026-12-28", "Boxing Day (substitute day)"),
    ("2027-01-01", "New Year's Day"),
    ("2027-03-17", "St Patrick's Day"),
    ("2027-03-26", "Good Friday"),
    ("2027-03-29", "Easter Monday"),
    ("2027-05-03", "Early May bank holiday"),
    ("2027-05-31", "Spring bank holiday"),
    ("2027-07-12", "Battle of the Boyne (Orangemen's Day)"),
    ("2027-08-30", "Summer bank holiday"),
    ("2027-12-27", "Christmas Day (substitute day)"),
    ("2027-12-28", "Boxing Day (substitute day)"),
    ("2028-01-03", "New Year's Day (substitute day)"),
    ("2028-03-17", "St Patrick's Day"),
    ("2028-04-14", "Good Friday"),
    ("2028-04-17", "Easter Monday"),
    ("2028-05-01", "Early May bank holiday"),
    ("2028-05-29", "Spring bank holiday"),
    ("2028-07-12", "Battle of the Boyne (Orangemen's Day)"),
    ("2028-08-28", "Summer bank holiday"),
    ("2028-12-25", "Christmas Day"),
    ("2028-12-26", "Boxing Day"),
];

/// Reads a table's "YYYY-MM-DD". Written by hand rather than with chrono's parser, whose
/// format machinery would add to the download for one fixed layout.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The shipped name of a bank holiday ("Boxing Day (substitute day)"), if `date` is one.
pub fn shipped_name(region: Region, date: NaiveDate) -> Option<&'static str> {
    region
        .shipped_table()
        .iter()
        .find(|(iso, _)| parse_iso_date(iso) == Some(date))
        .map(|(_, name)| *name)
}

/// The bank holidays a team counts deadlines against: the shipped list for its region,
/// as edited in Settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayCalendar {
    pub region: Region,
    /// Kept in date order without repeats by [`HolidayCalendar::add`]; lookups do not
    /// rely on the order, since a stored list may have been written by hand.
    pub dates: Vec<NaiveDate>,
}

impl Default for HolidayCalendar {
    fn default() -> Self {
        HolidayCalendar::shipped(Region::default())
    }
}

impl HolidayCalendar {
    /// The region's bank holidays as shipped (2024–2028).
    pub fn shipped(region: Region) -> HolidayCalendar {
        let dates = region
            .shipped_table()
            .iter()
            .filter_map(|(iso, _)| parse_iso_date(iso))
            .collect();
        HolidayCalendar { region, dates }
    }

    /// A calendar with no holidays: only weekends are skipped.
    pub fn weekends_only(region: Region) -> HolidayCalendar {
        HolidayCalendar {
            region,
            dates: Vec::new(),
        }
    }

    /// Whether `date` is a holiday in this calendar (weekends are not counted here).
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.dates.contains(&date)
    }

    /// Adds a holiday (a one-off, or a year beyond the shipped list). False if it was
    /// already there.
    pub fn add(&mut self, date: NaiveDate) -> bool {
        if self.is_holiday(date) {
            return false;
        }
        self.dates.push(date);
        // Sorting here also tidies a hand-written list the first time it is edited.
        crate::domain::sort::sort(&mut self.dates);
        self.dates.dedup();
        true
    }

    /// Removes a holiday (a day the team works anyway). False if it was not there.
    pub fn remove(&mut self, date: NaiveDate) -> bool {
        let before = self.dates.len();
        self.dates.retain(|d| *d != date);
        self.dates.len() != before
    }

    /// The first and last year with at least one holiday listed, or `None` for an empty
    /// list. Deadlines in years outside it skip weekends only, so the UI should warn.
    pub fn years_covered(&self) -> Option<(i32, i32)> {
        let first = self.dates.iter().min()?.year();
        let last = self.dates.iter().max()?.year();
        Some((first, last))
    }

    /// Whether `date` falls in a year the list covers.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.years_covered()
            .is_some_and(|(first, last)| (first..=last).contains(&date.year()))
    }

    /// A warning for a deadline on `date` when the list does not reach its year, e.g.
    /// "Bank holidays are known to 2028; add later ones in Settings."
    pub fn warning_for(&self, date: NaiveDate) -> Option<String> {
        if self.covers(date) {
            return None;
        }
        Some(match self.years_covered() {
            Some((first, _)) if date.year() < first => {
                format!("Bank holidays are known from {first}; add earlier ones in Settings.")
            }
            Some((_, last)) => {
                format!("Bank holidays are known to {last}; add later ones in Settings.")
            }
            None => "No bank holidays are listed; add them in Settings.".to_string(),
        })
    }
}

#[cfg(test)]
#[path = "bank_holidays_tests.rs"]
mod tests;
