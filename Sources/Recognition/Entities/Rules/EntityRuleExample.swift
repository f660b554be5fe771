/// An invented sentence a rule fires on, and the text of the mention it makes there (its first
/// occurrence in the sentence), read as an article's body after a one-word headline line.
/// `EntityRuleExampleTests` runs every one.
public struct EntityRuleExample: Sendable {
    public let sentence: String
    public let span: String
    /// The type the mention ends with, or nil for words the rule passes over (no entity).
    public let type: EntityType?

    init(_ sentence: String, _ span: String, _ type: EntityType?) {
        self.sentence = sentence
        self.span = span
        self.type = type
    }
}
