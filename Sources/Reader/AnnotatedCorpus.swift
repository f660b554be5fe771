import Annotations
import CorpusIndex
import Foundation

/// The articles at some paths with their annotations anchored in the current text, for the
/// commands that read notes (`notes`, `export`). Load problems and unusable sidecars are printed
/// to standard error and remembered in `failed`, so the command can exit non-zero after its output.
struct AnnotatedCorpus {
    var entries: [(article: Article, annotations: [AnchoredAnnotation])] = []
    var failed = false
    /// Every article file found under the paths, read or not: what an export must never replace.
    var files: [String] = []

    init(paths: [String], store: AnnotationStore, options: LoadOptions = LoadOptions()) {
        // Only the articles that have a sidecar can have notes: on a large archive where a few are
        // annotated, reading every file would cost seconds for nothing. The corpus is walked as the
        // index's scan walks it (names compared as bytes, no path resolved twice), each folder's
        // sidecars listed once. Files named on their own are still read, so a mistyped or
        // unreadable one is reported.
        var corpus = Corpus()
        if paths.contains(AnnotationStore.standardInputPath) {
            corpus = ArticleLoader.load(paths: paths, options: options)
        } else {
            let scan = CorpusScanner.scan(paths: paths)
            corpus.problems = scan.problems
            let named = Set(paths)
            var sidecars = SidecarPresence(store: store)
            var seen = Set<String>()
            for file in scan.files where seen.insert(file.absolutePath).inserted {
                files.append(file.path)
                let isNamed = named.contains(file.path)
                guard isNamed || (sidecars.hasSidecar(file.path) && !ArticleLoader.isXMLThatIsNoFeed(file.path)) else { continue }
                let contents = ArticleLoader.loadSource(file.path, options: options)
                corpus.articles += contents.articles
                corpus.problems += contents.problems
            }
        }
        files += corpus.articles.map(\.path)
        for problem in corpus.problems { printError("reader: \(problem)") }
        failed = !corpus.problems.isEmpty
        // A feed's items share one sidecar: its problems are reported once, not once per item.
        var reported = Set<String>()
        for article in corpus.articles {
            let sidecarPath = store.sidecarPath(for: article.path)
            do {
                let sidecar = try store.sidecar(for: article)
                if reported.insert(sidecarPath).inserted {
                    for skipped in sidecar?.skipped ?? [] {
                        printError("reader: \(sidecarPath): \(skipped)")
                        failed = true
                    }
                } else if !(sidecar?.skipped.isEmpty ?? true) {
                    failed = true
                }
                entries.append((article, Anchoring.anchor(sidecar?.annotations ?? [], in: article)))
            } catch {
                if reported.insert(sidecarPath).inserted { printError("reader: \(error)") }
                failed = true
            }
        }
    }
}
