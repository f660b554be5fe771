import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process holding a folder lock, as far as the system tells (Linux lists `flock` holders in
/// `/proc/locks`); both parts are nil where it does not.
public struct LockHolder: Equatable, Sendable, CustomStringConvertible {
    public var processID: Int32?
    /// The holder's command name, with any control character replaced, safe to print.
    public var command: String?

    public init(processID: Int32?, command: String?) {
        self.processID = processID
        self.command = command
    }

    public var description: String {
        switch (command, processID) {
        case let (command?, pid?): return "\(command) (process \(pid))"
        case let (nil, pid?): return "process \(pid)"
        default: return "another process"
        }
    }

    /// Who holds a `flock` on the file open at `descriptor`, read from `/proc/locks`.
    static func find(lockedAt descriptor: Int32) -> LockHolder {
        var status = stat()
        guard fstat(descriptor, &status) == 0,
              let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else {
            return LockHolder(processID: nil, command: nil)
        }
        let device = UInt64(status.st_dev)
        let major = ((device >> 8) & 0xFFF) | ((device >> 32) & ~UInt64(0xFFF))
        let minor = (device & 0xFF) | ((device >> 12) & ~UInt64(0xFF))
        let inode = UInt64(status.st_ino)
        for line in table.split(separator: "\n") where !line.contains("->") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK" else { continue }
            let place = fields[5].split(separator: ":")
            guard place.count == 3, UInt64(place[0], radix: 16) == major, UInt64(place[1], radix: 16) == minor,
                  UInt64(place[2]) == inode, let pid = Int32(fields[4]) else { continue }
            return LockHolder(processID: pid, command: command(of: pid))
        }
        return LockHolder(processID: nil, command: nil)
    }

    private static func command(of pid: Int32) -> String? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .newlines)
        guard !trimmed.isEmpty else { return nil }
        return String(trimmed.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }
}
