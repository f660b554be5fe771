/// How many entities and claims an article's stored analysis holds, as the corpus index counts them.
public struct AnalysisCounts: Equatable, Sendable {
    public var entities: Int
    public var claims: Int

    public init(entities: Int, claims: Int) {
        self.entities = entities
        self.claims = claims
    }
}
