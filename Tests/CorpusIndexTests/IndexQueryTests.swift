import Annotations
@testable import CorpusIndex
import Foundation
import Testing

@Suite("Index queries")
struct IndexQueryTests {
    @Test func theArticlesMentioningAnEntityComeMostMentionsFirst() throws {
        let folder = CorpusFolder("index-entity")
        defer { folder.remove() }
        let seeds = CorpusFolder.packageRoot + "/seeds"
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: seeds + "/" + name, toPath: folder.corpus + "/" + name)
        }
        folder.write("other.txt", "Nothing to see\n\nA quiet day in a small town.\n")
        let index = CorpusIndex.inMemory()
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let recognizer = Recognizer()
        var expected: [String: Int] = [:]
        for article in ArticleLoader.load(paths: [folder.corpus]).articles {
            let count = recognizer.analyze(article.text).entities.filter { $0.canonical == "Aleppo" }.count
            if count > 0 { expected[CorpusScanner.absolutePath(article.path)] = count }
        }
        let found = try index.articles(mentioning: "Aleppo")
        #expect(found.count == expected.count && !found.isEmpty)
        #expect(found.map(\.mentions) == found.map(\.mentions).sorted(by: >))
        for article in found { #expect(expected[article.absolutePath] == article.mentions) }
        #expect(try index.articles(mentioning: "Aleppo", type: .person).isEmpty)
        #expect(try index.articles(mentioning: "Nobody At All").isEmpty)

        // An edited article drops out of the entity's list; the others stay.
        let edited = try #require(found.first).absolutePath
        try Data("Quiet now\n\nNo names at all here.\n".utf8).write(to: URL(fileURLWithPath: edited))
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(try index.articles(mentioning: "Aleppo").map(\.absolutePath) == found.dropFirst().map(\.absolutePath))
    }

    @Test func searchSaysWhereTheFirstMatchIs() throws {
        let folder = CorpusFolder("index-search")
        defer { folder.remove() }
        folder.write("a.txt", "A title\n\nFirst line.\nThe second line holds Ünïcode and the word zebra here.\n")
        folder.write("b.txt", "Zebra in the title\n\nzebra zebra zebra.\n")
        let index = CorpusIndex.inMemory()
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let hits = try index.search("zebra")
        #expect(hits.map { ($0.absolutePath as NSString).lastPathComponent } == ["b.txt", "a.txt"])
        #expect(hits[1].line == 4 && hits[1].column == 44)
        #expect(hits[1].snippet == "The second line holds Ünïcode and the word zebra here.")
        #expect(try index.search("\"word zebra\"").count == 1)
        #expect(try index.search("zeb*").count == 2)
        #expect(try index.search("zebra NOT unicode").map { ($0.absolutePath as NSString).lastPathComponent } == ["b.txt"])
        #expect(throws: SearchQueryError.self) { try index.search("zebra AND") }
        #expect(throws: SearchQueryError.self) { try index.search("\"unclosed") }
    }
}
