/// One claim in the ledger: the recognised claim, where it is, the sentence it stands in, who it is
/// attributed to and the features that place it in a group.
///
/// A value with its fields in one shared box, copied on write: a ledger holds every claim of a corpus
/// (millions) and each group holds its members again, so a copy must cost a reference, not the
/// hundreds of bytes of the fields.
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

    /// The fields, shared by copies until one of them is changed. Never changed while shared
    /// (every setter copies it first unless this value holds the only reference), hence Sendable.
    final class Storage: @unchecked Sendable {
        var id: ID
        var articleTitle: String
        var claim: Claim
        var sentence: String
        var attribution: ClaimAttribution?
        var features: ClaimFeatures?

        init(id: ID, articleTitle: String, claim: Claim, sentence: String, attribution: ClaimAttribution?,
             features: ClaimFeatures?) {
            self.id = id
            self.articleTitle = articleTitle
            self.claim = claim
            self.sentence = sentence
            self.attribution = attribution
            self.features = features
        }

        func copy() -> Storage {
            Storage(id: id, articleTitle: articleTitle, claim: claim, sentence: sentence, attribution: attribution, features: features)
        }
    }

    private var storage: Storage

    /// The box, copied first when another value shares it.
    private var uniqueStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    public var id: ID {
        get { storage.id }
        set { uniqueStorage.id = newValue }
    }
    public var articleTitle: String {
        get { storage.articleTitle }
        set { uniqueStorage.articleTitle = newValue }
    }
    public var claim: Claim {
        get { storage.claim }
        set { uniqueStorage.claim = newValue }
    }
    /// The sentence holding the claim, as written.
    public var sentence: String {
        get { storage.sentence }
        set { uniqueStorage.sentence = newValue }
    }
    public var attribution: ClaimAttribution? {
        get { storage.attribution }
        set { uniqueStorage.attribution = newValue }
    }
    /// Nil for kinds the ledger does not group (dates, times, durations, ordinals).
    public var features: ClaimFeatures? {
        get { storage.features }
        set { uniqueStorage.features = newValue }
    }

    public init(id: ID, articleTitle: String, claim: Claim, sentence: String, attribution: ClaimAttribution?,
                features: ClaimFeatures?) {
        storage = Storage(id: id, articleTitle: articleTitle, claim: claim, sentence: sentence, attribution: attribution,
                          features: features)
    }

    /// The kinds that count or measure something, and so can be compared across articles.
    public static let groupedKinds: Set<ClaimKind> = [.count, .percent, .fraction, .measure, .money]

    public static func == (left: LedgerClaim, right: LedgerClaim) -> Bool {
        left.storage === right.storage
            || (left.id == right.id && left.articleTitle == right.articleTitle && left.claim == right.claim
                && left.sentence == right.sentence && left.attribution == right.attribution && left.features == right.features)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(articleTitle)
        hasher.combine(claim)
        hasher.combine(sentence)
        hasher.combine(attribution)
        hasher.combine(features)
    }

    enum CodingKeys: String, CodingKey {
        case id, articleTitle, claim, sentence, attribution, features
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(ID.self, forKey: .id),
                  articleTitle: try container.decode(String.self, forKey: .articleTitle),
                  claim: try container.decode(Claim.self, forKey: .claim),
                  sentence: try container.decode(String.self, forKey: .sentence),
                  attribution: try container.decodeIfPresent(ClaimAttribution.self, forKey: .attribution),
                  features: try container.decodeIfPresent(ClaimFeatures.self, forKey: .features))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(articleTitle, forKey: .articleTitle)
        try container.encode(claim, forKey: .claim)
        try container.encode(sentence, forKey: .sentence)
        try container.encodeIfPresent(attribution, forKey: .attribution)
        try container.encodeIfPresent(features, forKey: .features)
    }
}
