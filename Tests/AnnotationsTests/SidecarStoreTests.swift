import Foundation
import Testing
@testable import Annotations

@Suite("Sidecar store: round trips, refusals, merges")
struct SidecarStoreTests {
    let folder = TemporaryFolder("reader-store")
    static let fixedDate = Date(timeIntervalSince1970: 1_481_969_045.25)

    func article(_ name: String = "story.txt", _ text: String = "Title\n\nMore than 20,000 civilians left eastern Aleppo today.\n") -> Article {
        let path = folder.write(name, text)
        return Article(path: path, text: text)
    }

    func note(on article: Article, _ quote: String, tags: [String] = [], note: String = "",
              id: String = "00000000-0000-0000-0000-000000000001") -> Annotation {
        let start = article.scalars.count - (article.text.components(separatedBy: quote).dropFirst().joined(separator: quote).unicodeScalars.count + quote.unicodeScalars.count)
        return Annotation.make(article: article, range: start..<(start + quote.unicodeScalars.count), tags: tags,
                               note: note, id: UUID(uuidString: id)!, now: Self.fixedDate)
    }

    @Test func sidecarSitsBesideTheArticle() {
        let store = AnnotationStore()
        #expect(store.sidecarPath(for: "seeds/001_x.txt") == "seeds/001_x.annotations.json")
        #expect(store.sidecarPath(for: "story") == "story.noext.annotations.json")
        #expect(AnnotationStore(storeFolder: "/notes/").sidecarPath(for: "/data/a/story.txt") == "/notes/data/a/story.annotations.json")
    }

    @Test func makeBuildsBothSelectors() {
        let article = article()
        let annotation = note(on: article, "20,000 civilians", tags: ["#check", "check", " numbers "])
        #expect(article.slice(annotation.target.position.start..<annotation.target.position.end) == "20,000 civilians")
        #expect(annotation.target.quote.prefix == "Title\n\nMore than ")
        #expect(annotation.target.quote.suffix == " left eastern Aleppo today.\n")
        #expect(annotation.tags == ["check", "numbers"])
        #expect(annotation.created == "2016-12-17T10:04:05.250Z")
    }

    @Test func loadSaveRoundTripIsByteIdentical() throws {
        let article = article()
        let store = AnnotationStore()
        var first = note(on: article, "20,000 civilians", tags: ["check"], note: "Line one\nline \"two\" / é ✓")
        first.claim = ClaimSnapshot(kind: .count, value: 20000, unit: "civilians", qualifier: "more than")
        try store.add(first, to: article)
        try store.add(note(on: article, "Aleppo", id: "00000000-0000-0000-0000-000000000002"), to: article)
        let path = store.sidecarPath(for: article.path)
        let before = try #require(FileManager.default.contents(atPath: path))
        let sidecar = try SidecarCodec.decode(before, path: path)
        #expect(try SidecarCodec.encode(sidecar) == before)
        // A change that changes nothing writes nothing, and the file still decodes the same.
        try store.update(first, in: article)
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try store.load(for: article).count == 2)
        let text = String(decoding: before, as: UTF8.self)
        #expect(text.contains("\"schema\" : \"reader.annotations\""))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func annotationsAreKeptInStableOrder() throws {
        let article = article()
        let store = AnnotationStore()
        try store.add(note(on: article, "Aleppo", id: "00000000-0000-0000-0000-00000000000B"), to: article)
        try store.add(note(on: article, "More than", id: "00000000-0000-0000-0000-00000000000C"), to: article)
        try store.add(note(on: article, "More than", id: "00000000-0000-0000-0000-00000000000A"), to: article)
        let ids = try store.load(for: article).map { $0.id.uuidString.suffix(1) }
        #expect(ids == ["A", "C", "B"])
    }

    @Test func updateAndDeleteWorkByID() throws {
        let article = article()
        let store = AnnotationStore()
        let annotation = note(on: article, "Aleppo", tags: ["a"])
        try store.add(annotation, to: article)
        let revised = annotation.revised(tags: ["b"], note: "changed", now: Self.fixedDate.addingTimeInterval(60))
        let afterUpdate = try store.update(revised, in: article)
        #expect(afterUpdate == [revised])
        #expect(afterUpdate[0].modified == "2016-12-17T10:05:05.250Z")
        #expect(try store.delete(id: annotation.id, from: article).isEmpty)
        #expect(try store.load(for: article).isEmpty)
        #expect(try store.delete(id: annotation.id, from: article).isEmpty)
    }

    /// Every kind of file we did not write, and each is left byte for byte as it was.
    @Test(arguments: [
        ("{ not json", "is not valid JSON"),
        ("", "is not valid JSON"),
        ("[1, 2, 3]", "is not a reader annotations file"),
        ("{\"annotations\": []}", "is not a reader annotations file"),
        ("{\"schema\": \"hypothesis\", \"version\": 1, \"annotations\": []}", "is not a reader annotations file"),
        ("{\"schema\": \"reader.annotations\", \"version\": 2, \"article\": \"x\", \"annotations\": []}", "newer reader (schema version 2"),
        ("{\"schema\": \"reader.annotations\", \"version\": 1, \"article\": \"x\", \"annotations\": {\"id\": 5}}", "does not match the annotations schema"),
        ("{\"schema\": \"other.tool\", \"schema\": \"reader.annotations\", \"version\": 1, \"article\": \"story.txt\", \"annotations\": []}", "duplicate key \"schema\""),
        ("{\"schema\": \"reader.annotations\", \"article\": \"x\", \"annotations\": []}", "does not match the annotations schema"),
    ])
    func problemSidecarsAreNeverOverwritten(contents: String, message: String) throws {
        let article = article()
        let store = AnnotationStore()
        let sidecarPath = store.sidecarPath(for: article.path)
        #expect(FileManager.default.createFile(atPath: sidecarPath, contents: Data(contents.utf8)))
        let before = try #require(FileManager.default.contents(atPath: sidecarPath))

        #expect {
            try store.load(for: article)
        } throws: { error in
            let text = "\(error)"
            return text.contains(sidecarPath) && text.contains(message)
        }
        let attempts: [() throws -> Void] = [
            { try store.add(note(on: article, "Aleppo"), to: article) },
            { try store.update(note(on: article, "Aleppo"), in: article) },
            { try store.delete(id: UUID(), from: article) },
            { try store.merge([note(on: article, "Aleppo")], intoArticleAt: article.path) },
        ]
        for attempt in attempts {
            #expect(throws: SidecarProblem.self) { try attempt() }
        }
        #expect(FileManager.default.contents(atPath: sidecarPath) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func allTagsCollectsAcrossArticlesSkippingBrokenSidecars() throws {
        let one = article("one.txt")
        let two = article("two.txt")
        let three = article("three.txt")
        let store = AnnotationStore()
        try store.add(note(on: one, "Aleppo", tags: ["zeta", "Check"]), to: one)
        try store.add(note(on: two, "Aleppo", tags: ["alpha", "check"]), to: two)
        folder.write("three.annotations.json", "garbage")
        #expect(store.allTags(in: [one, two, three]) == ["alpha", "Check", "check", "zeta"])
    }

    @Test func storeFolderKeepsSidecarsElsewhere() throws {
        let article = article()
        let storeFolder = folder.path + "/notes"
        let store = AnnotationStore(storeFolder: storeFolder)
        try store.add(note(on: article, "Aleppo"), to: article)
        let expected = storeFolder + AnnotationStore.absolutePath(article.path).replacingOccurrences(of: ".txt", with: ".annotations.json")
        #expect(store.sidecarPath(for: article.path) == expected)
        #expect(FileManager.default.fileExists(atPath: expected))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/story.annotations.json"))
        let sidecar = try SidecarCodec.decode(try #require(FileManager.default.contents(atPath: expected)), path: expected)
        #expect(sidecar.article == AnnotationStore.absolutePath(article.path))
        #expect(try store.load(for: article).count == 1)
    }

    @Test func articleNotExactIsRefused() throws {
        let path = folder.write("bad.txt", "x")
        let article = Article(path: path, text: "x\u{FFFD}", isExact: false)
        #expect {
            try AnnotationStore().add(Annotation.make(article: article, range: 0..<1), to: article)
        } throws: { error in
            (error as? StoreError)?.kind == .articleNotExact && "\(error)".contains(path)
        }
    }

    /// Two writers in one process, through the same file: the folder lock serialises them and
    /// each re-reads before writing, so nothing is lost.
    @Test func concurrentWritersLoseNothing() async throws {
        let article = article()
        let store = AnnotationStore()
        let count = 40
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<count {
                group.addTask {
                    let id = String(format: "00000000-0000-0000-0000-%012d", index)
                    _ = try? store.add(note(on: article, "Aleppo", id: id), to: article)
                }
            }
        }
        #expect(try store.load(for: article).count == count)
    }
}
