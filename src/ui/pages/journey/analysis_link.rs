//! A pain point's root-cause analysis, as its card shows it: what the fishbone diagram
//! looking into it has found, and the way to start one ("Analyse root cause").

use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// What the cards of a map need to show and start root-cause analyses.
#[derive(Clone, PartialEq, Default)]
pub struct AnalysisLinks {
    /// The project the map is in, for the link to a diagram.
    pub project: AttrValue,
    /// What each of the project's diagrams has found ("3 causes: 1 confirmed, 0 ruled
    /// out"), by diagram id.
    pub findings: HashMap<String, String>,
    /// Starts a diagram on the pain point with this card id, and opens it.
    pub on_analyse: Callback<String>,
}

/// Shared by every card of the map: compared by pointer first, so cards redraw only when
/// an analysis changed.
pub type Analyses = Rc<AnalysisLinks>;
