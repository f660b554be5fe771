import ArgumentParser
import Annotations
import Foundation

/// `reader export [PATH...]`: the notes as a Markdown memo or a W3C Web Annotation collection.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the annotations as Markdown or as W3C Web Annotations (JSON-LD).",
        discussion: """
            Article paths in the export are relative to the folder of --output (the current folder \
            when writing to standard output), so the links work when the two travel together. The \
            same notes always give the same bytes.
            """)

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Option(help: "markdown or w3c.")
    var format: ExportFormat = .markdown

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("tag"), help: "Only annotations with this tag (repeat for any of several).")
    var tags: [String] = []

    @Option(help: "Only this article file (instead of PATH).")
    var article: String?

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    func run() throws {
        let corpus = AnnotatedCorpus(paths: article.map { [$0] } ?? paths, store: AnnotationStore(storeFolder: store))
        let baseFolder = output.map { ParentFolder.of($0) } ?? ""
        let base = baseFolder.isEmpty ? FileManager.default.currentDirectoryPath : baseFolder
        let exported = corpus.entries.map { entry in
            ExportedArticle(article: entry.article, path: RelativePath.of(entry.article.path, from: base),
                            annotations: entry.annotations).keeping(tags: tags)
        }
        let text = switch format {
        case .markdown: MarkdownExporter().export(exported)
        case .w3c: try W3CExporter().export(exported)
        }
        if let output {
            // An export never replaces what it exports from: an article or a sidecar.
            let target = FileContents.realPath(output)
            if output.hasSuffix(AnnotationStore.sidecarSuffix)
                || (target != nil && corpus.entries.contains { FileContents.realPath($0.article.path) == target }) {
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
        if corpus.failed { throw ExitCode(1) }
    }
}
