import AccordModel

/// Where a commitment's deadline stands on a given day. A deadline of reduced precision runs
/// to its last day: "by 2026" is overdue only in 2027.
public enum DeadlineStatus: String, Sendable, CaseIterable, Hashable {
    case upcoming
    case dueSoon = "due-soon"
    case overdue
    /// No deadline.
    case none

    /// `today` in days since 1970; due-soon when the last day is at most `soon` days away.
    public init(due: String?, today: Int, soon: Int) {
        guard let last = DayRange.of(due)?.upperBound else {
            self = .none
            return
        }
        if last < today {
            self = .overdue
        } else if last - today <= soon {
            self = .dueSoon
        } else {
            self = .upcoming
        }
    }
}
