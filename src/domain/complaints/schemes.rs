//! The complaint schemes a team can start from. Each builds a plain [`Scheme`] the team
//! then adjusts (a shorter acknowledgement, an extra internal review), so a preset is a
//! starting point, not a lock. Sources are named on each variant; check them against the
//! current rules before relying on a preset.

use super::{Clock, Scheme, Span, Start};
use serde::{Deserialize, Serialize};

/// A starting scheme, named after the rules it follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SchemePreset {
    /// FCA Handbook DISP 1.6 (complaints time limits) and DISP 1.5 (summary resolution).
    /// DISP 1.6.1 asks for a *prompt* written acknowledgement without a number; this
    /// preset sets it at 5 business days, which the team can shorten. The final or
    /// holding response is due by the end of 8 weeks after receipt (DISP 1.6.2). A
    /// complaint resolved by the close of the third business day after receipt may close
    /// with a summary resolution communication (DISP 1.5): an optional route here.
    FcaDisp,
    /// FCA Handbook DISP 1.6.2A, for payment services and e-money (from PSD2): the final
    /// response within 15 business days after receipt, or, in exceptional circumstances
    /// and after a holding reply saying why, within 35 business days. Acknowledgement and
    /// summary resolution as in [`SchemePreset::FcaDisp`].
    FcaPaymentServices,
    /// Housing Ombudsman Complaint Handling Code 2024, section 5 (stage 1): acknowledge
    /// within 5 working days of receipt and respond within 10 working days of the
    /// acknowledgement. The Code allows one extension of up to 10 working days with a
    /// clear reason, which the team adds as an edit when it is used.
    HousingStage1,
    /// Housing Ombudsman Complaint Handling Code 2024, section 6 (stage 2): acknowledge
    /// within 5 working days of the escalation request and respond within 20 working days
    /// of the acknowledgement; "received" means the day escalation was asked for. An
    /// extension of up to 20 working days is allowed with a clear reason.
    HousingStage2,
    /// Ofgem's complaints handling rules (Gas and Electricity (Consumer Complaints
    /// Handling Standards) Regulations 2008): after 8 weeks, or a deadlock letter, the
    /// customer may take the complaint to the Energy Ombudsman.
    Energy,
    /// Ofcom's complaints handling rules (General Condition C4 and its approved code of
    /// practice): after 8 weeks, or a deadlock letter, the customer may take the complaint
    /// to the provider's alternative dispute resolution scheme (an ombudsman).
    Telecoms,
    /// NHS England: the Local Authority Social Services and National Health Service
    /// Complaints (England) Regulations 2009, regulation 13: acknowledge no later than 3
    /// working days after the day the complaint is received. The response has no fixed
    /// limit in working days (regulation 14 expects one within 6 months unless agreed).
    NhsEngland,
    /// An empty scheme the team names and fills in.
    Custom,
}

/// The usual first clock.
const ACKNOWLEDGE: &str = "Acknowledge";

impl SchemePreset {
    /// Every preset, in the order offered to the user.
    pub const ALL: [SchemePreset; 8] = [
        SchemePreset::FcaDisp,
        SchemePreset::FcaPaymentServices,
        SchemePreset::HousingStage1,
        SchemePreset::HousingStage2,
        SchemePreset::Energy,
        SchemePreset::Telecoms,
        SchemePreset::NhsEngland,
        SchemePreset::Custom,
    ];

    /// The preset's name, which becomes the scheme's name.
    pub fn name(self) -> &'static str {
        match self {
            SchemePreset::FcaDisp => "FCA complaints (DISP)",
            SchemePreset::FcaPaymentServices => "FCA payment services (DISP, PSD2)",
            SchemePreset::HousingStage1 => "Housing Ombudsman Code, stage 1",
            SchemePreset::HousingStage2 => "Housing Ombudsman Code, stage 2",
            SchemePreset::Energy => "Energy (Ofgem)",
            SchemePreset::Telecoms => "Telecoms (Ofcom)",
            SchemePreset::NhsEngland => "NHS England complaints",
            SchemePreset::Custom => "Our complaint scheme",
        }
    }

    /// Where the clocks come from, for the settings page.
    pub fn source(self) -> &'static str {
        match self {
            SchemePreset::FcaDisp => "FCA Handbook DISP 1.6 and DISP 1.5",
            SchemePreset::FcaPaymentServices => "FCA Handbook DISP 1.6.2A and DISP 1.5",
            SchemePreset::HousingStage1 => {
                "Housing Ombudsman Complaint Handling Code 2024, section 5"
            }
            SchemePreset::HousingStage2 => {
                "Housing Ombudsman Complaint Handling Code 2024, section 6"
            }
            SchemePreset::Energy => "Ofgem complaints handling standards",
            SchemePreset::Telecoms => "Ofcom General Condition C4",
            SchemePreset::NhsEngland => "NHS Complaints Regulations 2009, regulation 13",
            SchemePreset::Custom => "Set by the team",
        }
    }

    /// The scheme, ready to adjust.
    pub fn build(self) -> Scheme {
        let summary = || {
            Clock::route(
                "Summary resolution (resolved by the 3rd business day)",
                Span::BusinessDays(3),
            )
        };
        let received = |name: &str, after: Span| Clock::new(name, after, Start::Received);
        let after_ack = |name: &str, after: Span| Clock::new(name, after, Start::Clock(0));
        let ombudsman = || {
            vec![received(
                "Resolve (after this the customer may go to the ombudsman)",
                Span::Weeks(8),
            )]
        };
        let clocks = match self {
            SchemePreset::FcaDisp => vec![
                received(ACKNOWLEDGE, Span::BusinessDays(5)),
                received("Final or holding response", Span::Weeks(8)),
                summary(),
            ],
            SchemePreset::FcaPaymentServices => vec![
                received(ACKNOWLEDGE, Span::BusinessDays(5)),
                received("Final response or holding reply", Span::BusinessDays(15)),
                received(
                    "Final response after a holding reply",
                    Span::BusinessDays(35),
                ),
                summary(),
            ],
            SchemePreset::HousingStage1 => vec![
                received(ACKNOWLEDGE, Span::WorkingDays(5)),
                after_ack("Stage 1 response", Span::WorkingDays(10)),
            ],
            SchemePreset::HousingStage2 => vec![
                received("Acknowledge escalation", Span::WorkingDays(5)),
                after_ack("Stage 2 response", Span::WorkingDays(20)),
            ],
            SchemePreset::Energy | SchemePreset::Telecoms => ombudsman(),
            SchemePreset::NhsEngland => vec![received(ACKNOWLEDGE, Span::WorkingDays(3))],
            SchemePreset::Custom => Vec::new(),
        };
        Scheme {
            name: self.name().to_string(),
            clocks,
        }
    }
}
