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

    /// The one-pass byte scan finds the lines and words that scalar-by-scalar splitting finds,
    /// whatever the spaces (ASCII, no-break, ideographic, zero-width no-break) and line ends.
    @Test func linesAndWordsFromBytesMatchScalarSplitting() {
        let texts = ["", "\n", "one", "a\n\nb\n", "Title\r\n\tBody\u{0B}text\u{0C}end\n",
                     "Caf\u{E9}\u{A0}au\u{2009}lait\u{3000}\u{6771}\u{4EAC}\u{FEFF}x \u{1F44D}\u{1F3FD}\n\u{202F}z",
                     String(repeating: "Ministry said\u{A0}12 people\u{2002}died.\n\ncafe\u{301} \u{1F1FA}\u{1F1E6}\n", count: 20)]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let found = Article.linesAndWordCount(in: ScalarText(text))
            #expect(found.lines == Article.lines(in: scalars), "\(text.debugDescription)")
            #expect(found.words == Article.countWords(scalars), "\(text.debugDescription)")
        }
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
