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
        let result = try SpawnedProcess.run(path, arguments, environment: env, currentDirectory: currentDirectory)
        return Output(status: result.signal.map { 128 + $0 } ?? result.status, stdout: result.stdout, stderr: result.stderr)
    }
}
