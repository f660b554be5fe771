import Foundation
import Testing

/// `reader list` and `reader search` on a folder of feeds and JSON Lines files, through the corpus
/// index: each item is an article of its own, listed and found as reading the files lists it.
@Suite("Feed and JSON Lines items through the index, on the command line")
struct ItemsInIndexCommandLineTests {
    struct Workspace {
        let root = NSTemporaryDirectory() + "reader-items-\(UUID().uuidString)"
        var corpus: String { root + "/corpus" }
        var environment: [String: String] { ["XDG_CACHE_HOME": root + "/cache"] }

        init() throws {
            try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        }

        func write(_ name: String, _ text: String) throws {
            let path = corpus + "/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            // Files written a moment ago are checked by hash, not trusted: make them old, as an archive's are.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        }

        func run(_ arguments: [String]) throws -> ReaderBinary.Output {
            try ReaderBinary.run(arguments, environment: environment)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    static let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Aleppo evacuation resumes</title><guid isPermaLink="false">a1</guid>
        <pubDate>Thu, 15 Dec 2016 10:00:00 GMT</pubDate><link>https://example.org/a1</link>
        <description>&lt;p&gt;Buses left eastern Aleppo carrying about 8,000 people.&lt;/p&gt;</description></item>
        <item><title>Ceasefire talks</title><guid isPermaLink="false">a2</guid>
        <pubDate>Fri, 16 Dec 2016 09:00:00 GMT</pubDate>
        <description>Diplomats met in Ankara to discuss a ceasefire.</description></item>
        </channel></rss>

        """

    static let lines = """
        {"id": "j1", "title": "Mosul offensive", "date": "2016-12-14", "byline": "A. Writer", "text": "Iraqi forces advanced in Mosul."}
        {this line is not JSON
        {"id": "j2", "title": "Bell\\u0007 in the \\u001b[31mtitle", "date": "2016-12-13", "source": "Farm News", "text": "Kansas reported a record wheat harvest."}

        """

    @Test func listFromTheIndexEqualsTheListReadFromTheFilesItemByItem() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("wire.rss", Self.feed)
        try workspace.write("archive.jsonl", Self.lines)
        try workspace.write("plain.txt", "Plain story\n\nNothing about the war here.\n")
        let readTable = try ReaderBinary.run(["list", workspace.corpus], environment: ["XDG_CACHE_HOME": workspace.root + "/no-cache"])
        let readJSON = try ReaderBinary.run(["list", "--json", workspace.corpus], environment: ["XDG_CACHE_HOME": workspace.root + "/no-cache"])
        let indexed = try workspace.run(["index", workspace.corpus])
        #expect(indexed.status == 0, "\(indexed.stderr)")
        let table = try workspace.run(["list", workspace.corpus])
        let json = try workspace.run(["list", "--json", workspace.corpus])
        #expect(table.stdout == readTable.stdout)
        #expect(json.stdout == readJSON.stdout)
        // The line that is not JSON is said as reading the file says it, and the exit status is the same.
        #expect(table.stderr == readTable.stderr && table.stderr.contains("archive.jsonl:2: line 2 is not valid JSON"))
        #expect(table.status == readTable.status)
        #expect(table.stdout.contains("\(workspace.corpus)/archive.jsonl#j2\tBell␇ in the ␛[31mtitle\t"))
        #expect(table.stdout.contains("\(workspace.corpus)/wire.rss#a2\tCeasefire talks\t"))
        #expect(!table.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        // Answered from the index: bytes changed under the same size and time are not read.
        let path = workspace.corpus + "/wire.rss"
        let stamp = try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        try Data(Self.feed.replacingOccurrences(of: "evacuation resumes", with: "evacuation RESUMES").utf8)
            .write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: path)
        let fromIndex = try workspace.run(["list", workspace.corpus])
        #expect(fromIndex.stdout == table.stdout)
        #expect(fromIndex.stdout.contains("\tAleppo evacuation resumes\t"))
    }

    @Test func searchNamesTheItemAndAnItemLeavingItsFileIsNoLongerFound() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("wire.rss", Self.feed)
        try workspace.write("archive.jsonl", Self.lines)
        let found = try workspace.run(["search", "ankara", workspace.corpus])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout == "\(workspace.corpus)/wire.rss#a2:3:18: Diplomats met in Ankara to discuss a ceasefire.\n")
        let json = try workspace.run(["search", "wheat", "--json", workspace.corpus])
        #expect(json.stdout.contains("\"item\" : \"j2\""))
        #expect(!(try workspace.run(["search", "guid", workspace.corpus]).stdout.contains("wire.rss")))
        try workspace.write("archive.jsonl", Self.lines.replacingOccurrences(of: "record wheat", with: "poor maize"))
        #expect(try workspace.run(["index", workspace.corpus]).status == 0)
        #expect(try workspace.run(["search", "wheat", workspace.corpus]).stdout.isEmpty)
        #expect(try workspace.run(["search", "maize", workspace.corpus]).stdout.contains("archive.jsonl#j2:"))
    }
}
