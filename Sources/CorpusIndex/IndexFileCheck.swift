import Foundation
import GRDB

/// Checks made before trusting a file as an index: SQLite's header and that the file is as long as
/// the header says (a truncated copy otherwise fails only when a missing page is read).
enum IndexFileCheck {
    struct Failure: Error {
        var reason: String
    }

    /// Why `file` cannot be an index, or nil when it is absent, empty or looks sound.
    static func problem(_ file: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        if header.isEmpty { return nil }
        let magic = Array("SQLite format 3\0".utf8)
        guard header.count == 100, Array(header.prefix(16)) == magic else {
            return "not a SQLite database"
        }
        let bytes = Array(header)
        let rawPageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return "damaged (bad page size)" }
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        if fileSize % pageSize != 0 { return "truncated (not a whole number of pages)" }
        let changeCounter = bytes[24..<28]
        let validFor = bytes[92..<96]
        let pages = bytes[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let walSize = (try? FileManager.default.attributesOfItem(atPath: file + "-wal")[.size] as? Int) ?? 0
        // A checkpoint copies the log's pages into the file from page 1 on, so a process killed
        // during one leaves a header longer than the file; the log still holds every page, and
        // SQLite finishes the copy. Only a file without a log is truncated.
        if walSize == 0, changeCounter.elementsEqual(validFor), pages > 0, fileSize < pages * pageSize {
            return "truncated (\(fileSize) bytes of \(pages * pageSize))"
        }
        // Another program's database is left byte for byte as it is: not even opened for writing.
        // (With a write-ahead log beside it, page 1 may be newer there: the check after opening decides.)
        let applicationID = bytes[68..<72].reduce(0) { $0 << 8 | UInt32($1) }
        let schemaCookie = bytes[40..<44].reduce(0) { $0 << 8 | UInt32($1) }
        if walSize == 0, schemaCookie != 0, applicationID != UInt32(bitPattern: IndexSchema.applicationID) {
            return "another program's SQLite database, not a reader index"
        }
        return nil
    }

    static func isCorruption(_ error: DatabaseError) -> Bool {
        [ResultCode.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT].contains(error.resultCode)
    }
}
