/// What every claim of a group shares: the family of values, what is counted, the event, the
/// period, and the place (the commonest of places named together in the members' articles).
public struct ClaimGroupKey: Codable, Equatable, Hashable, Sendable, Comparable {
    public var family: String
    public var subject: String
    public var event: String?
    public var place: String?
    public var isLongPeriod: Bool
    /// The side of the place ("east"), when the members name one.
    public var direction: String?
    /// Forecasts ("could flee") group apart from reports.
    public var isProjection: Bool

    public init(family: String, subject: String, event: String?, place: String?, isLongPeriod: Bool,
                isProjection: Bool = false, direction: String? = nil) {
        self.family = family
        self.subject = subject
        self.event = event
        self.place = place
        self.isLongPeriod = isLongPeriod
        self.direction = direction
        self.isProjection = isProjection
    }

    /// A stable text form, used as the group's id.
    public var text: String {
        [family, subject, event ?? "-", (direction.map { $0 + " " } ?? "") + (place ?? "-"), isLongPeriod ? "years" : "days",
         isProjection ? "forecast" : "report"]
            .joined(separator: "|")
    }

    public static func < (left: ClaimGroupKey, right: ClaimGroupKey) -> Bool { left.text < right.text }
}
