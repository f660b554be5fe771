import Foundation

/// Reads articles from files and folders: the file-system edge of the library.
public enum ArticleLoader {
    /// Files larger than this are refused rather than read into memory.
    public static let maximumFileSize = 64 * 1024 * 1024
    /// Names ending so are article files when a folder is walked.
    public static let articleExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "rss", "atom", "xml", "jsonl", "ndjson",
    ]

    /// Loads every path: a file is read whatever its name, a folder is walked recursively for text
    /// files (hidden entries and sidecars skipped). Articles come back sorted by path.
    /// `readingFoundFile`, when given, decides which files found in a folder are read at all (a file
    /// named on its own is always read, so its problems are still reported).
    public static func load(paths: [String], options: LoadOptions = LoadOptions(),
                            readingFoundFile: ((String) -> Bool)? = nil) -> Corpus {
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
                    corpus.problems.append(LoadProblem(path: path, message: "no article files (*.txt, *.md, *.html, feeds, *.jsonl) in this folder"))
                }
                for file in files where readingFoundFile?(file) ?? true && !isXMLThatIsNoFeed(file) {
                    add(loadSource(file, options: options), to: &corpus)
                }
            } else {
                add(loadSource(path, options: options), to: &corpus)
            }
        }
        // Stable: a container's items keep their order in the file.
        corpus.articles = corpus.articles.enumerated().sorted { left, right in
            left.element.path != right.element.path ? left.element.path < right.element.path : left.offset < right.offset
        }.map(\.element)
        return corpus
    }

    /// An .xml file found in a folder is read only when it is a feed: other XML is no article.
    public static func isXMLThatIsNoFeed(_ file: String) -> Bool {
        // A name without ".xml" in it cannot end so: most files are told apart without Foundation.
        guard file.lowercased().contains(".xml"),
              SourceFormat.forPath(file) == .feed, (file as NSString).pathExtension.lowercased() == "xml",
              let head = try? FileHandle(forReadingFrom: URL(fileURLWithPath: file)).read(upToCount: 4096) else { return false }
        return !FeedReader.looksLikeFeed(head)
    }

    /// Every article in one file, read by the format its name says (plain text when unknown).
    public static func loadSource(_ path: String, options: LoadOptions = LoadOptions()) -> SourceContents {
        switch readBytes(path) {
        case .success(let data):
            return SourceReader.read(data, path: path, format: SourceFormat.forPath(path), options: options)
        case .failure(let problem):
            return SourceContents(problems: [problem])
        }
    }

    /// The articles piped to standard input (`reader -`).
    public static func loadStandardInput(options: LoadOptions = LoadOptions()) -> Corpus {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let contents = SourceReader.readStandardInput(data, options: options)
        var corpus = Corpus(articles: contents.articles, problems: contents.problems)
        if data.isEmpty { corpus.problems.append(LoadProblem(path: "-", message: "standard input is empty")) }
        return corpus
    }

    /// Reads one file as an article (the first, for a container).
    public static func loadFile(_ path: String, options: LoadOptions = LoadOptions()) -> Result<Article, LoadProblem> {
        let contents = loadSource(path, options: options)
        if let article = contents.articles.first { return .success(article) }
        return .failure(contents.problems.first ?? LoadProblem(path: path, message: "holds no article"))
    }

    /// The bytes of a file, refusing what cannot or should not be read whole (with the system's reason).
    static func readBytes(_ path: String) -> Result<Data, LoadProblem> {
        FileContents.read(path, limit: maximumFileSize)
    }

    /// Turns bytes into a plain-text article (see `PlainTextReader`).
    public static func decode(_ data: Data, path: String, encoding: TextEncoding? = nil) -> Result<Article, LoadProblem> {
        PlainTextReader.read(data, path: path, encoding: encoding)
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

    static func add(_ contents: SourceContents, to corpus: inout Corpus) {
        corpus.articles += contents.articles
        corpus.problems += contents.problems
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
