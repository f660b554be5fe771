import Foundation

/// Reads an HTML page as one article: the charset it declares, the article its extractor finds.
public enum HTMLReader {
    public static func read(_ data: Data, path: String, encoding: TextEncoding? = nil) -> SourceContents {
        let (root, used) = HTMLParser.parse(bytes: data, forcedEncoding: encoding)
        let extraction = HTMLExtractor.extract(root)
        var warnings: [String] = []
        if extraction.blocks.isEmpty { warnings.append("no article text found in this page") }
        let extractor = HTMLExtractor.version + (used == .utf8 ? "" : "; charset=\(used.rawValue)")
        let article = Article.extracted(path: path, text: extraction.text, metadata: extraction.metadata,
                                        extractor: extractor, warnings: warnings)
        return SourceContents(articles: [article])
    }
}
