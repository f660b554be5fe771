import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader index [PATH...] [--rebuild] [--index FILE]`: brings the corpus index up to date.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the corpus index (a cache: deleting it loses nothing but time).",
        discussion: """
            Only new and changed files are read and analysed; a renamed file keeps its analysis. The \
            index also makes `search` possible and lets `list`, `notes`, `export` and the reader start \
            at once.
            """)

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Flag(help: "Forget everything indexed and read every file again.")
    var rebuild = false

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        let started = Date()
        let scan = CorpusScanner.scan(paths: paths)
        for problem in scan.problems { printError("reader: \(problem)") }
        var corpus = IndexedCorpus(paths: paths, options: indexOptions)
        if rebuild { try corpus.index.removeAll() }
        let bar = ProgressBar(noun: "files")
        let summary = try corpus.refresh(scan) { bar.update(done: $0.done, total: $0.total) }
        bar.finish()
        let seconds = Date().timeIntervalSince(started)
        var parts = ["\(scan.files.count) files", "\(summary.analyzed) analysed", "\(summary.unchanged) unchanged"]
        if summary.touched > 0 { parts.append("\(summary.touched) touched") }
        if summary.renamed > 0 { parts.append("\(summary.renamed) renamed") }
        if summary.removed > 0 { parts.append("\(summary.removed) removed") }
        if summary.problems > 0 { parts.append("\(summary.problems) not articles") }
        let megabytes = String(format: "%.1f", Double(summary.bytesRead) / 1e6)
        print("indexed \(parts.joined(separator: ", ")); read \(megabytes) MB in \(String(format: "%.1f", seconds)) s; "
              + "index \(corpus.index.file ?? "in memory")")
        if scan.files.isEmpty || !scan.problems.isEmpty { throw ExitCode(1) }
    }
}
