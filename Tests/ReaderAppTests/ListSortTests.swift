import Annotations
import Testing
@testable import ReaderApp

/// The list's sort key: path, title, date (newest first), claims and notes (most first), with the
/// same article kept selected, and next/previous article following the order shown.
@Suite("Sorting the article list")
struct ListSortTests {
    /// Three feed items and a plain file: dates in RSS and ISO forms, one without a date.
    static let corpus = Corpus(articles: [
        item("a.rss", "Zebra crossing opens", date: "Thu, 15 Dec 2016 09:30:00 GMT", id: "1"),
        item("b.rss", "apples for all", date: "2017-01-02T08:00:00Z", id: "2"),
        item("c.rss", "Market day", date: "Mon, 05 Dec 2016 10:00:00 GMT", id: "3"),
        Article(path: "d.txt", text: "Budget talks\n\nNo date here.\n"),
    ])

    static func item(_ path: String, _ title: String, date: String, id: String) -> Article {
        Article.extracted(path: path, text: "\(title)\n\nBody of \(title).\n",
                          metadata: ArticleMetadata(title: title, date: date, source: "Courier"), itemID: id, extractor: "feed/1")
    }

    func titles(_ state: AppState) -> [String] {
        let frame = state.render()
        return stride(from: 1, to: frame.lines.count - 1, by: 2).map { frame.lines[$0].trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    @Test func sCyclesPathTitleDateClaimsNotesAndBack() {
        var state = Fixtures.state(Self.corpus, width: 80, height: 12)
        #expect(titles(state) == ["Zebra crossing opens", "apples for all", "Market day", "Budget talks"])
        state.update(.key(.character("s")))
        #expect(state.listSort == .title)
        #expect(titles(state) == ["apples for all", "Budget talks", "Market day", "Zebra crossing opens"])
        #expect(state.render().lines[0].hasPrefix(" reader · 4 articles · by title"))
        state.update(.key(.character("s")))
        // Newest first across RSS and ISO forms; the article without a date last.
        #expect(titles(state) == ["apples for all", "Zebra crossing opens", "Market day", "Budget talks"])
        #expect(state.render().lines[0].hasPrefix(" reader · 4 articles · newest first"))
        for _ in 0..<3 { state.update(.key(.character("s"))) }
        #expect(state.listSort == .path)
        #expect(titles(state) == ["Zebra crossing opens", "apples for all", "Market day", "Budget talks"])
    }

    @Test func theSelectedArticleStaysSelectedAndMovingFollowsTheOrderShown() {
        var state = Fixtures.state(Self.corpus, width: 80, height: 12)
        state.update(.key(.character("j")))  // "apples for all", article 1
        state.update(.key(.character("s")))
        state.update(.key(.character("s")))  // newest first: apples is now on top
        #expect(state.selected == 1)
        #expect(state.selectedPosition == 0 && state.message == "Sorted newest first")
        state.update(.key(.character("j")))
        #expect(state.selected == 0, "the row below is the Zebra article, index 0")
        state.update(.key(.enter))
        state.update(.key(.character("]")))
        #expect(state.view?.index == 2, "the next article in the list's order: Market day")
        state.update(.key(.character("[")))
        state.update(.key(.character("[")))
        #expect(state.view?.index == 1)
    }

    @Test func byClaimsTheOrderFollowsAnalysesAsTheyArrive() {
        var state = Fixtures.state(Self.corpus, width: 80, height: 12)
        for _ in 0..<3 { state.update(.key(.character("s"))) }
        #expect(state.listSort == .claims)
        let claim = Claim(text: "5", kind: .count, value: 5, start: 0, end: 1)
        state.update(.analyzed(index: 2, analysis: Analysis(entities: [], claims: [claim, claim])))
        state.update(.analyzed(index: 3, analysis: Analysis(entities: [], claims: [claim])))
        #expect(titles(state) == ["Market day", "Budget talks", "Zebra crossing opens", "apples for all"])
    }

    /// Re-sorting the whole list after every analysis would be quadratic on a large corpus: by claims,
    /// the order catches up as the analysed count doubles (1, 2, 4, …) and when the last one arrives.
    @Test func byClaimsTheOrderCatchesUpAsTheAnalysedCountDoublesAndAtTheEnd() {
        var state = Fixtures.state(Self.corpus, width: 80, height: 12)
        for _ in 0..<3 { state.update(.key(.character("s"))) }
        let claim = Claim(text: "5", kind: .count, value: 5, start: 0, end: 1)
        func analysis(_ claims: Int) -> Analysis { Analysis(entities: [], claims: Array(repeating: claim, count: claims)) }
        state.update(.analyzed(index: 0, analysis: analysis(1)))
        state.update(.analyzed(index: 1, analysis: analysis(2)))
        #expect(titles(state) == ["apples for all", "Zebra crossing opens", "Market day", "Budget talks"], "2 analysed: sorted")
        state.update(.analyzed(index: 2, analysis: analysis(5)))
        #expect(titles(state) == ["apples for all", "Zebra crossing opens", "Market day", "Budget talks"], "3: not yet")
        state.update(.analyzed(index: 3, analysis: analysis(3)))
        #expect(titles(state) == ["Market day", "Budget talks", "apples for all", "Zebra crossing opens"], "all analysed: sorted")
    }

    @Test func datesShowShortWhateverFormTheSourceUsed() {
        let state = Fixtures.state(Self.corpus, width: 80, height: 12)
        #expect(state.render().lines[2].hasPrefix("   a.rss · Courier · 2016-12-15 · "))
        #expect(state.render().lines[4].hasPrefix("   b.rss · Courier · 2017-01-02 · "))
    }

    @Test func theArticleStatusLineShowsThePagesAddress() {
        let page = Article.extracted(path: "page.html", text: "Title\n\nBody text here.\n",
                                     metadata: ArticleMetadata(title: "Title", url: "https://example.org/news/1"),
                                     itemID: nil, extractor: "html/1")
        var state = Fixtures.state(Corpus(articles: [page]), width: 80, height: 8)
        state.update(.key(.enter))
        #expect(state.render().lines.last?.hasPrefix(" page.html · https://example.org/news/1") == true)
    }
}
