import Foundation
import Testing
@testable import Annotations

/// Regression guard: the recogniser on the two hand-labelled seeds, scored by the project's
/// scorer (`../shared/eval/score.py`). Measured strict F1 is 1.00 on these seeds (the rules were
/// developed on them); the floor leaves room for changes that trade a seed error for generality.
@Suite struct EntityScoreTests {
    static let strictFloor = 0.93

    @Test func seedsScoreAboveTheFloor() throws {
        let goldDirectory = TestPaths.shared + "/eval/gold"
        let scorer = TestPaths.shared + "/eval/score.py"
        guard FileManager.default.fileExists(atPath: scorer) else {
            Issue.record("scorer not found at \(scorer)")
            return
        }
        let goldFiles = try FileManager.default.contentsOfDirectory(atPath: goldDirectory)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        #expect(goldFiles.count == 2)
        let recognizer = Recognizer()
        var reports: [ArticleReport] = []
        for goldFile in goldFiles {
            let name = String(goldFile.dropLast(".gold.json".count)) + ".txt"
            let local = TestPaths.seeds + "/" + name
            let path = FileManager.default.fileExists(atPath: local) ? local : TestPaths.shared + "/seeds/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            reports.append(ArticleReport(file: name, analysis: recognizer.analyze(text)))
        }
        let predictions = FileManager.default.temporaryDirectory
            .appendingPathComponent("entity-score-\(ProcessInfo.processInfo.processIdentifier).json")
        try AnalysisJSON.encode(reports).write(to: predictions, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: predictions) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, goldDirectory, predictions.path, "--json"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let scores = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let strict = try #require(scores["entity_strict_f1"] as? Double)
        #expect(strict >= Self.strictFloor, "entity strict F1 \(strict) fell below \(Self.strictFloor)")
    }
}
