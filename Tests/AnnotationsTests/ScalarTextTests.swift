import Testing
@testable import Annotations

/// `ScalarText` must answer every scalar offset exactly as an array of the text's scalars does.
@Suite("Scalar offset index")
struct ScalarTextTests {
    /// Every offset, every scalar and a spread of slices agree with `Array(text.unicodeScalars)`.
    func expectAgreesWithArray(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let indexed = ScalarText(text)
        let array = Array(text.unicodeScalars)
        #expect(indexed.count == array.count, sourceLocation: sourceLocation)
        #expect(Array(indexed) == array, "iteration", sourceLocation: sourceLocation)
        #expect(indexed.decodedScalars() == array, "decoded at once", sourceLocation: sourceLocation)
        var utf8 = 0
        for offset in 0...array.count {
            #expect(indexed.utf8Offset(ofScalar: offset) == utf8, "utf8 offset of \(offset)", sourceLocation: sourceLocation)
            guard offset < array.count else { break }
            #expect(indexed[offset] == array[offset], "scalar \(offset)", sourceLocation: sourceLocation)
            utf8 += UTF8.width(array[offset])
        }
        for lower in stride(from: 0, through: array.count, by: max(1, array.count / 17)) {
            for upper in stride(from: lower, through: array.count, by: max(1, array.count / 13)) {
                let expected = String(String.UnicodeScalarView(array[lower..<upper]))
                #expect(indexed.string(lower..<upper) == expected, "\(lower)..<\(upper)", sourceLocation: sourceLocation)
                #expect(indexed[lower..<upper].string == expected, sourceLocation: sourceLocation)
            }
            #expect(indexed.string(lower..<array.count) == String(String.UnicodeScalarView(array[lower...])),
                    sourceLocation: sourceLocation)
        }
    }

    @Test func emptyText() {
        let indexed = ScalarText("")
        #expect(indexed.isEmpty)
        #expect(indexed.utf8Offset(ofScalar: 0) == 0)
        #expect(indexed.string(0..<0) == "")
        #expect(Array(indexed).isEmpty)
    }

    @Test func asciiKeepsNoTable() {
        let text = String(repeating: "Officials said 12 people died. ", count: 40)
        expectAgreesWithArray(text)
        #expect(ScalarText(text).checkpoints.isEmpty)
    }

    @Test func multiByteLatinAndCJK() {
        expectAgreesWithArray(String(repeating: "Café in São Paulo, Ürümqi; 東京で会議。", count: 30))
    }

    @Test func astralPlaneEmoji() {
        expectAgreesWithArray(String(repeating: "👍🏽 rally 🇺🇦 flag 𝔘 math ", count: 25))
    }

    @Test func combiningMarksCountAsTheirOwnScalars() {
        let text = String(repeating: "cafe\u{301} Zoe\u{308} n\u{303}o ", count: 30)
        expectAgreesWithArray(text)
        // "e" and its accent are two offsets, as in the JSON contracts.
        #expect(ScalarText("e\u{301}").count == 2)
    }

    /// Long ASCII runs between non-ASCII scalars, so that both the ASCII-block shortcut and the scan
    /// are taken, and a text whose length is a multiple of the checkpoint stride.
    @Test func mixedRunsAndStrideBoundaries() {
        expectAgreesWithArray(String(repeating: "a", count: 200) + "é" + String(repeating: "b", count: 130) + "👍")
        expectAgreesWithArray("é" + String(repeating: "x", count: 127))
        expectAgreesWithArray(String(repeating: "x", count: 63) + "é")
        expectAgreesWithArray(String(repeating: "x", count: 64) + "é" + String(repeating: "y", count: 63))
    }

    @Test func offsetsAtBothEnds() {
        let text = "👍 middle é"
        let indexed = ScalarText(text)
        #expect(indexed.first == "👍")
        #expect(indexed[indexed.count - 1] == "é")
        #expect(indexed.utf8Offset(ofScalar: indexed.count) == text.utf8.count)
        #expect(indexed.string(0..<indexed.count) == text)
        #expect(indexed.string(indexed.count..<indexed.count) == "")
    }

    /// Out-of-range offsets are refused by the index itself; `Article.slice` clamps them.
    @Test func outOfRangeIsClampedByArticleSlice() {
        let article = Article(path: "a.txt", text: "Title\n\nCafé 👍")
        #expect(article.slice(-5..<3) == "Tit")
        #expect(article.slice(8..<1_000) == "afé 👍")
        #expect(article.slice(1_000..<2_000) == "")
        #expect(!ScalarText("abc").indices.contains(3))
    }

    @Test func equalityIsByScalars() {
        #expect(ScalarText("é") == ScalarText("é"))
        // Canonically equivalent strings are equal as `String`s but not as scalars.
        #expect(ScalarText("é") != ScalarText("e\u{301}"))
    }
}
