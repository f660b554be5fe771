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
}
