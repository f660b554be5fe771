import Foundation
import Testing
@testable import Annotations

/// Control characters in feeds: libxml2 stops at the first one XML 1.0 forbids, so one bad character
/// in a channel title used to lose every item of the feed.
@Suite("Characters XML does not allow, in feeds")
struct XMLCharacterRepairTests {
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Courier &#7;News</title>
        <!-- edited \u{1}by hand -->
        <item><guid>a</guid><title>Bell\u{7} rings</title><description>The bell rang 12 times.</description></item>
        <item><guid>b</guid><title>Escape &#x1B;[2J here</title>
        <description><![CDATA[<p>Raw \u{1B} inside CDATA &#7; stays text.</p>]]></description></item>
        </channel></rss>
        """

    @Test func aFeedWithControlCharactersKeepsEveryItemAndSaysHowManyWereReplaced() throws {
        let contents = FeedReader.read(Data(Self.feed.utf8), path: "news.rss")
        #expect(contents.articles.map(\.itemID) == ["a", "b"])
        #expect(contents.articles.map(\.title) == ["Bell\u{FFFD} rings", "Escape \u{FFFD}[2J here"])
        #expect(contents.articles[0].metadata.source == "Courier \u{FFFD}News")
        // Inside CDATA only the raw escape byte is replaced (the section is closed around its
        // reference); the reference there is the HTML's, which the HTML parser reads and drops.
        #expect(contents.articles[1].text.contains("Raw \u{FFFD} inside CDATA stays text."))
        #expect(!contents.articles.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" } })
        #expect(contents.problems.map(\.message) == ["4 control characters that XML does not allow read as U+FFFD"])
    }

    @Test func aCleanFeedIsNotCopiedAndHasNoProblem() {
        let clean = Data("<rss><channel><title>It&#8217;s &amp; fine</title></channel></rss>".utf8)
        let repair = XMLCharacterRepair.repair(clean)
        #expect(repair.replaced == 0)
        #expect(repair.data == clean)
        #expect(FeedReader.read(clean, path: "clean.rss").problems.isEmpty)
    }

    @Test func referencesOutOfRangeOrWronglySpelledAreMadeValid() {
        let data = Data("<a>&#99999999999999999999; &#xD800; &#X41; &#65; &#; &#x; &#12</a>".utf8)
        let repair = XMLCharacterRepair.repair(data)
        #expect(String(decoding: repair.data, as: UTF8.self) == "<a>&#xFFFD; &#xFFFD; &#x41; &#x41; &#; &#x; &#12</a>")
        #expect(repair.replaced == 2)
    }

    @Test func utf16FeedsAreLeftToTheParser() {
        var data = Data([0xFF, 0xFE])
        data.append("<rss>\u{7}</rss>".data(using: .utf16LittleEndian)!)
        let repair = XMLCharacterRepair.repair(data)
        #expect(repair.replaced == 0)
        #expect(repair.data == data)
    }
}
