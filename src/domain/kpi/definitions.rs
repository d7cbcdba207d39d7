//! Every KPI the app computes, with the definition shown beside each figure and stored
//! with it, so figures stay comparable between teams and over time.

use serde::{Deserialize, Serialize};

/// A customer-service KPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum KpiKind {
    Nps,
    Csat,
    Ces,
    Fcr,
    Aht,
    Asa,
    AbandonmentRate,
    ServiceLevel,
    ComplaintRate,
    EscalationRate,
    ResolutionTime,
    RepeatContactRate,
}

impl KpiKind {
    /// Every KPI, in the order they are listed.
    pub const ALL: [KpiKind; 12] = [
        KpiKind::Nps,
        KpiKind::Csat,
        KpiKind::Ces,
        KpiKind::Fcr,
        KpiKind::Aht,
        KpiKind::Asa,
        KpiKind::AbandonmentRate,
        KpiKind::ServiceLevel,
        KpiKind::ComplaintRate,
        KpiKind::EscalationRate,
        KpiKind::ResolutionTime,
        KpiKind::RepeatContactRate,
    ];

    /// Short name as teams say it.
    pub fn name(self) -> &'static str {
        match self {
            KpiKind::Nps => "NPS",
            KpiKind::Csat => "CSAT",
            KpiKind::Ces => "CES",
            KpiKind::Fcr => "FCR",
            KpiKind::Aht => "AHT",
            KpiKind::Asa => "ASA",
            KpiKind::AbandonmentRate => "Abandonment rate",
            KpiKind::ServiceLevel => "Service level",
            KpiKind::ComplaintRate => "Complaint rate",
            KpiKind::EscalationRate => "Escalation rate",
            KpiKind::ResolutionTime => "Resolution time",
            KpiKind::RepeatContactRate => "Repeat contact rate",
        }
    }

    /// The full name when it says more than the short one ("Net Promoter Score" for
    /// NPS; none for "Escalation rate", which is both).
    pub fn spelled_out(self) -> Option<&'static str> {
        (self.long_name() != self.name()).then(|| self.long_name())
    }

    /// The full name.
    pub fn long_name(self) -> &'static str {
        match self {
            KpiKind::Nps => "Net Promoter Score",
            KpiKind::Csat => "Customer satisfaction",
            KpiKind::Ces => "Customer effort score",
            KpiKind::Fcr => "First contact resolution",
            KpiKind::Aht => "Average handling time",
            KpiKind::Asa => "Average speed of answer",
            KpiKind::AbandonmentRate => "Abandonment rate",
            KpiKind::ServiceLevel => "Service level",
            KpiKind::ComplaintRate => "Complaint rate",
            KpiKind::EscalationRate => "Escalation rate",
            KpiKind::ResolutionTime => "Resolution time",
            KpiKind::RepeatContactRate => "Repeat contact rate",
        }
    }

    /// The definition stated next to every figure of this KPI.
    pub fn definition(self) -> &'static str {
        match self {
            KpiKind::Nps => "NPS = % promoters (9–10) - % detractors (0–6) on a 0–10 scale; -100 to 100",
            KpiKind::Csat => "CSAT = % of 4–5 answers on a 1–5 scale (top-2-box)",
            KpiKind::Ces => "CES = mean answer on a 1–7 agreement scale (7 = least effort)",
            KpiKind::Fcr => "FCR = contacts resolved at the first contact ÷ all contacts",
            KpiKind::Aht => "AHT = (talk + hold + after-contact work) ÷ contacts handled",
            KpiKind::Asa => "ASA = total time answered contacts waited ÷ contacts answered",
            KpiKind::AbandonmentRate => "Abandonment = contacts abandoned before answer ÷ contacts offered",
            KpiKind::ServiceLevel => "Service level = % of contacts offered answered within the threshold",
            KpiKind::ComplaintRate => "Complaint rate = complaints per 1,000 contacts (or customers)",
            KpiKind::EscalationRate => "Escalation rate = contacts escalated ÷ contacts handled",
            KpiKind::ResolutionTime => "Resolution time = time from first contact to resolution (mean and median)",
            KpiKind::RepeatContactRate => "Repeat contact rate = contacts from a customer who contacted within the window ÷ all contacts",
        }
    }

    /// True when a higher value is better (for red/amber/green against a target).
    pub fn higher_is_better(self) -> bool {
        !matches!(
            self,
            KpiKind::Aht
                | KpiKind::Asa
                | KpiKind::AbandonmentRate
                | KpiKind::ComplaintRate
                | KpiKind::EscalationRate
                | KpiKind::ResolutionTime
                | KpiKind::RepeatContactRate
        )
    }
}

#[cfg(test)]
mod tests {
    use super::KpiKind;

    #[test]
    fn a_full_name_is_given_only_when_it_says_more() {
        assert_eq!(KpiKind::Nps.spelled_out(), Some("Net Promoter Score"));
        assert_eq!(KpiKind::EscalationRate.spelled_out(), None);
        assert_eq!(KpiKind::ServiceLevel.spelled_out(), None);
    }
}
