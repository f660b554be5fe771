import Annotations
import Foundation
import GRDB

/// The persistent index of a corpus: a SQLite file (write-ahead log, so readers never wait for a
/// writer and a killed run loses at most its last batch) holding each article's size, time, hash,
/// title, word count, analysis and text for full-text search.
///
/// It is a cache. Annotations stay in sidecars; a file that is not a sound index of ours is moved
/// aside and rebuilt, never trusted; where the cache folder cannot be written the index lives in
/// memory for the run.
public final class CorpusIndex: Sendable {
    let database: any DatabaseWriter
    /// The index file; nil when the index is in memory.
    public let file: String?
    /// The recogniser version analyses are stored with; an older one is analysed again.
    public let recognizerVersion: Int

    init(database: any DatabaseWriter, file: String?, recognizerVersion: Int) {
        self.database = database
        self.file = file
        self.recognizerVersion = recognizerVersion
    }

    /// SQLite's page cache per connection, in the unit of `PRAGMA cache_size` (negative: KiB).
    static let cacheSize = -65536

    /// Opens (creating if needed) the index at `file`. Never fails: a corrupt or foreign file is
    /// moved aside with a notice and a new index made in its place; a place that cannot be written
    /// gives an in-memory index, with a notice.
    public static func open(file: String, recognizerVersion: Int = Recognizer.version,
                            notice: (String) -> Void) -> CorpusIndex {
        let folder = (file as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder,
                                                    withIntermediateDirectories: true)
        } catch {
            notice("cannot create the index folder \(folder) (\(Self.reason(error))); keeping the index in memory for this run")
            return inMemory(recognizerVersion: recognizerVersion)
        }
        let lock = IndexOpenLock(for: file)
        defer { lock?.release() }
        if let problem = IndexFileCheck.problem(file) {
            guard let moved = moveAside(file, notice: notice, reason: problem) else {
                return inMemory(recognizerVersion: recognizerVersion)
            }
            _ = moved
        }
        do {
            return try openChecked(file: file, recognizerVersion: recognizerVersion)
        } catch let failure as IndexFileCheck.Failure {
            guard moveAside(file, notice: notice, reason: failure.reason) != nil else {
                return inMemory(recognizerVersion: recognizerVersion)
            }
        } catch let error as DatabaseError where IndexFileCheck.isCorruption(error) {
            guard moveAside(file, notice: notice, reason: "damaged (\(error.message ?? "\(error.resultCode)"))") != nil else {
                return inMemory(recognizerVersion: recognizerVersion)
            }
        } catch {
            notice("cannot write the index \(file) (\(Self.reason(error))); keeping the index in memory for this run")
            return inMemory(recognizerVersion: recognizerVersion)
        }
        do {
            return try openChecked(file: file, recognizerVersion: recognizerVersion)
        } catch {
            notice("cannot make a new index at \(file) (\(Self.reason(error))); keeping the index in memory for this run")
            return inMemory(recognizerVersion: recognizerVersion)
        }
    }

    /// An index that lives in memory for this process only.
    public static func inMemory(recognizerVersion: Int = Recognizer.version) -> CorpusIndex {
        // An in-memory database cannot fail to open; the schema is ours.
        let queue = try! DatabaseQueue(configuration: configuration())
        try! IndexSchema.migrator.migrate(queue)
        return CorpusIndex(database: queue, file: nil, recognizerVersion: recognizerVersion)
    }

    /// What every connection shares: foreign keys are not enforced (the schema's references are
    /// kept by `delete`, and checking them cost a search per inserted mention).
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        return configuration
    }

    static func openChecked(file: String, recognizerVersion: Int) throws -> CorpusIndex {
        var configuration = configuration()
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            // With the write-ahead log, NORMAL loses no committed data when a process is killed.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A bulk index touches the same B-tree pages again and again: SQLite's default 2 MB
            // page cache sends most of them back through the kernel. Grown only as pages are used.
            try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
            // Fewer, larger checkpoints: each page of a batch is copied from the log once, not per batch.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
        }
        let pool = try DatabasePool(path: file, configuration: configuration)
        try pool.write { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if applicationID != IndexSchema.applicationID, tables > 0 {
                throw IndexFileCheck.Failure(reason: "another program's SQLite database, not a reader index")
            }
            if try IndexSchema.migrator.hasBeenSuperseded(db) {
                throw IndexFileCheck.Failure(reason: "written by a newer reader")
            }
        }
        try IndexSchema.migrator.migrate(pool)
        // Reading a row of every table finds gross damage now rather than halfway through a run,
        // at the cost of a few pages (a count would read whole tables).
        try pool.read { db in
            _ = try Row.fetchOne(db, sql: "SELECT * FROM article LIMIT 1")
            _ = try Row.fetchOne(db, sql: "SELECT * FROM analysis LIMIT 1")
            _ = try Row.fetchOne(db, sql: "SELECT * FROM entity LIMIT 1")
            _ = try Row.fetchOne(db, sql: "SELECT * FROM mention LIMIT 1")
            _ = try Row.fetchOne(db, sql: "SELECT rowid FROM article_text LIMIT 1")
        }
        return CorpusIndex(database: pool, file: file, recognizerVersion: recognizerVersion)
    }

    /// Renames the index file (and its log files) to NAME.broken-TIME; returns the new name.
    @discardableResult
    static func moveAside(_ file: String, notice: (String) -> Void, reason: String) -> String? {
        let stamp = Int(Date().timeIntervalSince1970)
        let target = "\(file).broken-\(stamp)"
        do {
            try FileManager.default.moveItem(atPath: file, toPath: target)
        } catch {
            notice("the index \(file) is \(reason), and cannot be moved aside (\(Self.reason(error))); keeping the index in memory for this run")
            return nil
        }
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: file + suffix) {
            try? FileManager.default.moveItem(atPath: file + suffix, toPath: target + suffix)
        }
        notice("the index \(file) is \(reason); moved aside to \(target) and rebuilt")
        return target
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return error.localizedDescription
    }
}
