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
    /// What the vocabulary says of the word, looked up once when the token is made.
    var flags: LedgerWordFlags = []
    /// The event the word names ("displacement" for "evacuated"), if any.
    var event: String?

    init(kind: Kind, lower: String, start: Int, end: Int, isCapitalised: Bool) {
        self.kind = kind
        self.lower = lower
        self.start = start
        self.end = end
        self.isCapitalised = isCapitalised
        if kind == .word {
            flags = LedgerVocabulary.wordFlags[lower] ?? []
            event = LedgerVocabulary.event(of: lower)
        }
    }

    /// A word whose vocabulary classes are already known.
    init(word lower: String, start: Int, end: Int, isCapitalised: Bool, flags: LedgerWordFlags, event: String?) {
        self.kind = .word
        self.lower = lower
        self.start = start
        self.end = end
        self.isCapitalised = isCapitalised
        self.flags = flags
        self.event = event
    }
}
