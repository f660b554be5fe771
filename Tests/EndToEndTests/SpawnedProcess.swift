import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A started child whose output is captured in files: for tests that need the pid (to send
/// SIGKILL at a random moment) or the output of a run. Spawned through `ChildProcess`.
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
    static func start(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                      currentDirectory: String? = nil) throws -> SpawnedProcess {
        let base = NSTemporaryDirectory() + "reader-child-\(UUID().uuidString)"
        let outputPath = base + ".out"
        let errorPath = base + ".err"
        let pid = try ChildProcess.spawn(executable, arguments, environment: environment, currentDirectory: currentDirectory,
                                         stdoutPath: outputPath, stderrPath: errorPath)
        return SpawnedProcess(pid: pid, outputPath: outputPath, errorPath: errorPath)
    }

    /// Runs to the end and returns what it printed.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    currentDirectory: String? = nil) throws -> Result {
        try start(executable, arguments, environment: environment, currentDirectory: currentDirectory).wait()
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
