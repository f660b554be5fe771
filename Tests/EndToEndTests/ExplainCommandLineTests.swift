import Foundation
import Testing

/// `reader analyze --explain [--json]` run as a user runs it: per entity, the rules that gave it its
/// span and type, for the very entities `reader analyze --json` prints.
@Suite struct ExplainCommandLineTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "reader-explain-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder + "/powell.txt", contents: Data(
            "Report\n\nOn Monday Chairman Jerome Powell spoke in Nairobi about rates, and shares of Dovecote Holdings Plc fell.\n".utf8)))
    }

    /// The articles of a JSON array that `reader` printed.
    static func articles(_ output: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }

    /// "start-end TYPE text" of every entity of every article, in order.
    static func spans(_ articles: [[String: Any]]) -> [String] {
        articles.flatMap { article in
            (article["entities"] as? [[String: Any]] ?? []).map {
                "\(article["file"] ?? "") \($0["start"] ?? "")-\($0["end"] ?? "") \($0["type"] ?? "") \($0["text"] ?? "")"
            }
        }
    }

    @Test func textModeListsTheRulesUnderEachEntity() throws {
        let result = try ReaderBinary.run(["analyze", "--explain", folder + "/powell.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let person = try #require(lines.firstIndex { $0.contains("PERSON") && $0.hasSuffix("Jerome Powell") }, "\(result.stdout)")
        #expect(lines[person + 1].hasPrefix("      title-before-name (spotter): "))
        #expect(lines[person + 1].hasSuffix("[list:titles]"))
        #expect(lines[person + 2].hasPrefix("      titled-run-person (spotter): "))
        let company = try #require(lines.firstIndex { $0.hasSuffix("Dovecote Holdings Plc") })
        #expect(lines[company + 1].hasPrefix("      organisation-cue (spotter): "))
        #expect(lines[company + 2].hasPrefix("      company-form-joins-name (spotter): "))
        #expect(lines.contains { $0.hasPrefix("      known-place (spotter): ") && $0.hasSuffix("[list:places]") })
    }

    @Test func jsonExplainsExactlyTheEntitiesAnalyzePrints() throws {
        let paths = [ReaderBinary.packageRoot + "/seeds", ReaderBinary.packageRoot + "/eval/dev/texts", folder + "/powell.txt"]
        let explained = try ReaderBinary.run(["analyze", "--explain", "--json"] + paths)
        #expect(explained.status == 0, "\(explained.stderr)")
        let analysed = try ReaderBinary.run(["analyze", "--json"] + paths)
        let explainedArticles = try Self.articles(explained.stdout)
        #expect(Self.spans(explainedArticles) == Self.spans(try Self.articles(analysed.stdout)))
        #expect(Self.spans(explainedArticles).count > 100)
        // Every entity has at least one rule, and every rule its id, pass, summary and lists.
        for article in explainedArticles {
            for entity in article["entities"] as? [[String: Any]] ?? [] {
                let rules = entity["rules"] as? [[String: Any]] ?? []
                #expect(!rules.isEmpty, "\(entity)")
                for rule in rules {
                    #expect((rule["id"] as? String)?.isEmpty == false && (rule["summary"] as? String)?.isEmpty == false)
                    #expect(["spotter", "retyper", "linker", "team-linker", "model"].contains(rule["stage"] as? String ?? ""))
                    #expect((rule["lists"] as? [String])?.allSatisfy { $0.hasPrefix("list:") } == true)
                }
            }
        }
        let article = try #require(explainedArticles.first { ($0["file"] as? String)?.hasSuffix("/powell.txt") == true })
        let powell = try #require(article["entities"] as? [[String: Any]]).first { $0["text"] as? String == "Jerome Powell" }
        #expect((powell?["rules"] as? [[String: Any]])?.map { $0["id"] as? String ?? "" } == ["title-before-name", "titled-run-person"])
    }

    @Test func wordsPassedOverOnPurposeAreListedWithTheirRule() throws {
        #expect(FileManager.default.createFile(atPath: folder + "/storm.txt", contents: Data(
            "Report\n\nThe coast was hit hard by Typhoon Haiyan on Monday Nov 12 last year.\n".utf8)))
        let text = try ReaderBinary.run(["analyze", "--explain", folder + "/storm.txt"])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let storm = try #require(lines.firstIndex { $0.hasPrefix("  -  ") && $0.hasSuffix("Haiyan") }, "\(text.stdout)")
        #expect(lines[storm + 1].hasPrefix("      storm-name (spotter): "))
        let json = try ReaderBinary.run(["analyze", "--explain", "--json", folder + "/storm.txt"])
        let passed = try #require(try Self.articles(json.stdout).first?["passedOver"] as? [[String: Any]])
        // The rule that dropped each: the one-word headline too, which the linker drops as a common word.
        #expect(passed.map { "\($0["text"] ?? "") \(($0["rules"] as? [[String: Any]])?.last?["id"] ?? "")" }
                == ["Report unnamed-dropped", "Haiyan storm-name", "Nov date-month"])
    }

    @Test func controlCharactersAreShownOrEscaped() throws {
        let name = "x\u{1B}]2;PWNED\u{07}.txt"
        #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("Report\n\nPrices rose in Nairobi.\n".utf8)))
        let text = try ReaderBinary.run(["analyze", "--explain", folder + "/" + name])
        #expect(text.status == 0)
        #expect(!text.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.stdout.contains("x␛]2;PWNED␇.txt"))
        let json = try ReaderBinary.run(["analyze", "--explain", "--json", folder + "/" + name])
        #expect(!json.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(try Self.articles(json.stdout).first?["file"] as? String == folder + "/" + name)
    }

    @Test func explainWithJSONLinesIsRefused() throws {
        let result = try ReaderBinary.run(["analyze", "--explain", "--jsonl", folder + "/powell.txt"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--explain"))
    }

    @Test func aMissingFileIsSaidAndFails() throws {
        let result = try ReaderBinary.run(["analyze", "--explain", folder + "/missing.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.txt"))
    }
}
