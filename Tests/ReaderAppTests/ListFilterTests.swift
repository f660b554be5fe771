import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// The list filtered as you type (`/`): each change asks the world, the answer shows only the
/// articles that match with the line around the match, Enter opens one at its match, Esc clears.
@Suite("List filter")
struct ListFilterTests {
    static let text = CorpusSearchTests.text
    static let other = CorpusSearchTests.other
    static let third = "Weather\n\nRain all week.\n"

    func state() -> AppState {
        Fixtures.state(Fixtures.corpus(Self.text, Self.other, Self.third), width: 60, height: 12)
    }

    /// What a world without an index answers: the read articles holding the query.
    func answer(_ query: String, in state: AppState) -> InputEvent {
        .listFilterResults(query: query, hits: CorpusSearchHit.substringHits(of: query, in: state.records), problem: nil)
    }

    @Test func eachKeyTypedAsksForTheArticlesMatchingTheLineSoFar() {
        var state = state()
        #expect(state.update(.key(.character("/"))) == .none)
        #expect(state.update(.key(.character("k"))) == .filterList("k"))
        #expect(state.update(.key(.character("e"))) == .filterList("ke"))
        #expect(state.update(.key(.backspace)) == .filterList("k"))
        #expect(state.update(.key(.backspace)) == .none)
        #expect(state.listFilter?.editing == true)
        // Backspace on the empty line leaves the filter, as in the search prompt.
        #expect(state.update(.key(.backspace)) == .none)
        #expect(state.listFilter == nil)
    }

    @Test func theAnswerShowsOnlyTheMatchingArticlesEachWithItsMatchedLine() {
        var state = state()
        state.type("/kerry")
        state.update(answer("kerry", in: state))
        let lines = state.render().lines
        #expect(lines[0].hasPrefix(" reader · 2 of 3 articles"))
        #expect(Array(lines[1...4]) == [
            " Talks",
            "   0.txt:4 · Then Kerry.",
            " Other",
            "   1.txt:3 · Nothing here ␛[31m but Kerry.",
        ])
        #expect(!lines.contains { $0.contains("Weather") })
        #expect(lines[11].hasPrefix("/kerry"))
        #expect(lines[11].hasSuffix("2 articles · Enter open · Esc clear"))
        #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 })
    }

    /// While the index's texts for search are still going in, the filter's line says how much of
    /// the corpus the answer covers; once all are in, it says nothing more.
    @Test func anAnswerFromAPartlyFilledSearchIndexSaysHowMuchItCovered() {
        var state = Fixtures.state(Fixtures.corpus(Self.text, Self.other, Self.third), width: 100, height: 12)
        state.type("/kerry")
        state.update(answer("kerry", in: state))
        state.update(.searchCoverage("search index: 40,000 / 100,000 articles"))
        #expect(state.render().lines[11].hasSuffix("2 articles · search index: 40,000 / 100,000 articles · Enter open · Esc clear"))
        state.update(.searchCoverage(nil))
        #expect(state.render().lines[11].hasSuffix("2 articles · Enter open · Esc clear"))
    }

    @Test func anAnswerToAnOlderLineIsIgnored() {
        var state = state()
        state.type("/kerry")
        state.update(answer("ker", in: state))
        #expect(state.listOrder == [0, 1, 2])
        state.update(answer("kerry", in: state))
        #expect(state.listOrder == [0, 1])
    }

    @Test func aQueryTheIndexRejectsIsSaidBesideTheLineAndTheLastArticlesStay() {
        var state = state()
        state.type("/kerry")
        state.update(answer("kerry", in: state))
        state.type(" \"")
        state.update(.listFilterResults(query: "kerry \"", hits: [], problem: "not understood: unterminated string"))
        let lines = state.render().lines
        #expect(lines[11].hasPrefix("/kerry \""))
        #expect(lines[11].hasSuffix("not understood: unterminated string"))
        #expect(state.listOrder == [0, 1])
        #expect(state.message == nil)
    }

    @Test func enterOpensTheSelectedArticleAtItsMatchAndNGoesOn() throws {
        var state = state()
        state.type("/lavrov")
        state.update(answer("lavrov", in: state))
        #expect(state.update(.key(.enter)) == .none)
        #expect(state.screen.kind == .article)
        let search = try #require(state.view?.search)
        #expect(search.matches.count == 3)
        #expect(search.current == 0)
        #expect(state.message == "Match 1 of 3 (n/N for the others)")
        state.type("n")
        #expect(state.view?.search?.current == 1)
    }

    @Test func downMovesWhileTypingAndEscClearsBackToTheWholeList() {
        var state = state()
        state.type("/kerry")
        state.update(answer("kerry", in: state))
        state.press(.down)
        #expect(state.selected == 1)
        state.press(.enter)
        #expect(state.view?.index == 1)
        state.type("q")
        // Back on the list, the filter stays until Esc.
        #expect(state.listOrder == [0, 1])
        #expect(state.render().lines[11].hasPrefix("/kerry"))
        state.press(.escape)
        #expect(state.listFilter == nil)
        #expect(state.listOrder == [0, 1, 2])
        #expect(state.selected == 1)
        #expect(state.render().lines[0].hasPrefix(" reader · 3 articles"))
    }

    @Test func throughTheLoopTheWorldAnswersEveryKeyAndEnterOpensAtTheMatch() {
        let terminal = ScriptedTerminal(size: Size(width: 60, height: 12),
                                        script: [.type("/kerr"), .key(.enter), .type("qq")])
        let world = InMemoryWorld(analyses: [:])
        var state = state()
        _ = AppLoop(terminal: terminal, world: world).run(&state)
        #expect(world.performed == [.filterList("k"), .filterList("ke"), .filterList("ker"), .filterList("kerr")])
        #expect(terminal.frames.contains { $0.lines.first?.hasPrefix(" reader · 2 of 3 articles") == true })
        #expect(terminal.frames.contains { $0.lines.last?.hasPrefix(" Match 1 of 1") == true })
    }
}

extension ListFilterTests {
    @Test func ctrlCWhileTypingAFilterClearsItInsteadOfQuitting() {
        let terminal = ScriptedTerminal(size: Size(width: 60, height: 12),
                                        script: [.type("/kerr"), .signal(SIGINT), .type("q")])
        let world = InMemoryWorld(analyses: [:])
        var state = state()
        let exit = AppLoop(terminal: terminal, world: world).run(&state)
        #expect(exit == .quit)
        #expect(terminal.frames.last?.lines.first?.hasPrefix(" reader · 3 articles") == true)
    }
}
