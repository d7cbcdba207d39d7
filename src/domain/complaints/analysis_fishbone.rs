//! A fishbone started from a recurring complaint category: the effect says how many
//! complaints and over which days, the bones are the contact-centre set, and the
//! complaints themselves are the evidence of one suspected cause on the bone the team
//! mapped the category to.

use super::{category_of, Complaint};
use crate::domain::complaints::settings::ComplaintSettings;
use crate::domain::dates::show_day;
use crate::domain::evidence::{Evidence, EvidenceLink, MAX_EVIDENCE};
use crate::domain::fishbone::model::{MAX_CATEGORY_CHARS, MAX_CAUSE_CHARS, MAX_EFFECT_CHARS};
use crate::domain::fishbone::{Category, CategoryId, Cause, CauseId, Fishbone, FishboneId, Preset};
use chrono::{Datelike, NaiveDate};
use std::rc::Rc;

/// The bone a category's cause goes on when the team has not mapped the category:
/// where a contact centre's complaints most often start.
pub const UNMAPPED_BONE: &str = "Process";
/// Longest summary quoted in an evidence note, in characters.
pub const SUMMARY_CHARS: usize = 200;

/// `text` cut to `max` characters, ending in "…" when cut.
fn cut(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// "38 complaints about Late delivery between 1 Sep and 30 Nov 2026" (the year said once
/// when both days share it; "on 3 Sep 2026" for a single day).
pub fn effect_words(category: &str, count: usize, first: NaiveDate, last: NaiveDate) -> String {
    let noun = if count == 1 {
        "complaint"
    } else {
        "complaints"
    };
    let when = if first == last {
        format!("on {}", show_day(first))
    } else if first.year() == last.year() {
        let day = show_day(first);
        let without_year = day.rsplit_once(' ').map_or(day.as_str(), |(d, _)| d);
        format!("between {without_year} and {}", show_day(last))
    } else {
        format!("between {} and {}", show_day(first), show_day(last))
    };
    cut(
        &format!("{count} {noun} about {category} {when}"),
        MAX_EFFECT_CHARS,
    )
}

/// An evidence note for one complaint: the day received and its summary.
fn note(c: &Complaint) -> String {
    format!(
        "{}: {}",
        show_day(c.received.date()),
        cut(&c.summary, SUMMARY_CHARS)
    )
}

/// The evidence for the complaints of a category, most recent first: one link each, and
/// when there are more than [`MAX_EVIDENCE`], the most recent `MAX_EVIDENCE - 1` and a
/// note saying how many older ones the log holds.
fn evidence(mut matching: Vec<&Complaint>, category: &str) -> Vec<Evidence> {
    crate::domain::sort::sort_by(&mut matching, |a, b| {
        b.received.cmp(&a.received).then_with(|| a.id.cmp(&b.id))
    });
    let room = if matching.len() > MAX_EVIDENCE {
        MAX_EVIDENCE - 1
    } else {
        matching.len()
    };
    let mut out: Vec<Evidence> = matching[..room]
        .iter()
        .map(|c| Evidence {
            note: note(c),
            link: EvidenceLink::Complaint {
                entry: c.id.to_string(),
            },
        })
        .collect();
    if let Some(oldest) = matching.get(room..).filter(|rest| !rest.is_empty()) {
        let (from, to) = (
            oldest.last().map(|c| c.received.date()),
            oldest.first().map(|c| c.received.date()),
        );
        let span = match (from, to) {
            (Some(f), Some(t)) if f != t => {
                format!(", received {} to {}", show_day(f), show_day(t))
            }
            (Some(f), _) => format!(", received {}", show_day(f)),
            _ => String::new(),
        };
        out.push(Evidence::note(&format!(
            "{} older complaints logged as {} are not listed here{span}: the complaint log holds them all.",
            oldest.len(),
            cut(category, MAX_CATEGORY_CHARS)
        )));
    }
    out
}

/// A fishbone for the complaints of `category` among `entries` (those the analysis
/// looks at): its effect worded from their count and days, the contact-centre bones,
/// and on the bone the team mapped the category to (settings; [`UNMAPPED_BONE`] when
/// unmapped) one suspected cause, "Complaints logged as …", with the complaints as its
/// evidence. Ids come from `new_id` (random on the page, a counter in tests).
pub fn fishbone_for_category(
    category: &str,
    entries: &[Rc<Complaint>],
    settings: &ComplaintSettings,
    id: FishboneId,
    mut new_id: impl FnMut() -> u64,
) -> Fishbone {
    let matching: Vec<&Complaint> = entries
        .iter()
        .map(|c| c.as_ref())
        .filter(|c| category_of(c) == category)
        .collect();
    let days = matching.iter().map(|c| c.received.date());
    let effect = match (days.clone().min(), days.max()) {
        (Some(first), Some(last)) => effect_words(category, matching.len(), first, last),
        _ => cut(&format!("Complaints about {category}"), MAX_EFFECT_CHARS),
    };
    let mut fishbone = Fishbone::new(id, &effect, Preset::ContactCentre, &mut new_id);
    let bone = cut(
        settings
            .fishbone_category(category)
            .unwrap_or(UNMAPPED_BONE),
        MAX_CATEGORY_CHARS,
    );
    let at = match fishbone
        .categories
        .iter()
        .position(|c| c.name.eq_ignore_ascii_case(&bone))
    {
        Some(i) => i,
        None => {
            // A bone the team named that the preset lacks ("Suppliers"): added last.
            fishbone.categories.push(Category {
                id: CategoryId::fresh(new_id()),
                name: bone,
                causes: Vec::new(),
            });
            fishbone.categories.len() - 1
        }
    };
    let mut cause = Cause::new(
        CauseId::fresh(new_id()),
        &cut(&format!("Complaints logged as {category}"), MAX_CAUSE_CHARS),
    );
    cause.evidence = evidence(matching, category);
    fishbone.categories[at].causes.push(cause);
    fishbone
}
