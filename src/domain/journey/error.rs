//! Why an edit of a journey map was refused, in words the page shows.

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoSuchStage,
    NoSuchLane,
    NoSuchCard,
    EmptyName,
    /// Emotions run from −2 to +2.
    EmotionOutOfRange(i8),
    IdInUse,
    /// Only pain points and opportunities are voted on.
    NotVotable,
    /// The participant has placed all their dots.
    NoDotsLeft,
    /// The participant has no dot on that card.
    NoVoteToTake,
    /// A map keeps at least one lane.
    LastLane,
    /// Over [`MAX_STAGES`](super::map::MAX_STAGES) or
    /// [`MAX_CARDS`](super::map::MAX_CARDS).
    MapFull,
    /// Longer than the limit, in characters.
    TooLong(usize),
    /// More than the limit of personas or participants.
    TooMany(&'static str, usize),
    NoSuchPersona,
    /// That name is already taking part in the workshop.
    AlreadyTakingPart,
    /// Dots per participant run from 1 to 20.
    DotsOutOfRange,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            EditError::TooLong(n) => return write!(f, "it must be {n} characters or fewer"),
            EditError::TooMany(what, n) => return write!(f, "a map keeps at most {n} {what}"),
            EditError::NoSuchStage => "that stage is no longer on the map",
            EditError::NoSuchLane => "that lane is no longer on the map",
            EditError::NoSuchCard => "that card is no longer on the map",
            EditError::EmptyName => "a name is needed",
            EditError::EmotionOutOfRange(_) => "emotions run from -2 to +2",
            EditError::IdInUse => "that id is already used",
            EditError::NotVotable => "only pain points and opportunities take dots",
            EditError::NoDotsLeft => "this participant has placed all their dots",
            EditError::NoVoteToTake => "this participant has no dot on that card",
            EditError::LastLane => "a map keeps at least one lane",
            EditError::MapFull => "the map is full (200 stages or 10,000 cards)",
            EditError::NoSuchPersona => "that persona is no longer on the map",
            EditError::AlreadyTakingPart => "that name is already taking part",
            EditError::DotsOutOfRange => "each participant has from 1 to 20 dots",
        };
        f.write_str(text)
    }
}
