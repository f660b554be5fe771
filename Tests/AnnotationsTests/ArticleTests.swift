import Testing
@testable import Annotations

@Suite("Article parsing")
struct ArticleTests {
    @Test func titleIsFirstNonEmptyLine() {
        let article = Article(path: "a.txt", text: "\n\n  Headline here \n\nFirst paragraph.\n\nSecond.")
        #expect(article.title == "Headline here")
        #expect(article.blocks.count == 2)
        #expect(article.slice(article.blocks[0].range) == "First paragraph.")
    }

    @Test func repeatedTitleWithGluedCreditBecomesCredit() {
        let text = "Aleppo hospital hit\nAleppo hospital hit by airstrikesReuters\n\nBody."
        let article = Article(path: "a.txt", text: "Aleppo hospital hit\nAleppo hospital hitReuters\n\nBody.")
        #expect(article.blocks.first?.kind == .credit)
        #expect(article.slice(article.blocks[0].range) == "Reuters")
        // A second line that merely starts like the title but goes on as a sentence stays a paragraph.
        let other = Article(path: "b.txt", text: text)
        #expect(other.blocks.first?.kind == .paragraph)
    }

    @Test func exactRepeatOfTitleIsDropped() {
        let article = Article(path: "a.txt", text: "Title\nTitle\n\nBody.")
        #expect(article.blocks.count == 1)
        #expect(article.slice(article.blocks[0].range) == "Body.")
    }

    @Test func lineBrokenMidSentenceStaysOneParagraph() {
        let article = Article(path: "a.txt", text: "T\n\nareas under rebel\u{A0}\ncontrol fearing arrest.\n\nNext.")
        #expect(article.blocks.count == 2)
        #expect(article.slice(article.blocks[0].range) == "areas under rebel\u{A0}\ncontrol fearing arrest.")
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "T\n\n“Quoted” café 👍🏽 Lavrov"
        let article = Article(path: "a.txt", text: text)
        let start = Array(text.unicodeScalars).firstIndex(of: "L")!
        #expect(article.slice(start..<(start + 6)) == "Lavrov")
    }

    @Test func wordCount() {
        #expect(Article(path: "a.txt", text: "One two\u{A0}three\n\nfour").wordCount == 4)
    }

    @Test func seedsLoadWithTheirTitles() throws {
        let corpus = ArticleLoader.load(paths: [TestPaths.seeds])
        #expect(corpus.problems.isEmpty)
        #expect(corpus.articles.count == 4)
        #expect(corpus.articles[0].title == "Aleppo hospital hit by Assad regime airstrikes")
        #expect(corpus.articles[0].blocks[0].kind == .credit)
        #expect(corpus.articles[2].blocks[0].kind == .credit)
        #expect(corpus.articles[1].blocks[0].kind == .paragraph)
    }
}
