import ArgumentParser
import Annotations
import Foundation

/// `reader import FILE --format w3c`: reads a Web Annotation collection back into the sidecars.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import W3C Web Annotations into the sidecars of the articles they name.",
        discussion: """
            Each annotation's article is found by its file (reader:file, or a file: source, resolved \
            against FILE's folder) or else by its canonical URL among the articles under --in (default: \
            FILE's folder). Annotations are merged by id: one already stored is replaced, the others are \
            kept. Exporting and importing again changes no byte of the sidecars.
            """)

    @Argument(help: "The export file to read.")
    var file: String

    @Option(help: "Only w3c can be imported.")
    var format: ExportFormat = .w3c

    @Option(help: "Keep sidecars under this folder instead of beside the articles.")
    var store: String?

    @Option(name: .customLong("in"), help: "Where to look for articles named only by URL (repeatable; default: FILE's folder).")
    var searchPaths: [String] = []

    @OptionGroup var source: SourceOptions

    func run() throws {
        guard format == .w3c else { throw commandFailure("only --format w3c can be imported; Markdown is for reading") }
        guard let data = FileManager.default.contents(atPath: file) else { throw commandFailure("\(file): cannot be read") }
        let items: [W3CImporter.Item]
        do {
            items = try W3CImporter.items(from: data)
        } catch {
            throw commandFailure("\(file): \(error)")
        }
        let folder = (file as NSString).deletingLastPathComponent
        // Group by article file, keeping the file's order of first appearance.
        var order: [String] = []
        var byArticle: [String: [Annotation]] = [:]
        var byURL: [String: (path: String, item: String?)]?
        var failed = false
        for item in items {
            var annotation = item.annotation
            let path: String
            if let local = item.localPath {
                path = local.hasPrefix("/") ? local : RelativePath.resolve(local, against: folder)
            } else {
                if byURL == nil {
                    let corpus = ArticleLoader.load(paths: searchPaths.isEmpty ? [folder.isEmpty ? "." : folder] : searchPaths,
                                                    options: try source.loadOptions())
                    byURL = [:]
                    for article in corpus.articles {
                        if let url = article.metadata.url, byURL?[url] == nil { byURL?[url] = (article.path, article.itemID) }
                    }
                }
                guard let found = byURL?[item.source] else {
                    printError("reader: \(TerminalText.visible(item.source)): no article with this URL under \((searchPaths.isEmpty ? [folder.isEmpty ? "." : folder] : searchPaths).joined(separator: ", ")); its annotation was not imported")
                    failed = true
                    continue
                }
                path = found.path
                annotation.target.item = item.item ?? found.item
            }
            if byArticle[path] == nil { order.append(path) }
            byArticle[path, default: []].append(annotation)
        }
        let annotationStore = AnnotationStore(storeFolder: store)
        var imported = 0
        var sidecars = 0
        for path in order {
            guard FileManager.default.fileExists(atPath: path) else {
                printError("reader: \(path): no such article; its \(byArticle[path]!.count) annotation(s) were not imported")
                failed = true
                continue
            }
            do {
                try annotationStore.merge(byArticle[path]!, intoArticleAt: path)
                imported += byArticle[path]!.count
                sidecars += 1
            } catch {
                printError("reader: \(error)")
                failed = true
            }
        }
        print("imported \(imported) annotation\(imported == 1 ? "" : "s") into \(sidecars) sidecar\(sidecars == 1 ? "" : "s")")
        if failed { throw ExitCode(1) }
    }
}
