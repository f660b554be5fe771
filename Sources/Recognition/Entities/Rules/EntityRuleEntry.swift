/// One row of the entity rule table (`EntityRule.entry`): the rule's stable id, what it does in one
/// line, the pass it runs in, the word lists it reads and an example it fires on.
public struct EntityRuleEntry: Sendable {
    /// Kebab-case and stable: explanations and tests name rules by it.
    public let id: String
    public let summary: String
    public let stage: EntityRuleStage
    public let lists: [EntityWordList]
    public let example: EntityRuleExample

    init(_ id: String, _ stage: EntityRuleStage, _ summary: String, lists: [EntityWordList] = [], example: EntityRuleExample) {
        self.id = id
        self.summary = summary
        self.stage = stage
        self.lists = lists
        self.example = example
    }
}
