import Foundation
import Testing
@testable import Annotations

/// The news formats, read from fixtures written for the project (Tests/Fixtures/formats).
@Suite("Reading HTML, feeds, JSON Lines and Markdown")
struct FormatReaderTests {
    static let fixtures = TestPaths.packageRoot + "/Tests/Fixtures/formats/"

    @Test func newsPageKeepsTheArticleAndDropsThePage() throws {
        let contents = ArticleLoader.loadSource(Self.fixtures + "news-page.html")
        #expect(contents.problems.isEmpty)
        let article = try #require(contents.articles.first)
        #expect(article.text == """
            Council approves river bridge plan

            The town council voted 7–2 on Tuesday to approve a £4.5m plan for a new footbridge over the river, ending a debate that has run since 2019.

            Councillor Jane Hill said the café owners on both banks had “waited long enough” & welcomed the vote.

            Opponents said the €5m estimate of 2024 showed how costs had risen.

            What happens next

            Work starts in June, the council said.

            The bridge should open by spring 2027.

            It is a good day for the town, said the mayor, [31mred[0m.

            """)
        // libxml2 drops the escape characters of the hostile quote; what is left is harmless text.
        #expect(!article.text.unicodeScalars.contains("\u{1B}"))
        #expect(article.title == "Council approves river bridge plan")
        #expect(article.metadata == ArticleMetadata(title: "Council approves river bridge plan", byline: "Maria Ortiz",
                                                    date: "2026-03-14T09:30:00Z", source: "The Valley Courier",
                                                    url: "https://courier.example/news/2026/03/bridge-plan"))
        #expect(article.extractor == "html/1; charset=windows-1252")
        #expect(article.itemID == nil)
    }

    @Test func rssItemsAreArticlesWithTheirOwnIDs() throws {
        let contents = ArticleLoader.loadSource(Self.fixtures + "feed.rss")
        #expect(contents.problems.isEmpty)
        #expect(contents.articles.count == 2)
        let first = try #require(contents.articles.first)
        #expect(first.text == """
            Flood defences finished & tested

            Engineers finished the flood defences on Sunday after 18 months of work.

            The wall protects about 1,200 homes, the agency said.

            """)
        #expect(first.itemID == "courier-1001")
        #expect(first.metadata == ArticleMetadata(title: "Flood defences finished & tested", byline: "Sam Lee",
                                                  date: "Mon, 16 Mar 2026 08:00:00 GMT", source: "Valley Courier: News",
                                                  url: "https://courier.example/news/flood-defences"))
        let second = contents.articles[1]
        #expect(second.text == "Library reopens\n\nThe library reopened on Tuesday with 40 new computers.\n\nHostile [31m text stays visible.\n")
        #expect(second.itemID == "https://courier.example/news/library")
        #expect(second.metadata.url == "https://courier.example/news/library")
    }

    @Test func atomEntryWithXHTMLContent() throws {
        let contents = ArticleLoader.loadSource(Self.fixtures + "feed.atom")
        #expect(contents.problems.isEmpty)
        let entry = try #require(contents.articles.first)
        // The title's escaped escape (`&amp;#27;`) is decoded and dropped by the HTML parser.
        #expect(entry.text == "Ferry timetable changes[2J\n\nThe ferry will run every 30 minutes from April.\n\nFares rise by 5 percent.\n")
        #expect(entry.itemID == "tag:courier.example,2026:ferry")
        #expect(entry.metadata == ArticleMetadata(title: "Ferry timetable changes[2J", byline: "Ana Costa", date: "2026-03-18T07:45:00Z",
                                                  source: "Courier Atom", url: "https://courier.example/news/ferry"))
    }

    @Test func jsonLinesWithAFieldMapSkipsBadLinesByNumber() throws {
        let options = LoadOptions(fieldMap: try LoadOptions.fieldMap(from: "text=maintext,title=headline"))
        let contents = ArticleLoader.loadSource(Self.fixtures + "articles.jsonl", options: options)
        #expect(contents.articles.map(\.itemID) == ["a1", "3"])
        #expect(contents.articles[0].text == "Market hall sold\n\nThe market hall was sold for £2m on Friday.\n\nThe buyer plans 20 flats.\n")
        #expect(contents.articles[0].metadata == ArticleMetadata(title: "Market hall sold", date: "2026-03-19", source: "Valley Courier",
                                                                 url: "https://courier.example/market"))
        #expect(contents.articles[1].title == "School wins prize \u{1B}[2J")
        #expect(contents.problems.map(\.message) == ["line 2 is not valid JSON; skipped", "line 4 is not a JSON object; skipped"])
        #expect(contents.problems.map(\.path) == [Self.fixtures + "articles.jsonl:2", Self.fixtures + "articles.jsonl:4"])
    }

    @Test func markdownReadsAsTextWithFileOffsets() throws {
        let article = try ArticleLoader.loadFile(Self.fixtures + "article.md").get()
        #expect(article.text == """
            Notes on the bridge vote

            The council voted 7-2 to approve the plan.

            • Work starts in June
            • Cost: 4.5m pounds

            A good day, said the mayor.\u{1B}]0;owned\u{07}

            """)
        // Markdown is the file: an escape sequence in it is kept, as in plain text, and made
        // visible (never sent raw) by every display.
        let file = Array(try String(contentsOfFile: Self.fixtures + "article.md", encoding: .utf8).unicodeScalars)
        for word in ["7-2", "plan", "4.5m", "bridge", "mayor"] {
            let range = try #require(article.occurrences(of: word).first)
            let start = article.fileOffset(ofTextOffset: range.lowerBound)
            #expect(Article.string(file[start..<(start + range.count)]) == word)
            #expect(article.textOffset(ofFileOffset: start) == range.lowerBound)
        }
    }
}

/// Where a page's metadata comes from when the Open Graph and article meta tags are missing.
@Suite("HTML metadata fallbacks")
struct HTMLMetadataTests {
    func metadata(_ html: String) -> ArticleMetadata {
        HTMLExtractor.extract(HTMLParser.parse(html)).metadata
    }

    @Test func jsonLDGraphGivesDateBylineSourceAndURL() {
        let page = """
            <html><head><title>Harbour reopens after storm - Coast Post</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Coast Post"},
              {"@type": ["NewsArticle"], "headline": "Harbour reopens", "datePublished": "2026-02-01T06:00:00+01:00",
               "author": [{"@type": "Person", "name": "Ines Berg"}, {"@type": "Person", "name": "Ola Dahl"}],
               "publisher": {"@type": "Organization", "name": "Coast Post"},
               "mainEntityOfPage": {"@id": "https://coast.example/harbour"}}]}</script></head>
            <body><h1>Harbour reopens after storm</h1><p>The harbour reopened on Sunday after three days of repairs.</p></body></html>
            """
        #expect(metadata(page) == ArticleMetadata(title: "Harbour reopens", byline: "Ines Berg, Ola Dahl",
                                                  date: "2026-02-01T06:00:00+01:00", source: "Coast Post",
                                                  url: "https://coast.example/harbour"))
    }

    @Test func titleTimeAndOpenGraphURLWithoutJSONLD() {
        let page = """
            <html><head><title>Harbour reopens after storm | Coast Post</title><meta property="og:url" content="https://coast.example/h">
            </head><body><article><p class="byline">By Ines Berg</p><time datetime="2026-02-01">1 February</time>
            <p>The harbour reopened on Sunday after three days of repairs, officials said.</p></article></body></html>
            """
        #expect(metadata(page) == ArticleMetadata(title: "Harbour reopens after storm", byline: "Ines Berg",
                                                  date: "2026-02-01", url: "https://coast.example/h"))
    }

    @Test func firstHeadingWhenThereIsNoTitle() {
        let page = "<p>Intro</p><h1>Harbour &amp; quay reopen</h1><p>The harbour reopened on Sunday after three days of repairs.</p>"
        #expect(metadata(page).title == "Harbour & quay reopen")
    }

    @Test func charsetLabelsAreReadAsBrowsersDo() {
        #expect(TextEncoding(label: "ISO-8859-1", forHTML: true) == .windows1252)
        #expect(TextEncoding(label: "ISO-8859-1") == .latin1)
        #expect(TextEncoding(label: " \"UTF8\" ") == .utf8)
        #expect(TextEncoding(label: "koi8-r") == nil)
        // A page declaring Latin-1 whose bytes use windows-1252's quotes gets the quotes.
        let bytes = Data("<meta charset=iso-8859-1><p>".utf8) + Data([0x93, 0x48, 0x69, 0x94]) + Data("</p>".utf8)
        #expect(HTMLCharset.detect(bytes) == .windows1252)
        #expect(HTMLReader.read(bytes, path: "p.html").articles.first?.text == "“Hi”\n")
    }
}
