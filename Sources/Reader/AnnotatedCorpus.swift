import Annotations
import Foundation

/// The articles at some paths with their annotations anchored in the current text, for the
/// commands that read notes (`notes`, `export`). Load problems and unusable sidecars are printed
/// to standard error and remembered in `failed`, so the command can exit non-zero after its output.
struct AnnotatedCorpus {
    var entries: [(article: Article, annotations: [AnchoredAnnotation])] = []
    var failed = false

    init(paths: [String], store: AnnotationStore, options: LoadOptions = LoadOptions()) {
        let corpus = ArticleLoader.load(paths: paths, options: options)
        for problem in corpus.problems { printError("reader: \(problem)") }
        failed = !corpus.problems.isEmpty || corpus.articles.isEmpty
        for article in corpus.articles {
            do {
                entries.append((article, Anchoring.anchor(try store.load(for: article), in: article)))
            } catch {
                printError("reader: \(error)")
                failed = true
            }
        }
    }
}
