@testable import Annotations
import Foundation
import Testing

/// Grouping kept by bucket: a ledger made again after articles change, are added or go takes the
/// groups of untouched buckets as kept, splits only the touched ones, and equals a grouping from
/// scratch.
@Suite("Incremental grouping")
struct IncrementalGroupingTests {
    /// An article's claims with its stamp (its number and version mixed, as the corpus index does).
    struct ReadArticle {
        var claims: [LedgerClaim]
        var stamp: UInt64
    }

    static func read(_ path: String, _ text: String, version: Int64 = 0, published: String? = nil) -> ReadArticle {
        let article = Article(path: path, text: text)
        let claims = LedgerArticle(article: article, analysis: Recognizer().analyze(text), published: published).ledgerClaims()
        return ReadArticle(claims: claims, stamp: ClaimBucketGrouping.stamp(article: Int64(abs(path.hashValue % 1_000_000)), version: version))
    }

    static func seeds() -> [String: ReadArticle] {
        let corpus = ArticleLoader.load(paths: [TestPaths.seeds])
        return Dictionary(uniqueKeysWithValues: corpus.articles.map { article in
            (article.path, read(article.path, article.text))
        })
    }

    /// The ledger of `articles` in path order, keeping groupings from `kept`.
    static func ledger(_ articles: [String: ReadArticle], reusing kept: [String: ClaimBucketGrouping]) -> ClaimLedger {
        let ordered = articles.keys.sorted()
        let claims = ordered.flatMap { articles[$0]!.claims }
        let stamps = ordered.flatMap { path in repeatElement(articles[path]!.stamp, count: articles[path]!.claims.count) }
        return ClaimLedger(claims: claims, stamps: stamps, reusing: kept)
    }

    static func scratch(_ articles: [String: ReadArticle]) -> ClaimLedger {
        ClaimLedger(claims: articles.keys.sorted().flatMap { articles[$0]!.claims })
    }

    /// A verdict on each of the given claims, as the sidecars would give them.
    static func verdicts(on claims: [LedgerClaim]) -> LedgerVerdicts {
        var verdicts = LedgerVerdicts()
        for (number, claim) in claims.enumerated() {
            var annotation = Annotation(created: "2026", modified: "2026", target: AnnotationTarget(
                quote: TextQuoteSelector(exact: claim.claim.text, prefix: "", suffix: ""),
                position: TextPositionSelector(start: claim.id.start, end: claim.id.end)))
            annotation.verdict = ClaimVerdict(status: number.isMultiple(of: 2) ? .disputed : .sourced, date: "2026-12-06T00:00:00.000Z")
            verdicts.add([AnchoredAnnotation(annotation: annotation, state: .anchored, range: claim.id.start..<claim.id.end)],
                         articlePath: claim.id.path)
        }
        return verdicts
    }

    static func expectEqual(_ incremental: ClaimLedger, _ scratch: ClaimLedger, verdicts: LedgerVerdicts) {
        #expect(incremental.claims == scratch.claims)
        #expect(incremental.groups == scratch.groups)
        #expect(incremental.groups.map(\.label) == scratch.groups.map(\.label))
        #expect(incremental.groups.map { verdicts.commonVerdict(of: $0) } == scratch.groups.map { verdicts.commonVerdict(of: $0) })
        for position in scratch.claims.indices {
            #expect(incremental.group(ofClaimAt: position)?.id == scratch.group(ofClaimAt: position)?.id)
        }
    }

    static let extraEvacuation = """
        More leave Aleppo

        More than 9,000 civilians were evacuated from eastern Aleppo on Friday, the Red Cross said. \
        Buses left Aleppo for Idlib through the night.
        """

    static let unrelated = """
        Rain in Lisbon

        Forecasters said 45 millimetres of rain fell on Lisbon in 3 hours. About 12 percent of the city's streets flooded.
        """

    @Test func groupsMadeAgainAfterAChangeAnAdditionAndARemovalEqualAGroupingFromScratch() throws {
        var articles = Self.seeds()
        articles["z/lisbon.txt"] = Self.read("z/lisbon.txt", Self.unrelated)
        let first = Self.ledger(articles, reusing: [:])
        #expect(first.regroupedBuckets.count == first.bucketGroupings.count, "nothing kept: every bucket is split")

        // One seed changes (a figure in its text), an article joins the evacuation figures, Lisbon goes.
        let changedPath = try #require(articles.keys.sorted().first { $0.contains("003") })
        let changedText = try String(contentsOfFile: changedPath, encoding: .utf8).replacingOccurrences(of: "6,400", with: "6,900")
        #expect(changedText.contains("6,900"))
        articles[changedPath] = Self.read(changedPath, changedText, version: 1)
        articles["a/more.txt"] = Self.read("a/more.txt", Self.extraEvacuation)
        articles["z/lisbon.txt"] = nil

        let incremental = Self.ledger(articles, reusing: first.bucketGroupings)
        let scratch = Self.scratch(articles)
        let verdicts = Self.verdicts(on: scratch.claims.filter { $0.features != nil }.enumerated().filter { $0.offset % 3 == 0 }.map(\.element))
        Self.expectEqual(incremental, scratch, verdicts: verdicts)
        #expect(!incremental.regroupedBuckets.isEmpty)
        #expect(incremental.regroupedBuckets.count < incremental.bucketGroupings.count, "buckets no changed claim falls in are kept")
        let evacuation = try #require(incremental.claims.firstIndex { $0.claim.text == "More than 9,000 civilians" })
        #expect(incremental.group(ofClaimAt: evacuation)?.members.contains { $0.claim.text == "8,000 evacuees" } == true)
        #expect(incremental.group(ofClaimAt: evacuation)?.members.contains { $0.claim.text == "more than 6,900 people" } == true)
        #expect(!incremental.claims.contains { $0.claim.text.contains("millimetres") })

        // Buckets only the removed article filled are gone from the kept groupings.
        #expect(Set(incremental.bucketGroupings.keys) == Set(scratch.claims.compactMap { $0.features?.groupKey.text }))
    }

    @Test func aBucketWhoseClaimsAreAsBeforeKeepsItsGroupsWithoutSplitting() throws {
        var articles = Self.seeds()
        articles["a/more.txt"] = Self.read("a/more.txt", Self.extraEvacuation)
        let first = Self.ledger(articles, reusing: [:])
        let again = Self.ledger(articles, reusing: first.bucketGroupings)
        #expect(again.regroupedBuckets.isEmpty)
        #expect(again.groups == first.groups)

        // A kept grouping is taken as it is: one that puts a bucket's claims each alone shows through,
        // so the groups above came from the kept groupings, not from splitting again.
        let bucket = try #require(first.bucketGroupings.max { $0.value.groups.count < $1.value.groups.count }?.key)
        var kept = first.bucketGroupings
        let memberCount = kept[bucket]!.groups.reduce(0) { $0 + $1.members.count }
        let lone = kept[bucket]!.groups[0]
        kept[bucket]!.groups = (0..<memberCount).map { ClaimBucketGrouping.Group(id: "alone-\($0)", key: lone.key, members: [Int32($0)]) }
        let taken = Self.ledger(articles, reusing: kept)
        #expect(taken.regroupedBuckets.isEmpty)
        #expect(taken.groups.filter { $0.id.hasPrefix("alone-") }.count == memberCount)
    }

    @Test func aKeptGroupingThatDoesNotFitItsBucketIsSplitAgain() throws {
        let articles = Self.seeds()
        let first = Self.ledger(articles, reusing: [:])
        let bucket = try #require(first.bucketGroupings.keys.sorted().first)
        var kept = first.bucketGroupings
        kept[bucket]!.groups[0].members.append(9_999)
        let again = Self.ledger(articles, reusing: kept)
        #expect(again.regroupedBuckets == [bucket])
        #expect(again.groups == first.groups)
    }

    @Test func theSignatureFollowsTheMembersAndTheirOrder() {
        let one = ClaimBucketGrouping.signature(stamps: [1, 2, 3])
        #expect(one == ClaimBucketGrouping.signature(stamps: [1, 2, 3]))
        #expect(one != ClaimBucketGrouping.signature(stamps: [1, 3, 2]))
        #expect(one != ClaimBucketGrouping.signature(stamps: [1, 2]))
        #expect(one != ClaimBucketGrouping.signature(stamps: [1, 2, 3, 3]))
        #expect(ClaimBucketGrouping.stamp(article: 5, version: 0) != ClaimBucketGrouping.stamp(article: 6, version: 0))
        #expect(ClaimBucketGrouping.stamp(article: 5, version: 0) != ClaimBucketGrouping.stamp(article: 5, version: 1))
    }
}
