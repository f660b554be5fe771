import Annotations
import Testing
@testable import ReaderApp

/// The ledger panel on the corpus index with the items of one feed: all items share the file's
/// path, so each item's claims are keyed by path and item (`ArticleSummary.ledgerKey`), as the
/// index names its articles; each claim row leads to its own item.
@Suite("Ledger panel on the index with feed items")
struct FeedItemLedgerPanelTests {
    /// The seeds as the four items of one feed, none read yet.
    static let items: [(summary: ArticleSummary, article: Article)] = Fixtures.seeds.articles.enumerated().map { position, seed in
        var article = Article(path: "c/wire.rss", text: seed.text)
        article.itemID = "item-\(position)"
        return (ArticleSummary(article: article), article)
    }

    /// The index's claims of each item, under its key.
    static func grouper() -> IndexedLedgerGrouper {
        let claims = zip(items, IndexedLedgerPanelTests.analyses).map { item, analysis in
            LedgerArticle(path: item.summary.ledgerKey, title: item.article.title, text: item.article.scalars, analysis: analysis)
                .ledgerClaims()
        }
        var stamps: [UInt64] = []
        for (position, itemClaims) in claims.enumerated() {
            stamps += repeatElement(ClaimBucketGrouping.stamp(article: Int64(position), version: 0), count: itemClaims.count)
        }
        return IndexedLedgerGrouper(claims: claims.flatMap { $0 }, stamps: stamps,
                                    indexedPaths: Set(items.map(\.summary.ledgerKey)), kept: [:])
    }

    func state() -> AppState {
        var state = AppState(records: Self.items.map { ArticleRecord(summary: $0.summary) }, problems: [],
                             size: Size(width: 100, height: 40), colorMode: .none)
        state.indexAnswersLedger = true
        return state
    }

    /// The items each claim row of the panel leads to.
    func itemsOfClaimRows(_ state: AppState) -> Set<Int> {
        Set((state.panel?.rows ?? []).compactMap { row in
            if case .claim(let index, _, _) = row.target { return index }
            return nil
        })
    }

    @Test func eachItemsClaimsLeadToItsOwnRow() throws {
        var state = state()
        guard case .loadLedger(let request) = state.update(.key(.character("L"))) else {
            Issue.record("L asks the world for the ledger")
            return
        }
        var grouper = Self.grouper()
        state.update(.indexedLedger(grouper.answer(request, verdicts: [:])))
        // Claims of every item are listed, each leading to its own item (keyed by path alone, all
        // led to one of them).
        #expect(itemsOfClaimRows(state) == [0, 1, 2, 3])
        #expect(state.panel?.rows.contains { $0.text.contains("still") } == false, "every item is in the index's ledger")
        // The row names the item's file, never the key's NUL.
        #expect(state.panel?.rows.allSatisfy { !$0.detail.contains("\u{0}") } == true)
        #expect(state.panel?.rows.contains { $0.detail == "wire.rss" } == true)
    }

    @Test func anItemAnalysedHereReplacesItsOwnIndexClaimsOnly() throws {
        var state = state()
        state.update(.articleRead(index: 2, article: Self.items[2].article, annotations: .loaded([])))
        state.update(.analyzed(index: 2, analysis: IndexedLedgerPanelTests.analyses[2]))
        guard case .loadLedger(let request) = state.update(.key(.character("L"))) else {
            Issue.record("L asks the world for the ledger")
            return
        }
        #expect(request.analysed.map(\.path) == ["c/wire.rss\u{0}item-2"])
        var grouper = Self.grouper()
        let answer = grouper.answer(request, verdicts: [:])
        // The item read here reads as the index has it: no claim of another item is dropped or doubled.
        var indexOnly = Self.grouper()
        #expect(answer.ledger.claims.count == indexOnly.group(LedgerRequest(analysed: [])).ledger.claims.count)
        state.update(.indexedLedger(answer))
        #expect(itemsOfClaimRows(state) == [0, 1, 2, 3])
    }
}
