import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts programs with posix_spawn and waits with waitpid: Foundation's `Process.waitUntilExit`
/// has hung on this machine, and the crash tests need the raw pid to send SIGKILL.
struct SpawnedProcess {
    let pid: pid_t
    /// Where standard output and standard error go (files, so a full pipe never stalls the child).
    let outputPath: String
    let errorPath: String

    struct Result {
        var status: Int32
        /// The signal that ended the child, if one did.
        var signal: Int32?
        var stdout: String
        var stderr: String
    }

    /// Starts `executable` with `arguments`, standard input from /dev/null.
    static func start(_ executable: String, _ arguments: [String], currentDirectory: String? = nil) throws -> SpawnedProcess {
        let base = NSTemporaryDirectory() + "reader-child-\(UUID().uuidString)"
        let outputPath = base + ".out"
        let errorPath = base + ".err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // glibc's posix_spawn_file_actions_addchdir_np is not imported; GNU env changes folder instead.
        let command = currentDirectory.map { ["/usr/bin/env", "--chdir=\($0)", executable] } ?? [executable]
        let argv: [UnsafeMutablePointer<CChar>?] = (command + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, command[0], &actions, nil, argv, environ)
        guard status == 0 else {
            throw NSError(domain: "SpawnedProcess", code: Int(status), userInfo: [NSLocalizedDescriptionKey: "posix_spawn \(executable): \(String(cString: strerror(status)))"])
        }
        return SpawnedProcess(pid: pid, outputPath: outputPath, errorPath: errorPath)
    }

    /// Runs to the end and returns what it printed.
    static func run(_ executable: String, _ arguments: [String], currentDirectory: String? = nil) throws -> Result {
        try start(executable, arguments, currentDirectory: currentDirectory).wait()
    }

    func kill(_ signal: Int32 = SIGKILL) {
        _ = Glibc.kill(pid, signal)
    }

    /// Waits for the child to end, then reads and removes its output files.
    func wait() -> Result {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signalled = (status & 0x7F) != 0 && (status & 0x7F) != 0x7F
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        return Result(status: signalled ? -1 : (status >> 8) & 0xFF, signal: signalled ? status & 0x7F : nil,
                      stdout: String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self))
    }
}
