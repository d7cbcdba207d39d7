//! What kind of map, channel and lane: the fixed vocabularies of a journey map.

use serde::{Deserialize, Serialize};

/// Whether a map describes today or the journey the team wants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum JourneyState {
    /// As-is.
    #[default]
    Current,
    /// To-be.
    Future,
}

/// Where a touchpoint happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    Phone,
    Email,
    Chat,
    Web,
    App,
    Store,
    Social,
    Letter,
}

impl Channel {
    /// Every channel, in the order offered.
    pub const ALL: [Channel; 8] = [
        Channel::Phone,
        Channel::Email,
        Channel::Chat,
        Channel::Web,
        Channel::App,
        Channel::Store,
        Channel::Social,
        Channel::Letter,
    ];

    /// The channel in words (always shown beside its icon).
    pub fn label(self) -> &'static str {
        match self {
            Channel::Phone => "Phone",
            Channel::Email => "Email",
            Channel::Chat => "Chat",
            Channel::Web => "Web",
            Channel::App => "App",
            Channel::Store => "Store",
            Channel::Social => "Social media",
            Channel::Letter => "Letter",
        }
    }
}

/// What a row of the map holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LaneKind {
    CustomerActions,
    Touchpoints,
    ThinkingAndFeeling,
    PainPoints,
    Opportunities,
    Backstage,
    Kpis,
    /// A lane the team added, with its own title.
    Custom(String),
}

impl LaneKind {
    /// The built-in lanes, top to bottom.
    pub fn built_in() -> Vec<LaneKind> {
        vec![
            LaneKind::CustomerActions,
            LaneKind::Touchpoints,
            LaneKind::ThinkingAndFeeling,
            LaneKind::PainPoints,
            LaneKind::Opportunities,
            LaneKind::Backstage,
            LaneKind::Kpis,
        ]
    }

    /// The lane's title.
    pub fn title(&self) -> &str {
        match self {
            LaneKind::CustomerActions => "Customer actions",
            LaneKind::Touchpoints => "Touchpoints",
            LaneKind::ThinkingAndFeeling => "Thinking and feeling",
            LaneKind::PainPoints => "Pain points",
            LaneKind::Opportunities => "Opportunities",
            LaneKind::Backstage => "Backstage (team or system responsible)",
            LaneKind::Kpis => "KPIs",
            LaneKind::Custom(title) => title,
        }
    }
}
