import Foundation
import Testing
@testable import Annotations
@testable import AnnotationsFuzzing

/// Sidecars written by hand, by another tool or by an attacker: the inputs of issue 13, kept as
/// files in Fuzz/Seeds/sidecar-codec so the fuzzer starts from them too.
@Suite("Hostile sidecars: duplicate keys, extreme numbers, unknown fields, links, shared names")
struct HostileSidecarTests {
    let folder = TemporaryFolder("reader-hostile")
    static let seeds = TestPaths.packageRoot + "/Fuzz/Seeds/sidecar-codec"
    static let text = FuzzTarget.seedArticle

    /// The article `a.txt` with the given seed file as its sidecar; returns the article and sidecar path.
    func articleWithSidecar(_ seed: String) throws -> (Article, String) {
        let path = folder.write("a.txt", Self.text)
        let sidecar = folder.path + "/a.annotations.json"
        let bytes = try #require(FileManager.default.contents(atPath: Self.seeds + "/" + seed))
        _ = FileManager.default.createFile(atPath: sidecar, contents: bytes)
        return (Article(path: path, text: Self.text), sidecar)
    }

    func newNote(on article: Article) -> Annotation {
        Annotation.make(article: article, range: 7..<11, id: UUID(uuidString: "00000000-0000-0000-0000-0000000000AA")!,
                        now: Date(timeIntervalSince1970: 0))
    }

    // MARK: - Item 4: a key repeated anywhere makes the sidecar invalid

    @Test(arguments: [
        ("duplicate-schema.json", "\"schema\""),
        ("duplicate-version.json", "\"version\""),
        ("duplicate-annotations.json", "\"annotations\""),
        ("duplicate-nested-key.json", "\"start\""),
    ])
    func duplicateKeysAreRefusedAndNeverWritten(seed: String, key: String) throws {
        let (article, sidecar) = try articleWithSidecar(seed)
        let before = try #require(FileManager.default.contents(atPath: sidecar))
        #expect {
            try AnnotationStore().load(for: article)
        } throws: { error in
            guard let problem = error as? SidecarProblem else { return false }
            return problem.kind == .invalid && "\(problem)".contains("duplicate key \(key)") && "\(problem)".contains(sidecar)
        }
        #expect(throws: SidecarProblem.self) { try AnnotationStore().add(newNote(on: article), to: article) }
        #expect(FileManager.default.contents(atPath: sidecar) == before)
    }

    @Test func parserNamesWhereTheKeyRepeats() {
        #expect {
            try JSONParser.parse(Array("{\"a\":{\"b\":1,\n\"b\":2}}".utf8))
        } throws: { error in
            let failure = error as! JSONParser.Failure
            return failure.isDuplicateKey && failure.line == 2 && failure.description.contains("duplicate key \"b\" in the object under \"a\"")
        }
    }

    // MARK: - Items 5 and 6: numbers out of range, inverted spans

    @Test(arguments: [
        ("start-int-max.json", "9223372036854775807"),
        ("start-int-min-quote-elsewhere.json", "-9223372036854775808"),
        ("start-after-end.json", "starts at 50, after its end 10"),
        ("claim-value-overflow.json", "1e400"),
        ("repeated-id.json", "repeats that of annotation 1"),
    ])
    func oneBadAnnotationIsSkippedReportedAndKept(seed: String, reason: String) throws {
        let (article, sidecar) = try articleWithSidecar(seed)
        let store = AnnotationStore()
        let loaded = try #require(try store.sidecar(forArticleAt: article.path))
        #expect(loaded.annotations.count == 1)
        #expect(loaded.skipped.count == 1)
        #expect(loaded.skipped.first?.description.contains(reason) == true)
        // The good one anchors; nothing traps.
        let anchored = Anchoring.anchor(loaded.annotations, in: article)
        #expect(anchored.map(\.state) == [.anchored])
        // A save keeps the bad entry as it was, number text and all.
        let skippedBefore = loaded.skipped.map(\.raw)
        try store.add(newNote(on: article), to: article)
        let after = try SidecarCodec.decode(try #require(FileManager.default.contents(atPath: sidecar)), path: sidecar)
        #expect(after.annotations.count == 2)
        #expect(after.skipped.map(\.raw) == skippedBefore)
    }

    @Test(arguments: [Int.max, Int.min, -1, 1 << 40])
    func anchoringNeverTrapsOnAnyRecordedStart(start: Int) {
        let article = Article(path: "a.txt", text: Self.text)
        for exact in ["Zanzibar giraffe", "Zanzibar giraffes", "", String(repeating: "x", count: 500)] {
            let annotation = Annotation(created: "c", modified: "m",
                                        target: AnnotationTarget(quote: TextQuoteSelector(exact: exact, prefix: "A ", suffix: " was"),
                                                                 position: TextPositionSelector(start: start, end: start)))
            let anchored = Anchoring.anchor([annotation], in: article)[0]
            if let range = anchored.range {
                #expect(range.lowerBound >= 0 && range.upperBound <= article.scalars.count)
                #expect(article.slice(range).hasPrefix("Zanzibar"))
            } else {
                #expect(anchored.state == .orphan)
            }
        }
    }

    @Test func importRefusesPositionsOutOfRange() throws {
        for seed in ["start-end-int-max.json", "start-int-max-no-end.json", "duplicate-type.json"] {
            let data = try #require(FileManager.default.contents(atPath: TestPaths.packageRoot + "/Fuzz/Seeds/w3c-import/" + seed))
            #expect(throws: W3CImporter.Problem.self) { try W3CImporter.items(from: data) }
        }
    }

    // MARK: - Item 10: what this build does not know survives a save

    @Test func unknownFieldsSurviveASave() throws {
        let (article, sidecar) = try articleWithSidecar("unknown-keys.json")
        try AnnotationStore().add(newNote(on: article), to: article)
        let written = String(decoding: try #require(FileManager.default.contents(atPath: sidecar)), as: UTF8.self)
        #expect(written.contains("\"future\" : {"))
        #expect(written.contains("\"color\" : \"red\""))
        let after = try SidecarCodec.decode(Data(written.utf8), path: sidecar)
        #expect(after.unknownFields["future"] == .object(["layers": .array([.number("1"), .number("2")])]))
        #expect(after.annotations.first { $0.unknownFields["color"] == .string("red") } != nil)
    }

    @Test func unknownFieldsInsideKnownObjectsSurvive() throws {
        let text = """
            {"schema":"reader.annotations","version":1,"article":"a.txt","annotations":[{"id":"00000000-0000-0000-0000-000000000001",
            "created":"c","modified":"m","note":"","tags":[],"claim":{"kind":"count","value":5,"confidence":0.5},
            "target":{"quote":{"exact":"x","prefix":"","suffix":"","hue":1},"position":{"start":1,"end":2,"line":7}}}]}
            """
        let sidecar = try SidecarCodec.decode(Data(text.utf8), path: "s")
        let written = String(decoding: try SidecarCodec.encode(sidecar), as: UTF8.self)
        for field in ["\"confidence\" : 0.5", "\"hue\" : 1", "\"line\" : 7"] { #expect(written.contains(field)) }
        // With the claim gone, its unknown part goes too, rather than leave a claim without a kind.
        var withoutClaim = sidecar
        withoutClaim.annotations[0].claim = nil
        let rewritten = try SidecarCodec.decode(try SidecarCodec.encode(withoutClaim), path: "s")
        #expect(rewritten.annotations.count == 1 && rewritten.annotations[0].claim == nil)
    }

    // MARK: - Item 11: links and other articles' sidecars

    @Test func symbolicLinkSidecarIsRefusedNamingBoth() throws {
        let other = folder.write("b.txt", Self.text)
        let otherArticle = Article(path: other, text: Self.text)
        try AnnotationStore().add(newNote(on: otherArticle), to: otherArticle)
        let article = Article(path: folder.write("a.txt", Self.text), text: Self.text)
        let link = folder.path + "/a.annotations.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "b.annotations.json")
        let otherBefore = try #require(FileManager.default.contents(atPath: folder.path + "/b.annotations.json"))
        for attempt in [{ _ = try AnnotationStore().load(for: article) },
                        { _ = try AnnotationStore().add(self.newNote(on: article), to: article) }] as [() throws -> Void] {
            #expect {
                try attempt()
            } throws: { error in
                "\(error)".contains(link) && "\(error)".contains("symbolic link to b.annotations.json")
            }
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "b.annotations.json")
        #expect(FileManager.default.contents(atPath: folder.path + "/b.annotations.json") == otherBefore)
    }

    @Test func sidecarOfAnotherArticleIsRefusedNamingBoth() throws {
        let other = Article(path: folder.write("b.txt", Self.text), text: Self.text)
        try AnnotationStore().add(newNote(on: other), to: other)
        let article = Article(path: folder.write("a.txt", Self.text), text: Self.text)
        try FileManager.default.copyItem(atPath: folder.path + "/b.annotations.json", toPath: folder.path + "/a.annotations.json")
        let before = FileManager.default.contents(atPath: folder.path + "/a.annotations.json")
        #expect {
            try AnnotationStore().add(newNote(on: article), to: article)
        } throws: { error in
            "\(error)".contains("belongs to the article b.txt") && "\(error)".contains("looked up for a.txt")
        }
        #expect(FileManager.default.contents(atPath: folder.path + "/a.annotations.json") == before)
    }

    // MARK: - Item 12: one sidecar per article

    @Test func articlesSharingABaseNameHaveTheirOwnSidecars() throws {
        let store = AnnotationStore()
        #expect(AnnotationStore.sidecarName(for: "x/a.txt") == "a.annotations.json")
        #expect(AnnotationStore.sidecarName(for: "x/a.md") == "a.md.annotations.json")
        #expect(AnnotationStore.sidecarName(for: "x/a.text") == "a.text.annotations.json")
        #expect(AnnotationStore.sidecarName(for: "x/a") == "a.noext.annotations.json")
        var paths = Set<String>()
        for name in ["a.txt", "a.md", "a"] {
            let article = Article(path: folder.write(name, Self.text), text: Self.text)
            try store.add(newNote(on: article), to: article)
            paths.insert(store.sidecarPath(for: article.path))
            #expect(try store.load(for: article).count == 1)
        }
        #expect(paths.count == 3)
    }

    @Test func legacySharedSidecarIsFoundAndMovedToItsOwnName() throws {
        let store = AnnotationStore()
        let markdown = Article(path: folder.write("a.md", Self.text), text: Self.text)
        // What an earlier version wrote for a.md: the name a.txt would use, the article inside.
        var legacy = Sidecar(article: "a.md", annotations: [newNote(on: markdown)])
        legacy.annotations[0].note = "old"
        _ = FileManager.default.createFile(atPath: folder.path + "/a.annotations.json", contents: try SidecarCodec.encode(legacy))
        let plain = Article(path: folder.write("a.txt", Self.text), text: Self.text)
        #expect(try store.load(for: markdown).map(\.note) == ["old"])
        // a.txt cannot take a.md's notes as its own.
        #expect(throws: SidecarProblem.self) { try store.load(for: plain) }
        var second = newNote(on: markdown)
        second.id = UUID(uuidString: "00000000-0000-0000-0000-0000000000BB")!
        try store.add(second, to: markdown)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/a.md.annotations.json"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/a.annotations.json"))
        #expect(try store.load(for: markdown).count == 2)
        #expect(try store.load(for: plain).isEmpty)
    }

    // MARK: - Crashed saves, size, locks

    @Test func temporaryFilesOfDeadWritersAreRemovedOnLoad() throws {
        let article = Article(path: folder.write("a.txt", Self.text), text: Self.text)
        let dead = folder.write("a.annotations.json.tmp-2147483646-0badc0de", "{")
        let live = folder.write("a.annotations.json.tmp-\(getpid())-0badc0de", "{")
        #expect(try AnnotationStore().load(for: article).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    @Test func oversizedSidecarIsRefusedUnread() throws {
        let article = Article(path: folder.write("a.txt", Self.text), text: Self.text)
        let sidecar = folder.path + "/a.annotations.json"
        _ = FileManager.default.createFile(atPath: sidecar, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: sidecar))
        try handle.truncate(atOffset: UInt64(SidecarCodec.maximumSize + 1))
        try handle.close()
        #expect {
            try AnnotationStore().load(for: article)
        } throws: { error in
            "\(error)".contains(sidecar) && "\(error)".contains("too large") && "\(error)".contains("at most 16 MB")
        }
    }

    /// Holds the folder lock through a second open file description, as another process would.
    func holdLock(on folder: String) -> Int32 {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        flock(descriptor, LOCK_EX)
        return descriptor
    }

    @Test func aSaveWaitingForTheLockReportsTheHolderAndGivesUp() throws {
        let article = Article(path: folder.write("a.txt", Self.text), text: Self.text)
        let held = holdLock(on: folder.path)
        defer { close(held) }
        let store = AnnotationStore()
        #expect(store.lockHolder(forArticleAt: article.path)?.processID == getpid())
        let reports = Reports()
        var waiting = store
        waiting.lockWaiting = LockWaiting(timeout: .milliseconds(200), onWait: { folder, holder in reports.add("\(folder) \(holder)") })
        #expect {
            try waiting.add(newNote(on: article), to: article)
        } throws: { error in
            (error as? StoreError).map { if case .lockNotTaken = $0.kind { true } else { false } } == true
                && "\(error)".contains("gave up waiting for the lock on \(folder.path)")
        }
        #expect(reports.all.count == 1)
        #expect(reports.all.first?.contains("process \(getpid())") == true)
        // Esc: the caller says stop, and it stops without waiting out any timeout.
        waiting.lockWaiting = LockWaiting(keepWaiting: { false })
        #expect(throws: StoreError.self) { try waiting.add(newNote(on: article), to: article) }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/a.annotations.json"))
    }

    @Test func aSaveWaitingForTheLockSucceedsOnceItIsFree() async throws {
        let article = Article(path: folder.write("a.txt", Self.text), text: Self.text)
        let held = holdLock(on: folder.path)
        let reports = Reports()
        let store = AnnotationStore(lockWaiting: LockWaiting(onWait: { _, holder in
            reports.add("\(holder)")
            close(held)
        }))
        try store.add(newNote(on: article), to: article)
        #expect(reports.all.count == 1)
        #expect(store.lockHolder(forArticleAt: article.path) == nil)
        #expect(try store.load(for: article).count == 1)
    }
}

/// Messages collected from a callback that may run on another thread.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}

@Suite("Messages about hostile files print no control characters")
struct HostileMessageTests {
    @Test func textFromTheFileIsSpelledOut() throws {
        let escape = "\\u001b[2J\u{202E}"
        var messages: [String] = []
        do {
            _ = try JSONParser.parse(Array("{\"\(escape)\":1,\"\(escape)\":2}".utf8))
        } catch {
            messages.append(error.description)
        }
        let sidecar = """
            {"schema":"reader.annotations","version":1,"article":"a.txt","annotations":[{"id":"00000000-0000-0000-0000-000000000001",
            "created":"c","modified":"m","note":"","tags":[],"claim":{"kind":"\\u001b[2J"},
            "target":{"quote":{"exact":"x","prefix":"","suffix":""},"position":{"start":1,"end":2}}}]}
            """
        messages += try SidecarCodec.decode(Data(sidecar.utf8), path: "s").skipped.map(\.description)
        do {
            _ = try W3CImporter.items(from: Data("{\"type\":\"\\u001b[2J\",\"total\":0,\"items\":[],\"@context\":\"x\"}".utf8))
        } catch {
            messages.append(error.description)
        }
        #expect(messages.count == 3)
        for message in messages {
            #expect(!message.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{202E}" }, "\(message)")
            #expect(message.contains("␛[2J"))
        }
    }
}
