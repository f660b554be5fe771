import Foundation

/// Reads JSON Lines: one article per line, an object with its text (`text`, else `body`, else
/// `content`) and optional `title`, `url`, `date`, `source`, `id`, `byline` (or `author`); a field
/// map renames them. A line that is not such an object is reported with its number and skipped.
public enum JSONLinesReader {
    public static let version = "jsonl/1"
    public static let fieldNames: Set<String> = ["text", "title", "url", "date", "source", "id", "byline"]
    static let fallbacks: [String: [String]] = [
        "text": ["text", "body", "content"], "title": ["title"], "url": ["url"], "date": ["date"],
        "source": ["source"], "id": ["id"], "byline": ["byline", "author"],
    ]

    public static func read(_ data: Data, path: String, fieldMap: [String: String] = [:]) -> SourceContents {
        var contents = SourceContents()
        var seenIDs = Set<String>()
        var lineNumber = 0
        var lineStart = data.startIndex
        while lineStart < data.endIndex {
            lineNumber += 1
            let lineEnd = data[lineStart...].firstIndex(of: 0x0A) ?? data.endIndex
            let line = data[lineStart..<lineEnd]
            lineStart = lineEnd < data.endIndex ? lineEnd + 1 : data.endIndex
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            switch article(from: Data(line), lineNumber: lineNumber, path: path, fieldMap: fieldMap) {
            case .success(var article):
                if let id = article.itemID, !seenIDs.insert(id).inserted {
                    article.itemID = "line-\(lineNumber)"
                    contents.problems.append(LoadProblem(path: "\(path):\(lineNumber)",
                                                         message: "the id \"\(id)\" is used by an earlier line; this line is known by its number"))
                }
                contents.articles.append(article)
            case .failure(let problem):
                contents.problems.append(problem)
            }
        }
        return contents
    }

    static func article(from line: Data, lineNumber: Int, path: String, fieldMap: [String: String]) -> Result<Article, LoadProblem> {
        let location = "\(path):\(lineNumber)"
        guard let object = try? JSONSerialization.jsonObject(with: line) else {
            return .failure(LoadProblem(path: location, message: "line \(lineNumber) is not valid JSON; skipped"))
        }
        guard let record = object as? [String: Any] else {
            return .failure(LoadProblem(path: location, message: "line \(lineNumber) is not a JSON object; skipped"))
        }
        func field(_ name: String) -> String? {
            let keys = fieldMap[name].map { [$0] } ?? fallbacks[name] ?? [name]
            for key in keys {
                if let text = record[key] as? String { return text }
                if let number = record[key] as? NSNumber, !(record[key] is Bool) { return number.stringValue }
            }
            return nil
        }
        guard let body = field("text"), !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            let names = fieldMap["text"].map { "\"\($0)\"" } ?? "\"text\", \"body\" or \"content\""
            return .failure(LoadProblem(path: location, message: "line \(lineNumber) has no text (no \(names) field); skipped"))
        }
        let title = field("title").map(HTMLText.collapsingWhiteSpace).flatMap { $0.isEmpty ? nil : $0 }
        let metadata = ArticleMetadata(title: title, byline: field("byline"), date: field("date"), source: field("source"), url: field("url"))
        let id = field("id") ?? metadata.url ?? "line-\(lineNumber)"
        let trimmedBody = body.trimmingCharacters(in: .whitespacesAndNewlines)
        var text = trimmedBody
        if let title, !trimmedBody.hasPrefix(title) { text = title + "\n\n" + trimmedBody }
        return .success(Article.extracted(path: path, text: text + "\n", metadata: metadata, itemID: id, extractor: version))
    }
}
