import Foundation
import Testing

/// `reader import` writes sidecars only for the articles under the paths given (or the current
/// folder), checks every number and quote against the text, and skips a bad annotation without
/// losing the others.
@Suite("Import stays inside the corpus and survives hostile files", .serialized)
struct ImportSafetyTests {
    let folder: String
    let corpus: String
    let text = "Title\n\nThe 5 people left. Then 7 more people left.\n"

    init() throws {
        folder = NSTemporaryDirectory() + "reader-import-safety-\(UUID().uuidString)"
        corpus = folder + "/corpus"
        for sub in ["corpus/articles", "outside"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        #expect(FileManager.default.createFile(atPath: corpus + "/articles/one.txt", contents: Data(text.utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/outside/config.ini", contents: Data("[core]\nkey = 1\n".utf8)))
    }

    func reader(_ arguments: [String], in directory: String? = nil) throws -> SpawnedProcess.Result {
        try SpawnedProcess.run(ReaderBinary.path, arguments, currentDirectory: directory ?? corpus)
    }

    /// One Web Annotation item; `position` is the raw JSON of the TextPositionSelector (nil: none).
    static func item(_ number: Int, source: String, exact: String = "5 people", position: String? = "\"start\": 11, \"end\": 19") -> String {
        let id = String(format: "urn:uuid:00000000-0000-4000-8000-%012d", number)
        let positionSelector = position.map { ", {\"type\": \"TextPositionSelector\", \($0)}" } ?? ""
        return """
            {"id": "\(id)", "type": "Annotation", "created": "2026-12-05T10:00:00.000Z",
             "body": [{"type": "TextualBody", "purpose": "commenting", "value": "note \(number)"}],
             "target": {"source": "\(source)",
                        "selector": [{"type": "TextQuoteSelector", "exact": "\(exact)"}\(positionSelector)]}}
            """
    }

    @discardableResult
    func writeImport(_ name: String, _ items: [String], in directory: String? = nil) -> String {
        let path = (directory ?? corpus) + "/" + name
        let json = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\", \"items\": [\(items.joined(separator: ","))]}"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(json.utf8)))
        return path
    }

    /// Every file below the test folder whose name says it is a sidecar.
    func sidecars() -> [String] {
        let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return names.filter { $0.hasSuffix(".annotations.json") }.sorted()
    }

    func notes(_ article: String = "articles/one.txt") throws -> [[String: Any]] {
        let result = try reader(["notes", "--json", article])
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test func sourcesOutsideTheCorpusAreRefusedByName() throws {
        writeImport("notes.jsonld", [
            Self.item(1, source: "../outside/config.ini"),
            Self.item(2, source: folder + "/outside/config.ini"),
            Self.item(3, source: "articles"),
            Self.item(4, source: "notes.jsonld"),
            Self.item(5, source: "articles/one.txt"),
        ])
        let result = try reader(["import", "notes.jsonld"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("imported 1 annotation into 1 sidecar"), "\(result.stdout)")
        #expect(sidecars() == ["corpus/articles/one.annotations.json"])
        #expect(result.stderr.contains("../outside/config.ini: not an article under the paths given"), "\(result.stderr)")
        #expect(result.stderr.contains(folder + "/outside/config.ini: not an article under the paths given"))
        #expect(result.stderr.contains("articles: is a folder, not an article"))
        #expect(result.stderr.contains("notes.jsonld: is the import file itself"))
        #expect(try notes().map { $0["note"] as? String } == ["note 5"])
    }

    @Test func onlyThePathsGivenReceiveAnnotations() throws {
        try FileManager.default.createDirectory(atPath: corpus + "/other", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: corpus + "/other/two.txt", contents: Data(text.utf8)))
        writeImport("notes.jsonld", [Self.item(1, source: "articles/one.txt"), Self.item(2, source: "other/two.txt")])
        let result = try reader(["import", "notes.jsonld", "articles"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("other/two.txt: not an article under the paths given (articles)"), "\(result.stderr)")
        #expect(sidecars() == ["corpus/articles/one.annotations.json"])
        // From the parent folder, naming the corpus: both go in.
        let both = try reader(["import", "corpus/notes.jsonld", "corpus"], in: folder)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(sidecars() == ["corpus/articles/one.annotations.json", "corpus/other/two.annotations.json"])
    }

    @Test func theSourceDotNeitherCrashesNorWrites() throws {
        writeImport("notes.jsonld", [Self.item(1, source: "."), Self.item(2, source: "articles/one.txt")])
        let result = try reader(["import", "notes.jsonld"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains(": is a folder, not an article"))
        #expect(sidecars() == ["corpus/articles/one.annotations.json"])
    }

    @Test func hugeOrMissingNumbersAreReportedAndTheRestImported() throws {
        writeImport("notes.jsonld", [
            Self.item(1, source: "articles/one.txt", position: "\"start\": 9223372036854775807"),
            Self.item(2, source: "articles/one.txt", position: "\"start\": -4, \"end\": 4"),
            Self.item(3, source: "articles/one.txt", position: "\"start\": 19, \"end\": 11"),
            Self.item(4, source: "articles/one.txt", position: "\"start\": 1e30, \"end\": 4"),
            Self.item(5, source: "articles/one.txt", position: "\"start\": 9000, \"end\": 9008"),
            Self.item(6, source: "articles/one.txt", position: "\"start\": 11"),
            Self.item(7, source: "articles/one.txt", exact: "7 more people", position: "\"start\": 31, \"end\": 44"),
        ])
        let result = try reader(["import", "notes.jsonld"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("imported 2 annotations into 1 sidecar"), "\(result.stdout) \(result.stderr)")
        for number in 1...5 {
            #expect(result.stderr.contains("item \(number) (urn:uuid:00000000-0000-4000-8000-00000000000\(number))"),
                    "item \(number): \(result.stderr)")
        }
        #expect(result.stderr.contains("9223372036854775807"))
        #expect(try notes().compactMap { $0["note"] as? String }.sorted() == ["note 6", "note 7"])
    }

    @Test func quotesAreCheckedAgainstTheText() throws {
        writeImport("notes.jsonld", [
            Self.item(1, source: "articles/one.txt", exact: "words not there", position: "\"start\": 11, \"end\": 26"),
            Self.item(2, source: "articles/one.txt", exact: "5 people", position: "\"start\": 11, \"end\": 40"),
            Self.item(3, source: "articles/one.txt", exact: "", position: "\"start\": 11, \"end\": 11"),
            // Found elsewhere than its offsets say: the article changed since; it is kept, as moved.
            Self.item(4, source: "articles/one.txt", exact: "7 more people", position: "\"start\": 25, \"end\": 38"),
        ])
        let result = try reader(["import", "notes.jsonld"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("item 1 (urn:uuid:00000000-0000-4000-8000-000000000001): the quote \"words not there\" is not in articles/one.txt"), "\(result.stderr)")
        #expect(result.stderr.contains("item 2 (urn:uuid:00000000-0000-4000-8000-000000000002): the offsets 11–40 span 29 characters but the quote has 8"))
        #expect(result.stderr.contains("item 3 (urn:uuid:00000000-0000-4000-8000-000000000003): the quote is empty"))
        let rows = try notes()
        #expect(rows.map { $0["note"] as? String } == ["note 4"])
        #expect(rows.first?["state"] as? String == "moved")
    }

    @Test func aDuplicateIdIsImportedOnce() throws {
        writeImport("notes.jsonld", [Self.item(1, source: "articles/one.txt"),
                                     Self.item(1, source: "articles/one.txt", exact: "7 more people", position: "\"start\": 31, \"end\": 44")])
        let result = try reader(["import", "notes.jsonld"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("item 2 (urn:uuid:00000000-0000-4000-8000-000000000001): the same id as item 1"), "\(result.stderr)")
        #expect(try notes().count == 1)
    }
}
