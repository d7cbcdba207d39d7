//! Evidence behind a finding, shared by the fishbone's causes and the 5 Whys' answers:
//! the form that adds it (a note, and a link to a KPI figure, a journey card or a
//! document), what it can link to, and how it is shown.

mod form;
mod links;

pub use form::{EvidenceForm, LinkChoice};
pub use links::{evidence_view, link_choices, short, use_link_choices, EvidenceView};
