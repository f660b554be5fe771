/// One claim in the ledger: the recognised claim, where it is, the sentence it stands in, who it is
/// attributed to and the features that place it in a group.
public struct LedgerClaim: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// The article's path and the claim's offsets identify it across runs.
    public struct ID: Codable, Equatable, Hashable, Sendable, Comparable, CustomStringConvertible {
        public var path: String
        public var start: Int
        public var end: Int

        public init(path: String, start: Int, end: Int) {
            self.path = path
            self.start = start
            self.end = end
        }

        public static func < (left: ID, right: ID) -> Bool {
            left.path != right.path ? left.path < right.path : left.start != right.start ? left.start < right.start : left.end < right.end
        }

        public var description: String { "\(path):\(start)-\(end)" }
    }

    public var id: ID
    public var articleTitle: String
    public var claim: Claim
    /// The sentence holding the claim, as written.
    public var sentence: String
    public var attribution: ClaimAttribution?
    /// Nil for kinds the ledger does not group (dates, times, durations, ordinals).
    public var features: ClaimFeatures?

    public init(id: ID, articleTitle: String, claim: Claim, sentence: String, attribution: ClaimAttribution?,
                features: ClaimFeatures?) {
        self.id = id
        self.articleTitle = articleTitle
        self.claim = claim
        self.sentence = sentence
        self.attribution = attribution
        self.features = features
    }

    /// The kinds that count or measure something, and so can be compared across articles.
    public static let groupedKinds: Set<ClaimKind> = [.count, .percent, .fraction, .measure, .money]
}
