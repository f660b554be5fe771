import Foundation
import Testing
@testable import Annotations

/// Where annotations of extracted articles go: one sidecar per container, annotations per item,
/// offsets in the extracted text (Markdown: in the file), the extractor recorded.
@Suite("Sidecars of feeds, JSON Lines, Markdown, HTML and standard input")
struct ContainerSidecarTests {
    let folder = TemporaryFolder("reader-container")
    static let fixtures = TestPaths.packageRoot + "/Tests/Fixtures/formats/"
    static let now = Date(timeIntervalSince1970: 1_773_480_600)

    func copy(_ name: String) throws -> String {
        let target = folder.path + "/" + name
        try FileManager.default.copyItem(atPath: Self.fixtures + name, toPath: target)
        return target
    }

    func annotate(_ article: Article, _ quote: String, note: String = "") throws -> Annotation {
        let range = try #require(article.occurrences(of: quote).first)
        return Annotation.make(article: article, range: range, note: note, now: Self.now)
    }

    @Test func feedItemsShareOneSidecarButNeverAnnotations() throws {
        let path = try copy("feed.rss")
        let items = ArticleLoader.loadSource(path).articles
        let store = AnnotationStore()
        try store.add(try annotate(items[0], "1,200 homes", note: "first item"), to: items[0])
        try store.add(try annotate(items[1], "40 new computers", note: "second item"), to: items[1])
        // One sidecar beside the feed…
        #expect(store.sidecarPath(for: items[0].path) == folder.path + "/feed.rss.annotations.json")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["feed.rss", "feed.rss.annotations.json"])
        // …each item sees only its own, anchored in its own text.
        let reloaded = ArticleLoader.loadSource(path).articles
        #expect(try store.load(for: reloaded[0]).map(\.note) == ["first item"])
        #expect(try store.load(for: reloaded[1]).map(\.note) == ["second item"])
        #expect(Anchoring.anchor(try store.load(for: reloaded[1]), in: reloaded[1]).map(\.state) == [.anchored])
        let sidecar = try SidecarCodec.decode(try #require(folder.bytes("feed.rss.annotations.json")), path: "feed")
        #expect(sidecar.extractor == "feed/1 html/1")
        #expect(sidecar.annotations.map(\.target.item) == ["courier-1001", "https://courier.example/news/library"])
        // Deleting in one item leaves the other's alone.
        try store.delete(id: try store.load(for: reloaded[0])[0].id, from: reloaded[0])
        #expect(try store.load(for: reloaded[0]).isEmpty)
        #expect(try store.load(for: reloaded[1]).count == 1)
    }

    @Test func jsonLinesItemsAreKeyedByTheirIDs() throws {
        let path = try copy("articles.jsonl")
        let options = LoadOptions(fieldMap: ["text": "maintext", "title": "headline"])
        let items = ArticleLoader.loadSource(path, options: options).articles
        let store = AnnotationStore()
        try store.add(try annotate(items[1], "science prize"), to: items[1])
        #expect(try store.load(for: items[0]).isEmpty)
        let sidecar = try SidecarCodec.decode(try #require(folder.bytes("articles.jsonl.annotations.json")), path: "jsonl")
        #expect(sidecar.annotations.map(\.target.item) == ["3"])
        #expect(sidecar.extractor == "jsonl/1")
    }

    @Test func markdownSidecarKeepsFileOffsets() throws {
        let path = try copy("article.md")
        let article = try ArticleLoader.loadFile(path).get()
        let store = AnnotationStore()
        try store.add(try annotate(article, "approve the plan"), to: article)
        let sidecar = try SidecarCodec.decode(try #require(folder.bytes("article.md.annotations.json")), path: "md")
        let stored = try #require(sidecar.annotations.first)
        let file = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
        // In the file the words are "approve the [plan](…)": the stored span covers them there.
        #expect(Article.string(file[stored.target.position.start..<stored.target.position.end]) == "approve the [plan")
        #expect(sidecar.extractor == "markdown/1")
        // Loaded back, the span is the shown words again.
        let loaded = try #require(try store.load(for: article).first)
        #expect(article.slice(loaded.target.position.start..<loaded.target.position.end) == "approve the plan")
        #expect(Anchoring.anchor([loaded], in: article).first?.state == .anchored)
    }

    @Test func htmlSidecarRecordsTheExtractorAndCharset() throws {
        let path = try copy("news-page.html")
        let article = try ArticleLoader.loadFile(path).get()
        let store = AnnotationStore()
        try store.add(try annotate(article, "£4.5m plan"), to: article)
        let sidecar = try SidecarCodec.decode(try #require(folder.bytes("news-page.html.annotations.json")), path: "html")
        #expect(sidecar.extractor == "html/1; charset=windows-1252")
        #expect(sidecar.annotations.first?.target.item == nil)
        #expect(try store.load(for: article).first?.target.quote.exact == "£4.5m plan")
    }

    @Test func standardInputNeedsAStoreAndIsKnownByItsText() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.fixtures + "news-page.html"))
        let article = try #require(SourceReader.readStandardInput(data).articles.first)
        #expect(article.path == "-")
        #expect(article.itemID == "https://courier.example/news/2026/03/bridge-plan")
        let annotation = try annotate(article, "7–2")
        #expect(throws: StoreError.self) { try AnnotationStore().add(annotation, to: article) }
        let store = AnnotationStore(storeFolder: folder.path + "/store")
        try store.add(annotation, to: article)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/store/standard-input.annotations.json"))
        let again = try #require(SourceReader.readStandardInput(data).articles.first)
        #expect(try store.load(for: again).map(\.id) == [annotation.id])
        // Plain text through a pipe is known by a hash of its text.
        let plain = try #require(SourceReader.readStandardInput(Data("Title\n\nBody.\n".utf8)).articles.first)
        #expect(plain.itemID?.hasPrefix("text-") == true)
    }
}
