/// Capitalised words a rule read as no entity ("Former", a date's "Nov", "Typhoon Haiyan"'s name),
/// with Unicode scalar offsets, end exclusive.
public struct PassedOverSpan: Sendable {
    public let text: String
    public let start: Int
    public let end: Int
    public let rules: [EntityRule]
}
