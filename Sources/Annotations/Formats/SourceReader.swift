import Foundation

/// Turns one source's bytes into articles, by its format: the one place that knows every reader.
public enum SourceReader {
    /// The articles in `data`, read as `format` (plain text when nil).
    public static func read(_ data: Data, path: String, format: SourceFormat?, options: LoadOptions = LoadOptions()) -> SourceContents {
        switch format ?? .text {
        case .text:
            switch PlainTextReader.read(data, path: path, encoding: options.encoding) {
            case .success(let article): return SourceContents(articles: [article])
            case .failure(let problem): return SourceContents(problems: [problem])
            }
        case .markdown:
            switch PlainTextReader.read(data, path: path, encoding: options.encoding) {
            case .success(let plain) where plain.isExact:
                var article = MarkdownReader.read(plain.text, path: path, warnings: plain.warnings)
                if let charset = plain.extractor?.split(separator: ";").dropFirst().first {
                    article.extractor = MarkdownReader.version + ";" + charset
                }
                return SourceContents(articles: [article])
            case .success(let plain): return SourceContents(articles: [plain])
            case .failure(let problem): return SourceContents(problems: [problem])
            }
        case .html:
            return HTMLReader.read(data, path: path, encoding: options.encoding)
        case .feed:
            return FeedReader.read(data, path: path)
        case .jsonLines:
            return JSONLinesReader.read(data, path: path, fieldMap: options.fieldMap)
        }
    }

    /// One article (or a feed's items) from a pipe, named `-`. Each article is also given an item id
    /// (its URL, else a hash of its text) so that annotations kept under `--store` find it again
    /// the next time the same text is piped in.
    public static func readStandardInput(_ data: Data, options: LoadOptions = LoadOptions()) -> SourceContents {
        var contents = read(data, path: "-", format: SourceFormat.sniff(data), options: options)
        for index in contents.articles.indices where contents.articles[index].itemID == nil {
            let article = contents.articles[index]
            contents.articles[index].itemID = article.metadata.url ?? "text-" + ContentHash.hex(article.text)
        }
        return contents
    }
}
