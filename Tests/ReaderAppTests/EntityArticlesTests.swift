import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// The entity panel's `a` when the world has a corpus index: the app asks (`.findMentions`) instead
/// of going through every analysis, shows the answer, and opens a chosen article (read or not yet)
/// at the entity's mentions once its analysis is there.
@Suite("Entity → articles through the index")
struct EntityArticlesTests {
    @Test func aAsksTheWorldAndTheAnswerListsArticlesNotYetReadOrAnalysed() throws {
        var records = Fixtures.corpus(HighlightTests.text, "Other\n\nNothing here.").articles.map(ArticleRecord.init(article:))
        records.append(ArticleRecord(summary: ArticleSummary(path: "t/2.txt", title: "Aleppo later", wordCount: 40)))
        var state = AppState(records: records, problems: [], size: Size(width: 60, height: 12))
        state.indexAnswersMentions = true
        state.openArticle(0)
        state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        state.type("e")
        #expect(state.update(.key(.character("a"))) == .findMentions(name: "Aleppo", type: .place))
        #expect(state.render().lines[2].hasPrefix(" Looking them up in the corpus index…"))
        state.update(.entityArticles(name: "Aleppo", type: .place, articles: [
            EntityMentionCount(articleIndex: 2, mentions: 5), EntityMentionCount(articleIndex: 0, mentions: 2),
        ]))
        let lines = state.render().lines
        #expect(lines[1].hasPrefix(" Articles that mention Aleppo (PLACE)"))
        #expect(lines[2].hasPrefix(" Aleppo later") && lines[2].hasSuffix("5× · 2.txt"))
        #expect(lines[3].hasSuffix("2× · 0.txt"))
        // The article not read yet: the world is asked to read it, and it opens at the mentions
        // once its analysis arrives.
        #expect(state.update(.key(.enter)) == .readArticle(2))
        state.update(.articleRead(index: 2, article: Article(path: "t/2.txt", text: HighlightTests.text), annotations: .loaded([])))
        #expect(state.view?.index == 2)
        #expect(state.view?.search == nil)
        state.update(.analyzed(index: 2, analysis: HighlightTests.analysis))
        #expect(state.view?.search?.query == "Aleppo")
        #expect(state.message == "Aleppo: mention 1 of 2 (n/N for the others)")
    }

    @Test func anAnswerForAnotherEntityOrAClosedPanelIsIgnored() {
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 60, height: 12))
        state.indexAnswersMentions = true
        state.openArticle(0)
        state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        state.type("e")
        state.type("a")
        state.update(.entityArticles(name: "Kerry", type: .person, articles: [EntityMentionCount(articleIndex: 0, mentions: 1)]))
        #expect(state.render().lines[2].hasPrefix(" Looking them up"))
        state.press(.escape)
        state.update(.entityArticles(name: "Aleppo", type: .place, articles: [EntityMentionCount(articleIndex: 0, mentions: 2)]))
        #expect(state.panel == nil)
    }
}
