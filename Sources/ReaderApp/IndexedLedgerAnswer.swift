import Annotations

/// The world's answer to a `LedgerRequest`: the ledger grouped off the UI thread (the index's
/// claims with those of the articles analysed here), so the app only swaps it in.
public struct IndexedLedgerAnswer: Equatable, Sendable {
    public var ledger: ClaimLedger
    /// The articles the index holds claims for (analysed by it, with or without claims): with those
    /// analysed here, the rest are still to analyse.
    public var indexedPaths: Set<String>
    /// The annotations carrying a verdict of articles not read yet, by path, from their sidecars.
    public var verdicts: [String: [AnchoredAnnotation]]
    /// How many articles analysed here the ledger holds (the request's).
    public var analysedCount: Int
    /// Why the index could not be read; the ledger is then empty.
    public var problem: String?

    public init(ledger: ClaimLedger, indexedPaths: Set<String>, verdicts: [String: [AnchoredAnnotation]], analysedCount: Int,
                problem: String? = nil) {
        self.ledger = ledger
        self.indexedPaths = indexedPaths
        self.verdicts = verdicts
        self.analysedCount = analysedCount
        self.problem = problem
    }

    /// An index that could not be read.
    public static func failed(_ problem: String) -> IndexedLedgerAnswer {
        IndexedLedgerAnswer(ledger: ClaimLedger(claims: []), indexedPaths: [], verdicts: [:], analysedCount: 0, problem: problem)
    }

    public static func == (left: IndexedLedgerAnswer, right: IndexedLedgerAnswer) -> Bool {
        left.ledger.claims == right.ledger.claims && left.ledger.groups == right.ledger.groups
            && left.indexedPaths == right.indexedPaths && left.verdicts == right.verdicts
            && left.analysedCount == right.analysedCount && left.problem == right.problem
    }
}
