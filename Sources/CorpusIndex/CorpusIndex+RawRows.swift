import Foundation
import GRDB
import GRDBSQLite

/// Whole-table reads for a warm start (every row of a 100,000-file corpus): columns are read with
/// SQLite's own calls, which cost a fraction of decoding each row through GRDB's `Row`.
extension CorpusIndex {
    /// Runs `sql` (no arguments) and calls `body` with the statement at each row, until it returns
    /// false. Returns whether every row was read (false when `body` stopped).
    @discardableResult
    static func forEachRow(in db: Database, sql: String, _ body: (OpaquePointer) throws -> Bool) throws -> Bool {
        try forEachRow(of: db.makeStatement(sql: sql), in: db, body)
    }

    /// `forEachRow(in:sql:_:)` on a statement made already (with its arguments set).
    @discardableResult
    static func forEachRow(of statement: Statement, in db: Database, _ body: (OpaquePointer) throws -> Bool) throws -> Bool {
        let handle = statement.sqliteStatement
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return true }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            guard try body(handle) else { return false }
        }
    }

    /// Runs a statement of integer parameters through SQLite's own calls.
    static func execute(_ statement: Statement, in db: Database, _ values: Int64...) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (index, value) in values.enumerated() { sqlite3_bind_int64(handle, Int32(index + 1), value) }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
    }

    /// A text column; an SQL NULL gives "".
    static func text(_ statement: OpaquePointer, _ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(statement, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, column))),
                      as: UTF8.self)
    }

    /// A text column that may be NULL.
    static func optionalText(_ statement: OpaquePointer, _ column: Int32) -> String? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : text(statement, column)
    }

    static func integer(_ statement: OpaquePointer, _ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    static func optionalInteger(_ statement: OpaquePointer, _ column: Int32) -> Int? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(statement, column))
    }

    static func isNull(_ statement: OpaquePointer, _ column: Int32) -> Bool {
        sqlite3_column_type(statement, column) == SQLITE_NULL
    }

    /// The scan compared with the index in one pass: the scan's files in byte order of their absolute
    /// paths beside the index's rows in path order (the `article_state` index holds every column
    /// compared), so an unchanged file costs a byte comparison, neither a String nor a hash.
    /// - Returns: the files to look at (new, or whose size, time or recogniser differ), in the scan's
    ///   order; the rows whose file is gone; and how many files are unchanged, problems among them.
    func compare(_ scan: CorpusScan) throws -> (steps: [RefreshStep], gone: [IndexedFileState], unchanged: Int, problems: Int) {
        let files = scan.files
        var order = Array(files.indices)
        let isInByteOrder = files.indices.dropFirst().allSatisfy {
            Self.compareBytes(files[$0 - 1].absolutePath, files[$0].absolutePath) <= 0
        }
        if !isInByteOrder {
            order.sort { left, right in
                let order = Self.compareBytes(files[left].absolutePath, files[right].absolutePath)
                return order < 0 || (order == 0 && left < right)
            }
        }
        var steps: [(position: Int, step: RefreshStep)] = []
        var gone: [IndexedFileState] = []
        var unchanged = 0
        var problems = 0
        var next = 0
        // The first of the files at `order[next]` and after that share its path (a path met twice,
        // through overlapping roots, is one file); `next` moves past them all.
        func takeFile() -> (position: Int, file: CorpusFile) {
            let position = order[next]
            next += 1
            // Compared as bytes: two names Swift calls equal (composed and decomposed accents) are two files.
            while next < order.count, Self.compareBytes(files[order[next]].absolutePath, files[position].absolutePath) == 0 {
                next += 1
            }
            return (position, files[position])
        }
        let version = recognizerVersion
        // What became of the last row's file: a file of many articles (a feed) has a row per item,
        // side by side in path order, and is looked at as a whole.
        enum LastFile {
            case unchanged(position: Int, file: CorpusFile, countedAsProblem: Bool)
            case step(file: CorpusFile)
            case gone(path: [UInt8])
        }
        var last: LastFile?
        func isUnchanged(_ state: IndexedFileState, _ file: CorpusFile) -> Bool {
            state.size == file.size && state.modified == file.modified && (state.isProblem || state.recognizerVersion == version)
        }
        _ = try database.read { db in
            try Self.forEachRow(in: db, sql: """
                SELECT path, id, size, modified, problem IS NOT NULL, recognizer FROM article INDEXED BY article_state ORDER BY path
                """) { row in
                let path = UnsafeRawBufferPointer(start: sqlite3_column_text(row, 0), count: Int(sqlite3_column_bytes(row, 0)))
                let state = IndexedFileState(id: Self.integer(row, 1), size: Self.integer(row, 2), modified: Self.integer(row, 3),
                                             hash: "", isProblem: Self.integer(row, 4) != 0,
                                             recognizerVersion: Self.optionalInteger(row, 5))
                switch last {
                case .unchanged(let position, let file, let countedAsProblem) where Self.compareBytes(path, file.absolutePath) == 0:
                    if !isUnchanged(state, file) {
                        unchanged -= 1
                        if countedAsProblem { problems -= 1 }
                        steps.append((position, RefreshStep(file: file, row: state)))
                        last = .step(file: file)
                    } else if countedAsProblem, !state.isProblem {
                        problems -= 1
                        last = .unchanged(position: position, file: file, countedAsProblem: false)
                    }
                    return true
                case .step(let file) where Self.compareBytes(path, file.absolutePath) == 0:
                    return true
                case .gone(let gonePath) where gonePath.withUnsafeBytes({ Self.compareBytes(path, $0) }) == 0:
                    gone[gone.count - 1].otherIDs.append(state.id)
                    return true
                default:
                    break
                }
                while next < order.count {
                    let comparison = Self.compareBytes(path, files[order[next]].absolutePath)
                    if comparison > 0 {
                        let (position, file) = takeFile()
                        steps.append((position, RefreshStep(file: file, row: nil)))
                    } else if comparison == 0 {
                        let (position, file) = takeFile()
                        if isUnchanged(state, file) {
                            unchanged += 1
                            if state.isProblem { problems += 1 }
                            last = .unchanged(position: position, file: file, countedAsProblem: state.isProblem)
                        } else {
                            steps.append((position, RefreshStep(file: file, row: state)))
                            last = .step(file: file)
                        }
                        return true
                    } else {
                        break
                    }
                }
                gone.append(state)
                last = .gone(path: Array(path))
                return true
            }
        }
        while next < order.count {
            let (position, file) = takeFile()
            steps.append((position, RefreshStep(file: file, row: nil)))
        }
        if !isInByteOrder { steps.sort { $0.position < $1.position } }
        return (steps.map(\.step), gone, unchanged, problems)
    }

    /// memcmp order of two paths' UTF-8 bytes (SQLite's BINARY collation): negative, zero or positive.
    static func compareBytes(_ left: UnsafeRawBufferPointer, _ right: String) -> Int {
        if let order = right.utf8.withContiguousStorageIfAvailable({ compareBytes(left, UnsafeRawBufferPointer($0)) }) {
            return order
        }
        return Array(right.utf8).withUnsafeBytes { compareBytes(left, $0) }
    }

    /// The order of two paths as bytes (below 0, 0, above 0), as SQLite orders them: unlike `<`,
    /// two spellings of one accent Swift calls equal are two paths.
    public static func compareBytes(_ left: String, _ right: String) -> Int {
        if let order = left.utf8.withContiguousStorageIfAvailable({ compareBytes(UnsafeRawBufferPointer($0), right) }) {
            return order
        }
        return Array(left.utf8).withUnsafeBytes { compareBytes($0, right) }
    }

    static func compareBytes(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Int {
        let common = min(left.count, right.count)
        if common > 0, let leftBase = left.baseAddress, let rightBase = right.baseAddress {
            let order = memcmp(leftBase, rightBase, common)
            if order != 0 { return Int(order) }
        }
        return left.count - right.count
    }

    /// The stored hash of each row of `ids`: looked up one by one when they are few, else read in one
    /// pass over the table.
    func storedHashes(of ids: [Int64]) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        return try database.read { db in
            var hashes: [Int64: String] = [:]
            hashes.reserveCapacity(ids.count)
            if ids.count < 1_000 {
                let statement = try db.cachedStatement(sql: "SELECT hash FROM article WHERE id = ?")
                for id in ids {
                    hashes[id] = try String.fetchOne(statement, arguments: [id])
                }
            } else {
                let wanted = Set(ids)
                try Self.forEachRow(in: db, sql: "SELECT id, hash FROM article") { row in
                    let id = Self.integer(row, 0)
                    if wanted.contains(id) { hashes[id] = Self.text(row, 1) }
                    return true
                }
            }
            return hashes
        }
    }

    /// The index's rows for each file of `scan`, in the scan's order, when the index is current for
    /// the scan as `isCurrent` says; nil otherwise. A file has one row, or one per item of a feed or
    /// JSON Lines file (and per problem beside them, first), in the order of the file; a path met
    /// twice gets its rows twice. The rows carry neither hash nor recogniser version, and reuse the
    /// scan's path strings: a list of a large corpus holds one copy of each path and title.
    public func currentRows(for scan: CorpusScan) throws -> [IndexedArticle]? {
        let files = scan.files
        // Rows were stored in the order of a scan, mostly this one's: each row is first compared with
        // the file after the last one matched (or that file again, for the next item of a feed), as
        // bytes; only a row found elsewhere costs the table of positions by path (made once, when
        // first needed).
        var positions: [String: Int]? = nil
        func positionsByPath() -> [String: Int] {
            if let positions { return positions }
            var made: [String: Int] = [:]
            made.reserveCapacity(files.count)
            for (position, file) in files.enumerated() where made[file.absolutePath] == nil {
                made[file.absolutePath] = position
            }
            positions = made
            return made
        }
        var rows = [IndexedArticle?](repeating: nil, count: files.count)
        // The further rows of files with several (items), by the file's position.
        var moreRows: [Int: [IndexedArticle]] = [:]
        var isCurrent = true
        var expected = 0
        try database.read { db in
            // Each page is read once: a small cache keeps them from piling up in memory meanwhile.
            try db.execute(sql: "PRAGMA cache_size = -2048")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)") }
            try Self.forEachRow(in: db, sql: "SELECT path, size, modified, title, words, problem, position, item, date, byline, source, url FROM article") { row in
                let pathBytes = UnsafeRawBufferPointer(start: sqlite3_column_text(row, 0), count: Int(sqlite3_column_bytes(row, 0)))
                let position: Int
                if expected < files.count, rows[expected] == nil, Self.compareBytes(pathBytes, files[expected].absolutePath) == 0 {
                    position = expected
                } else if expected > 0, Self.compareBytes(pathBytes, files[expected - 1].absolutePath) == 0 {
                    position = expected - 1
                } else if let found = positionsByPath()[Self.text(row, 0)] {
                    position = found
                } else {
                    isCurrent = false
                    return false
                }
                let file = files[position]
                guard Self.integer(row, 1) == file.size, Self.integer(row, 2) == file.modified else {
                    isCurrent = false
                    return false
                }
                var article = IndexedArticle(absolutePath: file.absolutePath, size: file.size, modified: file.modified,
                                             hash: "", title: Self.text(row, 3), words: Int(Self.integer(row, 4)),
                                             problem: Self.optionalText(row, 5), recognizerVersion: nil)
                article.position = Int(Self.integer(row, 6))
                article.item = Self.optionalText(row, 7)
                article.date = Self.optionalText(row, 8)
                article.byline = Self.optionalText(row, 9)
                article.source = Self.optionalText(row, 10)
                article.url = Self.optionalText(row, 11)
                if rows[position] == nil {
                    rows[position] = article
                } else {
                    moreRows[position, default: []].append(article)
                }
                expected = position + 1
                return true
            }
        }
        guard isCurrent else { return nil }
        var result: [IndexedArticle] = []
        result.reserveCapacity(files.count + moreRows.values.reduce(0) { $0 + $1.count })
        // A row per file and no path met twice (the usual warm start): each row moves into the
        // result as it stands, neither copied nor looked up again.
        if moreRows.isEmpty, !scan.mayRepeat {
            for position in rows.indices {
                guard let row = rows[position].take() else { return nil }
                result.append(row)
            }
            return result
        }
        // A path met twice has its rows at one of its places; the others take them from there.
        var matched: [String: Int]? = nil
        for (position, file) in files.enumerated() {
            var at = position
            if rows[position] == nil {
                if matched == nil {
                    var made: [String: Int] = [:]
                    for (place, row) in rows.enumerated() where row != nil && made[files[place].absolutePath] == nil {
                        made[files[place].absolutePath] = place
                    }
                    matched = made
                }
                guard let found = matched?[file.absolutePath] else { return nil }
                at = found
            }
            guard let first = rows[at] else { return nil }
            if let more = moreRows[at] {
                result += ([first] + more).sorted { $0.position < $1.position }
            } else {
                result.append(first)
            }
        }
        return result
    }
}
