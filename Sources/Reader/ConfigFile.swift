import Foundation
import ReaderApp

/// The config file on disk: `$XDG_CONFIG_HOME/reader/config.json`, by default under ~/.config.
struct ConfigFile {
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
        guard FileManager.default.fileExists(atPath: path) else { return (ReaderConfig(), nil) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (ReaderConfig(), "Default settings in use: \(path) cannot be read")
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
        let folder = (path as NSString).deletingLastPathComponent
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
