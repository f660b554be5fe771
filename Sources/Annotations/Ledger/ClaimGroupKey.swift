/// What every claim of a group shares: the family of values, what is counted, the event, the
/// place and the period. Two claims with equal keys (and dates close together) are one group.
public struct ClaimGroupKey: Codable, Equatable, Hashable, Sendable, Comparable {
    public var family: String
    public var subject: String
    public var event: String?
    public var place: String?
    public var isLongPeriod: Bool

    public init(family: String, subject: String, event: String?, place: String?, isLongPeriod: Bool) {
        self.family = family
        self.subject = subject
        self.event = event
        self.place = place
        self.isLongPeriod = isLongPeriod
    }

    /// A stable text form, used as the group's id.
    public var text: String {
        [family, subject, event ?? "-", place ?? "-", isLongPeriod ? "years" : "days"].joined(separator: "|")
    }

    public static func < (left: ClaimGroupKey, right: ClaimGroupKey) -> Bool { left.text < right.text }
}
