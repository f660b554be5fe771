import Annotations
import Foundation
import Testing
@testable import ReaderApp

@Suite("Article screen")
struct ArticleScreenTests {
    func opened(width: Int = 40, height: Int = 12, article: Int = 0) -> AppState {
        var state = Fixtures.state(width: width, height: height)
        _ = state.update(.key(.character("j")))
        state.openArticle(article)
        return state
    }

    @Test func snapshotOfTheFirstSeed() {
        let frame = opened().render()
        #expect(frame.lines == [
            " Aleppo hospital hit by Assad regime air",
            " Aleppo hospital hit by Assad regime",
            " airstrikes",
            "",
            " Reuters",
            "",
            " Syria's army on Thursday halted its",
            " attacks in Aleppo to allow for trapped",
            " civilians to be evacuated, Russia's",
            " foreign minister announced.",
            " analysing…",
            " 000_cef5231f6ba4b524.txt      1/4 · 7%",
        ])
        #expect(frame[1, 1].style.bold)  // the title
        #expect(frame[1, 4].style.dim)  // the credit glued to the repeated title
    }

    @Test func scrollingKeys() {
        var state = opened()
        state.type("j")
        #expect(state.view?.top == 1)
        state.press(.pageDown)
        #expect(state.view?.top == 9)
        state.type("b")
        #expect(state.view?.top == 1)
        state.type("G")
        #expect(state.view?.top == state.maximumTop)
        #expect(state.percentRead == 100)
        state.press(.home)
        #expect(state.view?.top == 0)
        _ = state.update(.mouse(MouseEvent(action: .wheelDown, x: 3, y: 3)))
        #expect(state.view?.top == 3)
        state.press(.up)
        #expect(state.view?.top == 2)
    }

    @Test func nextAndPreviousArticle() {
        var state = opened()
        state.type("]")
        #expect(state.view?.index == 1)
        state.type("[[")
        #expect(state.view?.index == 0)
        #expect(state.message == "This is the first article")
    }

    @Test func lineBrokenMidSentenceIsJoined() {
        var state = opened(width: 200, height: 30, article: 1)
        state.search("others have")
        let text = state.render().lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("others have gone to areas under rebel control fearing arrest"))
    }

    @Test func wideCharactersTakeTwoCellsAndWrapByWidth() {
        let corpus = Fixtures.corpus("T\n\n東京東京東京東京東京東 café e\u{301}e 👍 end")
        var state = Fixtures.state(corpus, width: 22, height: 10)
        state.openArticle(0)
        let frame = state.render()
        // 20 text columns: ten wide characters fit, the eleventh wraps.
        #expect(frame.lines[3] == " 東京東京東京東京東京")
        #expect(frame.lines[4] == " 東 café e\u{301}e 👍 end")
        #expect(frame[1, 3].width == 2)
        #expect(frame[2, 3].width == 0)
        #expect(frame[9, 4].text == "e\u{301}")
    }

    @Test func resizeKeepsTheTopTextInView() {
        var state = opened(width: 80, height: 20)
        state.search("Rebels seized control")
        let before = state.render().lines[1]
        _ = state.update(.resize(Size(width: 40, height: 15)))
        let narrow = state.render().lines
        _ = state.update(.resize(Size(width: 80, height: 20)))
        let after = state.render().lines[1]
        #expect(before == after)
        #expect(narrow.contains { $0.contains("Rebels seized control") })
    }

    @Test func hugeSingleLineArticleScrollsToTheEnd() {
        let line = String(repeating: "word ", count: 200_000) + "THE END"
        var state = Fixtures.state(Fixtures.corpus("Title\n\n" + line), width: 80, height: 24)
        state.openArticle(0)
        state.type("G")
        #expect(state.render().lines.contains { $0.contains("THE END") })
    }

    @Test func controlCharactersInTheBodyAreVisible() {
        var state = Fixtures.state(Fixtures.corpus("T\n\nbell\u{07} esc\u{1B}[31m red\u{9B}"), width: 40, height: 8)
        state.openArticle(0)
        #expect(state.render().lines[3] == " bell␇ esc␛[31m red\u{FFFD}")
    }
}
