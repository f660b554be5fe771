/// The four facts `MentionLinker` keeps per word across one document (see `NameEvidenceTable`),
/// side by side in one slot: one allocation per document for all four, and a lookup reads one
/// cache line. 0 means "not known" for each.
struct NameEvidence: HashTableValue {
    /// The four facts.
    enum Kind {
        /// 1 + the index of the full name whose surname (or particle-less part) the word is.
        case alias
        /// 1 + the index of the word's first type in `MentionLinker`'s type order.
        case knownType
        /// 1 when the word was shown to be no entity ("Typhoon Haiyan" → "Haiyan").
        case nonEntity
        /// 1 + the index of the full name whose first word the word is.
        case firstName
    }

    var alias: UInt32 = 0
    var knownType: UInt32 = 0
    var nonEntity: UInt32 = 0
    var firstName: UInt32 = 0

    static var absent: NameEvidence { NameEvidence() }

    subscript(kind: Kind) -> UInt32 {
        @inline(__always) get {
            switch kind {
            case .alias: alias
            case .knownType: knownType
            case .nonEntity: nonEntity
            case .firstName: firstName
            }
        }
        @inline(__always) set {
            switch kind {
            case .alias: alias = newValue
            case .knownType: knownType = newValue
            case .nonEntity: nonEntity = newValue
            case .firstName: firstName = newValue
            }
        }
    }
}
