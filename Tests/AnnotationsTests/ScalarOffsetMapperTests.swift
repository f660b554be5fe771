import Testing
@testable import Annotations
@testable import Recognition

/// The one UTF-8 → scalar offset mapper both recognisers share: every offset right, in any order.
@Suite struct ScalarOffsetMapperTests {
    /// The scalar offset of each scalar boundary's byte offset, counted the slow way.
    private func expectedOffsets(_ text: String) -> [(byte: Int, scalar: Int)] {
        var pairs: [(Int, Int)] = []
        var byte = 0
        for (scalar, unicodeScalar) in text.unicodeScalars.enumerated() {
            pairs.append((byte, scalar))
            byte += String(unicodeScalar).utf8.count
        }
        pairs.append((byte, text.unicodeScalars.count))
        return pairs
    }

    private func check(_ text: String, order: ([(byte: Int, scalar: Int)]) -> [(byte: Int, scalar: Int)]) {
        var copy = text
        copy.withUTF8 { bytes in
            var mapper = ScalarOffsetMapper(bytes: bytes)
            for pair in order(expectedOffsets(text)) {
                #expect(mapper.scalarOffset(ofByte: pair.byte) == pair.scalar, "byte \(pair.byte) of \(text.prefix(40))")
            }
        }
    }

    static let texts = [
        "",
        "Plain ASCII news about 20,000 people in Aleppo.",
        "Zürich and São Paulo: café, naïve, Ångström.",
        "Emoji 👍🏽 and flags 🇰🇪 between words 😀, then 42% more.",
        "中文新闻：北京市政府宣布，2021年有三千万人。日本語のニュース、東京。",
        String(repeating: "An ASCII lead longer than one block of sixty-four bytes. ", count: 3)
            + "Then Łódź, 東京 and 🎉 at the end of a block"
            + String(repeating: "é", count: 70) + " and ASCII again " + String(repeating: "x", count: 130) + "€",
    ]

    @Test(arguments: texts)
    func everyOffsetInIncreasingOrder(_ text: String) {
        check(text) { $0 }
    }

    @Test(arguments: texts)
    func everyOffsetBackwards(_ text: String) {
        check(text) { $0.reversed() }
    }

    @Test(arguments: texts)
    func everyOffsetInAShuffledOrderAsTwoRecognisersAskTwice(_ text: String) {
        var generator = SplitMix(seed: UInt64(text.utf8.count))
        check(text) { pairs in (pairs + pairs).shuffled(using: &generator) }
    }

    @Test func anOffsetPastTheEndIsTheScalarCount() {
        var text = "naïve 東京"
        text.withUTF8 { bytes in
            var mapper = ScalarOffsetMapper(bytes: bytes)
            #expect(mapper.scalarOffset(ofByte: bytes.count + 10) == 8)
            #expect(mapper.scalarOffset(ofByte: 4) == 3)  // "v", after the two bytes of "ï"
        }
    }

    @Test func bothRecognisersSharingOneMapperGiveWhatEachGivesAlone() {
        let text = "北京 (AFP) — Le président François Hollande told 2,000 people in Zürich 😀 that Angela Merkel "
            + "would pay €5 million by 3 March, about 40% more than the 1,200 francs São Paulo paid."
        let shared = Recognizer().analyze(text)
        #expect(shared.entities == EntityRecognizer().entities(in: text))
        #expect(shared.claims == ClaimRecognizer().claims(in: text))
        let scalars = Array(text.unicodeScalars)
        let merkel = shared.entities.first { $0.text == "Angela Merkel" }
        #expect(merkel.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == "Angela Merkel")
        let million = shared.claims.first { $0.text.contains("million") }
        #expect(million.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == million?.text)
        #expect(million != nil && merkel != nil)
    }
}
