import Annotations
import Foundation
import GRDB

extension CorpusIndex {
    /// The stored analysis of `article` if the index holds one of this recogniser for the bytes its
    /// file holds now, and those bytes still read as `article` (so an edit since the last refresh is
    /// never answered from the cache).
    public func storedAnalysis(of article: Article, absolutePath: String) -> Analysis? {
        guard article.isExact else { return nil }
        if let item = article.itemID { return storedAnalysis(of: article, item: item, absolutePath: absolutePath) }
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

    /// The stored analysis of an item of a feed or JSON Lines file: its row must be of the file as it
    /// is now (same size and time, a time old enough to trust) and hold the item's title and word
    /// count, so a file changed since, or read with other options (`--fields`), is analysed again.
    /// The file is not read again for each of its items.
    func storedAnalysis(of article: Article, item: String, absolutePath: String) -> Analysis? {
        var info = stat()
        guard stat(absolutePath, &info) == 0 else { return nil }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return try? database.read { db -> Analysis? in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.size, a.modified, a.recognizer, a.title, a.words, n.blob FROM article a
                JOIN analysis n ON n.article = a.id WHERE a.path = ? AND a.item = ?
                """), arguments: [absolutePath, item]) else { return nil }
            let size: Int64 = row[0], stored: Int64 = row[1], version: Int? = row[2], title: String = row[3], words: Int = row[4]
            guard stored != 0, stored == modified, size == Int64(info.st_size), version == recognizerVersion,
                  title == article.title, words == article.wordCount else { return nil }
            let blob: Data = row[5]
            return AnalysisBlob.decode(Array(blob))
        }
    }

    /// Stores analyses made outside a refresh (by the reader's worker) for articles read from `files`:
    /// under the hash and size of the file's bytes, as a refresh stores them, so the next refresh
    /// finds them current. An article its file no longer reads as (edited since, or not the article
    /// a refresh reads from that file, such as an item of a feed) is left to the refresh.
    public func store(_ analysed: [(file: CorpusFile, article: Article, analysis: Analysis)]) throws {
        let started = Int64(Date().timeIntervalSince1970 * 1e9)
        var vanished: [String: [[Int64]]] = [:]
        var summary = RefreshSummary()
        let recognizer = Recognizer()
        var entityIDs: [String: Int64] = [:]
        let entries = analysed.compactMap { item -> (file: CorpusFile, entry: IndexEntry)? in
            // An item of a feed is stored with all its file's items, by a refresh.
            guard item.article.isExact, item.article.itemID == nil,
                  let source = Self.source(of: item.article, absolutePath: item.file.absolutePath) else {
                return nil
            }
            var file = item.file
            file.size = source.size
            return (file, IndexEntry(hash: source.hash, article: item.article, analysis: item.analysis))
        }
        try database.write { db in
            for item in entries {
                try store(.store(rowID: nil, file: item.file, records: [item.entry]), in: db, vanished: &vanished,
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
              case let decoded = decode(data, path: absolutePath).articles, decoded.count == 1, decoded[0].text == article.text else {
            return nil
        }
        return (data.withUnsafeBytes { ContentHash.of($0) }, Int64(data.count))
    }

    static func hash(of article: Article) -> String {
        var text = article.text
        return text.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
    }
}
