import Foundation

/// Paths written relative to a folder, for links in exports that survive moving both together.
public enum RelativePath {
    /// `path` relative to `folder` (both made absolute first), with `..` where needed.
    public static func of(_ path: String, from folder: String) -> String {
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        let parts = ups + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// `path` resolved against `folder` when it is relative; absolute paths are kept.
    public static func resolve(_ path: String, against folder: String) -> String {
        if path.hasPrefix("/") { return path }
        let joined = folder.isEmpty || folder == "." ? path : (folder.hasSuffix("/") ? folder + path : folder + "/" + path)
        return (joined as NSString).standardizingPath
    }
}
