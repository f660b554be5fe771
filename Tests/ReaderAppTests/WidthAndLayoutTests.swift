import Annotations
import Testing
@testable import ReaderApp

@Suite("Cell width and wrapping")
struct WidthAndLayoutTests {
    @Test func widths() {
        #expect(CellWidth.of("a" as Unicode.Scalar) == 1)
        #expect(CellWidth.of("東" as Unicode.Scalar) == 2)
        #expect(CellWidth.of("👍" as Unicode.Scalar) == 2)
        #expect(CellWidth.of("\u{301}" as Unicode.Scalar) == 0)
        #expect(CellWidth.of("\u{200D}" as Unicode.Scalar) == 0)
        #expect(CellWidth.of("한국어") == 6)
        #expect(CellWidth.of("e\u{301}") == 1)
    }

    @Test func wrapBreaksAtSpacesByDisplayWidth() {
        let scalars = Array("aaa bbb ccc".unicodeScalars)
        let lines = TextLayout.wrap(scalars, 0..<scalars.count, width: 6)
        #expect(lines.map { String(String.UnicodeScalarView(scalars[$0])) } == ["aaa ", "bbb ", "ccc"])
    }

    @Test func longWordIsBrokenWhereItMust() {
        let scalars = Array("abcdefghij".unicodeScalars)
        #expect(TextLayout.wrap(scalars, 0..<10, width: 4) == [0..<4, 4..<8, 8..<10])
    }

    @Test func wideCharacterWiderThanTheLineDoesNotLoop() {
        let scalars = Array("東京".unicodeScalars)
        #expect(TextLayout.wrap(scalars, 0..<2, width: 1) == [0..<1, 1..<2])
    }

    @Test func lineIndexFindsTheLineOfAnOffset() {
        let article = Article(path: "a", text: "Title\n\naaa bbb ccc\n\nddd")
        let layout = TextLayout(article: article, width: 4)
        let line = layout.lines[layout.lineIndex(containing: 15)]
        #expect(line.range.contains(15))
        #expect(layout.lines[layout.lineIndex(containing: 20)].kind == .paragraph)
    }

    @Test func terminalTextReplacesControls() {
        #expect(TerminalText.visible("a\u{1B}b\u{0}c\u{7F}\u{85}") == "a␛b␀c␡\u{FFFD}")
        #expect(TerminalText.visible("plain") == "plain")
    }
}
