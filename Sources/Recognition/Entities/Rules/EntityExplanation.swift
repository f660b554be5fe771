/// Why a text has the entities it has (`EntityRecognizer.explanation`): each entity with the rules
/// that gave it its span and type, and the capitalised words the rules passed over on purpose.
public struct EntityExplanation: Sendable {
    public let entities: [ExplainedEntity]
    /// Sorted by start; may overlap an entity (a storm's name is passed over, its repeats dropped).
    public let passedOver: [PassedOverSpan]
}
