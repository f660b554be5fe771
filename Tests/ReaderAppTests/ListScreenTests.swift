import Annotations
import Testing
@testable import ReaderApp

@Suite("Article list screen")
struct ListScreenTests {
    @Test func showsTitlesFilesAndWordCounts() {
        let frame = Fixtures.state(width: 80, height: 8).render()
        #expect(frame.lines[0] == " reader · 4 articles                                              analysing 0/4")
        #expect(frame.lines[1] == " Aleppo hospital hit by Assad regime airstrikes")
        #expect(frame.lines[2] == "   000_cef5231f6ba4b524.txt · 498 words · analysing… · 0 notes")
        #expect(frame.lines[3] == " Aleppo exodus grows as thousands more leave")
        #expect(frame.lines[7].hasPrefix(" j/k move · Enter open · ? help · q quit"))
        #expect(frame.lines[7].hasSuffix("1/4"))
    }

    @Test func figuresFillInAsAnalysesArrive() {
        var state = Fixtures.state(width: 80, height: 8)
        let entity = Entity(text: "Aleppo", type: .place, start: 0, end: 6)
        let claim = Claim(text: "5", kind: .count, value: 5, start: 10, end: 11)
        _ = state.update(.analyzed(index: 0, analysis: Analysis(entities: [entity, entity], claims: [claim])))
        let frame = state.render()
        #expect(frame.lines[0] == " reader · 4 articles                                              analysing 1/4")
        #expect(frame.lines[2] == "   000_cef5231f6ba4b524.txt · 498 words · 2 entities · 1 claim · 0 notes")
        #expect(frame.lines[4] == "   001_ac7699849b98daba.txt · 498 words · analysing… · 0 notes")
    }

    @Test func theOpenArticleIsAnalysedFirst() {
        var state = Fixtures.state()
        #expect(state.analysisPriority == 0)
        state.openArticle(2)
        #expect(state.analysisPriority == 2)
        _ = state.update(.analyzed(index: 2, analysis: Analysis()))
        #expect(state.analysisPriority == 0)
    }

    @Test func selectionIsReverseVideoAndMoves() {
        var state = Fixtures.state(width: 80, height: 8)
        #expect(state.render()[2, 1].style.reverse)
        #expect(state.render()[2, 2].style.reverse)
        state.type("j")
        #expect(!state.render()[2, 1].style.reverse)
        #expect(state.render()[2, 3].style.reverse)
        #expect(state.render()[2, 4].style.reverse)
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
        #expect(state.screen.kind == .article)
        #expect(state.view?.index == 1)
        state.type("q")
        #expect(state.screen.kind == .list)
        #expect(state.update(.key(.character("q"))) == .quit)
    }

    @Test func clickOpensTheRowUnderTheMouse() {
        var state = Fixtures.state()
        // Rows 1-2 are the first article, 3-4 the second, 5-6 the third.
        _ = state.update(.mouse(MouseEvent(action: .click, x: 5, y: 6)))
        #expect(state.screen.kind == .article)
        #expect(state.view?.index == 2)
    }

    @Test func narrowListTruncatesTitles() {
        let frame = Fixtures.state(width: 40, height: 8).render()
        #expect(frame.lines[1] == " Aleppo hospital hit by Assad regime a…")
        #expect(frame.lines[2] == "   000_cef5231f6ba4b524.txt · 498 words")
    }

    @Test func loadProblemsAreListedVisibly() {
        let corpus = Corpus(articles: Fixtures.seeds.articles,
                            problems: [LoadProblem(path: "x.bin", message: "looks binary")])
        let frame = Fixtures.state(corpus, width: 60, height: 12).render()
        #expect(frame.lines[9] == " ⚠ x.bin")
        #expect(frame.lines[10] == "   looks binary")
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
