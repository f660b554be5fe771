/// The vocabulary classes of a word the ledger tests in its loops, as bits.
struct LedgerWordFlags: OptionSet, Sendable {
    let rawValue: UInt8

    /// "said", "told", "estimated": introduces a source.
    static let speechVerb = LedgerWordFlags(rawValue: 1 << 0)
    /// "comments", "figures": a source follows "from".
    static let sourceNoun = LedgerWordFlags(rawValue: 1 << 1)
    /// "number", "figure", "toll": refers back to a count.
    static let anaphora = LedgerWordFlags(rawValue: 1 << 2)
    /// "we", "our": the sentence speaks for someone.
    static let firstPerson = LedgerWordFlags(rawValue: 1 << 3)
    /// "could", "expected": a forecast.
    static let projection = LedgerWordFlags(rawValue: 1 << 4)
    /// "years", "decades": a long period named without a number ("during those years").
    static let longPeriod = LedgerWordFlags(rawValue: 1 << 5)
    /// "put", "puts": an estimate when "at" follows ("put the toll at 300").
    static let estimateVerb = LedgerWordFlags(rawValue: 1 << 6)
    /// Clause words, prepositions, articles, number words: never what a number counts.
    static let notCounted = LedgerWordFlags(rawValue: 1 << 7)
}
