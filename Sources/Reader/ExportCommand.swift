import ArgumentParser
import Annotations
import Foundation

/// `reader export [PATH...]`: the notes as a Markdown memo or a W3C Web Annotation collection.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the annotations (Markdown, W3C Web Annotations) or the claim ledger (fact-check memos, ClaimReview).",
        discussion: """
            Article paths in the export are relative to the folder of --output (the current folder \
            when writing to standard output), so the links work when the two travel together. The \
            same notes always give the same bytes.
            """)

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Option(help: "markdown or w3c (annotations); memo or claimreview (the claim ledger and its verdicts).")
    var format: ExportFormat = .markdown

    @Option(help: "With --format memo, only the group with this id (see `reader claims --group --json`).")
    var group: String?

    @Option(help: "With --format claimreview, the fact-checker named as each review's author.")
    var reviewer: String?

    @Option(name: .customLong("review-url"), help: "With --format claimreview, the address where the reviews are published.")
    var reviewURL: String?

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("tag"), help: "Only annotations with this tag (repeat for any of several).")
    var tags: [String] = []

    @Option(help: "Only this article file (instead of PATH).")
    var article: String?

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    @OptionGroup var source: SourceOptions

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        if format == .memo || format == .claimreview { return try exportLedger() }
        let corpus = AnnotatedCorpus(paths: article.map { [$0] } ?? paths, store: AnnotationStore(storeFolder: store),
                                     options: try source.loadOptions())
        let baseFolder = output.map { ParentFolder.of($0) } ?? ""
        let base = baseFolder.isEmpty ? FileManager.default.currentDirectoryPath : baseFolder
        let exported = corpus.entries.map { entry in
            ExportedArticle(article: entry.article, path: RelativePath.of(entry.article.path, from: base),
                            annotations: entry.annotations).keeping(tags: tags)
        }
        let text = switch format {
        case .markdown: MarkdownExporter().export(exported)
        case .w3c, .memo, .claimreview: try W3CExporter(baseURI: URL(fileURLWithPath: base, isDirectory: true).standardizedFileURL.absoluteString).export(exported)
        }
        try write(text, exportedFrom: corpus.files)
        if corpus.failed { throw ExitCode(1) }
    }

    /// The ledger's exports: a memo per group, or ClaimReview for the claims with a verdict.
    func exportLedger() throws {
        let annotationStore = AnnotationStore(storeFolder: store)
        // The ledger of a corpus from its index when there is one (one article alone is read on the spot).
        // Each item of a feed under its own name, so that a claim's place is read in its own item.
        var loaded = try (article == nil ? LedgerLoader(indexing: paths, store: annotationStore, options: indexOptions, keyedByItem: true) : nil)
            ?? LedgerLoader(paths: article.map { [$0] } ?? paths, store: annotationStore, keyedByItem: true)
        let baseFolder = output.map { ParentFolder.of($0) } ?? ""
        let base = baseFolder.isEmpty ? FileManager.default.currentDirectoryPath : baseFolder
        let linkPath: @Sendable (String) -> String = { RelativePath.of($0, from: base) }
        let text: String
        if format == .memo {
            // Groups where reports can disagree, and any claim standing alone that has a verdict.
            var groups = loaded.ledger.groups.filter { group in
                group.members.count > 1 || group.members.contains { loaded.verdicts.verdict(for: $0.id) != nil }
            }
            if let group {
                guard let chosen = loaded.ledger.group(id: group) else {
                    throw commandFailure("no claim group has the id \"\(group)\"; `reader claims --group --json` lists them")
                }
                groups = [chosen]
            }
            loaded.loadArticles(groups.flatMap { $0.members.map(\.id.path) })
            var scalars: [String: ScalarText] = [:]
            for article in loaded.articles { scalars[loaded.key(of: article)] = article.scalars }
            let texts = scalars
            text = FactCheckMemoExporter(verdicts: loaded.verdicts, linkPath: linkPath,
                                         location: { id in texts[id.path].map { TextLocation(offset: id.start, in: $0) } })
                .export(groups)
        } else {
            text = try ClaimReviewExporter(verdicts: loaded.verdicts, reviewer: reviewer, reviewURL: reviewURL,
                                       articleURLs: ClaimReviewExporter.webAddresses(of: loaded.articles, key: { loaded.key(of: $0) }),
                                       linkPath: linkPath)
                .export(loaded.ledger)
        }
        try write(text, exportedFrom: loaded.articles.map(\.path))
        if loaded.failed { throw ExitCode(1) }
    }

    /// Writes the export to --output or standard output.
    /// - Parameter sources: the article files exported from, which --output must not name.
    func write(_ text: String, exportedFrom sources: [String]) throws {
        if let output {
            // An export never replaces what it exports from: an article or a sidecar.
            let target = FileContents.realPath(output)
            if output.hasSuffix(AnnotationStore.sidecarSuffix)
                || (target != nil && sources.contains { FileContents.realPath($0) == target }) {
                throw usageFailure("--output \(output) is an article or a sidecar; the export would replace it (give another file)")
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                // Foundation's own text ("The file doesn't exist.") hides which part is wrong; the
                // system's reason does not.
                let underlying = ((error as? CocoaError)?.underlying).map { $0 as NSError }
                let reason = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil }
                throw commandFailure("cannot write \(output) (\(reason ?? error.localizedDescription))")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
