/// A span the entity recogniser marks, with the features `EntityTypeModel` reads: what
/// `reader analyze --entity-features` prints for `scripts/typer/train.py`.
public struct EntityCandidate: Sendable, Equatable {
    /// Unicode scalar offsets, end exclusive.
    public var start: Int
    public var end: Int
    /// The type the rules gave it.
    public var ruleType: EntityType
    /// Whether only a default gave that type (the spans the model retypes).
    public var typedByDefault: Bool
    public var features: [String]
}
