/// One article's analysis in the JSON contract of `reader analyze --json` (see DESIGN.md):
/// `{"file", "entities": [{text, type, start, end, canonical}], "claims": [{text, kind, value, ...}]}`.
public struct ArticleReport: Encodable, Sendable {
    public var file: String
    public var entities: [Entity]
    public var claims: [ClaimReport]
    /// The item of a feed or JSON Lines file (absent for a one-article file).
    public var item: String?
    /// Title, byline, date, source and URL, when the source gave any (absent otherwise).
    public var metadata: ArticleMetadata?

    public init(file: String, analysis: Analysis, item: String? = nil, metadata: ArticleMetadata? = nil) {
        self.file = file
        self.entities = analysis.entities
        self.claims = analysis.claims.map(ClaimReport.init)
        self.item = item
        self.metadata = metadata.flatMap { $0.isEmpty ? nil : $0 }
    }
}
