import Foundation
import Testing

@Suite("reader on the command line")
struct CommandLineTests {
    @Test func listPrintsTheFourSeeds() throws {
        let output = try ReaderBinary.run(["list", "seeds"], currentDirectory: ReaderBinary.packageRoot)
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].contains("Aleppo hospital hit by Assad regime airstrikes"))
    }

    @Test func listJSONIsParseable() throws {
        let output = try ReaderBinary.run(["list", "--json", ReaderBinary.packageRoot + "/seeds"])
        #expect(output.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 4)
        #expect(rows?.first?["words"] as? Int == 498)
    }

    @Test func missingPathFailsWithAMessage() throws {
        let output = try ReaderBinary.run(["list", "/nonexistent/folder"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("/nonexistent/folder: no such file or folder"))
    }

    @Test func openingWithoutATerminalSaysToUseASubcommand() throws {
        let output = try ReaderBinary.run([ReaderBinary.packageRoot + "/seeds"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("use a subcommand"))
    }

    @Test func versionAndHelp() throws {
        #expect(try ReaderBinary.run(["--version"]).stdout.hasPrefix("0."))
        let help = try ReaderBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("list"))
    }

    @Test func benchmarkPrintsEachMeasureAndMemory() throws {
        let output = try ReaderBinary.run(["benchmark", "--megabytes", "1", "--runs", "1", "--feed-items", "50", "seeds"],
                                          currentDirectory: ReaderBinary.packageRoot)
        #expect(output.status == 0)
        let names = output.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names == ["corpus:", "claims", "entities", "both", "html", "feed", "peak"])
        #expect(output.stdout.contains("for 50 items"))
        #expect(output.stdout.contains("MB/s per core"))
    }

    /// The corpus benchmark's options without --corpus are a usage error, not silently ignored.
    @Test(arguments: [["--index", "unused-index.sqlite"], ["--query", "zebra"], ["--entity", "Aleppo"]])
    func corpusBenchmarkOptionsNeedACorpus(options: [String]) throws {
        let output = try ReaderBinary.run(["benchmark", "--megabytes", "1", "--runs", "1"] + options + ["seeds"],
                                          currentDirectory: ReaderBinary.packageRoot)
        #expect(output.status == 2)
        #expect(output.stderr.contains("\(options[0]) only goes with --corpus FOLDER"))
        #expect(output.stdout.isEmpty)
    }

    @Test func benchmarkOnlyTimesTheNamedMeasure() throws {
        let output = try ReaderBinary.run(["benchmark", "--megabytes", "1", "--runs", "1", "--only", "entities", "seeds"],
                                          currentDirectory: ReaderBinary.packageRoot)
        #expect(output.status == 0)
        #expect(output.stdout.contains("\nentities "))
        #expect(!output.stdout.contains("\nclaims ") && !output.stdout.contains("\nboth "))
        let wrong = try ReaderBinary.run(["benchmark", "--megabytes", "1", "--only", "words", "seeds"],
                                         currentDirectory: ReaderBinary.packageRoot)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("--only takes claims, entities, both, html, feed or ledger"))
    }

    @Test func listNeverPrintsRawEscapes() throws {
        let folder = NSTemporaryDirectory() + "reader-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder + "/evil.txt", contents: Data("Evil \u{1B}[2J title\u{07}\n\nBody".utf8)))
        let output = try ReaderBinary.run(["list", folder])
        #expect(!output.stdout.contains("\u{1B}"))
        #expect(output.stdout.contains("Evil ␛[2J title␇"))
    }
}
