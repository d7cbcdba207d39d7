//! PDCA improvement planner: a cycle's plan (what it answers, objective, baseline and
//! target, options weighed in a matrix with "must" constraints, the choice and why),
//! its actions, the check of the KPI after the change (comparison and run chart), and
//! what is done next. Plain Rust, tested natively.

pub mod actions;
pub mod chain;
pub mod check;
mod checks;
pub mod dashboard;
pub mod edit;
pub mod error;
pub mod ics;
pub mod ids;
pub mod links;
pub mod matrix;
pub mod model;
mod next_cycle;
pub mod phase;
pub mod report;
pub mod run_chart;
pub mod summary;
pub mod timeline;

pub use edit::{ActionField, OptionText, PdcaEdit, PlanText};
pub use error::EditError;
pub use ids::{ActionId, ConstraintId, CriterionId, OptionId, PdcaId, StakeholderId};
pub use model::{
    ActDecision, ActionStatus, KpiPick, Law, PainPointRef, PdcaCycle, PlanAction, RootCauseRef,
    SolutionOption,
};
pub use phase::Phase;
