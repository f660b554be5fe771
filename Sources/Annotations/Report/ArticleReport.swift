/// One article's analysis in the JSON contract of `reader analyze --json` (see DESIGN.md):
/// `{"file", "entities": [{text, type, start, end, canonical}], "claims": [{text, kind, value, ...}]}`.
public struct ArticleReport: Encodable, Sendable {
    public var file: String
    public var entities: [Entity]
    public var claims: [ClaimReport]

    public init(file: String, analysis: Analysis) {
        self.file = file
        self.entities = analysis.entities
        self.claims = analysis.claims.map(ClaimReport.init)
    }
}
