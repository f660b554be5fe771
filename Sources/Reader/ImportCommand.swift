import ArgumentParser
import Annotations
import Foundation

/// `reader import FILE --format w3c`: reads a Web Annotation collection back into the sidecars.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import W3C Web Annotations into the sidecars of the articles they name.",
        discussion: """
            Each annotation's target source is resolved against FILE's folder. Annotations are merged \
            by id: one already stored is replaced, the others are kept. Exporting and importing again \
            changes no byte of the sidecars.
            """)

    @Argument(help: "The export file to read.")
    var file: String

    @Option(help: "Only w3c can be imported.")
    var format: ExportFormat = .w3c

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

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
        // Group by article, keeping the file's order of first appearance.
        var order: [String] = []
        var byArticle: [String: [Annotation]] = [:]
        for item in items {
            let path = RelativePath.resolve(item.source, against: folder)
            if byArticle[path] == nil { order.append(path) }
            byArticle[path, default: []].append(item.annotation)
        }
        let annotationStore = AnnotationStore(storeFolder: store)
        var failed = false
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
