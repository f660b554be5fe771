import ArgumentParser
import Annotations
import Foundation

/// `reader import FILE [PATH...]`: reads a Web Annotation collection back into the sidecars.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import W3C Web Annotations into the sidecars of the articles they name.",
        discussion: """
            Each annotation's target source is resolved against FILE's folder. Only the articles under \
            PATH (default: the current folder) receive annotations; one naming any other file, or whose \
            offsets and quote do not fit its article's text, is reported and skipped, and the rest are \
            imported. Annotations are merged by id: one already stored is replaced, the others are kept. \
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
        let scope: ImportScope
        do {
            scope = try ImportScope(paths: paths.isEmpty ? ["."] : paths, importFile: file)
        } catch {
            throw commandFailure("\(error)")
        }
        var failed = !reading.problems.isEmpty
        for problem in reading.problems { printError("reader: \(file): \(problem); not imported") }

        let folder = ParentFolder.of(file)
        // Group by article, keeping the file's order of first appearance.
        var order: [String] = []
        var byArticle: [String: [W3CImporter.Item]] = [:]
        for item in reading.items {
            let path = RelativePath.resolve(item.source, against: folder)
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
            let article: Article
            switch ArticleLoader.loadFile(path) {
            case .success(let loaded) where loaded.isExact: article = loaded
            case .success:
                printError("reader: \(StoreError(path: path, kind: .articleNotExact)); \(notImported)")
                failed = true
                continue
            case .failure(let problem):
                printError("reader: \(problem); \(notImported)")
                failed = true
                continue
            }
            var fitting: [Annotation] = []
            for item in items {
                if let problem = W3CImporter.problem(with: item.annotation, in: article) {
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
