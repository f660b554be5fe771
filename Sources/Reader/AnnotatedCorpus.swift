import Annotations
import Foundation

/// The articles at some paths with their annotations anchored in the current text, for the
/// commands that read notes (`notes`, `export`). Load problems and unusable sidecars are printed
/// to standard error and remembered in `failed`, so the command can exit non-zero after its output.
struct AnnotatedCorpus {
    var entries: [(article: Article, annotations: [AnchoredAnnotation])] = []
    var failed = false

    init(paths: [String], store: AnnotationStore) {
        let corpus = ArticleLoader.load(paths: paths)
        for problem in corpus.problems { printError("reader: \(problem)") }
        failed = !corpus.problems.isEmpty || corpus.articles.isEmpty
        for article in corpus.articles {
            do {
                let sidecar = try store.sidecar(forArticleAt: article.path)
                for skipped in sidecar?.skipped ?? [] {
                    printError("reader: \(store.sidecarPath(for: article.path)): \(skipped)")
                    failed = true
                }
                entries.append((article, Anchoring.anchor(sidecar?.annotations ?? [], in: article)))
            } catch {
                printError("reader: \(error)")
                failed = true
            }
        }
    }
}
