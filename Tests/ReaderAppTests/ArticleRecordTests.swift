import Annotations
import Testing
@testable import ReaderApp

/// An article's analysis, annotations, sidecar state and draft live in one record.
@Suite("Article records")
struct ArticleRecordTests {
    @Test func whatArrivesForOneArticleLandsInItsRecordOnly() throws {
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text, "Other\n\nText.\n"), size: Size(width: 60, height: 16))
        state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        state.update(.annotations(index: 1, update: .refused("t/1.annotations.json is not valid JSON")))
        let article = try #require(state.records[0].article)
        let annotation = Annotation.make(article: article, range: try #require(article.occurrences(of: "Aleppo").first))
        state.update(.annotations(index: 0, update: .loaded([annotation])))
        state.drafts = [1: NoteDraft(start: 0, end: 5, quote: "Other", tags: "", note: "later")]
        #expect(state.records[0].analysis != nil && state.records[1].analysis == nil)
        #expect(state.records[0].annotations.map(\.annotation) == [annotation] && state.records[1].annotations.isEmpty)
        #expect(state.records[0].sidecarProblem == nil)
        #expect(state.records[1].sidecarProblem == "t/1.annotations.json is not valid JSON")
        #expect(state.records[0].draft == nil && state.records[1].draft?.note == "later")
        #expect(state.draftCount == 1 && state.analysisPriority == 1)
        // A good answer for the broken sidecar clears its problem.
        state.update(.annotations(index: 1, update: .loaded([])))
        #expect(state.records[1].sidecarProblem == nil)
    }

    /// A title beyond ASCII, with control characters in it (an escape, a bell, a tab).
    static let title = "Ünïcödé café 日本語 \u{1B}[31mred\u{7}\tend"

    @Test func aRecordWithoutItsArticleStaysSmallAndOneWithItGivesItBack() throws {
        let summary = ArticleSummary(path: "c/ünï.txt", title: Self.title, wordCount: 3)
        var record = ArticleRecord(summary: summary)
        // A list of 100,000 records holds few articles: a record has room for a pointer to one, not
        // for the article itself.
        #expect(MemoryLayout<ArticleRecord>.stride < MemoryLayout<ArticleSummary>.stride + MemoryLayout<Article>.stride)
        #expect(record.article == nil && record.summary == summary)
        let article = Article(path: "c/ünï.txt", text: Self.title + "\n\nSome text about Aleppo.\n")
        var copy = record
        copy.article = article
        #expect(copy.article == article && copy.article?.title == article.title)
        #expect(record.article == nil)
        record.article = Article(path: "c/ünï.txt", text: "Other\n\nText.\n")
        #expect(copy.article == article && record.article?.title == "Other")
        copy.article = nil
        #expect(copy.article == nil && record.article?.title == "Other")
        let read = ArticleRecord(article: article)
        #expect(read.article == article && read.summary == ArticleSummary(article: article))
    }
}
