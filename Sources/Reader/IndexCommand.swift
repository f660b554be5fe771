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
            at once. A large index is made in two phases: the articles (the list, entities and claims \
            are usable from then on), then their texts for full-text search, each with its own \
            progress line; a search before the second ends says how much it covered.
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
        var searchBar: ProgressBar?
        var listReady: TimeInterval?
        let summary = try corpus.refresh(scan) { progress in
            switch progress.stage {
            case .articles:
                bar.update(done: progress.done, total: progress.total)
            case .searchText:
                if searchBar == nil {
                    bar.finish()
                    listReady = Date().timeIntervalSince(started)
                    searchBar = ProgressBar(noun: "texts for search (the list is ready)")
                }
                searchBar?.update(done: progress.done, total: progress.total)
            }
        }
        bar.finish()
        searchBar?.finish()
        let seconds = Date().timeIntervalSince(started)
        var parts = ["\(scan.files.count) files", "\(summary.analyzed) analysed", "\(summary.unchanged) unchanged"]
        if summary.touched > 0 { parts.append("\(summary.touched) touched") }
        if summary.renamed > 0 { parts.append("\(summary.renamed) renamed") }
        if summary.removed > 0 { parts.append("\(summary.removed) removed") }
        if summary.problems > 0 { parts.append("\(summary.problems) not articles") }
        let megabytes = String(format: "%.1f", Double(summary.bytesRead) / 1e6)
        let phases = listReady.map {
            " (list ready in \(String(format: "%.1f", $0)) s, then \(summary.searchTexts) texts for search)"
        } ?? ""
        print("indexed \(parts.joined(separator: ", ")); read \(megabytes) MB in \(String(format: "%.1f", seconds)) s\(phases); "
              + "index \(corpus.index.file ?? "in memory")")
        let coverage = try corpus.index.searchCoverage()
        if !coverage.isComplete {
            printError("reader: \(coverage.shortDescription): the rest changed while they were indexed; run `reader index` again")
        }
        if scan.files.isEmpty || !scan.problems.isEmpty { throw ExitCode(1) }
    }
}
