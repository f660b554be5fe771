import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// Searching the whole corpus from the list: `S` opens the prompt, Enter asks the world, the
/// answer opens a panel of the articles found, Enter opens one at its match and n/N go on from there.
@Suite("Corpus search")
struct CorpusSearchTests {
    static let text = "Talks\n\nLavrov spoke first.\nThen Kerry.\nLater lavrov spoke again, and Lavrov left.\n"
    static let other = "Other\n\nNothing here \u{1B}[31m but Kerry.\n"

    func state() -> AppState {
        Fixtures.state(Fixtures.corpus(Self.text, Self.other), width: 60, height: 12)
    }

    @Test func capitalSInTheListOpensTheSearchPromptAndEnterAsksTheWorldToSearchTheCorpus() {
        var state = state()
        state.type("S")
        #expect(state.prompt != nil)
        state.type("Lavrov")
        #expect(state.render().lines.last?.hasPrefix("/Lavrov") == true)
        let command = state.update(.key(.enter))
        #expect(command == .searchCorpus("Lavrov"))
        #expect(state.prompt == nil)
        #expect(state.screen.kind == .list)
    }

    @Test func theResultsOpenAPanelWithTitleFileLineAndVisibleSnippet() throws {
        var state = state()
        let hits = CorpusSearchHit.substringHits(of: "kerry", in: state.records)
        #expect(hits.map(\.articleIndex) == [0, 1])
        state.update(.corpusSearchResults(query: "kerry", hits: hits))
        let panel = try #require(state.panel)
        #expect(panel.kind == .corpusSearch)
        let lines = state.render().lines
        #expect(Array(lines[1...5]) == [
            " Search \"kerry\": 2 articles",
            " Talks                                              0.txt:4",
            "   Then Kerry.",
            " Other                                              1.txt:3",
            "   Nothing here ␛[31m but Kerry.",
        ])
        #expect(lines[10].hasPrefix(" Enter: open it at the match (n/N: next, previous)"))
        // The escape character in the text is shown, never sent to the terminal.
        #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func noHitsSayNoArticleMatches() {
        var state = state()
        state.update(.corpusSearchResults(query: "zebra", hits: []))
        #expect(state.render().lines[1].hasPrefix(" Search \"zebra\": 0 articles"))
        #expect(state.render().lines[2].hasPrefix(" No article matches"))
    }

    @Test func enterOpensTheArticleAtTheHitAndNGoesToTheNextMatch() throws {
        var state = state()
        let scalars = state.articles[0].scalars
        // A hit on the third line's "lavrov" (as the index would place it): the first match from there.
        let offset = CorpusSearchHit.offset(line: 5, column: 7, in: scalars)
        let hit = CorpusSearchHit.hit(articleIndex: 0, at: offset, in: scalars)
        #expect(hit.line == 5)
        state.update(.corpusSearchResults(query: "Lavrov OR kerry*", hits: [hit]))
        state.press(.enter)
        #expect(state.screen.kind == .article)
        #expect(state.panel == nil)
        let search = try #require(state.view?.search)
        #expect(search.matches.count == 4)
        #expect(search.current == 2)
        #expect(state.message == "Match 3 of 4 (n/N for the others)")
        state.type("n")
        #expect(state.view?.search?.current == 3)
        #expect(state.message == "Match 4 of 4")
        state.type("N")
        state.type("N")
        #expect(state.message == "Match 2 of 4")
    }

    @Test func theQueryTermsLeaveOutOperatorsBracketsAndStars() {
        #expect(AppState.searchTerms(of: "Lavrov AND (Kerry OR \"foreign minister\") NOT evac*")
            == ["Lavrov", "Kerry", "foreign minister", "evac"])
        #expect(AppState.searchTerms(of: "title:Aleppo") == ["Aleppo"])
    }

    @Test func theCorpusSearchKeyIsInTheHelpAndCanBeRebound() throws {
        var state = Fixtures.state(Fixtures.corpus(Self.text, Self.other), width: 80, height: 24)
        state.type("?")
        #expect(state.render().lines.contains { $0.contains(" S ") && $0.contains("search every article") })
        let keyMap = try KeyMap(overrides: ["searchCorpus": "f"])
        #expect(keyMap.action(for: .character("f"), in: .list) == .searchCorpus)
        #expect(keyMap.action(for: .character("S"), in: .list) == nil)
        #expect(keyMap.action(for: .character("/"), in: .list) == .filterList)
        #expect(keyMap.action(for: .character("/"), in: .article) == .search)
    }

    @Test func throughTheLoopTheWorldAnswersTheSearchAndTheArticleOpensAtTheMatch() throws {
        let terminal = ScriptedTerminal(size: Size(width: 60, height: 12),
                                        script: [.type("Skerry"), .key(.enter), .key(.enter), .type("qq")])
        let world = InMemoryWorld(analyses: [:])
        var state = state()
        _ = AppLoop(terminal: terminal, world: world).run(&state)
        #expect(world.performed.contains(.searchCorpus("kerry")))
        let frames = terminal.frames
        #expect(frames.contains { $0.lines.contains { $0.hasPrefix(" Search \"kerry\": 2 articles") } })
        #expect(frames.contains { $0.lines.last?.hasPrefix(" Match 1 of 1") == true })
        #expect(frames.contains { $0.lines.first == " Talks" })
    }
}
