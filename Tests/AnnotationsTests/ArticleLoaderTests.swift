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

    @Test func invalidUTF8IsRepairedAndReadOnly() throws {
        let path = write("bad.txt", Data("Title\n\nCaf".utf8) + Data([0xE9, 0x20]) + Data("ok".utf8))
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

    @Test func controlCharactersAreKeptInTheText() throws {
        let path = write("esc.txt", Data("Title\u{1B}[31m\n\nBody\u{07}".utf8))
        let article = try #require(ArticleLoader.load(paths: [path]).articles.first)
        #expect(article.title == "Title\u{1B}[31m")  // kept exactly; display layers make it visible
    }
}
