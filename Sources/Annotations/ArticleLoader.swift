import Foundation

/// Reads articles from files and folders: the file-system edge of the library.
public enum ArticleLoader {
    /// Files larger than this are refused rather than read into memory.
    public static let maximumFileSize = 64 * 1024 * 1024
    /// Names ending so are article files when a folder is walked.
    public static let articleExtensions: Set<String> = ["txt", "text", "md"]

    /// Loads every path: a file is read whatever its name, a folder is walked recursively for text
    /// files (hidden entries and sidecars skipped). Articles come back sorted by path.
    public static func load(paths: [String]) -> Corpus {
        var corpus = Corpus()
        for path in paths {
            let isFolder: Bool
            switch FileContents.isFolder(path) {
            case .success(let folder): isFolder = folder
            case .failure(let problem):
                corpus.problems.append(problem)
                continue
            }
            if isFolder {
                // Say why a folder cannot be listed rather than that it holds no articles.
                guard let listing = opendir(path) else {
                    corpus.problems.append(LoadProblem(path: path, message: FileContents.reason(errno)))
                    continue
                }
                closedir(listing)
                let files = articleFiles(in: path)
                if files.isEmpty {
                    corpus.problems.append(LoadProblem(path: path, message: "no article files (*.txt) in this folder"))
                }
                for file in files { add(loadFile(file), to: &corpus) }
            } else {
                add(loadFile(path), to: &corpus)
            }
        }
        corpus.articles.sort { $0.path < $1.path }
        return corpus
    }

    /// Reads one file as an article.
    public static func loadFile(_ path: String) -> Result<Article, LoadProblem> {
        FileContents.read(path, limit: maximumFileSize).flatMap { decode($0, path: path) }
    }

    /// Turns bytes into an article, refusing binary data and repairing invalid UTF-8 with a warning.
    public static func decode(_ data: Data, path: String) -> Result<Article, LoadProblem> {
        if containsNUL(data.prefix(65_536)) {
            return .failure(LoadProblem(path: path, message: "looks binary (contains NUL bytes), not plain text"))
        }
        if let text = String(validating: data, as: UTF8.self) {
            return .success(Article(path: path, text: text))
        }
        let badOffset = firstInvalidUTF8Offset(data) ?? 0
        let repaired = String(decoding: data, as: UTF8.self)
        let warning = "not valid UTF-8 (first bad byte at offset \(badOffset)); shown with \u{FFFD} in its place, read-only"
        return .success(Article(path: path, text: repaired, warnings: [warning], isExact: false))
    }

    /// memchr, many bytes a step, rather than Data's byte iterator.
    static func containsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    static func add(_ result: Result<Article, LoadProblem>, to corpus: inout Corpus) {
        switch result {
        case .success(let article): corpus.articles.append(article)
        case .failure(let problem): corpus.problems.append(problem)
        }
    }

    /// Text files below a folder, sorted, skipping hidden entries.
    static func articleFiles(in folder: String) -> [String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let ext = (name as NSString).pathExtension.lowercased()
            guard articleExtensions.contains(ext) else { continue }
            let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }
}
