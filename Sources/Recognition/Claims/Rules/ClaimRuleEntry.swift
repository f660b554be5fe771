/// One row of the claim rule table (`ClaimRule.entry`): the rule's stable id, what it does in one
/// line and an example it fires on.
public struct ClaimRuleEntry: Sendable {
    /// Kebab-case and stable: explanations and tests name rules by it.
    public let id: String
    public let summary: String
    public let example: ClaimRuleExample

    init(_ id: String, _ summary: String, example: ClaimRuleExample) {
        self.id = id
        self.summary = summary
        self.example = example
    }
}
