import Annotations
import CorpusIndex
import Foundation
import ReaderApp

/// The list of a folder drawn from the corpus index's rows alone, before any file is scanned: a
/// warm start shows it at once, and the scan behind it (`changes(against:)`) brings it up to date.
extension IndexedListing {
    /// The list of the folders `paths` (as the user named them), one after the other, from the
    /// index's rows under each.
    init(folders paths: [String], index: CorpusIndex) throws {
        let expected = (try? index.highestRowID()) ?? 0
        records.reserveCapacity(expected)
        absolutePaths.reserveCapacity(expected)
        for path in paths { try takeRows(underFolder: path, index: index, expected: paths.count == 1 ? expected : 0) }
        current = records.count
    }

    /// Appends the records of the index's rows under the folder `path`.
    private mutating func takeRows(underFolder path: String, index: CorpusIndex, expected: Int) throws {
        let absoluteRoot = CorpusScanner.absolutePath(path)
        let absolutePrefix = absoluteRoot.hasSuffix("/") ? absoluteRoot : absoluteRoot + "/"
        let shownPrefix = path.hasSuffix("/") ? path : path + "/"
        let sharesPaths = shownPrefix == absolutePrefix
        var listed: [ListedFile] = []
        listed.reserveCapacity(expected)
        // What the folders before this one listed: a restart drops this folder's rows alone.
        let (recordsBefore, problemsBefore) = (records.count, problems.count)
        var shownPath = ""
        var records = self.records
        var absolutePaths = self.absolutePaths
        var problems = self.problems
        self.records = []
        self.absolutePaths = []
        try index.forEachRow(under: absoluteRoot, restart: {
            listed.removeAll(keepingCapacity: true)
            records.removeSubrange(recordsBefore...)
            absolutePaths.removeSubrange(recordsBefore...)
            problems.removeSubrange(problemsBefore...)
        }) { row in
            // Rows come in path order: a file's rows (its items, its problems) side by side.
            if listed.last.map({ CorpusIndex.compareBytes($0.absolutePath, row.absolutePath) != 0 }) ?? true {
                shownPath = sharesPaths ? row.absolutePath : shownPrefix + row.absolutePath.dropFirst(absolutePrefix.count)
                listed.append(ListedFile(absolutePath: row.absolutePath, size: row.size, modified: row.modified,
                                         records: records.count..<records.count))
            }
            if let problem = row.problem {
                guard problem != CorpusIndex.notAFeed else { return }
                let problemPath = shownPath + (row.position < 0 ? row.item ?? "" : "")
                problems.append(LoadProblem(path: problemPath, message: problem))
                listed[listed.count - 1].problemPaths.append(problemPath)
                return
            }
            var summary = ArticleSummary(path: shownPath, title: row.title, wordCount: row.words)
            if row.item != nil || row.source != nil || row.date != nil {
                summary.item = row.item
                summary.source = row.source
                summary.date = row.date
                listed[listed.count - 1].hasItems = listed[listed.count - 1].hasItems || row.item != nil
            }
            records.append(ArticleRecord(summary: summary))
            absolutePaths.append(row.item == nil ? row.absolutePath
                                 : CorpusIndex.articleKey(absolutePath: row.absolutePath, item: row.item))
            listed[listed.count - 1].records = listed[listed.count - 1].records.lowerBound..<records.count
        }
        self.records = records
        self.absolutePaths = absolutePaths
        self.problems = problems
        folders.append(ListedFolder(shown: shownPrefix, absolute: absolutePrefix, files: listed))
    }

    /// Whether `paths` can be listed from the index's rows before a scan: each is a folder, named
    /// once, none inside another (a file under two of them would be listed twice, where the scan
    /// lists it once).
    static func foldersListable(_ paths: [String], isFolder: (String) -> Bool) -> Bool {
        guard !paths.isEmpty, paths.allSatisfy(isFolder) else { return false }
        let prefixes = paths.map { path -> [UInt8] in
            let absolute = CorpusScanner.absolutePath(path)
            return Array((absolute.hasSuffix("/") ? absolute : absolute + "/").utf8)
        }
        for (position, prefix) in prefixes.enumerated() {
            for (other, otherPrefix) in prefixes.enumerated() where other != position {
                if prefix.starts(with: otherPrefix) { return false }
            }
        }
        return true
    }

    /// The list's folders compared with `scan` (of the same folders, in their order): each
    /// folder's changes (`changes(of:folder:against:)`), the files added to the folders after one
    /// another, as the scan lists them.
    static func changes(of folders: [ListedFolder], against scan: CorpusScan) -> ListScanResult {
        guard folders.count > 1 else {
            return folders.first.map { changes(of: $0.files, folder: ($0.shown, $0.absolute), against: scan.files) } ?? ListScanResult()
        }
        var result = ListScanResult()
        for folder in folders {
            let prefix = Array(folder.absolute.utf8)
            let files = scan.files.filter { $0.absolutePath.utf8.starts(with: prefix) }
            let found = changes(of: folder.files, folder: (folder.shown, folder.absolute), against: files)
            result.changes.added += found.changes.added
            result.changes.gone += found.changes.gone
            result.changes.changed += found.changes.changed
            result.changes.goneProblems += found.changes.goneProblems
            result.changes.addedProblems += found.changes.addedProblems
            result.addedKeys += found.addedKeys
        }
        return result
    }

    /// The list's files compared with the files a scan found under the same folder, in one pass over both in byte
    /// order of path: files gone, new and changed. A changed file of one article stays listed (the
    /// worker reads it again behind the list); a changed file of items, or one the index found no
    /// article, is listed anew: its items are read here, as they cannot be known otherwise.
    static func changes(of listed: [ListedFile], folder: (shown: String, absolute: String),
                        against scanned: [CorpusFile]) -> ListScanResult {
        var result = ListScanResult()
        var files = scanned
        let isInByteOrder = files.indices.dropFirst().allSatisfy {
            CorpusIndex.compareBytes(files[$0 - 1].absolutePath, files[$0].absolutePath) <= 0
        }
        if !isInByteOrder { files.sort { CorpusIndex.compareBytes($0.absolutePath, $1.absolutePath) < 0 } }
        func forget(_ file: ListedFile) {
            result.changes.gone += file.records
            result.changes.goneProblems += file.problemPaths
        }
        func add(_ file: CorpusFile) {
            if isPlainArticle(file.path) {
                // Its title and words come when the worker reads it.
                result.changes.added.append(ArticleSummary(path: file.path, title: nil, wordCount: nil))
                result.addedKeys.append(file.absolutePath)
                return
            }
            guard let data = FileManager.default.contents(atPath: file.absolutePath) else {
                result.changes.addedProblems.append(LoadProblem(path: file.path, message: "cannot be read"))
                return
            }
            let contents = CorpusIndex.decode(data, path: file.path)
            for article in contents.articles {
                var summary = ArticleSummary(article: article)
                summary.path = file.path
                result.changes.added.append(summary)
                result.addedKeys.append(CorpusIndex.articleKey(absolutePath: file.absolutePath, item: article.itemID))
            }
            result.changes.addedProblems += contents.problems.filter { $0.message != CorpusIndex.notAFeed }
        }
        var next = 0
        var previous: String?
        for file in files {
            // A path met twice (never under one folder, but cheap to guard) is one file.
            if let previous, CorpusIndex.compareBytes(previous, file.absolutePath) == 0 { continue }
            previous = file.absolutePath
            while next < listed.count, CorpusIndex.compareBytes(listed[next].absolutePath, file.absolutePath) < 0 {
                forget(listed[next])
                next += 1
            }
            guard next < listed.count, CorpusIndex.compareBytes(listed[next].absolutePath, file.absolutePath) == 0 else {
                add(file)
                continue
            }
            let known = listed[next]
            next += 1
            if known.size == file.size, known.modified == file.modified { continue }
            if known.records.count == 1, known.problemPaths.isEmpty, !known.hasItems, isPlainArticle(file.path) {
                result.changes.changed.append(known.records.lowerBound)
            } else {
                forget(known)
                add(file)
            }
        }
        while next < listed.count {
            forget(listed[next])
            next += 1
        }
        return result
    }
}
