import Foundation

/// Reads a plain-text article: UTF-8, or (when the bytes are not UTF-8) windows-1252, with a notice;
/// `--encoding` forces one. The decoded text is what anchors refer to, and the sidecar's extractor
/// records the charset, so the offsets are read against the same decoding next time.
public enum PlainTextReader {
    public static let version = "text/1"

    public static func read(_ data: Data, path: String, encoding: TextEncoding? = nil) -> Result<Article, LoadProblem> {
        if ArticleLoader.containsNUL(data.prefix(65_536)) {
            return .failure(LoadProblem(path: path, message: "looks binary (contains NUL bytes), not plain text"))
        }
        if let encoding, encoding != .utf8 {
            guard let text = encoding.decode(data) else {
                return .failure(LoadProblem(path: path, message: "is not valid \(encoding.rawValue) (it uses a byte that code page leaves undefined)"))
            }
            return .success(decoded(text, path: path, encoding: encoding, warning: nil))
        }
        if let text = String(validating: data, as: UTF8.self) {
            return .success(Article(path: path, text: text))
        }
        let badOffset = ArticleLoader.firstInvalidUTF8Offset(data) ?? 0
        if encoding == nil, let text = TextEncoding.windows1252.decode(data) {
            let warning = "not valid UTF-8 (first bad byte at offset \(badOffset)); read as windows-1252 (--encoding chooses another)"
            return .success(decoded(text, path: path, encoding: .windows1252, warning: warning))
        }
        let repaired = String(decoding: data, as: UTF8.self)
        let warning = "not valid UTF-8 (first bad byte at offset \(badOffset)); shown with \u{FFFD} in its place, read-only"
        return .success(Article(path: path, text: repaired, warnings: [warning], isExact: false))
    }

    static func decoded(_ text: String, path: String, encoding: TextEncoding, warning: String?) -> Article {
        var article = Article(path: path, text: text, warnings: warning.map { [$0] } ?? [])
        article.extractor = version + "; charset=\(encoding.rawValue)"
        return article
    }
}
