//! The fields a column of a complaint file can hold, named as this log's own export
//! names them, and which column holds each.

/// What a column of a complaint file can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Received,
    /// The time of day, when a file keeps it apart from the date.
    ReceivedTime,
    Channel,
    Category,
    Summary,
    Customer,
    Severity,
    FirstContact,
    EscalationLevel,
    EscalatedTo,
    EscalatedOn,
    EscalationReason,
    Remedies,
    Upheld,
    Steps,
    FollowUp,
    FollowUpDone,
    Met,
    Closed,
    Resolution,
}

impl Field {
    /// Every field, in the order offered and exported.
    pub const ALL: [Field; 20] = [
        Field::Received,
        Field::ReceivedTime,
        Field::Channel,
        Field::Category,
        Field::Summary,
        Field::Customer,
        Field::Severity,
        Field::FirstContact,
        Field::EscalationLevel,
        Field::EscalatedTo,
        Field::EscalatedOn,
        Field::EscalationReason,
        Field::Remedies,
        Field::Upheld,
        Field::Steps,
        Field::FollowUp,
        Field::FollowUpDone,
        Field::Met,
        Field::Closed,
        Field::Resolution,
    ];

    /// The column's name in an export of the log, and the label of its choice.
    pub fn header(self) -> &'static str {
        match self {
            Field::Received => "Received",
            Field::ReceivedTime => "Time received",
            Field::Channel => "Channel",
            Field::Category => "Category",
            Field::Summary => "Summary",
            Field::Customer => "Customer reference",
            Field::Severity => "Severity",
            Field::FirstContact => "Resolved at first contact",
            Field::EscalationLevel => "Escalation level",
            Field::EscalatedTo => "Escalated to",
            Field::EscalatedOn => "Escalated on",
            Field::EscalationReason => "Escalation reason",
            Field::Remedies => "Remedies",
            Field::Upheld => "Upheld",
            Field::Steps => "Handling steps done",
            Field::FollowUp => "Follow-up due",
            Field::FollowUpDone => "Follow-up done",
            Field::Met => "Deadlines met",
            Field::Closed => "Closed",
            Field::Resolution => "Resolution",
        }
    }

    /// Whether every import needs this column.
    pub fn required(self) -> bool {
        matches!(self, Field::Received | Field::Summary)
    }

    pub(super) fn index(self) -> usize {
        self as usize
    }
}

/// Which column (by index) holds each field; `None` when the file has none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ComplaintColumns([Option<usize>; 20]);

impl ComplaintColumns {
    /// The column holding `field`.
    pub fn get(&self, field: Field) -> Option<usize> {
        self.0[field.index()]
    }

    /// Says `field` is in `column` (or in none).
    pub fn set(&mut self, field: Field, column: Option<usize>) {
        self.0[field.index()] = column;
    }

    /// Every field with its column, in [`Field::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Field, usize)> + '_ {
        Field::ALL
            .into_iter()
            .filter_map(|f| self.get(f).map(|c| (f, c)))
    }
}
