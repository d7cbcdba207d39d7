//! A PDCA cycle: the plan (problem, what it answers, objective, baseline and target, the
//! options weighed and the one chosen), the actions that carry it out, the check of the
//! KPI after the change, and what is done next.

use super::ids::{ActionId, ConstraintId, CriterionId, OptionId, PdcaId, StakeholderId};
use super::phase::Phase;
use crate::domain::kpi::calendar::Granularity;
use crate::domain::kpi::KpiKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest one-line text (a title, an option's name, an owner), in characters.
pub const MAX_LINE_CHARS: usize = 200;
/// Longest free text (a justification, notes, lessons), in characters.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// Most options, criteria, constraints, actions or stakeholders one cycle keeps.
pub const MAX_ITEMS: usize = 50;
/// Highest weight a criterion can have; weights run from 0 (ignored) to this.
pub const MAX_WEIGHT: u8 = 10;
/// Highest score an option can get on a criterion: 1 (poor) to 5 (very good).
pub const MAX_SCORE: u8 = 5;

/// A pain point on one of the project's journey maps that the cycle answers.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PainPointRef {
    pub journey: String,
    pub card: String,
}

/// A root cause the cycle answers: a confirmed fishbone cause, or a 5 Whys answer
/// marked as a root cause.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RootCauseRef {
    FishboneCause { fishbone: String, cause: String },
    WhysAnswer { whys: String, answer: String },
}

/// A KPI figure picked from the project's data: a dataset, and one period of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KpiPick {
    /// A survey or contact dataset of the project.
    pub dataset: String,
    /// Which KPI of a contact dataset (FCR, escalation); `None` for a survey's own KPI
    /// (NPS, CSAT or CES, by its scale).
    #[serde(default)]
    pub kpi: Option<KpiKind>,
    pub granularity: Granularity,
    /// First day of the period (days since 1970-01-01), as the KPI engine names periods.
    pub period: i32,
}

/// A criterion options are scored on, with how much it counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: CriterionId,
    pub name: String,
    /// 0 (ignored) to [`MAX_WEIGHT`].
    pub weight: u8,
}

/// A condition every option must meet, whatever its score ("costs under £5,000",
/// "meets the FCA's DISP rules").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MustConstraint {
    pub id: ConstraintId,
    pub text: String,
}

/// One solution weighed in the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SolutionOption {
    pub id: OptionId,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub pros: String,
    #[serde(default)]
    pub cons: String,
    /// 1 (poor) to [`MAX_SCORE`] (very good) per criterion; a criterion not scored yet
    /// is missing. "Good" always means good for the team: a cheap option scores high on
    /// cost.
    #[serde(default)]
    pub scores: BTreeMap<CriterionId, u8>,
    /// The constraints this option fails; an option failing any is ruled out.
    #[serde(default)]
    pub fails: Vec<ConstraintId>,
}

/// Someone to be told about the change: who, how and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stakeholder {
    pub id: StakeholderId,
    pub who: String,
    #[serde(default)]
    pub how: String,
    #[serde(default)]
    pub when: String,
}

/// The three laws a customer-service change is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Law {
    ConsumerRights2015,
    Equality2010,
    DataProtection2018,
}

impl Law {
    /// Every law checked, in the order shown.
    pub const ALL: [Law; 3] = [
        Law::ConsumerRights2015,
        Law::Equality2010,
        Law::DataProtection2018,
    ];

    /// The law's name.
    pub fn name(self) -> &'static str {
        match self {
            Law::ConsumerRights2015 => "Consumer Rights Act 2015",
            Law::Equality2010 => "Equality Act 2010",
            Law::DataProtection2018 => "Data Protection Act 2018",
        }
    }

    /// What to ask of the change under this law.
    pub fn question(self) -> &'static str {
        match self {
            Law::ConsumerRights2015 => {
                "Do remedies (repair, replacement, price reduction, refund) stay as the law gives them?"
            }
            Law::Equality2010 => {
                "Are reasonable adjustments made, and does every channel stay accessible?"
            }
            Law::DataProtection2018 => {
                "Is any new use of personal data lawful, minimal, secure and kept no longer than needed?"
            }
        }
    }
}

/// The answer to one law's question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplianceCheck {
    /// The change was checked against the law and found to comply.
    #[serde(default)]
    pub checked: bool,
    #[serde(default)]
    pub notes: String,
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    /// Will not be done (overtaken, no longer needed).
    Dropped,
}

impl ActionStatus {
    /// Every status, in the order offered.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::NotStarted,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// The status in words.
    pub fn words(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "not started",
            ActionStatus::InProgress => "in progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// Still to be done: counts towards overdue.
    pub fn open(self) -> bool {
        matches!(self, ActionStatus::NotStarted | ActionStatus::InProgress)
    }
}

/// One action of the Do phase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanAction {
    pub id: ActionId,
    pub what: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(default)]
    pub notes: String,
}

/// What the team decides in the Act phase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ActDecision {
    /// The change becomes the new way of working.
    Standardise {
        /// What becomes standard ("the address form is on every adviser's screen").
        what: String,
        /// Who is told, and how.
        told: String,
    },
    /// Change the plan and run another cycle (linked as `next`).
    Adjust { what: String },
    /// Stop, with the reason.
    Abandon { reason: String },
}

/// The follow-up that shows the problem has not come back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// What the follow-up found, once done.
    #[serde(default)]
    pub result: String,
    #[serde(default)]
    pub done: bool,
}

/// A PDCA improvement cycle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PdcaCycle {
    pub id: PdcaId,
    pub title: String,
    #[serde(default)]
    pub phase: Phase,
    /// The problem, in facts ("34% of late-delivery callers were transferred twice").
    #[serde(default)]
    pub problem: String,
    #[serde(default)]
    pub pain_points: Vec<PainPointRef>,
    #[serde(default)]
    pub root_causes: Vec<RootCauseRef>,
    /// Specific, measurable, achievable, relevant and time-bound.
    #[serde(default)]
    pub objective: String,
    #[serde(default)]
    pub baseline: Option<KpiPick>,
    /// The KPI value aimed for, in its units.
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub constraints: Vec<MustConstraint>,
    #[serde(default)]
    pub options: Vec<SolutionOption>,
    #[serde(default)]
    pub chosen: Option<OptionId>,
    /// Why the chosen option: cost, feasibility, customer impact, policy.
    #[serde(default)]
    pub justification: String,
    #[serde(default)]
    pub resources: String,
    #[serde(default)]
    pub contingency: String,
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    #[serde(default)]
    pub compliance: BTreeMap<Law, ComplianceCheck>,
    #[serde(default)]
    pub actions: Vec<PlanAction>,
    /// The KPI after the change, compared with the baseline.
    #[serde(default)]
    pub after: Option<KpiPick>,
    #[serde(default)]
    pub decision: Option<ActDecision>,
    #[serde(default)]
    pub lessons: String,
    #[serde(default)]
    pub follow_up: FollowUp,
    /// The cycle this one was started from ("adjust and run again").
    #[serde(default)]
    pub previous: Option<PdcaId>,
    /// The cycle started from this one.
    #[serde(default)]
    pub next: Option<PdcaId>,
}

/// The criteria every new plan starts with, as the syllabus names them, with weights
/// the team then sets.
pub const STARTING_CRITERIA: [(&str, u8); 5] = [
    ("Cost", 3),
    ("Feasibility", 3),
    ("Impact on the customer", 5),
    ("Risk", 2),
    ("Time to deliver", 2),
];

impl PdcaCycle {
    /// A new cycle in Plan, with the starting criteria (ids from `next_id`).
    pub fn new(id: PdcaId, title: &str, mut next_id: impl FnMut() -> u64) -> Self {
        PdcaCycle {
            id,
            title: title.trim().to_string(),
            phase: Phase::Plan,
            problem: String::new(),
            pain_points: Vec::new(),
            root_causes: Vec::new(),
            objective: String::new(),
            baseline: None,
            target: None,
            criteria: STARTING_CRITERIA
                .iter()
                .map(|(name, weight)| Criterion {
                    id: CriterionId::fresh(next_id()),
                    name: (*name).to_string(),
                    weight: *weight,
                })
                .collect(),
            constraints: Vec::new(),
            options: Vec::new(),
            chosen: None,
            justification: String::new(),
            resources: String::new(),
            contingency: String::new(),
            stakeholders: Vec::new(),
            compliance: BTreeMap::new(),
            actions: Vec::new(),
            after: None,
            decision: None,
            lessons: String::new(),
            follow_up: FollowUp::default(),
            previous: None,
            next: None,
        }
    }

    /// The option with `id`.
    pub fn option(&self, id: &OptionId) -> Option<&SolutionOption> {
        self.options.iter().find(|o| &o.id == id)
    }

    /// The "musts" of this plan that `option` fails (a failed constraint since removed
    /// from the plan no longer counts): any one rules the option out.
    pub fn failed_musts(&self, option: &SolutionOption) -> Vec<ConstraintId> {
        option
            .fails
            .iter()
            .filter(|f| self.constraints.iter().any(|c| &c.id == *f))
            .cloned()
            .collect()
    }

    /// The chosen option, if one is chosen and still there.
    pub fn chosen_option(&self) -> Option<&SolutionOption> {
        self.chosen.as_ref().and_then(|id| self.option(id))
    }
}
