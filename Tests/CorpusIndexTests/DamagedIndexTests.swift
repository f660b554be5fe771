import Annotations
@testable import CorpusIndex
import Foundation
import GRDB
import Testing

/// A file at the index's place that is not a sound index of ours is moved aside with a notice and
/// rebuilt, never trusted; nothing else in the folder is touched.
@Suite("Damaged index files")
struct DamagedIndexTests {
    enum Damage: String, CaseIterable {
        case randomBytes, truncated, foreignDatabase, emptyPages
    }

    @Test(arguments: Damage.allCases)
    func aDamagedOrForeignFileIsMovedAsideAndRebuilt(damage: Damage) throws {
        let folder = CorpusFolder("index-damage")
        defer { folder.remove() }
        var random = SeededGenerator(state: 7)
        for number in 0..<30 { folder.write("a\(number).txt", CorpusFolder.article(using: &random)) }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        try FileManager.default.createDirectory(atPath: folder.cache, withIntermediateDirectories: true)
        let neighbour = folder.cache + "/someone-else.sqlite"
        #expect(FileManager.default.createFile(atPath: neighbour, contents: Data("keep me".utf8)))
        switch damage {
        case .randomBytes:
            var bytes = [UInt8](repeating: 0, count: 8192)
            for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255, using: &random) }
            #expect(FileManager.default.createFile(atPath: folder.indexFile, contents: Data(bytes)))
        case .truncated:
            do {
                let index = CorpusIndex.open(file: folder.indexFile) { _ in }
                try index.refresh(scan)
                _ = try index.database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            }
            let size = try #require(FileManager.default.attributesOfItem(atPath: folder.indexFile)[.size] as? Int)
            let handle = try #require(FileHandle(forWritingAtPath: folder.indexFile))
            try handle.truncate(atOffset: UInt64(size / 2 / 4096 * 4096))
            try handle.close()
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder.indexFile + suffix) }
        case .foreignDatabase:
            let other = try DatabaseQueue(path: folder.indexFile)
            try other.write { try $0.execute(sql: "CREATE TABLE article (id INTEGER PRIMARY KEY, secret TEXT); INSERT INTO article VALUES (1, 'x')") }
        case .emptyPages:
            // The right header, then pages of zeros.
            var bytes = Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0, count: 4096 * 3 - 16)
            bytes[16] = 0x10; bytes[17] = 0x00
            bytes[28...31] = [0, 0, 0, 3]
            #expect(FileManager.default.createFile(atPath: folder.indexFile, contents: Data(bytes)))
        }
        let damagedBytes = FileManager.default.contents(atPath: folder.indexFile)
        var notices: [String] = []
        let index = CorpusIndex.open(file: folder.indexFile) { notices.append($0) }
        #expect(index.file == folder.indexFile)
        #expect(notices.count == 1 && notices[0].contains("moved aside"), "\(notices)")
        let summary = try index.refresh(scan)
        #expect(summary.analyzed == 30)
        #expect(try index.search("the").isEmpty == false)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.cache)
        let aside = try #require(names.first { $0.hasPrefix("index.sqlite.broken-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") })
        #expect(FileManager.default.contents(atPath: folder.cache + "/" + aside) == damagedBytes)
        #expect(FileManager.default.contents(atPath: neighbour) == Data("keep me".utf8))
        // The new index is sound: opening it again says nothing.
        var later: [String] = []
        _ = CorpusIndex.open(file: folder.indexFile) { later.append($0) }
        #expect(later.isEmpty, "\(later)")
    }

    /// A process killed while a checkpoint copies the log into the file leaves page 1 (with the new
    /// page count) written and the file not yet grown; the log still holds every page. Such an
    /// index is sound: it opens without a notice and keeps every row.
    @Test func anIndexKilledDuringACheckpointOpensWithEveryRow() throws {
        let folder = CorpusFolder("index-checkpoint-killed")
        defer { folder.remove() }
        var random = SeededGenerator(state: 12)
        for number in 0..<30 { folder.write("a\(number).txt", CorpusFolder.article(using: &random)) }
        let copy = folder.root + "/copy.sqlite"
        do {
            let index = CorpusIndex.open(file: folder.indexFile) { _ in }
            try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
            _ = try index.database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            try index.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
            for number in 30..<60 { folder.write("a\(number).txt", CorpusFolder.article(using: &random)) }
            try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
            // The files as a process killed now would leave them: the new pages only in the log.
            for suffix in ["", "-wal"] { try FileManager.default.copyItem(atPath: folder.indexFile + suffix, toPath: copy + suffix) }
        }
        // The checkpoint's first write: the log's last page 1 into the file, which stays as short as it was.
        let log = try #require(FileManager.default.contents(atPath: copy + "-wal"))
        let pageSize = Int(log[8]) << 24 | Int(log[9]) << 16 | Int(log[10]) << 8 | Int(log[11])
        var firstPage: Data?
        var offset = 32
        while offset + 24 + pageSize <= log.count {
            let page = Int(log[offset]) << 24 | Int(log[offset + 1]) << 16 | Int(log[offset + 2]) << 8 | Int(log[offset + 3])
            if page == 1 { firstPage = log.subdata(in: (offset + 24)..<(offset + 24 + pageSize)) }
            offset += 24 + pageSize
        }
        let handle = try #require(FileHandle(forWritingAtPath: copy))
        try handle.write(contentsOf: try #require(firstPage))
        try handle.close()
        #expect(IndexFileCheck.problem(copy) == nil)

        var notices: [String] = []
        let reopened = CorpusIndex.open(file: copy) { notices.append($0) }
        #expect(notices.isEmpty, "\(notices)")
        #expect(try reopened.listRows().count == 60)
        #expect(try reopened.refresh(CorpusScanner.scan(paths: [folder.corpus])).analyzed == 0)
    }

    /// A file spoiled after the index was opened: the refresh moves it aside, opens a new index in
    /// its place and refreshes that, with one notice.
    @Test func aFileSpoiledWhileOpenIsMovedAsideAtTheRefresh() throws {
        let folder = CorpusFolder("index-spoiled")
        defer { folder.remove() }
        var random = SeededGenerator(state: 11)
        for number in 0..<30 { folder.write("a\(number).txt", CorpusFolder.article(using: &random)) }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        let index = CorpusIndex.open(file: folder.indexFile) { _ in }
        try index.refresh(scan)
        _ = try index.database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        let size = try #require(FileManager.default.attributesOfItem(atPath: folder.indexFile)[.size] as? Int)
        var bytes = [UInt8](repeating: 0, count: size)
        for position in bytes.indices { bytes[position] = UInt8.random(in: 0...255, using: &random) }
        let handle = try #require(FileHandle(forWritingAtPath: folder.indexFile))
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
        folder.write("new.txt", CorpusFolder.article(using: &random))
        var notices: [String] = []
        let (recovered, summary) = try CorpusIndex.refreshRecovering(index, file: folder.indexFile,
                                                                     scan: CorpusScanner.scan(paths: [folder.corpus])) { notices.append($0) }
        #expect(notices.count == 1 && notices[0].contains("moved aside"), "\(notices)")
        #expect(summary.analyzed == 31)
        #expect(try recovered.search("the").isEmpty == false)
    }

    @Test func aCacheFolderThatCannotBeWrittenGivesAnInMemoryIndexWithOneNotice() throws {
        let folder = CorpusFolder("index-readonly")
        defer { folder.remove() }
        var random = SeededGenerator(state: 3)
        folder.write("a.txt", CorpusFolder.article(using: &random))
        // A plain file where the cache folder should be: no one, root included, can create under it.
        #expect(FileManager.default.createFile(atPath: folder.cache, contents: Data("not a folder".utf8)))
        var notices: [String] = []
        let index = CorpusIndex.open(file: folder.indexFile) { notices.append($0) }
        #expect(index.file == nil)
        #expect(notices.count == 1 && notices[0].contains("in memory"), "\(notices)")
        #expect(try index.refresh(CorpusScanner.scan(paths: [folder.corpus])).analyzed == 1)
        #expect(FileManager.default.contents(atPath: folder.cache) == Data("not a folder".utf8))
    }

    @Test func aReadOnlyCacheFolderGivesAnInMemoryIndex() throws {
        // Permissions do not bind root, so this case is checked only for other users.
        guard getuid() != 0 else { return }
        let folder = CorpusFolder("index-readonly-mode")
        defer {
            chmod(folder.cache, 0o755)
            folder.remove()
        }
        try FileManager.default.createDirectory(atPath: folder.cache, withIntermediateDirectories: true)
        chmod(folder.cache, 0o555)
        var notices: [String] = []
        let index = CorpusIndex.open(file: folder.indexFile) { notices.append($0) }
        #expect(index.file == nil)
        #expect(notices.count == 1 && notices[0].contains("in memory"), "\(notices)")
    }
}
