import Foundation
import Testing

/// HTML pages, feeds, JSON Lines and pipes through the real `reader` binary.
@Suite("News formats on the command line")
struct FormatsCommandLineTests {
    static let fixtures = ReaderBinary.packageRoot + "/Tests/Fixtures/formats"

    /// A temporary folder holding copies of the format fixtures.
    func corpus() throws -> String {
        let folder = NSTemporaryDirectory() + "reader-formats-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.fixtures) {
            try FileManager.default.copyItem(atPath: Self.fixtures + "/" + name, toPath: folder + "/news/" + name)
        }
        return folder
    }

    func shell(_ command: String, in folder: String) throws -> ReaderBinary.Output {
        let result = try SpawnedProcess.run("/bin/sh", ["-c", command], currentDirectory: folder)
        return ReaderBinary.Output(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    @Test func listShowsEveryFormatWithItsMetadataAndReportsBadLines() throws {
        let folder = try corpus()
        let output = try ReaderBinary.run(["list", "--json", "--fields", "text=maintext,title=headline", "news"], currentDirectory: folder)
        #expect(output.status == 1, "bad JSON lines make the exit status 1")
        #expect(output.stderr.contains("news/articles.jsonl:2: line 2 is not valid JSON; skipped"))
        #expect(output.stderr.contains("news/articles.jsonl:4: line 4 is not a JSON object; skipped"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["title"] as? String } == [
            "Notes on the bridge vote", "Market hall sold", "School wins prize \u{1B}[2J", "Ferry timetable changes[2J",
            "Flood defences finished & tested", "Library reopens", "Council approves river bridge plan",
        ])
        let page = try #require(rows.last)
        #expect(page["url"] as? String == "https://courier.example/news/2026/03/bridge-plan")
        #expect(page["date"] as? String == "2026-03-14T09:30:00Z")
        #expect(page["byline"] as? String == "Maria Ortiz")
        #expect(page["source"] as? String == "The Valley Courier")
        #expect(page["item"] == nil)
        #expect(rows[5]["item"] as? String == "https://courier.example/news/library")
        // The table form never carries a raw escape character to the terminal.
        let table = try ReaderBinary.run(["list", "--fields", "text=maintext,title=headline", "news"], currentDirectory: folder)
        #expect(table.stdout.contains("School wins prize ␛[2J"))
        #expect(!table.stdout.contains("\u{1B}") && !table.stderr.contains("\u{1B}"))
    }

    @Test func analyzeAndAnnotateReadAPipe() throws {
        let folder = try corpus()
        let analysis = try shell("\(ReaderBinary.path) analyze --json - < news/news-page.html", in: folder)
        #expect(analysis.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(analysis.stdout.utf8)) as? [[String: Any]])
        #expect(reports.first?["file"] as? String == "-")
        #expect((reports.first?["metadata"] as? [String: Any])?["url"] as? String == "https://courier.example/news/2026/03/bridge-plan")
        #expect((reports.first?["claims"] as? [[String: Any]])?.contains { $0["text"] as? String == "£4.5m" } == true)

        let refused = try shell("\(ReaderBinary.path) annotate - --quote '£4.5m' < news/news-page.html", in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("use --store DIR"))
        let saved = try shell("\(ReaderBinary.path) annotate - --quote '£4.5m' --note costs --store notes < news/news-page.html", in: folder)
        #expect(saved.status == 0)
        let notes = try shell("\(ReaderBinary.path) notes --json --store notes news/news-page.html", in: folder)
        // The same page read from the file has no item id: a pipe's notes stay with the pipe.
        #expect(notes.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
        #expect(FileManager.default.fileExists(atPath: folder + "/notes/standard-input.annotations.json"))
    }

    @Test func aFeedItemIsAnnotatedExportedWithItsURLAndImportedByIt() throws {
        let folder = try corpus()
        let annotate = try ReaderBinary.run(["annotate", "news/feed.rss", "--item", "https://courier.example/news/library",
                                             "--quote", "40 new computers", "--note", "how many before?"], currentDirectory: folder)
        #expect(annotate.status == 0, "\(annotate.stderr)")
        #expect(annotate.stdout.hasPrefix("news/feed.rss#https://courier.example/news/library:3:"))
        let markdown = try ReaderBinary.run(["export", "news/feed.rss"], currentDirectory: folder)
        #expect(markdown.stdout.contains("Link: <https://courier.example/news/library>"))
        #expect(markdown.stdout.contains("how many before?"))
        #expect(markdown.stdout.contains("- Source: `news/feed.rss#https://courier.example/news/library:3:"))
        let table = try ReaderBinary.run(["list", "news/feed.rss"], currentDirectory: folder)
        #expect(table.stdout.split(separator: "\n").first == "news/feed.rss#courier-1001\tFlood defences finished & tested\t26\tValley Courier: News, Mon, 16 Mar 2026 08:00:00 GMT\t0 disputed\t0 false")
        let w3c = try ReaderBinary.run(["export", "news/feed.rss", "--format", "w3c", "--output", "notes.jsonld"], currentDirectory: folder)
        #expect(w3c.status == 0)
        let exported = try String(contentsOfFile: folder + "/notes.jsonld", encoding: .utf8)
        #expect(exported.contains("\"source\" : \"https://courier.example/news/library\""))
        #expect(exported.contains("\"reader:file\" : \"news/feed.rss\""))
        #expect(exported.contains("\"reader:item\" : \"https://courier.example/news/library\""))

        // Import by URL alone (no file named): the article is found among the articles under --in.
        try FileManager.default.removeItem(atPath: folder + "/news/feed.rss.annotations.json")
        let urlOnly = exported.replacingOccurrences(of: "\"reader:file\" : \"news/feed.rss\",", with: "")
            .replacingOccurrences(of: "\"reader:item\" : \"https://courier.example/news/library\",", with: "")
        try urlOnly.write(toFile: folder + "/by-url.jsonld", atomically: true, encoding: .utf8)
        #expect(!urlOnly.contains("reader:file"))
        let imported = try ReaderBinary.run(["import", "by-url.jsonld", "--in", "news"], currentDirectory: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        let notes = try ReaderBinary.run(["notes", "news/feed.rss"], currentDirectory: folder)
        #expect(notes.stdout.contains("news/feed.rss#https://courier.example/news/library:3:"))
        #expect(notes.stdout.contains("anchored"))
    }

    @Test func anArticleFoundByURLAloneIsStillConfinedToThePathsGiven() throws {
        let folder = try corpus()
        try FileManager.default.createDirectory(atPath: folder + "/elsewhere", withIntermediateDirectories: true)
        let annotate = try ReaderBinary.run(["annotate", "news/feed.rss", "--item", "https://courier.example/news/library",
                                             "--quote", "40 new computers", "--note", "by url"], currentDirectory: folder)
        #expect(annotate.status == 0, "\(annotate.stderr)")
        let w3c = try ReaderBinary.run(["export", "news/feed.rss", "--format", "w3c", "--output", "notes.jsonld"], currentDirectory: folder)
        #expect(w3c.status == 0, "\(w3c.stderr)")
        try FileManager.default.removeItem(atPath: folder + "/news/feed.rss.annotations.json")
        let exported = try String(contentsOfFile: folder + "/notes.jsonld", encoding: .utf8)
        let urlOnly = exported.replacingOccurrences(of: "\"reader:file\" : \"news/feed.rss\",", with: "")
        #expect(!urlOnly.contains("reader:file"))
        try urlOnly.write(toFile: folder + "/by-url.jsonld", atomically: true, encoding: .utf8)

        // Found under --in news, but only elsewhere/ may receive annotations: refused, nothing written.
        let refused = try ReaderBinary.run(["import", "by-url.jsonld", "elsewhere", "--in", "news"], currentDirectory: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("news/feed.rss: not an article under the paths given (elsewhere)"), "\(refused.stderr)")
        #expect(refused.stdout.contains("imported 0 annotations into 0 sidecars"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/news/feed.rss.annotations.json"))

        // With no --in the URL is looked up under the PATHs themselves.
        let missing = try ReaderBinary.run(["import", "by-url.jsonld", "elsewhere"], currentDirectory: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no article with the URL https://courier.example/news/library under elsewhere"), "\(missing.stderr)")
        let allowed = try ReaderBinary.run(["import", "by-url.jsonld", "news"], currentDirectory: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/news/feed.rss.annotations.json"))
    }

    @Test func windows1252TextOpensWithANoticeAndCanBeForced() throws {
        let folder = try corpus()
        #expect(FileManager.default.createFile(atPath: folder + "/old.txt", contents: Data("Caf".utf8) + Data([0xE9, 0x20, 0x80]) + Data("5\n".utf8)))
        let list = try ReaderBinary.run(["list", "--json", "old.txt"], currentDirectory: folder)
        #expect(list.stdout.contains("\"title\" : \"Café €5\""))
        let forced = try ReaderBinary.run(["list", "--encoding", "iso-8859-1", "old.txt"], currentDirectory: folder)
        #expect(forced.stdout.contains("Café �5"), "a C1 control is shown as �, never sent raw")
        let wrong = try ReaderBinary.run(["list", "--encoding", "ebcdic", "old.txt"], currentDirectory: folder)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("--encoding ebcdic"))
    }
}
