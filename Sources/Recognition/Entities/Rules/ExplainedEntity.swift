/// An entity with the rules that gave it its span and type, in the order they fired.
public struct ExplainedEntity: Sendable {
    public let entity: Entity
    public let rules: [EntityRule]
}
