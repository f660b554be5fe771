import Annotations
import Foundation
import Testing

/// The ledger's exports: ClaimReview JSON-LD checked against schema.org, and the Markdown memo.
@Suite("Ledger exports")
struct LedgerExportTests {
    static func seedLedger() -> ClaimLedger {
        let corpus = ArticleLoader.load(paths: [TestPaths.seeds])
        let recognizer = Recognizer()
        return ClaimLedger(articles: corpus.articles.map { LedgerArticle(article: $0, analysis: recognizer.analyze($0.text)) })
    }

    static func verdicts(_ ledger: ClaimLedger, _ given: [(String, ClaimVerdict)]) -> LedgerVerdicts {
        var verdicts = LedgerVerdicts()
        for (text, verdict) in given {
            guard let claim = ledger.claims.first(where: { $0.claim.text == text }) else { continue }
            var annotation = Annotation(created: "2026", modified: "2026", target: AnnotationTarget(
                quote: TextQuoteSelector(exact: text, prefix: "", suffix: ""),
                position: TextPositionSelector(start: claim.id.start, end: claim.id.end)))
            annotation.verdict = verdict
            verdicts.add([AnchoredAnnotation(annotation: annotation, state: .anchored, range: claim.id.start..<claim.id.end)],
                         articlePath: claim.id.path)
        }
        return verdicts
    }

    static let disputed = ClaimVerdict(status: .disputed, evidence: "https://example.org/unhcr-count", note: "UNHCR counted fewer",
                                       date: "2016-12-17T10:00:00.000Z")
    static let checking = ClaimVerdict(status: .checking, date: "2016-12-18T09:00:00.000Z")

    @Test func claimReviewConformsToSchemaOrg() throws {
        let ledger = Self.seedLedger()
        let verdicts = Self.verdicts(ledger, [("8,000 evacuees", Self.disputed), ("about 85 percent", Self.checking)])
        let text = try ClaimReviewExporter(verdicts: verdicts, reviewer: "Desk", reviewURL: "https://example.org/reviews").export(ledger)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["@context"] as? String == "https://schema.org")
        let reviews = try #require(document["@graph"] as? [[String: Any]])
        #expect(reviews.count == 2, "one review per claim with a verdict")
        for review in reviews { #expect(ClaimReviewSchema.problems(in: review) == []) }
        let first = reviews[0]
        #expect((first["reviewRating"] as? [String: Any])?["alternateName"] as? String == "Disputed")
        #expect((first["reviewRating"] as? [String: Any])?["ratingValue"] as? Int == 2)
        let author = (first["itemReviewed"] as? [String: Any])?["author"] as? [String: Any]
        #expect(author?["@type"] as? String == "Person")
        #expect(author?["name"] as? String == "Sergei Lavrov")
        #expect(first["datePublished"] as? String == "2016-12-17")
        #expect(first["citation"] as? String == "https://example.org/unhcr-count")
        #expect((first["claimReviewed"] as? String)?.contains("8,000 evacuees") == true)
        // "about 85 percent" has no source: no author of the claim, and a status without a rating value.
        #expect((reviews[1]["itemReviewed"] as? [String: Any])?["author"] == nil)
        #expect((reviews[1]["reviewRating"] as? [String: Any])?["ratingValue"] == nil)
    }

    /// A claim in an HTML page appeared at the page's canonical address, not at the path it was read
    /// from; a plain-text article, which has none, keeps its path.
    @Test func claimReviewGivesAnHTMLArticleItsCanonicalURL() throws {
        let corpus = ArticleLoader.load(paths: [TestPaths.packageRoot + "/Tests/Fixtures/formats/news-page.html", TestPaths.seeds])
        #expect(corpus.problems.isEmpty)
        let recognizer = Recognizer()
        let ledger = ClaimLedger(articles: corpus.articles.map { LedgerArticle(article: $0, analysis: recognizer.analyze($0.text)) })
        let page = try #require(ledger.claims.first { $0.id.path.hasSuffix("news-page.html") && $0.claim.kind == .money })
        let verdicts = Self.verdicts(ledger, [(page.claim.text, Self.disputed), ("8,000 evacuees", Self.checking)])
        let addresses = ClaimReviewExporter.webAddresses(of: corpus.articles)
        #expect(addresses.count == 1, "only the HTML page names a canonical address: \(addresses)")
        let text = try ClaimReviewExporter(verdicts: verdicts, reviewer: "Desk", reviewURL: "https://example.org/reviews",
                                           articleURLs: addresses).export(ledger)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let reviews = try #require(document["@graph"] as? [[String: Any]])
        let appearances = reviews.compactMap { ($0["itemReviewed"] as? [String: Any])?["appearance"] as? [String: Any] }
        let urls = appearances.compactMap { $0["url"] as? String }
        #expect(urls.contains("https://courier.example/news/2026/03/bridge-plan"))
        #expect(urls.contains { $0.hasSuffix("seeds/000_cef5231f6ba4b524.txt") })
        for review in reviews { #expect(ClaimReviewSchema.problems(in: review) == []) }
    }

    @Test func onlyWebAddressesAreTakenAsCanonical() {
        var page = Article(path: "page.html", text: "Title\n\nBody.")
        page.metadata.url = "javascript:alert(1)"
        var other = Article(path: "other.html", text: "Title\n\nBody.")
        other.metadata.url = "HTTPS://example.org/a"
        #expect(ClaimReviewExporter.webAddresses(of: [page, other]) == ["other.html": "HTTPS://example.org/a"])
    }

    /// A note or a reviewer's name can hold any character: the JSON keeps it exactly, but as a `\u`
    /// escape, so printing the export never sends a C1 control, DEL or bidi override to a terminal.
    @Test func claimReviewEscapesEveryControlCharacter() throws {
        let ledger = Self.seedLedger()
        var hostile = Self.disputed
        hostile.note = "fewer\u{9B}2J\u{7F}\u{202E}reversed"
        let text = try ClaimReviewExporter(verdicts: Self.verdicts(ledger, [("8,000 evacuees", hostile)]), reviewer: "Desk\u{1B}]0;x")
            .export(ledger)
        #expect(!text.unicodeScalars.contains { TerminalText.replacement(for: $0) != nil && $0 != "\n" && $0 != " " })
        #expect(text.contains("fewer\\u009B2J\\u007F\\u202Ereversed"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let review = try #require((document["@graph"] as? [[String: Any]])?.first)
        #expect(review["reviewBody"] as? String == hostile.note, "the exact text survives")
    }

    @Test func theValidatorCatchesWhatSchemaOrgForbids() {
        let bad: [String: Any] = ["@type": "ClaimReview", "claimReviewed": 5, "reviewRating": ["@type": "Person", "name": "x"],
                                  "datePublished": "yesterday", "rating": "x"]
        let problems = ClaimReviewSchema.problems(in: bad)
        #expect(problems.contains { $0.contains("claimReviewed") })
        #expect(problems.contains { $0.contains("Person is not one of") })
        #expect(problems.contains { $0.contains("yesterday") })
        #expect(problems.contains { $0.contains("not a property of ClaimReview") })
        #expect(problems.contains { $0.contains("lacks url") })
    }

    @Test func theMemoListsEveryVariantWithItsQuoteSourceAndVerdict() throws {
        let ledger = Self.seedLedger()
        var hostile = Self.disputed
        hostile.note = "# not a heading\n<script>x</script>"
        let verdicts = Self.verdicts(ledger, [("8,000 evacuees", hostile)])
        let group = try #require(ledger.groups.first)
        let memo = FactCheckMemoExporter(verdicts: verdicts).export([group])
        #expect(memo.hasPrefix("# Fact-check memos\n\n1 claim group.\n\n## civilians evacuated from eastern Aleppo\n"))
        #expect(memo.contains("### 1. 8,000 evacuees (disagrees)"))
        #expect(memo.contains("> \"There is going to be to a column of 8,000 evacuees\" travelling five kilometers"))
        #expect(memo.contains("- Source: Sergei Lavrov (said: Lavrov)"))
        #expect(memo.contains("- Verdict: **disputed** — evidence: <https://example.org/unhcr-count>"))
        #expect(memo.contains("- Note: \\# not a heading\\\n  \\<script\\>x\\</script\\>"))
        #expect(!memo.contains("<script>"))
        #expect(memo.components(separatedBy: "\n### ").count == 10, "nine variants")
        #expect(memo.contains("](<") && memo.contains("000_cef5231f6ba4b524.txt>)"))
    }
}
