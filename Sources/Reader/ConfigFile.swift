import Annotations
import Foundation
import ReaderApp

/// The config file on disk: `$XDG_CONFIG_HOME/reader/config.json`, by default under ~/.config.
struct ConfigFile {
    /// Far more than any settings file needs; a bigger one is refused rather than read whole.
    static let maximumSize = 1_048_576

    let path: String

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        }
        path = base + "/reader/config.json"
    }

    /// The config, or the defaults with a message when the file is broken. A missing file is no problem.
    func load() -> (config: ReaderConfig, problem: String?) {
        if access(path, F_OK) != 0, errno == ENOENT { return (ReaderConfig(), nil) }
        let data: Data
        switch FileContents.read(path, limit: Self.maximumSize) {
        case .success(let contents): data = contents
        case .failure(let problem): return (ReaderConfig(), "Default settings in use: \(problem)")
        }
        do {
            return (try ReaderConfig.parse(data), nil)
        } catch {
            // The message leads with what happened: a long path must not push it off the status line.
            return (ReaderConfig(), "Default settings in use (the file is left as it is): \(path): \(error)")
        }
    }

    /// Writes the config through a temporary file and a rename, so a crash never leaves half a file.
    func save(_ config: ReaderConfig) throws {
        let folder = ParentFolder.of(path)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: config.encoded()) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
