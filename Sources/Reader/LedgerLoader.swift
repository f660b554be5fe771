import Annotations
import Foundation

/// Builds the ledger of the articles at some paths: analyses them, reads their sidecars' verdicts.
/// Problems go to standard error and are remembered in `failed`.
struct LedgerLoader {
    var ledger: ClaimLedger
    var verdicts = LedgerVerdicts()
    var articles: [Article] = []
    var failed = false

    init(paths: [String], store: AnnotationStore) {
        let corpus = ArticleLoader.load(paths: paths)
        for problem in corpus.problems { printError("reader: \(problem)") }
        failed = !corpus.problems.isEmpty || corpus.articles.isEmpty
        articles = corpus.articles
        let recognizer = Recognizer()
        ledger = ClaimLedger(articles: corpus.articles.map { LedgerArticle(article: $0, analysis: recognizer.analyze($0.text)) })
        for article in corpus.articles {
            do {
                verdicts.add(Anchoring.anchor(try store.load(for: article), in: article), articlePath: article.path)
            } catch {
                printError("reader: \(error)")
                failed = true
            }
        }
    }
}
