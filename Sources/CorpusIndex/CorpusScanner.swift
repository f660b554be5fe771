import Annotations
import Foundation

/// Finds the article files under some paths with their sizes and modification times, without
/// reading them: a warm start only compares these with the index. The rules are ArticleLoader's:
/// a named file counts whatever its name, a folder is walked recursively for article extensions,
/// hidden entries are skipped, symbolic links to files are followed but not links to folders.
public enum CorpusScanner {
    public static func scan(paths: [String]) -> CorpusScan {
        var scan = CorpusScan()
        for path in paths {
            let absolute = absolutePath(path)
            var info = stat()
            guard stat(absolute, &info) == 0 else {
                scan.problems.append(LoadProblem(path: path, message: FileContents.reason(errno)))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                // Say why a folder cannot be listed rather than that it holds no articles.
                guard let listing = opendir(absolute) else {
                    scan.problems.append(LoadProblem(path: path, message: FileContents.reason(errno)))
                    continue
                }
                closedir(listing)
                let before = scan.files.count
                walk(folder: absolute, shown: path, into: &scan.files)
                if scan.files.count == before {
                    scan.problems.append(LoadProblem(path: path, message: "no article files (*.txt) in this folder"))
                }
            } else {
                scan.files.append(file(path: path, absolutePath: absolute, info: info))
            }
        }
        scan.files.sort { $0.path < $1.path }
        return scan
    }

    /// `path` from the root with `.` and `..` resolved lexically (links are not followed, as the
    /// user's own path does not follow them either).
    public static func absolutePath(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func walk(folder absolute: String, shown: String, into files: inout [CorpusFile]) {
        guard let directory = opendir(absolute) else { return }
        defer { closedir(directory) }
        let shownPrefix = shown.hasSuffix("/") ? shown : shown + "/"
        let absolutePrefix = absolute.hasSuffix("/") ? absolute : absolute + "/"
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasPrefix(".") { continue }
            let childAbsolute = absolutePrefix + name
            var info = stat()
            let kind = entry.pointee.d_type
            if kind == UInt8(DT_DIR) {
                walk(folder: childAbsolute, shown: shownPrefix + name, into: &files)
                continue
            }
            guard isArticleName(name) else {
                if kind == UInt8(DT_UNKNOWN), lstat(childAbsolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                    walk(folder: childAbsolute, shown: shownPrefix + name, into: &files)
                }
                continue
            }
            // stat follows a link: a link to a file is that file, a link to a folder is skipped.
            guard stat(childAbsolute, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                if kind == UInt8(DT_UNKNOWN), lstat(childAbsolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                    walk(folder: childAbsolute, shown: shownPrefix + name, into: &files)
                }
                continue
            }
            files.append(file(path: shownPrefix + name, absolutePath: childAbsolute, info: info))
        }
    }

    static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return ArticleLoader.articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    static func file(path: String, absolutePath: String, info: stat) -> CorpusFile {
        CorpusFile(path: path, absolutePath: absolutePath, size: Int64(info.st_size),
                   modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
