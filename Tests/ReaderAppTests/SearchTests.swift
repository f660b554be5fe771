import Annotations
import Testing
@testable import ReaderApp

@Suite("Search")
struct SearchTests {
    func opened(colorMode: ColorMode = .none) -> AppState {
        var state = Fixtures.state(width: 80, height: 12, colorMode: colorMode)
        state.openArticle(0)
        return state
    }

    @Test func slashOpensAPromptAndEnterSearches() {
        var state = opened()
        state.type("/lavrov")
        let prompt = state.render()
        #expect(prompt.lines[11] == "/lavrov")
        #expect(prompt.cursor?.x == 7)
        state.press(.enter)
        #expect(state.prompt == nil)
        #expect(state.view?.search?.matches.count == 4)
        #expect(state.message == "Match 1 of 4")
    }

    @Test func matchesAreHighlightedAndVisibleInMonochrome() throws {
        var state = opened()
        state.search("Lavrov")
        let frame = state.render()
        let row = try #require(frame.lines.firstIndex { $0.contains("Sergei Lavrov") })
        let column = Array(frame.lines[row]).firstIndex(of: "L")!
        #expect(frame[column, row].style.reverse)
        #expect(frame[column, row].style.underline)  // the current match
        #expect(!frame[column - 2, row].style.reverse)
    }

    @Test func nextAndPreviousWrapWithAMessage() {
        var state = opened()
        state.search("Lavrov")
        state.type("nnn")
        #expect(state.view?.search?.current == 3)
        state.type("n")
        #expect(state.view?.search?.current == 0)
        #expect(state.message == "Search wrapped to the top")
        state.type("N")
        #expect(state.view?.search?.current == 3)
        #expect(state.message == "Search wrapped to the bottom")
    }

    @Test func notFoundSaysSo() {
        var state = opened()
        state.type("/zebra")
        state.press(.enter)
        #expect(state.message == "Not found: zebra")
        #expect(state.render().lines[11].hasPrefix(" Not found: zebra"))
    }

    @Test func scrollsToAMatchOffScreen() {
        var state = opened()
        state.search("Old City")
        #expect(state.view!.top > 0)
        #expect(state.render().lines.contains { $0.contains("Old City") })
    }

    @Test func promptEditsUTF8ByCharacter() {
        var editor = LineEditor()
        for scalar in "cafe\u{301} 東".unicodeScalars { _ = editor.handle(.character(scalar)) }
        #expect(editor.text == "café 東")
        _ = editor.handle(.backspace)
        _ = editor.handle(.backspace)
        #expect(editor.text == "café")
        _ = editor.handle(.backspace)
        #expect(editor.text == "caf")
        _ = editor.handle(.home)
        _ = editor.handle(.character("X"))
        #expect(editor.text == "Xcaf")
        _ = editor.handle(.control("k"))
        #expect(editor.text == "X")
        editor.insert("line one\nline two")
        #expect(editor.text == "Xline one line two")
        _ = editor.handle(.control("w"))
        #expect(editor.text == "Xline one line ")
    }

    @Test func escapeCancelsThePrompt() {
        var state = opened()
        state.type("/abc")
        state.press(.escape)
        #expect(state.prompt == nil)
        #expect(state.screen.kind == .article)
    }

    @Test func searchFindsAcrossNoBreakSpaces() {
        #expect(TextSearch.matches(of: "igor konashenkov", in: Array("ministry spokesman\u{A0}Igor\u{A0}Konashenkov said".unicodeScalars)) == [19..<35])
    }
}
