import Annotations

/// Groups the ledger panel's claims on the corpus index, on the world's loader thread: the index's
/// claims of every article it analysed, where an article analysed here gives its own claims
/// instead. Grouping is incremental (`ClaimLedger(claims:stamps:reusing:)`): each answer keeps how
/// the buckets split, so the next one, with a few more articles analysed, splits only the buckets
/// their claims fall in.
public struct IndexedLedgerGrouper: Sendable {
    let indexClaims: [LedgerClaim]
    let indexStamps: [UInt64]
    let indexedPaths: Set<String>
    /// The index's claims by path, to see whether an article analysed here reads as the index has it.
    let indexClaimsOfPath: [String: Range<Int>]
    /// Claims read from articles analysed here, by path, with the analysis they were read from and a
    /// stamp drawn for them.
    var readHere: [String: (analysis: Analysis, claims: [LedgerClaim], stamp: UInt64)] = [:]
    /// How the buckets split last time.
    public private(set) var kept: [String: ClaimBucketGrouping]
    /// Stamps for claims read here: never one of the index's (those mix an article id in).
    var nextStamp: UInt64 = 1

    /// - Parameters:
    ///   - claims, stamps: the index's claims in corpus order, one stamp each (`CorpusIndex.ledgerRows`).
    ///   - indexedPaths: the articles the index holds claims for.
    ///   - kept: the groupings the index stored.
    public init(claims: [LedgerClaim], stamps: [UInt64], indexedPaths: Set<String>, kept: [String: ClaimBucketGrouping]) {
        indexClaims = claims
        indexStamps = stamps
        self.indexedPaths = indexedPaths
        self.kept = kept
        var ranges: [String: Range<Int>] = [:]
        var start = 0
        for position in claims.indices where position + 1 == claims.count || claims[position + 1].id.path != claims[position].id.path {
            ranges[claims[position].id.path] = start..<(position + 1)
            start = position + 1
        }
        indexClaimsOfPath = ranges
    }

    /// The ledger of the index's claims with the request's articles' own.
    /// - Returns: the ledger, and whether it holds only the index's claims (its groupings may then
    ///   be stored in the index for the next run).
    public mutating func group(_ request: LedgerRequest) -> (ledger: ClaimLedger, indexOnly: Bool) {
        let unread = request.analysed.filter { readHere[$0.path]?.analysis != $0.analysis }
        // Under the request's key, not the article's path: the items of a feed share their file's path.
        let read = LedgerArticle.ledgerClaims(of: unread.map {
            LedgerArticle(path: $0.path, title: $0.article.title, text: $0.article.scalars, analysis: $0.analysis)
        })
        for (article, claims) in zip(unread, read) {
            // Claims as the index has them keep the index's stamp: their buckets need no new split.
            let indexed = indexClaimsOfPath[article.path].map { Array(indexClaims[$0]) }
            let stamp: UInt64
            if indexed == claims, let range = indexClaimsOfPath[article.path] {
                stamp = indexStamps[range.lowerBound]
            } else {
                stamp = ClaimBucketGrouping.stamp(article: -1, version: Int64(bitPattern: nextStamp))
                nextStamp += 1
            }
            readHere[article.path] = (article.analysis, claims, stamp)
        }
        // Claims read here that differ from the index's replace them; equal ones stay where they are.
        var replaced = Set<String>()
        for article in request.analysed {
            guard let here = readHere[article.path] else { continue }
            if let range = indexClaimsOfPath[article.path], here.stamp == indexStamps[range.lowerBound] { continue }
            // No claims here, none in the index: nothing to take out or put in.
            if here.claims.isEmpty, indexClaimsOfPath[article.path] == nil { continue }
            replaced.insert(article.path)
        }
        var claims: [LedgerClaim] = []
        var stamps: [UInt64] = []
        claims.reserveCapacity(indexClaims.count)
        stamps.reserveCapacity(indexClaims.count)
        if replaced.isEmpty {
            claims = indexClaims
            stamps = indexStamps
        } else {
            for position in indexClaims.indices where !replaced.contains(indexClaims[position].id.path) {
                claims.append(indexClaims[position])
                stamps.append(indexStamps[position])
            }
            for article in request.analysed where replaced.contains(article.path) {
                guard let here = readHere[article.path] else { continue }
                claims.append(contentsOf: here.claims)
                stamps.append(contentsOf: repeatElement(here.stamp, count: here.claims.count))
            }
        }
        let ledger = ClaimLedger(claims: claims, stamps: stamps, reusing: kept)
        kept = ledger.bucketGroupings
        return (ledger, replaced.isEmpty)
    }

    /// The answer to `request`, with the sidecars' verdicts.
    public mutating func answer(_ request: LedgerRequest, verdicts: [String: [AnchoredAnnotation]]) -> IndexedLedgerAnswer {
        IndexedLedgerAnswer(ledger: group(request).ledger, indexedPaths: indexedPaths, verdicts: verdicts,
                            analysedCount: request.analysed.count)
    }

    /// The answer to `request` with the ledger grouped already.
    public func answer(_ request: LedgerRequest, ledger: ClaimLedger, verdicts: [String: [AnchoredAnnotation]]) -> IndexedLedgerAnswer {
        IndexedLedgerAnswer(ledger: ledger, indexedPaths: indexedPaths, verdicts: verdicts, analysedCount: request.analysed.count)
    }
}
