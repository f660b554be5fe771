/// A word or a punctuation mark of an article, for the ledger's sentence rules.
struct LedgerToken: Sendable {
    enum Kind: Sendable { case word, comma, quote, stop, other }

    var kind: Kind
    /// The word lowercased (ASCII letters only lowered, which is all the tables need); the mark itself otherwise.
    var lower: String
    var start: Int
    var end: Int
    /// The word starts with a capital letter (or a digit-free capitalised hyphen word, "Turkey-based").
    var isCapitalised: Bool
}
