import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// On the corpus index the world groups the ledger (IndexedLedgerGrouper, on its loader thread) and
/// the app only swaps the groups in: it asks again as analysed articles arrive, never groups, and
/// says how many articles are still to analyse.
@Suite("Ledger grouped off the UI thread")
struct IndexedLedgerGroupingTests {
    static let seeds = Fixtures.seeds.articles

    func claimRows(of state: AppState, article: Int) -> [Int] {
        IndexedLedgerPanelTests().claimRows(of: state, article: article)
    }

    /// The app shows the groups it is given, as given: an answer grouped without the articles
    /// analysed here (the world's business) lists none of their claims, and articles analysed
    /// afterwards leave the panel as it is until the world answers again.
    @Test func theAppShowsTheGroupsItIsGivenAndAsksTheWorldToGroupAgain() throws {
        var state = IndexedLedgerPanelTests().state()
        guard case .loadLedger(let request) = state.update(.key(.character("L"))) else {
            Issue.record("L asks the world")
            return
        }
        #expect(request.analysed.count == 2)
        let otherClaims = IndexedLedgerPanelTests.indexClaims.filter { $0.id.path == Self.seeds[2].path || $0.id.path == Self.seeds[3].path }
        let given = ClaimLedger(claims: otherClaims)
        state.update(.indexedLedger(IndexedLedgerAnswer(ledger: given, indexedPaths: Set(Self.seeds.map(\.path)), verdicts: [:],
                                                        analysedCount: 2)))
        #expect(claimRows(of: state, article: 0).isEmpty && claimRows(of: state, article: 1).isEmpty,
                "the analysed articles' claims are not grouped in by the app")
        #expect(state.panel?.title.hasPrefix("Claim ledger: \(given.sharedGroups.count) group") == true)
        let shown = state.panel?.rows

        // A third article analysed: not yet twice as many, nothing asked, nothing regrouped.
        state.update(.articleRead(index: 2, article: Self.seeds[2], annotations: .loaded([])))
        #expect(state.update(.analyzed(index: 2, analysis: IndexedLedgerPanelTests.analyses[2])) == AppCommand.none)
        #expect(state.panel?.rows == shown)
        // The last one: the world is asked to group all four; the panel stays as given meanwhile.
        state.update(.articleRead(index: 3, article: Self.seeds[3], annotations: .loaded([])))
        guard case .loadLedger(let again) = state.update(.analyzed(index: 3, analysis: IndexedLedgerPanelTests.analyses[3])) else {
            Issue.record("the last analysis asks the world to group again")
            return
        }
        #expect(again.analysed.map(\.path) == Self.seeds.map(\.path))
        #expect(state.panel?.rows == shown)
        // Asked once while it works.
        state.update(.articleRead(index: 3, article: Self.seeds[3], annotations: .loaded([])))
        #expect(state.update(.analyzed(index: 3, analysis: IndexedLedgerPanelTests.analyses[3])) == AppCommand.none)

        var grouper = IndexedLedgerPanelTests.grouper()
        state.update(.indexedLedger(grouper.answer(again, verdicts: [:])))
        #expect(!claimRows(of: state, article: 0).isEmpty)
        #expect(state.panel?.title.hasPrefix("Claim ledger: 4 groups") == true)
    }

    /// The grouper's ledger equals a grouping from scratch of the same claims, and articles analysed
    /// here whose claims read as the index has them split no bucket again.
    @Test func theGrouperGroupsAsFromScratchAndSplitsOnlyWhatChanged() throws {
        var grouper = IndexedLedgerPanelTests.grouper()
        let first = grouper.group(LedgerRequest(analysed: []))
        #expect(first.indexOnly)
        #expect(first.ledger.groups == ClaimLedger(claims: IndexedLedgerPanelTests.indexClaims).groups)
        // The same analyses here as in the index: every bucket kept.
        let same = (0..<2).map { LedgerRequest.Analysed(path: Self.seeds[$0].path, article: Self.seeds[$0], analysis: IndexedLedgerPanelTests.analyses[$0]) }
        let kept = grouper.group(LedgerRequest(analysed: same))
        #expect(kept.indexOnly)
        #expect(kept.ledger.regroupedBuckets.isEmpty)
        #expect(kept.ledger.groups == first.ledger.groups)
        // An article changed on disk, analysed here: its claims replace the index's.
        let text = Self.seeds[3].text.replacingOccurrences(of: "more than 6,400 people", with: "more than 6,900 people")
        let changed = Article(path: Self.seeds[3].path, text: text)
        let analysis = Recognizer().analyze(text)
        let request = LedgerRequest(analysed: same + [.init(path: changed.path, article: changed, analysis: analysis)])
        let regrouped = grouper.group(request)
        #expect(!regrouped.indexOnly)
        #expect(!regrouped.ledger.regroupedBuckets.isEmpty)
        #expect(regrouped.ledger.regroupedBuckets.count < regrouped.ledger.bucketGroupings.count)
        let others = IndexedLedgerPanelTests.indexClaims.filter { $0.id.path != changed.path }
        let scratch = ClaimLedger(claims: others + LedgerArticle(article: changed, analysis: analysis).ledgerClaims())
        #expect(regrouped.ledger.groups == scratch.groups)
        #expect(regrouped.ledger.claims.contains { $0.claim.text == "more than 6,900 people" })
    }

    /// Snapshot: articles neither the index nor this run has analysed yet are counted at the top.
    @Test func snapshotOfThePanelWhileArticlesAreStillToAnalyse() throws {
        var state = IndexedLedgerPanelTests().state()
        state.resize(to: Size(width: 72, height: 12))
        state.type("L")
        let indexed = Set(Self.seeds[0..<2].map(\.path))
        let grouper = IndexedLedgerPanelTests.grouper(indexedPaths: indexed,
                                                       claims: IndexedLedgerPanelTests.indexClaims.filter { indexed.contains($0.id.path) })
        let answer = IndexedLedgerPanelTests.answer(&state, grouper: grouper)
        state.update(.indexedLedger(answer))
        #expect(state.panel?.rows.first?.target == PanelRow.Target.none)
        let lines = state.render().lines
        #expect(lines == [
            " reader · 4 articles                                      analysing 2/4",
            " Claim ledger: 3 groups · from the corpus index",
            " (2 articles still to analyse)",
            " civilians left from eastern Aleppo    8,000–50,000 · ×6.25 · 3/4 agree",
            " ≠ 8,000 evacuees — Sergei Lavrov              000_cef5231f6ba4b524.txt",
            " = More than 20,000 civilians — no source      001_ac7699849b98daba.txt",
            " = More than 20,000 civilians — Russian defenc 001_ac7699849b98daba.txt",
            " = about 50,000 — Igor Konashenkov             001_ac7699849b98daba.txt",
            " share of territory captured in easte 75–93 percent · ×1.24 · 3/4 agree",
            " = about 85 percent — no source                000_cef5231f6ba4b524.txt",
            " Enter: go to the claim · v: next verdict · V: previous · e: evidence ·",
            " j/k move · Enter open · ? help · q quit                            1/4",
        ])
    }
}
