import Annotations
@testable import CorpusIndex
import Foundation
import Testing

/// Analyses the reader's worker stores in the index (`CorpusIndex.store`) are kept as a refresh keeps
/// them: under the hash and size of the file's bytes, so the next refresh finds them current and the
/// next start takes them from the index, for a Markdown file (whose text is not its bytes) as for a
/// plain one.
@Suite("Analyses stored by the reader's worker")
struct WorkerStoreTests {
    /// Loads each file as the reader does, analyses it and stores it through the worker's entry point.
    static func storeAsTheWorker(_ index: CorpusIndex, _ folder: CorpusFolder) throws -> [Article] {
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let recognizer = Recognizer()
        var articles: [Article] = []
        var items: [(file: CorpusFile, article: Article, analysis: Analysis)] = []
        for file in scan.files {
            guard case .success(let article) = ArticleLoader.loadFile(file.path) else {
                Issue.record("cannot load \(file.path)")
                continue
            }
            articles.append(article)
            items.append((file, article, recognizer.analyze(article.text)))
        }
        try index.store(items)
        return articles
    }

    static let markdown = "# Aid convoy reaches Aleppo\n\nMore than *7,000 civilians* were evacuated, the **Red Cross** said.\n"
    static let plain = "Evacuation figures\n\nMore than 6,400 people left the city on Friday, officials said.\n"

    @Test func aMarkdownArticleStoredByTheWorkerIsCurrentForTheNextRefresh() throws {
        let folder = CorpusFolder("worker-store-markdown")
        defer { folder.remove() }
        folder.write("convoy.md", Self.markdown)
        folder.write("figures.txt", Self.plain)
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let articles = try Self.storeAsTheWorker(index, folder)
        #expect(articles.count == 2)
        let summary = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        // Files this new are checked by hash (their times are too recent to trust): both hashes match.
        #expect(summary.analyzed == 0, "neither file is analysed again")
        #expect(summary.touched + summary.unchanged == 2)
        // The next start's worker takes both analyses from the index.
        for article in articles {
            let analysis = index.storedAnalysis(of: article, absolutePath: CorpusScanner.absolutePath(article.path))
            #expect(analysis == Recognizer().analyze(article.text), "\(article.path)")
        }
    }

    @Test func aMarkdownArticleIndexedByTheRefreshIsTakenFromTheIndex() throws {
        let folder = CorpusFolder("worker-store-refreshed")
        defer { folder.remove() }
        let path = folder.write("convoy.md", Self.markdown)
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        guard case .success(let article) = ArticleLoader.loadFile(path) else {
            Issue.record("cannot load \(path)")
            return
        }
        #expect(index.storedAnalysis(of: article, absolutePath: path) != nil)
    }

    /// A file edited after the worker read it is not stored under its new bytes with the old analysis.
    @Test func anArticleEditedSinceItWasReadIsLeftToTheRefresh() throws {
        let folder = CorpusFolder("worker-store-edited")
        defer { folder.remove() }
        let path = folder.write("convoy.md", Self.markdown)
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        guard case .success(let article) = ArticleLoader.loadFile(path) else {
            Issue.record("cannot load \(path)")
            return
        }
        folder.write("convoy.md", Self.markdown.replacingOccurrences(of: "7,000", with: "9,000"))
        try index.store([(scan.files[0], article, Recognizer().analyze(article.text))])
        #expect(index.storedAnalysis(of: article, absolutePath: path) == nil)
        let summary = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(summary.analyzed == 1)
        guard case .success(let edited) = ArticleLoader.loadFile(path) else { return }
        #expect(index.storedAnalysis(of: edited, absolutePath: path) == Recognizer().analyze(edited.text))
    }
}
