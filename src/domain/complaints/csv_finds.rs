//! The personal data in complaints read from a file, found as each row is read: where
//! it is in each entry's free text (to show it in place), what it adds up to (for the
//! summary), and the redaction applied before the entries are kept.

use crate::domain::complaints::model::Complaint;
use crate::domain::complaints::personal_data::{redact_finds, scan, Find, PersonalData};

/// Complaints read from a file, with the personal data found in them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub complaints: Vec<Complaint>,
    /// The entries holding personal data, in file order (entries with none are left
    /// out, so a large clean file costs nothing here).
    pub finds: Vec<EntryFinds>,
}

/// The personal data found in one imported entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryFinds {
    /// The entry's place in [`Imported::complaints`].
    pub index: usize,
    pub summary: Vec<Find>,
    pub resolution: Vec<Find>,
    pub escalation_reason: Vec<Find>,
    /// Only e-mail addresses and phone numbers: a customer column holding one of those
    /// was given contact details instead of a reference. Other kinds are not looked
    /// for there, since an account number can pass a card's or NHS number's check
    /// digits by chance.
    pub customer: Vec<Find>,
}

impl EntryFinds {
    /// Every find of the entry.
    pub fn all(&self) -> impl Iterator<Item = &Find> {
        self.summary
            .iter()
            .chain(&self.resolution)
            .chain(&self.escalation_reason)
            .chain(&self.customer)
    }

    fn is_empty(&self) -> bool {
        self.all().next().is_none()
    }
}

/// The finds in a customer cell: contact details only (see [`EntryFinds::customer`]).
fn customer_finds(text: &str) -> Vec<Find> {
    let mut finds = scan(text);
    finds.retain(|f| matches!(f.kind, PersonalData::Email | PersonalData::Phone));
    finds
}

fn entry_finds(index: usize, c: &Complaint) -> EntryFinds {
    EntryFinds {
        index,
        summary: scan(&c.summary),
        resolution: scan(&c.resolution),
        escalation_reason: c.escalation.as_ref().map_or(Vec::new(), |e| scan(&e.why)),
        customer: customer_finds(&c.customer),
    }
}

impl Imported {
    /// Adds a complaint read, noting the personal data in it.
    pub fn push(&mut self, complaint: Complaint) {
        let finds = entry_finds(self.complaints.len(), &complaint);
        if !finds.is_empty() {
            self.finds.push(finds);
        }
        self.complaints.push(complaint);
    }

    /// How many finds of each kind, strongest kind first, kinds with none left out.
    pub fn tally(&self) -> Vec<(PersonalData, usize)> {
        PersonalData::ALL
            .into_iter()
            .map(|k| {
                let n = self.finds.iter().flat_map(EntryFinds::all);
                (k, n.filter(|f| f.kind == k).count())
            })
            .filter(|&(_, n)| n > 0)
            .collect()
    }

    /// Every find, of every kind.
    pub fn find_count(&self) -> usize {
        self.finds.iter().map(|e| e.all().count()).sum()
    }
}

/// The kind in the plural, for a count ("UK phone numbers: 2").
fn plural(kind: PersonalData) -> &'static str {
    match kind {
        PersonalData::Email => "e-mail addresses",
        PersonalData::Phone => "UK phone numbers",
        PersonalData::Postcode => "postcodes",
        PersonalData::NiNumber => "National Insurance numbers",
        PersonalData::NhsNumber => "NHS numbers",
        PersonalData::CardNumber => "payment card numbers",
        PersonalData::Iban => "IBANs",
        PersonalData::SortCodeAccount => "sort codes and account numbers",
    }
}

/// "12 complaints read; personal data found in 3 of them (e-mail addresses: 2, UK phone
/// numbers: 1)." or "…; no personal data found."
pub fn import_summary(imported: &Imported) -> String {
    let n = imported.complaints.len();
    let read = match n {
        1 => "1 complaint read".to_string(),
        n => format!("{n} complaints read"),
    };
    if imported.finds.is_empty() {
        return format!("{read}; no personal data found.");
    }
    let kinds: Vec<String> = imported
        .tally()
        .into_iter()
        .map(|(k, count)| format!("{}: {count}", plural(k)))
        .collect();
    let of = if n == 1 { "it" } else { "them" };
    format!(
        "{read}; personal data found in {} of {of} ({}).",
        imported.finds.len(),
        kinds.join(", ")
    )
}

/// The text cut into pieces, each plain (`None`) or a find with its kind, in order, so
/// a page can highlight the finds in place.
pub fn marked<'a>(text: &'a str, finds: &[Find]) -> Vec<(&'a str, Option<PersonalData>)> {
    let mut out = Vec::new();
    let mut from = 0;
    for f in finds {
        let fits = from <= f.start && f.start < f.end && f.end <= text.len();
        if !fits || !text.is_char_boundary(f.start) || !text.is_char_boundary(f.end) {
            continue;
        }
        if from < f.start {
            out.push((&text[from..f.start], None));
        }
        out.push((&text[f.start..f.end], Some(f.kind)));
        from = f.end;
    }
    if from < text.len() {
        out.push((&text[from..], None));
    }
    out
}

/// Replaces the personal data in the imported entries' free text (and contact details
/// given as a customer reference) by placeholders; returns how many finds were replaced.
pub fn redact_imported(complaints: &mut [Complaint]) -> usize {
    let mut replaced = 0;
    for c in complaints {
        let mut fix = |t: &mut String, find: fn(&str) -> Vec<Find>| {
            let finds = find(t);
            if !finds.is_empty() {
                replaced += finds.len();
                *t = redact_finds(t, &finds);
            }
        };
        fix(&mut c.summary, scan);
        fix(&mut c.resolution, scan);
        if let Some(e) = c.escalation.as_mut() {
            fix(&mut e.why, scan);
        }
        fix(&mut c.customer, customer_finds);
    }
    replaced
}
