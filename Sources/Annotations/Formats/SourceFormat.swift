import Foundation

/// The kinds of source file `reader` reads, told apart by extension (and, for `.xml`, by the root element).
public enum SourceFormat: String, Sendable, CaseIterable {
    case text, markdown, html, feed, jsonLines

    /// The format a file's name says it is in; `.xml` is a feed only when its root is one (see `sniffFeed`).
    public static func forPath(_ path: String) -> SourceFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "rss", "atom", "xml": return .feed
        case "jsonl", "ndjson": return .jsonLines
        default: return nil
        }
    }

    /// What bytes read from a pipe look like: a feed, an HTML page, or text.
    public static func sniff(_ data: Data) -> SourceFormat {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        if FeedReader.looksLikeFeed(data) { return .feed }
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>") { return .html }
        return .text
    }
}
