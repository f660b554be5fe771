import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// A list drawn from the corpus index: records that hold only what the index knows (title, words,
/// counts) until the article's file is read, when it is opened or by the background work.
@Suite("Records known by their summary")
struct SummaryRecordTests {
    static let articles = [Article(path: "c/a.txt", text: "Alpha title\n\nAlpha text about Kerry.\n"),
                           Article(path: "c/b.txt", text: "Beta title\n\nBeta text.\n")]

    func state() -> AppState {
        let indexed = ArticleSummary(path: "c/a.txt", title: "Alpha title", wordCount: 6,
                                     indexedCounts: (entities: 1, claims: 0))
        let records = [ArticleRecord(summary: indexed),
                       ArticleRecord(summary: ArticleSummary(path: "c/b.txt", title: nil, wordCount: nil))]
        var state = AppState(records: records, problems: [LoadProblem(path: "c/x.txt", message: "binary (holds NUL bytes)")],
                             size: Size(width: 60, height: 10), colorMode: .none)
        state.backgroundWork = "indexing"
        return state
    }

    @Test func theListShowsWhatTheIndexKnowsAndHowFarTheReadingIs() {
        let lines = state().render().lines
        #expect(lines[0] == " reader · 2 articles                         indexing 0 / 2")
        #expect(lines[1] == " Alpha title")
        #expect(lines[2] == "   a.txt · 6 words · 1 entity · 0 claims · 0 notes")
        // A file new since the index was made: its name until it is read.
        #expect(lines[3] == " b.txt")
        #expect(lines[4] == "   b.txt · reading… · 0 notes")
        #expect(lines[5] == " ⚠ c/x.txt")
    }

    @Test func openingAnArticleNotReadAsksTheWorldAndOpensWhenTheTextArrives() {
        var state = state()
        #expect(state.update(.key(.enter)) == .readArticle(0))
        #expect(state.screen.kind == .list)
        state.update(.articleRead(index: 0, article: Self.articles[0], annotations: .loaded([])))
        #expect(state.view?.index == 0)
        #expect(state.render().lines.contains { $0.contains("Alpha text about Kerry.") })
    }

    @Test func aFileReadBehindTheListGivesItsTitleAndAnalysis() {
        var state = state()
        state.update(.articleRead(index: 1, article: Self.articles[1], annotations: .loaded([])))
        state.update(.analyzed(index: 1, analysis: Analysis()))
        let lines = state.render().lines
        #expect(lines[0].hasSuffix("indexing 1 / 2"))
        #expect(lines[3] == " Beta title")
        #expect(lines[4] == "   b.txt · 4 words · 0 entities · 0 claims · 0 notes")
    }

    @Test func anUnreadableFileKeepsItsIndexedTitleAndOpeningItSaysWhy() {
        let terminal = ScriptedTerminal(size: Size(width: 60, height: 10), script: [.key(.enter), .type("q")])
        let world = InMemoryWorld(analyses: [:])
        var state = state()
        _ = AppLoop(terminal: terminal, world: world).run(&state)
        #expect(world.performed == [.readArticle(0)])
        #expect(state.screen.kind == .list)
        let lines = terminal.frames[1].lines
        #expect(lines[9].hasPrefix(" Cannot open c/a.txt: permission denied"))
        #expect(lines[1] == "!Alpha title")
        #expect(lines[2] == "   a.txt · permission denied")
        #expect(lines[0].hasSuffix("indexing 1 / 2"))
    }

    @Test func theFilterOverRecordsNotReadFindsOnlyTheReadOnes() {
        var state = state()
        state.update(.articleRead(index: 0, article: Self.articles[0], annotations: .loaded([])))
        let hits = CorpusSearchHit.substringHits(of: "text", in: state.records)
        #expect(hits.map(\.articleIndex) == [0])
        #expect(state.articles.map(\.path) == ["c/a.txt"])
    }
}

extension SummaryRecordTests {
    @Test func sortingByClaimsUsesTheIndexedCountsUntilTheAnalysisArrives() {
        let records = [ArticleRecord(summary: ArticleSummary(path: "c/a.txt", title: "A", wordCount: 5, indexedCounts: (entities: 0, claims: 1))),
                       ArticleRecord(summary: ArticleSummary(path: "c/b.txt", title: "B", wordCount: 5, indexedCounts: (entities: 0, claims: 7))),
                       ArticleRecord(summary: ArticleSummary(path: "c/c.txt", title: nil, wordCount: nil))]
        var state = AppState(records: records, problems: [], size: Size(width: 60, height: 10))
        while state.listSort != .claims { state.type("s") }
        #expect(state.listOrder == [1, 0, 2])
    }
}

extension SummaryRecordTests {
    @Test func countsFromTheIndexArriveAfterTheFirstScreen() {
        var state = state()
        state.update(.indexedCounts([1: AnalysisCounts(entities: 3, claims: 2)]))
        #expect(state.render().lines[4] == "   b.txt · 3 entities · 2 claims · 0 notes")
    }
}
