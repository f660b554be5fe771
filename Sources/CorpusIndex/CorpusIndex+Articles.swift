import Annotations
import Foundation
import GRDB

extension CorpusIndex {
    /// The stored analysis of `article` if the index holds one of this recogniser for the bytes its
    /// file holds now, and those bytes still read as `article` (so an edit since the last refresh is
    /// never answered from the cache).
    public func storedAnalysis(of article: Article, absolutePath: String) -> Analysis? {
        guard article.isExact else { return nil }
        return try? database.read { db -> Analysis? in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.hash, a.recognizer, n.blob FROM article a JOIN analysis n ON n.article = a.id WHERE a.path = ?
                """), arguments: [absolutePath]) else { return nil }
            let version: Int? = row[1]
            guard version == recognizerVersion,
                  let source = Self.source(of: article, absolutePath: absolutePath), row[0] == source.hash else { return nil }
            let blob: Data = row[2]
            return AnalysisBlob.decode(Array(blob))
        }
    }

    /// Stores analyses made outside a refresh (by the reader's worker) for articles read from `files`:
    /// under the hash and size of the file's bytes, as a refresh stores them, so the next refresh
    /// finds them current. An article its file no longer reads as (edited since, or not the article
    /// a refresh reads from that file, such as an item of a feed) is left to the refresh.
    public func store(_ analysed: [(file: CorpusFile, article: Article, analysis: Analysis)]) throws {
        let started = Int64(Date().timeIntervalSince1970 * 1e9)
        var vanished: [String: [Int64]] = [:]
        var summary = RefreshSummary()
        let recognizer = Recognizer()
        var entityIDs: [String: Int64] = [:]
        let entries = analysed.compactMap { item -> (file: CorpusFile, entry: IndexEntry)? in
            guard item.article.isExact, let source = Self.source(of: item.article, absolutePath: item.file.absolutePath) else {
                return nil
            }
            var file = item.file
            file.size = source.size
            return (file, IndexEntry(hash: source.hash, article: item.article, analysis: item.analysis))
        }
        try database.write { db in
            for item in entries {
                try store(.store(rowID: nil, file: item.file, record: item.entry), in: db, vanished: &vanished,
                          summary: &summary, recognizer: recognizer, started: started, entityIDs: &entityIDs)
            }
        }
    }

    /// The hash and size of the bytes a refresh would read `article` from at `absolutePath`: when the
    /// article is a plain UTF-8 text, its text is those bytes; otherwise (Markdown, another charset)
    /// the file is read, and must read as the article's text through the refresh's own decoding.
    static func source(of article: Article, absolutePath: String) -> (hash: String, size: Int64)? {
        if article.extractor == nil, article.fileOffsets == nil, SourceFormat.forPath(absolutePath) != .markdown {
            return (hash(of: article), Int64(article.text.utf8.count))
        }
        guard let data = FileManager.default.contents(atPath: absolutePath),
              case .success(let decoded) = decode(data, path: absolutePath), decoded.text == article.text else { return nil }
        return (data.withUnsafeBytes { ContentHash.of($0) }, Int64(data.count))
    }

    static func hash(of article: Article) -> String {
        var text = article.text
        return text.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
    }
}
