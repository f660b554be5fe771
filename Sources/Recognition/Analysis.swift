/// What the recogniser found in one article: entities and claims, each sorted by start offset.
public struct Analysis: Equatable, Sendable {
    public var entities: [Entity]
    public var claims: [Claim]

    public init(entities: [Entity] = [], claims: [Claim] = []) {
        self.entities = entities
        self.claims = claims
    }
}
