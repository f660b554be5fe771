import Foundation

/// A private tmux server running an interactive shell, for driving the real `reader` binary as a
/// person would: type with `send(keys:)`, read the screen with `screen()`, poll with `waitFor`.
final class TmuxSession {
    let socket: String
    let home: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts a detached server with a shell in a `width` x `height` window, in a temporary HOME.
    init(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "reader-test-\(UUID().uuidString.prefix(8))"
        home = NSTemporaryDirectory() + socket
        try FileManager.default.createDirectory(atPath: home + "/config", withIntermediateDirectories: true)
        var variables = ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_CACHE_HOME": home + "/cache",
                         "PS1": "$ ", "LANG": "C.UTF-8",
                         "LC_ALL": "C.UTF-8"]
        for (key, value) in environment { variables[key] = value }
        let assignments = variables.map { "\($0.key)=\($0.value)" }
        // `swift test` sets NO_COLOR for its children; the reader under test gets colours unless a
        // test asks for NO_COLOR itself.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main",
                  "env", "-u", "NO_COLOR"] + assignments + ["bash", "--norc", "--noprofile", "-i"])
        try waitFor("$", timeout: 5)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: home)
    }

    /// Runs a tmux command on this session's private server.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        // Output to a file, not a pipe: tmux's server keeps inherited pipes open and would hang us.
        let outputPath = home + "/.tmux-out-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        try ChildProcess.run("tmux", ["-L", socket] + arguments, stdoutPath: outputPath)
        return String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
    }

    /// Types a line into the shell and presses Enter.
    func run(_ commandLine: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", commandLine])
        try tmux(["send-keys", "-t", "main", "Enter"])
    }

    /// Sends keys by tmux name ("Enter", "C-c", "PageDown") or literal text with `literal`.
    func send(keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    func send(literal text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// The screen as text; with `escapes`, with the attribute and colour sequences tmux saw.
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `predicate` holds; throws with the last screen when time runs out.
    @discardableResult
    func waitUntil(timeout: Double = 10, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "timed out waiting for \(what); screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout, "'\(text)'") { $0.contains(text) }
    }
}
