import Testing
@testable import Annotations
@testable import Recognition

/// The lexicon's hash table must behave like the `Dictionary`/`Set` it replaced.
@Suite struct EntityWordHashTableTests {
    @Test func insertsOrBitsAndFindsEveryKeyAcrossGrowth() {
        var table = WordHashTable(expectedCount: 2)
        var generator = SplitMix(seed: 11)
        var reference: [UInt64: UInt32] = [:]
        for round in 0..<5_000 {
            // A few repeated keys and the key 0, which marks empty slots inside the table.
            let key = round % 7 == 0 ? UInt64(round % 3) : generator.next()
            let bits = UInt32(1) << UInt32(round % 10)
            table.insert(key, bits: bits)
            reference[key, default: 0] |= bits
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table.value(key) == value) }
        for _ in 0..<1_000 {
            let absent = generator.next()
            if reference[absent] == nil { #expect(!table.contains(absent)) }
        }
    }

    @Test func insertIfAbsentKeepsTheFirstValue() {
        var table = WordHashTable()
        #expect(table.insertIfAbsent(42, value: 1) == 1)
        #expect(table.insertIfAbsent(42, value: 2) == 1)
        #expect(table.insertIfAbsent(0, value: 3) == 3)
        #expect(table.insertIfAbsent(0, value: 4) == 3)
        #expect(table.value(42) == 1 && table.value(0) == 3 && table.value(7) == 0)
        #expect(table.count == 2)
    }
}
