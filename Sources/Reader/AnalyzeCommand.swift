import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader analyze [--json|--jsonl] PATH...`: the entities and numeric claims the recogniser finds.
///
/// Articles are read and analysed a small batch at a time on every core and written as they come,
/// so memory stays flat however large the corpus.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the named entities and numeric claims found in the articles.")

    /// Articles in flight at once: enough to keep every core busy, few enough to bound memory.
    static let batchSize = 64

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Flag(help: "Print the JSON array of DESIGN.md's contract instead of a table.")
    var json = false

    @Flag(help: "Print one JSON object per article per line (JSON Lines) instead of a table.")
    var jsonl = false

    func validate() throws {
        if json && jsonl { throw ValidationError("--json and --jsonl exclude each other") }
    }

    func run() throws {
        let scan = CorpusScanner.scan(paths: paths)
        for problem in scan.problems { printError("reader: \(problem)") }
        var writer: AnalysisJSONWriter? = (json || jsonl)
            ? AnalysisJSONWriter(style: json ? .array : .lines) { bytes, isLast in Self.flush(&bytes, all: isLast) } : nil
        var analysed = 0
        var failed = !scan.problems.isEmpty
        let recognizer = Recognizer()
        for start in stride(from: 0, to: scan.files.count, by: Self.batchSize) {
            let batch = Array(scan.files[start..<min(start + Self.batchSize, scan.files.count)])
            for result in Self.analyse(batch, recognizer: recognizer) {
                switch result {
                case .failure(let problem):
                    printError("reader: \(problem)")
                    failed = true
                case .success(let (path, analysis)):
                    if writer != nil {
                        writer!.write(file: path, analysis: analysis)
                    } else {
                        if analysed > 0 { print("") }
                        print(AnalysisTable.render(ArticleReport(file: path, analysis: analysis)))
                    }
                    analysed += 1
                }
            }
        }
        writer?.finish()
        if analysed == 0 || failed { throw ExitCode(1) }
    }

    static func analyse(_ files: [CorpusFile], recognizer: Recognizer) -> [Result<(String, Analysis), LoadProblem>] {
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let path = files[index].path
            results.set(index, ArticleLoader.loadFile(path).map { (path, recognizer.analyze($0.text)) })
        }
        return results.values
    }

    static func flush(_ bytes: inout [UInt8], all: Bool) {
        guard all || bytes.count >= 1 << 16 else { return }
        writeAll(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}

/// Per-article results of a batch analysed on several threads, each written to its own slot.
final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<(String, Analysis), LoadProblem>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<(String, Analysis), LoadProblem>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<(String, Analysis), LoadProblem>] { slots.compactMap { $0 } }
}
