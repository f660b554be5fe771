import Testing
@testable import Annotations
@testable import Recognition

/// The recognisers' one hash table, with each of its three kinds of key and value.
@Suite struct RecognitionHashTableTests {
    @Test func packedWordKeysFindEveryClaimWordAndNothingElse() {
        let lexicon = ClaimLexicon.shared
        #expect(lexicon.texts.count > 500)
        for (index, text) in lexicon.texts.enumerated().dropFirst() {
            #expect(Int(lexicon.index(of: text)) == index, "\(text)")
            #expect(Int(lexicon.index(of: text.uppercased())) == index, "\(text) in capitals")
        }
        #expect(lexicon.index(of: "million") != 0)
        #expect(lexicon.index(of: "millions") != lexicon.index(of: "million"))
        #expect(lexicon.index(of: "zyxwvut") == 0)
        #expect(lexicon.index(of: "") == 0)
    }

    @Test func packedWordsAcrossGrowthMatchADictionary() {
        var table = HashTable<PackedWord, UInt16>(expectedCount: 1)
        var generator = SplitMix(seed: 5)
        var reference: [UInt64: UInt16] = [:]
        for round in 0..<3_000 {
            // Words that differ only in their second half, and the all-zero key.
            let low = round % 5 == 0 ? 0 : generator.next() % 64
            let high = UInt64(round % 97)
            let value = UInt16(round % 1_000 + 1)
            let stored = table.insertIfAbsent(PackedWord(low, high), value: value)
            let expected = reference[low << 8 | high] ?? value
            reference[low << 8 | high] = expected
            #expect(stored == expected)
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table.value(PackedWord(key >> 8, key & 0xFF)) == value) }
        #expect(table.value(PackedWord(64, 0)) == 0)
    }

    @Test func nameEvidenceKeepsTheFirstValueOfEachKindApart() {
        var table = NameEvidenceTable(expectedCount: 1)
        table.insertIfAbsent(.alias, 42, value: 3)
        table.insertIfAbsent(.alias, 42, value: 9)
        table.insertIfAbsent(.knownType, 42, value: 2)
        table.insertIfAbsent(.firstName, 0, value: 7)
        #expect(table.value(.alias, 42) == 3)
        #expect(table.value(.knownType, 42) == 2)
        #expect(table.value(.nonEntity, 42) == 0 && table.value(.firstName, 42) == 0)
        #expect(table.value(.firstName, 0) == 7 && table.value(.alias, 0) == 0)
        #expect(table.value(.alias, 43) == 0)
        #expect(table.count == 2)
        // Growth keeps every key's four values.
        for key in UInt64(100)..<UInt64(400) { table.insertIfAbsent(.nonEntity, key &* 0x9E37_79B9_7F4A_7C15, value: 1) }
        #expect(table.value(.alias, 42) == 3 && table.value(.knownType, 42) == 2 && table.value(.firstName, 0) == 7)
        #expect((UInt64(100)..<UInt64(400)).allSatisfy { table.value(.nonEntity, $0 &* 0x9E37_79B9_7F4A_7C15) == 1 })
        #expect(table.count == 302)
    }

    @Test func anUpdateThatLeavesTheValueAbsentStoresNothing() {
        var table = WordHashTable()
        table.update(5) { _ in }
        #expect(!table.contains(5) && table.count == 0)
        table.insert(5, bits: 4)
        table.insert(5, bits: 1)
        #expect(table.value(5) == 5 && table.count == 1)
    }

    @Test func aSmallWordSetTurnsAwayKeysItNeverHeld() {
        let words = ["Police", "Prisons", "Customs"]
        let table = WordHashTable(words.map(WordHash.exact))
        #expect(words.allSatisfy { table.contains(WordHash.exact($0)) })
        #expect(!table.contains(WordHash.exact("police")))
        #expect(!table.contains(WordHash.exact("Polic")))
    }
}
