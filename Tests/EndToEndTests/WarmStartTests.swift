import Foundation
import Testing

/// A warm start of the reader on a folder with an index: the list comes from the index's rows at
/// once, before any file is scanned, and the scan behind the first screen brings in what changed
/// since (files added, gone, changed; a feed's items listed anew).
@Suite("A warm start lists from the index, then the scan's changes", .serialized)
struct WarmStartTests {
    typealias Workspace = ItemsInIndexCommandLineTests.Workspace

    static let longerFeed = ItemsInIndexCommandLineTests.feed.replacingOccurrences(of: "</channel>", with: """
        <item><title>Harvest record</title><guid isPermaLink="false">a3</guid>
        <description>Kansas reported a record wheat harvest.</description></item>
        </channel>
        """)

    @Test func aFeedChangedSinceTheIndexStillListsFromTheIndexAndTheScanListsItsItemsAnew() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("wire.rss", ItemsInIndexCommandLineTests.feed)
        try workspace.write("plain.txt", "Plain story\n\nNothing about the war here.\n")
        try workspace.write("other.txt", "Other story\n\nStill nothing.\n")
        let index = workspace.root + "/index.sqlite"
        let made = try workspace.run(["benchmark", "--corpus", workspace.corpus, "--index", index, "--first-screen"])
        #expect(made.status == 0, "\(made.stderr)")
        try workspace.write("wire.rss", Self.longerFeed)
        let warm = try workspace.run(["benchmark", "--corpus", workspace.corpus, "--index", index, "--first-screen"])
        #expect(warm.status == 0, "\(warm.stderr)")
        // Before, a feed changed since the index made the reader read every file first.
        #expect(!warm.stderr.contains("cannot give the list"), "\(warm.stderr)")
        #expect(warm.stdout.contains("4 articles listed"), "\(warm.stdout)")
        #expect(warm.stdout.contains("3 added, 2 gone, 0 changed"), "\(warm.stdout)")
    }

    /// `reader DIR1 DIR2`: both folders listed from the index's rows before any scan, one after
    /// the other; the scan behind the list compares each folder's files with its own rows.
    @Test func severalFoldersAreListedFromTheIndexAndTheScanComparesEach() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        for name in ["one", "two"] {
            try FileManager.default.createDirectory(atPath: workspace.corpus + "/" + name, withIntermediateDirectories: true)
        }
        try workspace.write("one/wire.rss", ItemsInIndexCommandLineTests.feed)
        try workspace.write("two/plain.txt", "Plain story\n\nNothing about the war here.\n")
        try workspace.write("two/other.txt", "Other story\n\nStill nothing.\n")
        let index = workspace.root + "/index.sqlite"
        let folders = ["--corpus", workspace.corpus + "/one", "--corpus", workspace.corpus + "/two"]
        let made = try workspace.run(["benchmark"] + folders + ["--index", index, "--first-screen"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("4 articles listed, 4 from current rows"), "\(made.stdout)")
        #expect(made.stdout.contains("0 added, 0 gone, 0 changed"), "\(made.stdout)")
        try workspace.write("one/wire.rss", Self.longerFeed)
        try FileManager.default.removeItem(atPath: workspace.corpus + "/two/other.txt")
        try workspace.write("two/new.txt", "New story\n\nArrived since.\n")
        let warm = try workspace.run(["benchmark"] + folders + ["--index", index, "--first-screen"])
        #expect(warm.status == 0, "\(warm.stderr)")
        // Before, several folders were scanned first, and a feed changed since made the reader read every file.
        #expect(!warm.stderr.contains("cannot give the list"), "\(warm.stderr)")
        #expect(warm.stdout.contains("4 articles listed"), "\(warm.stdout)")
        // The feed's three items listed anew and the new file; the feed's two old items and the removed file gone.
        #expect(warm.stdout.contains("4 added, 3 gone, 0 changed"), "\(warm.stdout)")
    }

    @Test func theListFromTheIndexTakesInTheFilesAddedGoneAndChangedOnceScanned() throws {
        let session = try TmuxSession(width: 120, height: 30)
        let corpus = session.home + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: corpus + "/" + name))
        }
        try write("wire.rss", ItemsInIndexCommandLineTests.feed)
        try write("b.txt", "Bravo story\n\nAbout nothing.\n")
        try write("c.txt", "Charlie story\n\nGone soon.\n")
        try write("e.txt", "Echo story\n\nShort.\n")
        try session.run("cd \(session.home) && touch -d 2020-01-01 corpus/* && clear && \(reader) index --index index.sqlite corpus; echo INDEXED=$?")
        try session.waitFor("INDEXED=0", timeout: 60)
        try FileManager.default.removeItem(atPath: corpus + "/c.txt")
        try write("a.txt", "Alpha story\n\nNew since the index.\n")
        try write("e.txt", "Echo story rewritten\n\nLonger now, and changed.\n")
        try write("wire.rss", Self.longerFeed)
        try session.run("clear && touch -d 2020-01-02 corpus/* && \(reader) --index index.sqlite corpus; echo EXIT=$?")
        let scanned = try session.waitUntil(timeout: 30, "the changes scanned and read") { screen in
            screen.contains("6 articles") && screen.contains("Alpha story") && screen.contains("Echo story rewritten")
                && screen.contains("Harvest record")
        }
        #expect(!scanned.contains("Charlie story"), "\(scanned)")
        // In path order: the new file first, the feed's three items last.
        let order = ["Alpha story", "Bravo story", "Echo story rewritten", "Aleppo evacuation resumes", "Ceasefire talks",
                     "Harvest record"].map { scanned.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && zip(order, order.dropFirst()).allSatisfy { $0! < $1! }, "\(scanned)")
        try session.send(keys: "q")
        try session.waitFor("EXIT=0")
    }

    let reader = ReaderBinary.path
}
