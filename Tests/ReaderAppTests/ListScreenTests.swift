import Annotations
import Testing
@testable import ReaderApp

@Suite("Article list screen")
struct ListScreenTests {
    @Test func showsTitlesFilesAndWordCounts() {
        let frame = Fixtures.state(width: 80, height: 8).render()
        #expect(frame.lines[0] == " reader · 4 articles")
        #expect(frame.lines[1].hasPrefix(" Aleppo hospital hit by Assad regime air…"))
        #expect(frame.lines[1].contains("000_cef5231f6ba4b524.txt"))
        #expect(frame.lines[1].hasSuffix("498 words"))
        #expect(frame.lines[7].hasPrefix(" j/k move · Enter open · ? help · q quit"))
        #expect(frame.lines[7].hasSuffix("1/4"))
    }

    @Test func selectionIsReverseVideoAndMoves() {
        var state = Fixtures.state(width: 80, height: 8)
        #expect(state.render()[2, 1].style.reverse)
        state.type("j")
        #expect(!state.render()[2, 1].style.reverse)
        #expect(state.render()[2, 2].style.reverse)
        state.press(.end)
        #expect(state.selected == 3)
        state.press(.down)
        #expect(state.selected == 3)
        state.type("g")
        #expect(state.selected == 0)
    }

    @Test func enterOpensAndQQuits() {
        var state = Fixtures.state()
        state.type("j")
        state.press(.enter)
        #expect(state.screen == .article)
        #expect(state.view?.index == 1)
        state.type("q")
        #expect(state.screen == .list)
        #expect(state.update(.key(.character("q"))) == .quit)
    }

    @Test func clickOpensTheRowUnderTheMouse() {
        var state = Fixtures.state()
        _ = state.update(.mouse(MouseEvent(action: .click, x: 5, y: 3)))
        #expect(state.screen == .article)
        #expect(state.view?.index == 2)
    }

    @Test func narrowListDropsTheFileColumn() {
        let frame = Fixtures.state(width: 40, height: 8).render()
        #expect(!frame.lines[1].contains("000_cef"))
        #expect(frame.lines[1].hasSuffix("498 words"))
    }

    @Test func loadProblemsAreListedVisibly() {
        let corpus = Corpus(articles: Fixtures.seeds.articles,
                            problems: [LoadProblem(path: "x.bin", message: "looks binary")])
        let frame = Fixtures.state(corpus, width: 60, height: 9).render()
        #expect(frame.lines[5] == " ⚠ x.bin: looks binary")
    }

    @Test func tooSmallTerminalSaysSo() {
        let frame = Fixtures.state(width: 15, height: 4).render()
        #expect(frame.lines[0] == "Too small")
        #expect(frame.lines[1] == "15x4, need")
    }

    @Test func controlCharactersInTitlesAreShownNotSent() {
        let corpus = Fixtures.corpus("Evil\u{1B}[2J title\u{07}\n\nBody")
        let frame = Fixtures.state(corpus, width: 40, height: 6).render()
        #expect(frame.lines[1].hasPrefix(" Evil␛[2J title␇"))
        #expect(!frame.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }
}
