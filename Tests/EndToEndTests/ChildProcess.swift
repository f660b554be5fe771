import Foundation

/// Runs a program with posix_spawn and waits with waitpid.
///
/// Foundation's `Process.waitUntilExit` hung here when tests ran in parallel (a tmux client that
/// had exited stayed a zombie, never reaped), so the end-to-end tests spawn and reap children themselves.
enum ChildProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `executable` with `arguments`; standard input from /dev/null, output and errors to the
    /// given files (or /dev/null). Returns the exit status (128 + N when killed by signal N).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    currentDirectory: String? = nil, stdoutPath: String = "/dev/null",
                    stderrPath: String = "/dev/null") throws -> Int32 {
        let pid = try spawn(executable, arguments, environment: environment, currentDirectory: currentDirectory,
                            stdoutPath: stdoutPath, stderrPath: stderrPath)
        return wait(for: pid)
    }

    /// Starts `executable` and returns its process id without waiting.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                      currentDirectory: String? = nil, stdoutPath: String = "/dev/null",
                      stderrPath: String = "/dev/null") throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // GNU env's --chdir stands in for posix_spawn_file_actions_addchdir_np, which Swift cannot see.
        let command = currentDirectory.map { ["env", "--chdir=\($0)", executable] } ?? [executable]
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        // The test runner's threads block most signals, and a spawned child would inherit that mask
        // (a reader that never sees SIGINT): start every child with none blocked and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// Waits for `pid` to end; its exit status, or 128 + N when a signal N ended it.
    static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
