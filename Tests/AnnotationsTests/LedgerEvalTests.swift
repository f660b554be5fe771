import Annotations
import Foundation
import Testing

/// The ledger against the hand-labelled groups and attributions of eval/ledger/ (the seeds, and
/// five related articles written for the set). Targets: pairwise precision and recall ≥ 0.85,
/// attribution accuracy ≥ 0.85 on the claims that have a source.
@Suite("Claim ledger evaluation")
struct LedgerEvalTests {
    static func ledger(for gold: LedgerEvalScorer.Gold) throws -> ClaimLedger {
        let corpus = ArticleLoader.load(paths: [TestPaths.packageRoot + "/" + gold.texts])
        #expect(corpus.problems.isEmpty)
        let recognizer = Recognizer()
        return ClaimLedger(articles: corpus.articles.map { LedgerArticle(article: $0, analysis: recognizer.analyze($0.text)) })
    }

    struct ScorerCase: Sendable, CustomTestStringConvertible {
        var gold: [[String]]
        var predicted: [[String]]
        var precision: Double
        var recall: Double
        var testDescription: String { "\(gold) vs \(predicted)" }
    }

    static let scorerCases: [ScorerCase] = [
        ScorerCase(gold: [["a", "b", "c"]], predicted: [["a", "b"], ["c"]], precision: 1, recall: 1.0 / 3),
        ScorerCase(gold: [["a", "b"], ["c"]], predicted: [["a", "b", "c"]], precision: 1.0 / 3, recall: 1),
        ScorerCase(gold: [["a", "b"], ["c", "d"]], predicted: [["a", "c"], ["b", "d"]], precision: 0, recall: 0),
    ]

    @Test("Scorer: pairs are counted as labelled", arguments: scorerCases)
    func scorer(_ example: ScorerCase) {
        let score = LedgerEvalScorer.score(gold: example.gold, predicted: example.predicted)
        #expect(abs(score.precision - example.precision) < 1e-9)
        #expect(abs(score.recall - example.recall) < 1e-9)
    }

    /// The figures as one line, worded as scripts/score-ledger.py prints them.
    static func figures(_ groups: LedgerEvalScorer.GroupScore, _ attributions: LedgerEvalScorer.AttributionScore) -> String {
        "pairwise precision \(String(format: "%.3f", groups.precision)) "
            + "(\(groups.truePairs)/\(groups.predictedPairs)), recall \(String(format: "%.3f", groups.recall)) "
            + "(\(groups.truePairs)/\(groups.goldPairs)); attribution accuracy \(String(format: "%.3f", attributions.accuracy)) "
            + "(\(attributions.correct)/\(attributions.attributed)), spurious \(attributions.spurious)"
    }

    @Test("Groups and attributions meet the targets", arguments: ["seeds.json", "related.json", "heldout.json"])
    func meetsTargets(file: String) throws {
        let gold = try LedgerEvalScorer.load(TestPaths.packageRoot + "/eval/ledger/" + file)
        let ledger = try Self.ledger(for: gold)
        let groups = LedgerEvalScorer.scoreGroups(gold, ledger: ledger)
        let attributions = LedgerEvalScorer.scoreAttributions(gold, ledger: ledger)
        print("ledger eval \(file): " + Self.figures(groups, attributions))
        for line in attributions.wrong { print("  attribution: \(line)") }
        #expect(groups.missing.isEmpty, "gold claims the recogniser no longer finds: \(groups.missing)")
        #expect(groups.precision >= 0.85)
        #expect(groups.recall >= 0.85)
        #expect(attributions.accuracy >= 0.85, "\(attributions.wrong)")
    }

    /// eval/ledger/heldout2 (written and labelled before the ledger was run on it) does not meet the
    /// recall target: its deal stories name no common place (a dateline each, and a product the
    /// recogniser takes for a place), so their figures stay apart. The floors are its scores now, so
    /// that a change that loses ground on it fails; raise them as it improves.
    @Test("The second held-out set keeps its precision and attribution and does not lose recall")
    func secondHeldOutSet() throws {
        let gold = try LedgerEvalScorer.load(TestPaths.packageRoot + "/eval/ledger/heldout2.json")
        let ledger = try Self.ledger(for: gold)
        let groups = LedgerEvalScorer.scoreGroups(gold, ledger: ledger)
        let attributions = LedgerEvalScorer.scoreAttributions(gold, ledger: ledger)
        print("ledger eval heldout2.json: " + Self.figures(groups, attributions))
        #expect(groups.missing.isEmpty, "gold claims the recogniser no longer finds: \(groups.missing)")
        #expect(groups.precision >= 0.85)
        #expect(groups.recall >= 0.47)
        #expect(attributions.accuracy >= 0.85, "\(attributions.wrong)")
        #expect(attributions.spurious == 0)
    }

    /// The built `reader`, which `swift test` builds beside the test bundle.
    static var readerBinary: String? {
        let folders = [Bundle.main.bundleURL.path, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path,
                       TestPaths.packageRoot + "/.build/debug"]
        return folders.map { $0 + "/reader" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func runScorer(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.packageRoot + "/scripts/score-ledger.py"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test("scripts/score-ledger.py prints the figures these tests compute", arguments: ["seeds.json", "related.json"])
    func outsideScorerAgrees(file: String) throws {
        let binary = try #require(Self.readerBinary, "the reader executable is built with the tests")
        let gold = try LedgerEvalScorer.load(TestPaths.packageRoot + "/eval/ledger/" + file)
        let ledger = try Self.ledger(for: gold)
        let expected = Self.figures(LedgerEvalScorer.scoreGroups(gold, ledger: ledger),
                                    LedgerEvalScorer.scoreAttributions(gold, ledger: ledger))
        let result = try Self.runScorer([TestPaths.packageRoot + "/eval/ledger/" + file,
                                         TestPaths.packageRoot + "/" + gold.texts, "--reader", binary])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").first.map(String.init) == expected)
    }

    @Test("scripts/score-ledger.py explains a gold file it cannot use")
    func outsideScorerRefusesBadGold() throws {
        let folder = NSTemporaryDirectory() + "reader-score-ledger-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("{\"groups\": 3}".utf8).write(to: URL(fileURLWithPath: folder + "/gold.json"))
        let result = try Self.runScorer([folder + "/gold.json", TestPaths.seeds])
        #expect(result.status == 2)
        #expect(result.stderr.contains("has no `groups` and `attributions` lists"))
        #expect(result.stdout.isEmpty)
    }
}
