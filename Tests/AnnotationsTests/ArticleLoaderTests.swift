import Foundation
import Testing
@testable import Annotations

@Suite("Loading articles from disk, bad input included")
struct ArticleLoaderTests {
    let folder: String = {
        let path = NSTemporaryDirectory() + "reader-loader-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func write(_ name: String, _ data: Data) -> String {
        let path = folder + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: data))
        return path
    }

    @Test func missingPathIsAProblem() {
        let corpus = ArticleLoader.load(paths: [folder + "/nope"])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.problems.first?.message == "no such file or folder")
    }

    @Test func emptyFolderIsAProblem() {
        let corpus = ArticleLoader.load(paths: [folder])
        #expect(corpus.problems.first?.message.contains("no article files") == true)
    }

    @Test func binaryFileIsRefused() {
        let path = write("bin.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]))
        let corpus = ArticleLoader.load(paths: [path])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.problems.first?.message.contains("binary") == true)
    }

    @Test func windows1252TextOpensAsThatWithANotice() throws {
        let path = write("cp1252.txt", Data("Title\n\nCaf".utf8) + Data([0xE9, 0x20, 0x80, 0x35, 0x20, 0x93]) + Data("ok".utf8) + Data([0x94]))
        let article = try #require(ArticleLoader.load(paths: [path]).articles.first)
        #expect(article.text == "Title\n\nCafé €5 “ok”")
        #expect(article.isExact)
        #expect(article.extractor == "text/1; charset=windows-1252")
        #expect(article.warnings == ["not valid UTF-8 (first bad byte at offset 10); read as windows-1252 (--encoding chooses another)"])
        // Forced: Latin-1 reads 0x80 as a C1 control, not the euro sign.
        let latin1 = try #require(ArticleLoader.load(paths: [path], options: LoadOptions(encoding: .latin1)).articles.first)
        #expect(latin1.text.unicodeScalars.contains("\u{80}"))
        #expect(latin1.extractor == "text/1; charset=iso-8859-1")
    }

    @Test func invalidUTF8IsRepairedAndReadOnly() throws {
        // 0x81 is undefined in windows-1252 too, so no single-byte reading applies.
        let path = write("bad.txt", Data("Title\n\nCaf".utf8) + Data([0x81, 0x20]) + Data("ok".utf8))
        let corpus = ArticleLoader.load(paths: [path])
        let article = try #require(corpus.articles.first)
        #expect(!article.isExact)
        #expect(article.text.contains("\u{FFFD}"))
        #expect(article.warnings.first?.contains("offset 10") == true)
    }

    @Test func hugeSingleLineLoads() throws {
        let line = String(repeating: "word ", count: 2_000_000)  // 10 MB, one line
        let path = write("huge.txt", Data(line.utf8))
        let corpus = ArticleLoader.load(paths: [path])
        let article = try #require(corpus.articles.first)
        #expect(article.scalars.count == 10_000_000)
        #expect(article.title.count > 1_000_000)
    }

    @Test func folderIsWalkedRecursivelySkippingHiddenAndSidecars() {
        _ = write("a.txt", Data("A\n\nx".utf8))
        try? FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        _ = write("sub/b.txt", Data("B\n\ny".utf8))
        _ = write("a.annotations.json", Data("{}".utf8))
        _ = write(".hidden.txt", Data("H".utf8))
        let corpus = ArticleLoader.load(paths: [folder])
        #expect(corpus.articles.map(\.title) == ["A", "B"])
    }

    @Test func folderWalkReadsEveryFormatAndSkipsXMLThatIsNoFeed() {
        _ = write("a.html", Data("<html><head><title>Page</title></head><body><p>Body text of the page.</p></body></html>".utf8))
        _ = write("b.rss", Data("<rss><channel><title>F</title><item><title>Item</title><description>Text</description></item></channel></rss>".utf8))
        _ = write("c.jsonl", Data("{\"title\": \"Line\", \"text\": \"Body\"}\n".utf8))
        _ = write("d.md", Data("# Notes\n\nBody\n".utf8))
        _ = write("sitemap.xml", Data("<urlset><url><loc>https://x</loc></url></urlset>".utf8))
        let corpus = ArticleLoader.load(paths: [folder])
        #expect(corpus.articles.map(\.title) == ["Page", "Item", "Line", "Notes"])
        #expect(corpus.problems.isEmpty)
        // Named on its own, the same file is reported.
        #expect(ArticleLoader.load(paths: [folder + "/sitemap.xml"]).problems.first?.message.contains("not an RSS or Atom feed") == true)
    }

    @Test func controlCharactersAreKeptInTheText() throws {
        let path = write("esc.txt", Data("Title\u{1B}[31m\n\nBody\u{07}".utf8))
        let article = try #require(ArticleLoader.load(paths: [path]).articles.first)
        #expect(article.title == "Title\u{1B}[31m")  // kept exactly; display layers make it visible
    }

    /// A regular file is read through a buffer sized to it: every size around the buffer's edges
    /// comes back byte for byte.
    @Test func filesOfEverySizeAroundTheBufferAreReadWhole() throws {
        let folder = TemporaryFolder()
        for size in [0, 1, 2, 4_095, 65_535, 65_536, 65_537, 200_003] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let file = folder.path + "/f\(size).bin"
            #expect(FileManager.default.createFile(atPath: file, contents: Data(bytes)))
            let read = try FileContents.read(file, limit: 1_000_000).get()
            #expect(Array(read) == bytes, "\(size) bytes")
        }
    }

}
