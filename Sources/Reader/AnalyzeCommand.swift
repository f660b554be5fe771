import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader analyze [--json|--jsonl|--explain [--json]] PATH...`: the entities and numeric claims the recogniser finds.
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

    @OptionGroup var source: SourceOptions

    @Flag(help: "Print one JSON object per article per line (JSON Lines) instead of a table.")
    var jsonl = false

    @Flag(help: "Print, per entity, the rules and word lists that gave it its span and type (with --json: a JSON array, see README).")
    var explain = false

    /// For `scripts/typer/train.py`: the spans the rules mark, with the entity model's features.
    @Flag(help: .hidden)
    var entityFeatures = false

    func validate() throws {
        if json && jsonl { throw ValidationError("--json and --jsonl exclude each other") }
        if explain && jsonl { throw ValidationError("--explain prints a table or, with --json, one JSON array; not --jsonl") }
    }

    func run() throws {
        if entityFeatures { return try EntityFeatureDump.run(paths: paths, options: try source.loadOptions()) }
        let options = try source.loadOptions()
        if explain { return try ExplainOutput.run(paths: paths, options: options, json: json) }
        let scan = CorpusScanner.scan(paths: paths.filter { $0 != "-" })
        for problem in scan.problems { printError("reader: \(problem)") }
        var writer: AnalysisJSONWriter? = (json || jsonl)
            ? AnalysisJSONWriter(style: json ? .array : .lines) { bytes, isLast in Self.flush(&bytes, all: isLast) } : nil
        var reported = 0
        var failed = !scan.problems.isEmpty
        let recognizer = Recognizer()
        func emit(_ results: [Result<AnalysedArticle, LoadProblem>]) {
            for result in results {
                switch result {
                case .failure(let problem):
                    printError("reader: \(problem)")
                    failed = true
                case .success(let article):
                    if writer != nil {
                        writer!.write(file: article.file, analysis: article.analysis, item: article.item, metadata: article.metadata)
                    } else {
                        if reported > 0 { print("") }
                        print(AnalysisTable.render(article.articleReport))
                    }
                    reported += 1
                }
            }
        }
        // Standard input first, as the loader puts it; then the files, a batch at a time.
        if paths.contains("-") {
            let piped = ArticleLoader.loadStandardInput(options: options)
            emit(piped.problems.map { .failure($0) } + piped.articles.map { .success(Self.analysed($0, recognizer: recognizer)) })
        }
        // A folder's .xml that is no feed is no article; one named on the command line is read and its problem said.
        let named = Set(paths)
        let files = scan.files.filter { named.contains($0.path) || !ArticleLoader.isXMLThatIsNoFeed($0.path) }
        // While one batch is written the next is read and analysed, so the cores never wait for
        // the writer; output keeps the files' order, and at most two batches are held.
        let batches = stride(from: 0, to: files.count, by: Self.batchSize).map { $0..<min($0 + Self.batchSize, files.count) }
        var pending = batches.first.map { Self.analyse(Array(files[$0]), options: options, recognizer: recognizer) }
        var position = 1
        while let results = pending {
            let next = position < batches.count ? Array(files[batches[position]]) : nil
            position += 1
            let analysing = DispatchGroup()
            let nextResults = ResultSlots<[Result<AnalysedArticle, LoadProblem>]>(count: 1)
            if let next {
                DispatchQueue.global().async(group: analysing) {
                    nextResults.set(0, Self.analyse(next, options: options, recognizer: recognizer))
                }
            }
            emit(results)
            analysing.wait()
            pending = next == nil ? nil : nextResults.values.first
        }
        writer?.finish()
        if reported == 0 || failed { throw ExitCode(1) }
    }

    /// One article's analysis with what the writer and the table need of it.
    struct AnalysedArticle: Sendable {
        var file: String
        var analysis: Analysis
        var item: String?
        var metadata: ArticleMetadata?

        var articleReport: ArticleReport { ArticleReport(file: file, analysis: analysis, item: item, metadata: metadata) }
    }

    static func analysed(_ article: Article, recognizer: Recognizer) -> AnalysedArticle {
        AnalysedArticle(file: article.path, analysis: recognizer.analyze(article.text), item: article.itemID, metadata: article.metadata)
    }

    /// Each file of the batch read by its format (a feed or JSON Lines file gives many articles) and
    /// analysed, on every core; results in file order, a container's items in their order.
    static func analyse(_ files: [CorpusFile], options: LoadOptions, recognizer: Recognizer) -> [Result<AnalysedArticle, LoadProblem>] {
        let results = ResultSlots<[Result<AnalysedArticle, LoadProblem>]>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let contents = ArticleLoader.loadSource(files[index].path, options: options)
            results.set(index, contents.problems.map { .failure($0) } + contents.articles.map { .success(analysed($0, recognizer: recognizer)) })
        }
        return results.values.flatMap { $0 }
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
