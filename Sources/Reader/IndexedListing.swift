import Annotations
import CorpusIndex
import ReaderApp

/// The reader's list as the corpus index knows it, before any article file is read: each scanned
/// file's title and word count from its row (the analysis counts follow: IndexedCountsLoader) when the row's size and time are the
/// file's own, a feed's or JSON Lines file's items each from its own row (with source and date);
/// a file new or changed since shows its name until the background work reads it.
/// Files the index found to be no article (binary, unreadable) are listed as problems, as
/// `reader list` lists them.
struct IndexedListing {
    /// One record per article file, in the scan's order, none holding its article yet.
    var records: [ArticleRecord] = []
    /// What the index calls each record's article: its file's path from the root, and its item
    /// (`CorpusIndex.articleKey`).
    var absolutePaths: [String] = []
    var problems: [LoadProblem] = []
    /// How many records came from a current row of the index.
    var current = 0
    /// For a list drawn from the index's rows before any scan (`init(folders:index:)`): each folder
    /// with its files as the index saw them; empty for a list made after a scan.
    var folders: [ListedFolder] = []

    /// Whether the files of `scan` can be listed from an index: any file can, when the index is
    /// current for all of them; when it is not, only files of one article each (text or Markdown)
    /// can, as a file new or changed since stands for one article until it is read.
    static func applies(to scan: CorpusScan) -> Bool {
        !scan.files.isEmpty
    }

    /// Whether a path names a text or Markdown file (or has no extension the reader knows, which
    /// it reads as text): SourceFormat.forPath's answer, without Foundation's path parsing, which
    /// costs a warm start of 100,000 files a noticeable part of its time.
    static func isPlainArticle(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return true }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text", "md", "markdown": return true
        case "html", "htm", "xhtml", "rss", "atom", "xml", "jsonl", "ndjson": return false
        default: return true
        }
    }

    init(scan: CorpusScan, index: CorpusIndex) throws {
        problems = scan.problems
        records.reserveCapacity(scan.files.count)
        absolutePaths.reserveCapacity(scan.files.count)
        // A warm start where nothing changed (the usual one) takes each file's row as the index
        // matches rows to the scan, in order and as bytes; a start with files new or changed since
        // looks every file up in a table of all rows.
        if let rows = try index.currentRows(for: scan) {
            takeCurrentRows(rows, of: scan)
        } else if scan.files.allSatisfy({ Self.isPlainArticle($0.path) }) {
            try takeRowsByPath(index.listRows(), of: scan)
        }
    }

    /// The records when `rows` holds the index's current row for each of the scan's files.
    private mutating func takeCurrentRows(_ rows: [IndexedArticle], of scan: CorpusScan) {
        // One row per file, the usual case, needs no grouping.
        if rows.count == scan.files.count {
            var seen = Set<String>()
            for (file, row) in zip(scan.files, rows) where !scan.mayRepeat || seen.insert(file.absolutePath).inserted {
                take(row, of: file)
            }
        } else {
            for (file, fileRows) in IndexedFileRows.group(rows, of: scan) {
                for row in fileRows { take(row, of: file) }
            }
        }
        current = records.count
    }

    /// One current row: an article (or item) of the list, or a problem of its file.
    private mutating func take(_ row: IndexedArticle, of file: CorpusFile) {
        if let problem = row.problem {
            if problem != CorpusIndex.notAFeed {
                problems.append(LoadProblem(path: file.path + (row.position < 0 ? row.item ?? "" : ""), message: problem))
            }
            return
        }
        var summary = ArticleSummary(path: file.path, title: row.title, wordCount: row.words)
        if row.item != nil || row.source != nil || row.date != nil {
            summary.item = row.item
            summary.source = row.source
            summary.date = row.date
        }
        records.append(ArticleRecord(summary: summary))
        absolutePaths.append(row.item == nil ? file.absolutePath : CorpusIndex.articleKey(absolutePath: file.absolutePath, item: row.item))
    }

    /// The records when some files may be new or changed since the index last saw them.
    private mutating func takeRowsByPath(_ rows: [String: IndexedListRow], of scan: CorpusScan) {
        var seen = Set<String>()
        for file in scan.files where !scan.mayRepeat || seen.insert(file.absolutePath).inserted {
            let row = rows[file.absolutePath]
            let isCurrent = row.map { $0.size == file.size && $0.modified == file.modified } ?? false
            if let row, isCurrent, let problem = row.problem {
                problems.append(LoadProblem(path: file.path, message: problem))
                continue
            }
            var summary = ArticleSummary(path: file.path, title: nil, wordCount: nil)
            if let row, isCurrent {
                summary.title = row.title
                summary.wordCount = row.words
                current += 1
            }
            records.append(ArticleRecord(summary: summary))
            absolutePaths.append(file.absolutePath)
        }
    }
}
