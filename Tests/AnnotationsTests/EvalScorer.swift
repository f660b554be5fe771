import Foundation
@testable import Annotations

/// Scores the recogniser on labelled texts with the project's scorer (`../shared/eval/score.py`),
/// for the regression guards: runs `Recognizer` on each text, writes the predictions as the JSON
/// contract, and returns the scorer's figures.
enum EvalScorer {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static var scorer: String { TestPaths.shared + "/eval/score.py" }

    /// The scorer's figures ("entity_strict_f1", "claim_detect_f1", …) for the texts in
    /// `textsDirectory` against the gold files in `goldDirectory`.
    static func scores(texts textsDirectory: String, gold goldDirectory: String) throws -> [String: Double] {
        guard FileManager.default.fileExists(atPath: scorer) else { throw Failure(description: "no scorer at \(scorer)") }
        let corpus = ArticleLoader.load(paths: [textsDirectory])
        guard corpus.problems.isEmpty, !corpus.articles.isEmpty else {
            throw Failure(description: "cannot read \(textsDirectory): \(corpus.problems)")
        }
        let recognizer = Recognizer()
        let reports = corpus.articles.map { ArticleReport(file: $0.path, analysis: recognizer.analyze($0.text)) }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("eval-score-\(UUID().uuidString)").path
        defer {
            for suffix in [".json", ".out"] { try? FileManager.default.removeItem(atPath: base + suffix) }
        }
        try AnalysisJSON.encode(reports).write(toFile: base + ".json", atomically: true, encoding: .utf8)
        let status = try run(["python3", scorer, goldDirectory, base + ".json", "--json"], output: base + ".out")
        guard status == 0, let data = FileManager.default.contents(atPath: base + ".out"),
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "the scorer failed (status \(status))")
        }
        return object.compactMapValues { $0 as? Double }
    }

    /// Runs a command with standard output to a file and waits (posix_spawn and waitpid: no pipes to fill).
    static func run(_ arguments: [String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(arguments[0])") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return (status >> 8) & 0xFF
    }
}
