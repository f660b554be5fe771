/// The kinds of numeric claim the recogniser marks (see ../shared/eval/GUIDELINES.md).
public enum ClaimKind: String, Codable, CaseIterable, Sendable, Hashable {
    case count, percent, measure, money, duration, time, date, ordinal, fraction
}
