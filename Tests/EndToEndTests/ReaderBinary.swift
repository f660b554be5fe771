import Foundation

/// Runs the built `reader` executable, which `swift test` builds beside the test bundle.
enum ReaderBinary {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The executable's path: beside the running test bundle, else in .build/debug.
    static let path: String = {
        let bundleFolder = Bundle.main.bundleURL.path
        for folder in [bundleFolder, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path,
                       packageRoot + "/.build/debug"] {
            let candidate = folder + "/reader"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot + "/.build/debug/reader"
    }()

    /// Copies the seed articles into `folder/seeds` (tests never write into the real seeds/) and
    /// returns that folder.
    static func copySeeds(into folder: String) throws -> String {
        let seeds = folder + "/seeds"
        try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/seeds") where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: packageRoot + "/seeds/" + name, toPath: seeds + "/" + name)
        }
        return seeds
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `reader` with arguments, standard input from /dev/null, and waits for it.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    currentDirectory: String? = nil) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        // Files, not pipes: a large output can never fill a pipe and stall the child.
        let base = NSTemporaryDirectory() + "reader-run-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        let status = try ChildProcess.run(path, arguments, environment: env, currentDirectory: currentDirectory,
                                          stdoutPath: base + ".out", stderrPath: base + ".err")
        let stdoutData = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let stderrData = FileManager.default.contents(atPath: base + ".err") ?? Data()
        return Output(status: status,
                      stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
