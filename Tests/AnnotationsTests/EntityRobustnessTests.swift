import Foundation
import Testing
@testable import Annotations

/// Hostile inputs: the recogniser must neither crash nor slow down beyond linear time.
@Suite struct EntityRobustnessTests {
    let recognizer = EntityRecognizer()

    func check(_ text: String) {
        let clock = ContinuousClock()
        var entities: [Entity] = []
        let elapsed = clock.measure { entities = recognizer.entities(in: text) }
        // A guard against super-linear blow-ups, not a benchmark: entity-dense input in a debug build
        // runs at about 0.15 MB/s when alone and three times slower with other builds on the same
        // two cores (seen: 11 s and 35 s for 1.6 MB), so allow 25 s per megabyte. A quadratic pass
        // over a megabyte would still take hours.
        #expect(elapsed < .seconds(10 + text.utf8.count / 40_000))
        let scalars = Array(text.unicodeScalars)
        let wellFormed = entities.allSatisfy { entity in
            entity.start >= 0 && entity.start < entity.end && entity.end <= scalars.count
                && String(String.UnicodeScalarView(scalars[entity.start..<entity.end])) == entity.text
        }
        #expect(wellFormed)
    }

    @Test func emptyAndTinyInputs() {
        for text in ["", " ", "A", "-", "U.", "U.S", "al-", "-A", "'", "’", "\u{A0}", "O'", "A-b-C-d"] { check(text) }
    }

    @Test func randomBytes() {
        var generator = SplitMix(seed: 7)
        let bytes = (0..<200_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        check(String(decoding: bytes, as: UTF8.self))
    }

    @Test func longUniformInputs() {
        check(String(repeating: "Aleppo Syria UN ", count: 100_000))
        check(String(repeating: "A", count: 1_000_000))
        check(String(repeating: "ABC DEF ", count: 100_000))
        check(String(repeating: "7", count: 1_000_000))
        check(String(repeating: ".-'’(\"", count: 100_000))
        check(String(repeating: "al-Assad-", count: 100_000))
        check(String(repeating: "U.S.", count: 100_000))
        check(String(repeating: "Mr. ", count: 100_000))
    }

    /// Rules look at the words before and after a name, so every word is tried where there is
    /// none: alone, first and last in a text, and around a comma. The words are those of every
    /// labelled article (cue words, company forms, titles, names in any case) plus cue words
    /// that a rule reads on their own.
    @Test func everyWordAtTheEdgesOfAText() throws {
        let evalFolder = TestPaths.packageRoot + "/eval"
        var words: Set<Substring> = ["SA", "AG", "Plc", "Ltd.", "Inc.", "Co.,", "Pte", "LEAD", "ENDS", "By", "Hon.",
                                     "Ex-minister", "S.", "St.", "&", "Mr.", "U.S.", "the", "of", "and", "at", "between"]
        for split in try FileManager.default.contentsOfDirectory(atPath: evalFolder) {
            let texts = evalFolder + "/" + split + "/texts"
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: texts) else { continue }
            for file in files {
                let text = try String(contentsOfFile: texts + "/" + file, encoding: .utf8)
                words.formUnion(text.split(whereSeparator: { $0.isWhitespace }))
            }
        }
        #expect(words.count > 5_000)
        for word in words.sorted() {
            for text in ["\(word)", "\(word) is", "said \(word)", "\(word), \(word)", "\(word.uppercased()) \(word)"] {
                let entities = recognizer.entities(in: text)
                #expect(entities.allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= text.unicodeScalars.count })
            }
        }
    }

    @Test func tenMegabyteLine() {
        check(String(repeating: "Bashar al-Assad of the Syrian Army ", count: 300_000))
    }
}

/// A small deterministic random number generator, so failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
