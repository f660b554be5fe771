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

    init(paths: [String], store: AnnotationStore) {
        let corpus = ArticleLoader.load(paths: paths)
        for problem in corpus.problems { printError("reader: \(problem)") }
        failed = !corpus.problems.isEmpty || corpus.articles.isEmpty
        articles = corpus.articles
        let recognizer = Recognizer()
        ledger = ClaimLedger(articles: corpus.articles.map { LedgerArticle(article: $0, analysis: recognizer.analyze($0.text)) })
        for article in corpus.articles { addVerdicts(of: article, store: store) }
    }

    /// The ledger from the corpus index, when `--index` names one or one exists for the paths (each
    /// item of a feed or JSON Lines file has its own row there); nil otherwise.
    init?(indexing paths: [String], store: AnnotationStore, options: IndexOptions) throws {
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
        ledger = try corpus.index.ledger(for: scan.files).ledger
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

    /// Reads the articles at `paths` not read yet (from the index, only those with a sidecar were),
    /// for what needs their text: a claim's line and column, a verdict's anchor.
    mutating func loadArticles(_ paths: [String]) {
        var known = Set(articles.map(\.path))
        for path in paths where known.insert(path).inserted {
            switch ArticleLoader.loadFile(path) {
            case .success(let article): articles.append(article)
            case .failure(let problem):
                printError("reader: \(problem)")
                failed = true
            }
        }
    }

    mutating func addVerdicts(of article: Article, store: AnnotationStore) {
        do {
            verdicts.add(Anchoring.anchor(try store.load(for: article), in: article), articlePath: article.path)
        } catch {
            printError("reader: \(error)")
            failed = true
        }
    }
}
