import Foundation

/// Where the index of a corpus lives: one file per corpus root (the set of paths a command names)
/// under `$XDG_CACHE_HOME/reader/` (default `~/.cache/reader/`), unless `--index FILE` says.
public enum IndexLocation {
    public static func file(for paths: [String], explicit: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit { return explicit }
        return cacheFolder(environment: environment) + "/" + fileName(for: paths)
    }

    public static func cacheFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return cache + "/reader"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/reader"
    }

    /// A readable name (the first root's last component) and a hash of every root's absolute path,
    /// so `seeds` and `./seeds` share an index and two folders both called `news` do not.
    static func fileName(for paths: [String]) -> String {
        let roots = Array(Set(paths.map(CorpusScanner.absolutePath))).sorted()
        let key = ContentHash.of(Array(roots.joined(separator: "\n").utf8))
        let base = roots.first.map { ($0 as NSString).lastPathComponent } ?? "corpus"
        let safe = String(base.unicodeScalars.map { scalar in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" ? Character(scalar) : "_"
        }.prefix(40))
        return "\(safe.isEmpty ? "root" : safe)-\(key.prefix(16)).sqlite"
    }
}
