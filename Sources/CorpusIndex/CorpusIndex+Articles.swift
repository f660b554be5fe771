import Annotations
import Foundation
import GRDB

extension CorpusIndex {
    /// The stored analysis of `article` if the index holds one of this recogniser for exactly these
    /// bytes (compared by hash, so an edit since the last refresh is never answered from the cache).
    public func storedAnalysis(of article: Article, absolutePath: String) -> Analysis? {
        guard article.isExact else { return nil }
        return try? database.read { db -> Analysis? in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.hash, a.recognizer, n.blob FROM article a JOIN analysis n ON n.article = a.id WHERE a.path = ?
                """), arguments: [absolutePath]) else { return nil }
            let version: Int? = row[1]
            guard version == recognizerVersion, row[0] == Self.hash(of: article) else { return nil }
            let blob: Data = row[2]
            return AnalysisBlob.decode(Array(blob))
        }
    }

    /// Stores analyses made outside a refresh (by the reader's worker) for articles read from `files`.
    public func store(_ analysed: [(file: CorpusFile, article: Article, analysis: Analysis)]) throws {
        let started = Int64(Date().timeIntervalSince1970 * 1e9)
        var vanished: [String: [Int64]] = [:]
        var summary = RefreshSummary()
        let recognizer = Recognizer()
        var entityIDs: [String: Int64] = [:]
        try database.write { db in
            for item in analysed where item.article.isExact {
                var file = item.file
                file.size = Int64(item.article.text.utf8.count)
                let record = ArticleRecord(hash: Self.hash(of: item.article), article: item.article, analysis: item.analysis)
                try store(.store(rowID: nil, file: file, record: record), in: db, vanished: &vanished,
                          summary: &summary, recognizer: recognizer, started: started, entityIDs: &entityIDs)
            }
        }
    }

    static func hash(of article: Article) -> String {
        var text = article.text
        return text.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
    }
}
