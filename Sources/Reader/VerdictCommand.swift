import ArgumentParser
import Annotations
import Foundation

extension VerdictStatus: ExpressibleByArgument {}

/// `reader verdict FILE --quote TEXT --status S`: records a fact-check verdict on a claim in the
/// article's sidecar, with the store's guarantees (locked read-merge-write, bad sidecars refused).
/// `reader verdict [PATH...] --group ID --status S` gives the verdict to every claim of a group.
struct VerdictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: "Give a claim (or a group of claims) a verdict: unverified, checking, sourced, disputed, false or true.",
        discussion: """
            The verdict is kept with the claim's annotation in the article's sidecar; giving a new verdict \
            on the same words replaces the old one. With --group, PATH are the articles of the ledger \
            (default ./seeds) and every claim of the group gets the verdict. `reader claims` and \
            `reader export --format claimreview` show verdicts.
            """)

    @Argument(help: "The article file (with --quote), or the articles of the ledger (with --group).")
    var paths: [String] = []

    @Option(help: "The exact words of the claim, as written in the article.")
    var quote: String?

    @Option(help: "The id of a claim group (see `reader claims --group --json`), instead of --quote.")
    var group: String?

    @Option(help: "Which occurrence of the words, counting from 1.")
    var occurrence = 1

    @Option(help: "unverified, checking, sourced, disputed, false or true.")
    var status: VerdictStatus

    @Option(help: "A web address of the evidence.")
    var evidence: String?

    @Option(help: "A note on the verdict.")
    var note: String?

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    @OptionGroup var indexOptions: IndexOptions

    func validate() throws {
        if (quote == nil) == (group == nil) { throw ValidationError("give either --quote (with one FILE) or --group") }
        if quote != nil, paths.count != 1 { throw ValidationError("--quote needs exactly one article FILE") }
    }

    func run() throws {
        let verdict: ClaimVerdict
        do {
            verdict = try VerdictPlacement.verdict(status: status, evidence: evidence, note: note)
        } catch {
            throw commandFailure("\(error)")
        }
        let annotationStore = AnnotationStore(storeFolder: store)
        if let group { return try giveGroup(group, verdict, store: annotationStore) }
        let article: Article
        switch ArticleLoader.loadFile(paths[0]) {
        case .success(let loaded): article = loaded
        case .failure(let problem): throw commandFailure("\(problem)")
        }
        let quote = self.quote ?? ""
        guard !quote.isEmpty else { throw commandFailure("--quote must not be empty") }
        let found = article.occurrences(of: quote)
        guard !found.isEmpty else {
            throw commandFailure("\(article.path): the quote \"\(quote)\" is not in the article (the match is exact, case and punctuation included)")
        }
        guard occurrence >= 1, occurrence <= found.count else {
            throw commandFailure("\(article.path): --occurrence \(occurrence) is out of range; the quote occurs \(found.count) time\(found.count == 1 ? "" : "s")")
        }
        let range = found[occurrence - 1]
        let claim = Article.claim(for: range, among: ClaimRecognizer().claims(in: article.text))
        try give(verdict, to: range, of: article, claim: claim, store: annotationStore)
    }

    /// Saves the verdict on one span and prints where it went.
    func give(_ verdict: ClaimVerdict, to range: Range<Int>, of article: Article, claim: Claim?, store annotationStore: AnnotationStore) throws {
        guard article.isExact else {
            throw commandFailure("\(StoreError(path: article.path, kind: .articleNotExact))")
        }
        do {
            let anchored = Anchoring.anchor(try annotationStore.load(for: article), in: article)
            let annotation = VerdictPlacement.annotation(giving: verdict, to: range, in: article, among: anchored, claim: claim)
            try annotationStore.update(annotation, in: article)
            let location = TextLocation(offset: range.lowerBound, in: article.scalars)
            print("\(TerminalText.visible(article.path)):\(location)\t\(verdict.status.rawValue)\t\(annotation.id.uuidString.lowercased())\t"
                  + TerminalText.visible(annotationStore.sidecarPath(for: article.path)))
        } catch {
            throw commandFailure("\(error)")
        }
    }

    /// Gives the verdict to every claim of a group, article by article.
    func giveGroup(_ id: String, _ verdict: ClaimVerdict, store annotationStore: AnnotationStore) throws {
        let corpusPaths = paths.isEmpty ? ["seeds"] : paths
        // Each item of a feed under its own name: its claims' verdicts go on its own text.
        var loaded = try LedgerLoader(indexing: corpusPaths, store: annotationStore, options: indexOptions, keyedByItem: true)
            ?? LedgerLoader(paths: corpusPaths, store: annotationStore, keyedByItem: true)
        guard let chosen = loaded.ledger.group(id: id) else {
            throw commandFailure("no claim group has the id \"\(id)\"; `reader claims --group --json` lists them")
        }
        loaded.loadArticles(chosen.members.map(\.id.path))
        let articles = Dictionary(loaded.articles.map { (loaded.key(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
        for member in chosen.members {
            guard let article = articles[member.id.path] else { continue }
            try give(verdict, to: member.id.start..<member.id.end, of: article, claim: member.claim, store: annotationStore)
        }
        if loaded.failed { throw ExitCode(1) }
    }
}
