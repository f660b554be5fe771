import ArgumentParser
import Annotations
import Foundation

extension VerdictStatus: ExpressibleByArgument {}

/// `reader verdict FILE --quote TEXT --status S`: records a fact-check verdict on a claim in the
/// article's sidecar, with the store's guarantees (locked read-merge-write, bad sidecars refused).
struct VerdictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: "Give a claim a verdict: unverified, checking, sourced, disputed, false or true.",
        discussion: """
            The verdict is kept with the claim's annotation in FILE's sidecar; giving a new verdict on \
            the same words replaces the old one. `reader claims` and `reader export --format claimreview` \
            show it.
            """)

    @Argument(help: "The article file.")
    var file: String

    @Option(help: "The exact words of the claim, as written in the article.")
    var quote: String

    @Option(help: "Which occurrence of the words, counting from 1.")
    var occurrence = 1

    @Option(help: "unverified, checking, sourced, disputed, false or true.")
    var status: VerdictStatus

    @Option(help: "A web address of the evidence.")
    var evidence: String?

    @Option(help: "A note on the verdict.")
    var note: String?

    @Option(help: "Keep sidecars under this folder instead of beside the articles.")
    var store: String?

    func run() throws {
        let article: Article
        switch ArticleLoader.loadFile(file) {
        case .success(let loaded): article = loaded
        case .failure(let problem): throw commandFailure("\(problem)")
        }
        guard !quote.isEmpty else { throw commandFailure("--quote must not be empty") }
        let found = article.occurrences(of: quote)
        guard !found.isEmpty else {
            throw commandFailure("\(terminalSafe(article.path)): the quote \"\(terminalSafe(quote))\" is not in the article (the match is exact, case and punctuation included)")
        }
        guard occurrence >= 1, occurrence <= found.count else {
            throw commandFailure("\(terminalSafe(article.path)): --occurrence \(occurrence) is out of range; the quote occurs \(found.count) time\(found.count == 1 ? "" : "s")")
        }
        let range = found[occurrence - 1]
        let verdict: ClaimVerdict
        do {
            verdict = try VerdictPlacement.verdict(status: status, evidence: evidence, note: note)
        } catch {
            throw commandFailure(terminalSafe("\(error)"))
        }
        let annotationStore = AnnotationStore(storeFolder: store)
        do {
            let anchored = Anchoring.anchor(try annotationStore.load(for: article), in: article)
            let claim = Article.claim(for: range, among: ClaimRecognizer().claims(in: article.text))
            let annotation = VerdictPlacement.annotation(giving: verdict, to: range, in: article, among: anchored, claim: claim)
            try annotationStore.update(annotation, in: article)
            let location = TextLocation(offset: range.lowerBound, in: article.scalars)
            print("\(terminalSafe(article.path)):\(location)\t\(verdict.status.rawValue)\t\(annotation.id.uuidString.lowercased())\t"
                  + terminalSafe(annotationStore.sidecarPath(for: article.path)))
        } catch {
            throw commandFailure(terminalSafe("\(error)"))
        }
    }
}
