import Annotations
import CorpusIndex
import Foundation

/// Builds the ledger of the articles at some paths, and reads their sidecars' verdicts: from the
/// corpus index when there is one for the paths (refreshed first, so only new and changed files are
/// analysed and only their claims read again), else by analysing every article on the spot.
/// Problems go to standard error and are remembered in `failed`.
struct LedgerLoader {
    var ledger: ClaimLedger
    var verdicts = LedgerVerdicts()
    /// The articles read; from the index, only those with a sidecar (the rest were never opened).
    var articles: [Article] = []
    var failed = false
    /// Whether each item of a feed or JSON Lines file has its claims under its own name
    /// (`Article.displayPath`, `feed.rss#item-id`) rather than its file's path: what needs an
    /// article's text for a claim (a line and column, a verdict's anchor) then finds the right item.
    let keyedByItem: Bool

    /// - Parameter keyedByItem: see `keyedByItem`; `reader claims` prints the file's path for
    ///   every item, the exports and verdicts name the item.
    init(paths: [String], store: AnnotationStore, keyedByItem: Bool = false) {
        self.keyedByItem = keyedByItem
        let corpus = ArticleLoader.load(paths: paths)
        for problem in corpus.problems { printError("reader: \(problem)") }
        failed = !corpus.problems.isEmpty || corpus.articles.isEmpty
        articles = corpus.articles
        let recognizer = Recognizer()
        ledger = ClaimLedger(articles: corpus.articles.map { article in
            LedgerArticle(path: keyedByItem ? article.displayPath : article.path, title: article.title, text: article.scalars,
                          analysis: recognizer.analyze(article.text))
        })
        for article in corpus.articles { addVerdicts(of: article, store: store) }
    }

    /// What names `article`'s claims in this ledger.
    func key(of article: Article) -> String {
        keyedByItem ? article.displayPath : article.path
    }

    /// The ledger from the corpus index, when `--index` names one or one exists for the paths (each
    /// item of a feed or JSON Lines file has its own row there); nil otherwise.
    init?(indexing paths: [String], store: AnnotationStore, options: IndexOptions, keyedByItem: Bool = false) throws {
        self.keyedByItem = keyedByItem
        guard !paths.contains("-"), options.file != nil || IndexedCorpus.exists(paths: paths, options: options) else { return nil }
        let scan = CorpusScanner.scan(paths: paths)
        guard !scan.files.isEmpty else { return nil }
        for problem in scan.problems { printError("reader: \(problem)") }
        failed = !scan.problems.isEmpty
        var corpus = IndexedCorpus(paths: paths, options: options)
        // The ledger reads claims, not full text: texts a large first index leaves for search wait for it.
        try corpus.refresh(scan, fillsSearchText: false)
        let indexed = try corpus.index.articles()
        for file in scan.files {
            if let problem = indexed[file.absolutePath]?.problem {
                printError("reader: \(LoadProblem(path: file.path, message: problem))")
                failed = true
            }
        }
        ledger = try corpus.index.ledger(for: scan.files, itemKey: keyedByItem ? { $0 + "#" + $1 } : nil).ledger
        // Only an article with a sidecar can have verdicts: read just those.
        // One sidecar holds the verdicts of every item of a feed or JSON Lines file.
        for file in scan.files where FileManager.default.fileExists(atPath: store.sidecarPath(for: file.path)) {
            let read = ArticleLoader.load(paths: [file.path])
            for problem in read.problems { printError("reader: \(problem)") }
            failed = failed || !read.problems.isEmpty
            for article in read.articles {
                articles.append(article)
                addVerdicts(of: article, store: store)
            }
        }
    }

    /// Reads the articles named `keys` in the ledger not read yet (from the index, only those with
    /// a sidecar were), for what needs their text: a claim's line and column, a verdict's anchor.
    /// An item's key (`feed.rss#item-id`) reads its file and takes every item of it.
    mutating func loadArticles(_ keys: [String]) {
        var known = Set(articles.map { key(of: $0) })
        var readFiles = Set<String>()
        for name in keys where !known.contains(name) {
            let path = keyedByItem ? Self.file(ofKey: name) : name
            guard readFiles.insert(path).inserted else { continue }
            if keyedByItem {
                let corpus = ArticleLoader.load(paths: [path])
                for problem in corpus.problems { printError("reader: \(problem)") }
                failed = failed || !corpus.problems.isEmpty
                for article in corpus.articles where known.insert(key(of: article)).inserted { articles.append(article) }
                continue
            }
            switch ArticleLoader.loadFile(path) {
            case .success(let article):
                known.insert(name)
                articles.append(article)
            case .failure(let problem):
                printError("reader: \(problem)")
                failed = true
            }
        }
    }

    /// The file an article's key names: the key itself, or for an item (`feed.rss#item-id`, where
    /// the id may hold "#" too) its shortest prefix before a "#" that is a file.
    static func file(ofKey key: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: key, isDirectory: &isFolder), !isFolder.boolValue { return key }
        var end = key.startIndex
        while let mark = key[end...].firstIndex(of: "#") {
            let prefix = String(key[..<mark])
            if FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder), !isFolder.boolValue { return prefix }
            end = key.index(after: mark)
        }
        return key
    }

    mutating func addVerdicts(of article: Article, store: AnnotationStore) {
        do {
            verdicts.add(Anchoring.anchor(try store.load(for: article), in: article), articlePath: key(of: article))
        } catch {
            printError("reader: \(error)")
            failed = true
        }
    }
}
