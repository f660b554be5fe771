import ArgumentParser
import Annotations
import Foundation

/// `reader annotate FILE --quote TEXT`: adds an annotation from a script, with the same store
/// guarantees as the terminal reader (locked read-merge-write, atomic save, bad sidecars refused).
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate the words TEXT of an article file.",
        discussion: """
            The annotation is saved in FILE's sidecar (NAME.annotations.json beside NAME.txt, or under \
            --store). If the words are a recognised numeric claim, its value is kept with the note.
            """)

    @Argument(help: "The article file.")
    var file: String

    @Option(help: "The exact words to annotate, as written in the article.")
    var quote: String

    @Option(help: "Which occurrence of the words, counting from 1.")
    var occurrence = 1

    @Option(name: .customLong("tag"), help: "A tag (repeat for several).")
    var tags: [String] = []

    @Option(help: "A free-text note.")
    var note = ""

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    /// Adds this many annotations, one save each: lets the crash tests kill a process mid-save.
    @Option(name: .customLong("repeat"), help: .hidden)
    var repeatCount = 1

    func validate() throws {
        guard !quote.isEmpty else { throw ValidationError("--quote must not be empty") }
        guard occurrence >= 1 else { throw ValidationError("--occurrence counts from 1") }
    }

    func run() throws {
        let article: Article
        switch ArticleLoader.loadFile(file) {
        case .success(let loaded): article = loaded
        case .failure(let problem): throw commandFailure("\(problem)")
        }
        guard article.isExact else {
            throw commandFailure("\(StoreError(path: article.path, kind: .articleNotExact))")
        }
        let found = article.occurrences(of: quote)
        guard !found.isEmpty else {
            if article.countOccurrencesIgnoringSpaceKinds(of: quote) > 0 {
                throw commandFailure("\(article.path): the quote \"\(TerminalText.visible(quote))\" is in the article only with other spaces (a no-break space, say); type them as in the file")
            }
            throw commandFailure("\(article.path): the quote \"\(TerminalText.visible(quote))\" is not in the article (the match is exact, case and punctuation included)")
        }
        guard occurrence >= 1, occurrence <= found.count else {
            throw commandFailure("\(article.path): --occurrence \(occurrence) is out of range; the quote occurs \(found.count) time\(found.count == 1 ? "" : "s")")
        }
        let range = found[occurrence - 1]
        // Only claims are snapshotted: the entity recogniser (and its word lists) would only slow the command.
        let claim = Article.claim(for: range, among: ClaimRecognizer().claims(in: article.text))
        // Another reader saving in the same folder holds its lock only for a moment; one that keeps
        // it longer is named once, and the command keeps waiting (Ctrl-C gives up).
        let waiting = LockWaiting(onWait: { folder, holder in
            printError("reader: waiting for lock on \(folder) (held by \(holder))")
        })
        let annotationStore = AnnotationStore(storeFolder: store, lockWaiting: waiting)
        let location = TextLocation(offset: range.lowerBound, in: article.scalars)
        for _ in 0..<max(1, repeatCount) {
            let annotation = Annotation.make(article: article, range: range, tags: tags, note: note, claim: claim)
            do {
                try annotationStore.add(annotation, to: article)
            } catch {
                throw commandFailure("\(error)")
            }
            print("\(TerminalText.visible(article.path)):\(location)\t\(annotation.id.uuidString.lowercased())\t"
                  + TerminalText.visible(annotationStore.sidecarPath(for: article.path)))
        }
    }
}
