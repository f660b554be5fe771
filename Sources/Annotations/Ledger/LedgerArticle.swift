import Dispatch

/// One article as the ledger needs it: where it is, its text and what the recogniser found in it.
///
/// This is the ledger's only input, so the same grouping can be fed from files analysed on the spot
/// or from a corpus index that stored the analyses.
public struct LedgerArticle: Sendable {
    public var path: String
    public var title: String
    /// The text, indexed by scalar offset as the analysis's offsets are; kept as UTF-8 (an
    /// `Article`'s own text, not a copy), since a large corpus's ledger holds every article at once.
    public var text: ScalarText
    public var analysis: Analysis
    /// The publication date as "YYYY-MM-DD", when known; claims far apart in time do not group.
    public var published: String?

    public init(path: String, title: String, text: ScalarText, analysis: Analysis, published: String? = nil) {
        self.path = path
        self.title = title
        self.text = text
        self.analysis = analysis
        self.published = published
    }

    public init(article: Article, analysis: Analysis, published: String? = nil) {
        self.init(path: article.path, title: article.title, text: article.scalars, analysis: analysis,
                  published: published)
    }
}

extension LedgerArticle {
    /// The article's claims read for the ledger (sentence, attribution, grouping features), which
    /// depend on this article alone: a corpus index stores them and reads them again only when the
    /// article changes. Grouping them is `ClaimLedger(claims:)`.
    public func ledgerClaims() -> [LedgerClaim] {
        LedgerClaimReader(self).claims()
    }

    /// Each article's ledger claims, read in parallel (articles are read apart from each other).
    public static func ledgerClaims(of articles: [LedgerArticle]) -> [[LedgerClaim]] {
        let chunkSize = 64
        let chunkCount = (articles.count + chunkSize - 1) / chunkSize
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<[LedgerClaim]>.allocate(capacity: articles.count)
        results.initialize(repeating: [])
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            for index in (chunk * chunkSize)..<min(articles.count, (chunk + 1) * chunkSize) {
                results[index] = articles[index].ledgerClaims()
            }
        }
        return Array(results)
    }
}
