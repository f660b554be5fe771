import ArgumentParser
import Annotations
import Foundation

/// `reader import FILE [PATH...]`: reads a Web Annotation collection back into the sidecars.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import W3C Web Annotations into the sidecars of the articles they name.",
        discussion: """
            Each annotation's article is found by its file (reader:file, or a file: source, resolved \
            against FILE's folder) or else by its canonical URL among the articles under --in (default: \
            the PATHs). Only the articles under PATH (default: the current folder) receive annotations; \
            one naming any other file, or whose offsets and quote do not fit its article's text (its \
            item's, in a feed or JSON Lines file), is reported and skipped, and the rest are imported. \
            Annotations are merged by id: one already stored is replaced, the others are kept. \
            Exporting and importing again changes no byte of the sidecars.
            """)

    @Argument(help: "The export file to read.")
    var file: String

    @Argument(help: "Article files or folders that may receive annotations (default: the current folder).")
    var paths: [String] = []

    @Option(help: "The format of FILE: w3c (a Web Annotation collection, as `reader export --format w3c` writes).")
    var format: ImportFormat = .w3c

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    @Option(name: .customLong("in"), help: "Where to look for articles named only by URL (repeatable; default: the PATHs).")
    var searchPaths: [String] = []

    @OptionGroup var source: SourceOptions

    func run() throws {
        let data: Data
        switch FileContents.read(file, limit: ArticleLoader.maximumFileSize) {
        case .success(let contents): data = contents
        case .failure(let problem): throw commandFailure("\(problem)")
        }
        let reading: W3CImporter.Reading
        do {
            reading = try W3CImporter.read(data)
        } catch {
            throw commandFailure("\(file): \(error)")
        }
        let scopePaths = paths.isEmpty ? ["."] : paths
        let scope: ImportScope
        do {
            scope = try ImportScope(paths: scopePaths, importFile: file)
        } catch {
            throw commandFailure("\(error)")
        }
        let options = try source.loadOptions()
        var failed = !reading.problems.isEmpty
        for problem in reading.problems { printError("reader: \(file): \(problem); not imported") }

        let folder = ParentFolder.of(file)
        // Articles named only by URL are looked up once, among the articles under --in.
        let lookIn = searchPaths.isEmpty ? scopePaths : searchPaths
        var byURL: [String: (path: String, item: String?)]?
        // Group by article file, keeping the file's order of first appearance.
        var order: [String] = []
        var byArticle: [String: [W3CImporter.Item]] = [:]
        for var item in reading.items {
            let path: String
            if let local = item.localPath {
                path = local.hasPrefix("/") ? local : RelativePath.resolve(local, against: folder)
            } else {
                if byURL == nil {
                    var found: [String: (path: String, item: String?)] = [:]
                    for article in ArticleLoader.load(paths: lookIn, options: options).articles {
                        if let url = article.metadata.url, found[url] == nil { found[url] = (article.path, article.itemID) }
                    }
                    byURL = found
                }
                guard let found = byURL?[item.source] else {
                    printError("reader: \(file): \(item.label): no article with the URL \(item.source) under \(lookIn.joined(separator: ", ")); not imported")
                    failed = true
                    continue
                }
                path = found.path
                item.annotation.target.item = item.item ?? found.item
            }
            if byArticle[path] == nil { order.append(path) }
            byArticle[path, default: []].append(item)
        }
        let annotationStore = AnnotationStore(storeFolder: store)
        var imported = 0
        var sidecars = 0
        for path in order {
            let items = byArticle[path]!
            let notImported = "its \(items.count) annotation\(items.count == 1 ? " was" : "s were") not imported"
            if let refusal = scope.refusal(for: path) {
                printError("reader: \(path): \(refusal); \(notImported)")
                failed = true
                continue
            }
            let contents = ArticleLoader.loadSource(path, options: options)
            guard !contents.articles.isEmpty else {
                printError("reader: \(contents.problems.first.map { "\($0)" } ?? "\(path): holds no article"); \(notImported)")
                failed = true
                continue
            }
            var fitting: [Annotation] = []
            for item in items {
                // A container's annotation belongs to the item it names; a file of one article has no item.
                let wanted = item.annotation.target.item
                guard let article = contents.articles.first(where: { $0.itemID == wanted })
                        ?? (wanted == nil && contents.articles.count == 1 ? contents.articles.first : nil) else {
                    let what = wanted.map { "no item \"\($0)\" in \(path)" }
                        ?? "\(path) holds \(contents.articles.count) articles and the annotation names none of them"
                    printError("reader: \(file): \(item.label): \(what); not imported")
                    failed = true
                    continue
                }
                guard article.isExact else {
                    printError("reader: \(file): \(item.label): \(StoreError(path: path, kind: .articleNotExact)); not imported")
                    failed = true
                    continue
                }
                // Sidecars and exports keep file offsets; the check is against the text shown.
                if let problem = W3CImporter.problem(with: article.inText(item.annotation), in: article) {
                    printError("reader: \(file): \(item.label): \(problem); not imported")
                    failed = true
                } else {
                    fitting.append(item.annotation)
                }
            }
            guard !fitting.isEmpty else { continue }
            do {
                try annotationStore.merge(fitting, intoArticleAt: path)
                imported += fitting.count
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
