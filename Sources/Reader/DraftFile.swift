import Annotations
import Foundation
import ReaderApp

/// Unsaved notes kept when the reader had to stop with the editor open:
/// `$XDG_STATE_HOME/reader/drafts.json` (default ~/.local/state/reader/), one draft per article,
/// keyed by the article's absolute path. Written privately (0600): notes may be personal.
struct DraftFile {
    let path: String

    private struct Entry: Codable {
        var article: String
        var draft: NoteDraft
    }

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        path = base + "/reader/drafts.json"
    }

    static func key(for article: Article) -> String {
        key(forPath: article.path)
    }

    static func key(forPath path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Every draft in the file, by article path; none when the file is missing or unreadable.
    func load() -> [String: NoteDraft] {
        guard let data = FileManager.default.contents(atPath: path), let entries = Self.entries(in: data) else { return [:] }
        var drafts: [String: NoteDraft] = [:]
        for entry in entries { drafts[entry.article] = entry.draft }
        return drafts
    }

    private static func entries(in data: Data) -> [Entry]? {
        try? JSONDecoder().decode([Entry].self, from: data)
    }

    /// Replaces the file's drafts (removing the file when there are none), through a rename.
    ///
    /// A file there that does not read as drafts (damaged, edited by hand, written by a newer
    /// `reader`) may hold notes nobody else has: it is renamed aside first, never replaced or
    /// removed, and its new path is returned so the caller can say where it went.
    @discardableResult
    func save(_ drafts: [String: NoteDraft]) throws -> String? {
        let setAside = try setAsideIfUnreadable()
        guard !drafts.isEmpty else {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            return setAside
        }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let entries = drafts.sorted { $0.key < $1.key }.map { Entry(article: $0.key, draft: $0.value) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: try encoder.encode(entries),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown)
        }
        return setAside
    }

    /// Moves a drafts file that exists but does not read as drafts to `drafts.json.unreadable-TIME`.
    private func setAsideIfUnreadable() throws -> String? {
        guard let data = FileManager.default.contents(atPath: path), Self.entries(in: data) == nil else { return nil }
        var aside = path + ".unreadable-\(Int(Date().timeIntervalSince1970))"
        var attempt = 1
        while FileManager.default.fileExists(atPath: aside) {
            attempt += 1
            aside = path + ".unreadable-\(Int(Date().timeIntervalSince1970))-\(attempt)"
        }
        guard rename(path, aside) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return aside
    }
}
