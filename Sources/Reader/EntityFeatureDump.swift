import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader analyze --entity-features PATH...` (hidden): one JSON object per article per line with the
/// spans the entity rules mark and the features of `EntityTypeModel`, for `scripts/typer/train.py`,
/// so the features are defined once, in the recogniser.
enum EntityFeatureDump {
    struct Line: Encodable {
        var file: String
        var candidates: [Candidate]
    }

    struct Candidate: Encodable {
        var start: Int
        var end: Int
        var type: String
        var byDefault: Bool
        var features: [String]
    }

    static func run(paths: [String], options: LoadOptions) throws {
        let scan = CorpusScanner.scan(paths: paths)
        for problem in scan.problems { printError("reader: \(problem)") }
        let recognizer = EntityRecognizer(modelSwitch: .off)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failed = !scan.problems.isEmpty
        for file in scan.files {
            let contents = ArticleLoader.loadSource(file.path, options: options)
            for problem in contents.problems {
                printError("reader: \(problem)")
                failed = true
            }
            for article in contents.articles {
                let candidates = recognizer.candidates(in: article.text).map {
                    Candidate(start: $0.start, end: $0.end, type: $0.ruleType.rawValue, byDefault: $0.typedByDefault,
                              features: $0.features)
                }
                var data = try encoder.encode(Line(file: article.path, candidates: candidates))
                data.append(0x0A)
                AnalyzeCommand.writeAll([UInt8](data))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
