import Annotations
import Foundation

/// Finds the article files under some paths with their sizes and modification times, without
/// reading them: a warm start only compares these with the index. The rules are ArticleLoader's:
/// a named file counts whatever its name, a folder is walked recursively for article extensions,
/// hidden entries are skipped, symbolic links to files are followed but not links to folders.
public enum CorpusScanner {
    public static func scan(paths: [String]) -> CorpusScan {
        var scan = CorpusScan()
        scan.mayRepeat = paths.count > 1
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
                walkOnEveryCore(folder: absolute, shown: path, into: &scan.files)
                if scan.files.count == before {
                    scan.problems.append(LoadProblem(path: path, message: "no article files (*.txt, *.md, *.html, feeds, *.jsonl) in this folder"))
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

    /// Walks a folder with its subfolders shared out between the cores: the folders near the top are
    /// listed first until there are enough to share, then each is walked on its own thread. The
    /// files are the same as a walk on one thread gives, in another order (the scan sorts them).
    static func walkOnEveryCore(folder absolute: String, shown: String, into files: inout [CorpusFile]) {
        var pending = [(absolute: absolute, shown: shown)]
        var depth = 0
        while !pending.isEmpty, pending.count < 32, depth < 4 {
            var next: [(absolute: String, shown: String)] = []
            for folder in pending { list(folder: folder.absolute, shown: folder.shown, into: &files, subfolders: &next) }
            pending = next
            depth += 1
        }
        let shared = pending
        let found = ScanSlots(count: shared.count)
        DispatchQueue.concurrentPerform(iterations: shared.count) { index in
            var local: [CorpusFile] = []
            walk(folder: shared[index].absolute, shown: shared[index].shown, into: &local)
            // Sorted here, on every core: the scan's final sort then only merges these runs.
            local.sort { $0.path < $1.path }
            found.set(index, local)
        }
        for part in found.values { files += part }
    }

    /// Walks one folder and its subfolders on this thread.
    static func walk(folder absolute: String, shown: String, into files: inout [CorpusFile]) {
        var subfolders: [(absolute: String, shown: String)] = []
        list(folder: absolute, shown: shown, into: &files, subfolders: &subfolders)
        for folder in subfolders { walk(folder: folder.absolute, shown: folder.shown, into: &files) }
    }

    /// Lists one folder: its article files go to `files`, its folders to `subfolders`. Names are read
    /// by `readdir` and checked as bytes, times by `fstatat` on the open folder (no path is resolved
    /// again from the root), and Strings are made only for the folders and article files kept: a
    /// warm start scans every file of the corpus.
    static func list(folder absolute: String, shown: String, into files: inout [CorpusFile],
                     subfolders: inout [(absolute: String, shown: String)]) {
        let descriptor = open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        let shownPrefix = shown.hasSuffix("/") ? shown : shown + "/"
        let absolutePrefix = absolute.hasSuffix("/") ? absolute : absolute + "/"
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(directory) {
            let namePointer = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self)
            let length = strlen(namePointer)
            let name = UnsafeRawBufferPointer(start: namePointer, count: length)
            if name.first == UInt8(ascii: ".") { continue }
            var info = stat()
            let kind = entry.pointee.d_type
            if kind == UInt8(DT_DIR) {
                let child = String(cString: namePointer)
                subfolders.append((absolutePrefix + child, shownPrefix + child))
                continue
            }
            guard isArticleName(name) else {
                if kind == UInt8(DT_UNKNOWN), fstatat(descriptor, namePointer, &info, AT_SYMLINK_NOFOLLOW) == 0,
                   (info.st_mode & S_IFMT) == S_IFDIR {
                    let child = String(cString: namePointer)
                    subfolders.append((absolutePrefix + child, shownPrefix + child))
                }
                continue
            }
            // fstatat without AT_SYMLINK_NOFOLLOW follows a link: a link to a file is that file, a
            // link to a folder is skipped.
            guard fstatat(descriptor, namePointer, &info, 0) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                if kind == UInt8(DT_UNKNOWN), fstatat(descriptor, namePointer, &info, AT_SYMLINK_NOFOLLOW) == 0,
                   (info.st_mode & S_IFMT) == S_IFDIR {
                    let child = String(cString: namePointer)
                    subfolders.append((absolutePrefix + child, shownPrefix + child))
                }
                continue
            }
            let child = String(cString: namePointer)
            let absolutePath = absolutePrefix + child
            // Under a root named from the root the two paths are one string, stored once.
            let path = shownPrefix == absolutePrefix ? absolutePath : shownPrefix + child
            files.append(file(path: path, absolutePath: absolutePath, info: info))
        }
    }

    static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return ArticleLoader.articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// `isArticleName` on a name's bytes, without making a String: an ASCII extension is folded and
    /// packed into one integer; any other byte takes the String rule (Unicode lower-casing).
    static func isArticleName(_ name: UnsafeRawBufferPointer) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
        let extensionLength = name.count - dot - 1
        guard extensionLength > 0 else { return false }
        var packed: UInt64 = 0
        for index in (dot + 1)..<name.count {
            let byte = name[index]
            guard byte < 0x80 else { return isArticleName(String(decoding: name, as: UTF8.self)) }
            guard extensionLength <= 8 else { return false }
            packed = packed << 8 | UInt64((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
        }
        return packedArticleExtensions.contains(packed)
    }

    /// ArticleLoader's article extensions (all ASCII, at most eight letters), packed as `isArticleName` packs.
    static let packedArticleExtensions: Set<UInt64> = Set(ArticleLoader.articleExtensions.map { ext in
        ext.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    })

    static func file(path: String, absolutePath: String, info: stat) -> CorpusFile {
        CorpusFile(path: path, absolutePath: absolutePath, size: Int64(info.st_size),
                   modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}

/// Each folder's files, found on several threads, each into its own slot.
final class ScanSlots: @unchecked Sendable {
    private var slots: [[CorpusFile]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ files: [CorpusFile]) {
        lock.lock()
        slots[index] = files
        lock.unlock()
    }

    var values: [[CorpusFile]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
