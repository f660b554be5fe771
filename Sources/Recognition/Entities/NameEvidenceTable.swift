/// What `MentionLinker` learns about words across one document, keyed by lower-cased word hash
/// (`WordHash.lowercased`): four facts per word in one table, so one allocation per document
/// where four tables cost four (for a 3 KB article that weighed as much as a good part of its
/// recognition). Per kind, the semantics of `HashTable.insertIfAbsent` and `HashTable.value`: 0
/// means absent, the first value stored wins.
typealias NameEvidenceTable = HashTable<UInt64, NameEvidence>

extension HashTable where Key == UInt64, Value == NameEvidence {
    /// The `kind` value stored for `key`, or 0 when there is none.
    @inline(__always)
    func value(_ kind: NameEvidence.Kind, _ key: UInt64) -> UInt32 {
        value(key)[kind]
    }

    /// Stores `value` (non-zero) as the `kind` value of `key` unless it already has one.
    mutating func insertIfAbsent(_ kind: NameEvidence.Kind, _ key: UInt64, value: UInt32) {
        precondition(value != 0, "0 means absent")
        update(key) { evidence in
            if evidence[kind] == 0 { evidence[kind] = value }
        }
    }
}
