import Annotations
import Testing
@testable import ReaderApp

/// A list drawn from the corpus index at once, then the scan behind it: files added, gone and
/// changed since the index update the list, and what the user did meanwhile stays.
@Suite("The list from the index, then the scan's changes")
struct ListChangesTests {
    static let paths = ["c/b.txt", "c/d.txt", "c/f.txt", "c/h.txt"]

    func state(height: Int = 14) -> AppState {
        let records = Self.paths.enumerated().map { place, path in
            ArticleRecord(summary: ArticleSummary(path: path, title: "Title \(path.dropFirst(2).prefix(1))", wordCount: 10 + place,
                                                  indexedCounts: (entities: 1, claims: place)))
        }
        var state = AppState(records: records, problems: [LoadProblem(path: "c/x.txt", message: "binary (holds NUL bytes)")],
                             size: Size(width: 60, height: height), colorMode: .none)
        state.backgroundWork = "indexing"
        return state
    }

    func titles(_ state: AppState) -> [String] {
        state.listOrder.map { state.records[$0].summary.shownTitle }
    }

    @Test func addedFilesJoinTheListInPathOrderAndGoneOnesLeaveIt() {
        var state = state()
        state.update(.listChanged(ListChanges(added: [ArticleSummary(path: "c/a.txt", title: nil, wordCount: nil),
                                                      ArticleSummary(path: "c/e.txt", title: nil, wordCount: nil)],
                                              gone: [1])))
        #expect(titles(state) == ["a.txt", "Title b", "e.txt", "Title f", "Title h"])
        // The records keep their indices: the added ones follow.
        #expect(state.records.count == 6)
        #expect(state.listOrder == [4, 0, 5, 2, 3])
        let lines = state.render().lines
        #expect(lines[0] == " reader · 5 articles                         indexing 0 / 5")
        #expect(lines[1] == " a.txt")
        #expect(lines[2] == "   a.txt · reading… · 0 notes")
        #expect(!lines.contains { $0.contains("Title d") })
    }

    @Test func anAddedFileReadBehindTheListGetsItsTitleAndTheWorkCountsOnlyListedFiles() {
        var state = state()
        state.update(.listChanged(ListChanges(added: [ArticleSummary(path: "c/a.txt", title: nil, wordCount: nil)], gone: [1])))
        state.update(.articleRead(index: 4, article: Article(path: "c/a.txt", text: "New one\n\nFresh words.\n"),
                                  annotations: .loaded([])))
        state.update(.analyzed(index: 4, analysis: Analysis()))
        // A gone file's result (read before the scan was in) changes nothing.
        state.update(.articleRead(index: 1, article: Article(path: "c/d.txt", text: "Old\n\nGone.\n"), annotations: .loaded([])))
        state.update(.analyzed(index: 1, analysis: Analysis()))
        let lines = state.render().lines
        #expect(lines[0].hasSuffix("indexing 1 / 4"))
        #expect(lines[1] == " New one")
        #expect(state.analysisPriority == 0)
        for index in [0, 2, 3] {
            state.update(.articleRead(index: index, article: Article(path: Self.paths[index], text: "T\n\nx.\n"), annotations: .loaded([])))
            state.update(.analyzed(index: index, analysis: Analysis()))
        }
        #expect(state.analysisPriority == nil)
        #expect(!state.render().lines[0].contains("indexing"))
    }

    @Test func aChangedFileLosesItsStoredCountsAndProblemsFollowTheScan() {
        var state = state()
        state.update(.listChanged(ListChanges(changed: [2], goneProblems: ["c/x.txt"],
                                              addedProblems: [LoadProblem(path: "c/y.txt", message: "cannot be read")])))
        #expect(state.records[2].summary.indexedCounts == nil)
        #expect(state.records[1].summary.indexedCounts?.claims == 1)
        // The index's counts read behind the list, arriving after the scan, are not the changed file's.
        state.update(.indexedCounts([1: AnalysisCounts(entities: 4, claims: 5), 2: AnalysisCounts(entities: 6, claims: 7)]))
        #expect(state.records[2].summary.indexedCounts == nil)
        #expect(state.records[1].summary.indexedCounts?.claims == 5)
        #expect(state.problems.map(\.path) == ["c/y.txt"])
    }

    @Test func theSelectionStaysOnItsArticleOrMovesToTheNextWhenItsFileIsGone() {
        var state = state()
        state.type("jj")
        #expect(state.selected == 2)
        state.update(.listChanged(ListChanges(added: [ArticleSummary(path: "c/a.txt", title: nil, wordCount: nil)])))
        #expect(state.selected == 2)
        #expect(state.article(atPosition: state.selectedPosition) == 2)
        #expect(state.render().lines[7] == " Title f")
        state.update(.listChanged(ListChanges(gone: [2])))
        // The article listed where it was.
        #expect(state.selected == 3)
        #expect(state.article(atPosition: state.selectedPosition) == 3)
        #expect(state.render().lines[7] == " Title h")
    }

    @Test func theFilterKeepsItsRankingAndLosesOnlyGoneArticles() {
        var state = state()
        state.type("/tit")
        let hits = [3, 1, 0].map { CorpusSearchHit(articleIndex: $0, line: 1, column: 1, snippet: "Title") }
        state.update(.listFilterResults(query: "tit", hits: hits, problem: nil))
        #expect(state.listOrder == [3, 1, 0])
        state.update(.listChanged(ListChanges(added: [ArticleSummary(path: "c/a.txt", title: nil, wordCount: nil)], gone: [1])))
        #expect(state.listOrder == [3, 0])
        #expect(state.listFilter?.query == "tit")
        #expect(state.listFilter?.editing == true)
        #expect(state.render().lines[0].hasPrefix(" reader · 2 of 4 articles"))
        // Leaving the filter shows the whole list in path order, the new file in its place.
        state.press(.escape)
        #expect(titles(state) == ["a.txt", "Title b", "Title f", "Title h"])
    }

    @Test func theOpenArticleWhoseFileIsGoneStaysOpenMarkedAndLeavesTheListOnceClosed() {
        var state = state()
        state.type("j")
        #expect(state.update(.key(.enter)) == .readArticle(1))
        state.update(.articleRead(index: 1, article: Article(path: "c/d.txt", text: "Dee\n\nStill here.\n"), annotations: .loaded([])))
        #expect(state.view?.index == 1)
        state.update(.listChanged(ListChanges(gone: [1, 3])))
        #expect(state.view?.index == 1)
        #expect(state.render().lines.contains { $0.contains("Still here.") })
        #expect(state.message == "This article's file is gone or changed since the index: it stays open, and leaves the list once closed")
        // Still listed while open, marked, so the list shows where the reader is.
        #expect(titles(state) == ["Title b", "Dee", "Title f"])
        #expect(state.listDetails(1).contains("file gone or changed: leaves the list once closed"))
        state.type("q")
        #expect(state.view == nil)
        #expect(titles(state) == ["Title b", "Title f"])
        // The selection moves to the article listed where it was.
        #expect(state.selected == 2)
        #expect(state.render().lines[0].hasPrefix(" reader · 2 articles"))
    }

    @Test func anOpenItemOfAFeedListedAnewLeavesTheListWhenAnotherArticleIsOpened() {
        var old = ArticleSummary(path: "c/wire.rss", title: "Old item", wordCount: 5)
        old.item = "a1"
        var state = AppState(records: [ArticleRecord(summary: ArticleSummary(path: "c/b.txt", title: "Title b", wordCount: 3)),
                                       ArticleRecord(summary: old)],
                             problems: [], size: Size(width: 60, height: 14), colorMode: .none)
        state.type("j")
        #expect(state.update(.key(.enter)) == .readArticle(1))
        var article = Article(path: "c/wire.rss", text: "Old item\n\nAs it was.\n")
        article.itemID = "a1"
        state.update(.articleRead(index: 1, article: article, annotations: .loaded([])))
        // The feed changed: its items are listed anew, the open one among them.
        var new = ArticleSummary(path: "c/wire.rss", title: "Old item", wordCount: 7)
        new.item = "a1"
        var added = ArticleSummary(path: "c/wire.rss", title: "New item", wordCount: 4)
        added.item = "a2"
        state.update(.listChanged(ListChanges(added: [new, added], gone: [1])))
        #expect(state.view?.index == 1)
        #expect(titles(state) == ["Title b", "Old item", "Old item", "New item"])
        // Another article opened from the article (the next in the list): the old item leaves.
        #expect(state.update(.key(.character("]"))) == .readArticle(2))
        state.update(.articleRead(index: 2, article: article, annotations: .loaded([])))
        #expect(state.view?.index == 2)
        #expect(titles(state) == ["Title b", "Old item", "New item"])
        #expect(state.listOrder == [0, 2, 3])
    }

    @Test func sortingByTitleTakesTheAddedFilesToo() {
        var state = state()
        state.update(.listChanged(ListChanges(added: [ArticleSummary(path: "c/z.txt", title: "Alpha", wordCount: 3)], gone: [0])))
        state.type("s")
        #expect(state.listSort == .title)
        #expect(titles(state) == ["Alpha", "Title d", "Title f", "Title h"])
    }
}
