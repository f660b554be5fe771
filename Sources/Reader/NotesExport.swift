import Annotations
import Foundation

/// The reader's export key: writes the corpus's notes as a Markdown memo into the current folder,
/// under a new name each time so no earlier export (or other file) is overwritten, and says where.
enum NotesExport {
    static func write(articles: [Article], annotations: [[AnchoredAnnotation]], folder: String,
                      now: Date = Date()) -> String {
        let exported = zip(articles, annotations).map { article, anchored in
            ExportedArticle(article: article, path: RelativePath.of(article.path, from: folder), annotations: anchored)
        }
        let count = annotations.reduce(0) { $0 + $1.count }
        guard count > 0 else { return "No annotations to export yet" }
        let stamp = now.formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day()
            .dateTimeSeparator(.standard).time(includingFractionalSeconds: false).timeSeparator(.omitted))
        let path = folder + "/reader-notes-\(stamp).md"
        let data = Data(MarkdownExporter().export(exported).utf8)
        // O_EXCL: never replace a file that is already there.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            return "Export failed: cannot create \(path): \(String(cString: strerror(errno)))"
        }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count else { return "Export failed: could not write all of \(path)" }
        return "Exported \(count) annotation\(count == 1 ? "" : "s") to \(path)"
    }
}
