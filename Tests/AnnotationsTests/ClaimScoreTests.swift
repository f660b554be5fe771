import Foundation
import Testing
@testable import Annotations

/// A regression guard: the claim scores on the hand-labelled seeds, by the project's own scorer.
@Suite("Claim scores on the labelled seeds")
struct ClaimScoreTests {
    /// Floors a little under the measured scores (all 1.000 when set), so a regression fails.
    static let floors: [String: Double] = [
        "claim_detect_f1": 0.95, "claim_strict_f1": 0.90, "claim_kind_f1": 0.95, "claim_value_accuracy": 0.95,
    ]

    @Test func seedsScoreAboveFloors() throws {
        let goldDirectory = TestPaths.shared + "/eval/gold"
        let scorer = TestPaths.shared + "/eval/score.py"
        guard FileManager.default.fileExists(atPath: scorer) else {
            Issue.record("scorer not found at \(scorer)")
            return
        }
        let corpus = ArticleLoader.load(paths: [TestPaths.seeds])
        #expect(corpus.problems.isEmpty)
        let recognizer = Recognizer()
        let reports = corpus.articles.map { ArticleReport(file: $0.path, analysis: recognizer.analyze($0.text)) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claim-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let predictions = folder.appendingPathComponent("predictions.json")
        try AnalysisJSON.encode(reports).write(to: predictions, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, goldDirectory, predictions.path, "--json"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let scores = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for (metric, floor) in Self.floors {
            let score = try #require(scores[metric] as? Double, "\(metric) missing")
            #expect(score >= floor, "\(metric) = \(score), floor \(floor)")
        }
    }
}
