/// What the status-line prompt is typing when it is not a search: the evidence address or the note
/// of the verdict on one claim (the ledger panel's `e` and `n`).
public struct VerdictPrompt: Equatable, Sendable {
    public enum Field: Equatable, Sendable {
        case evidence, note

        /// The label drawn before the text.
        var label: String {
            switch self {
            case .evidence: "Evidence URL: "
            case .note: "Note: "
            }
        }
    }

    public var field: Field
    public var articleIndex: Int
    public var range: Range<Int>
}
