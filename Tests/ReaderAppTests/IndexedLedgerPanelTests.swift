import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// The ledger panel on the corpus index: `L` asks the world for the index's ledger (`.loadLedger`)
/// and says it is reading it; the answer (`.indexedLedger`) lists claims of articles not read yet,
/// and Enter on one asks the world to read the article and focuses the claim once it is analysed.
@Suite("Ledger panel on the corpus index")
struct IndexedLedgerPanelTests {
    static let analyses: [Analysis] = LedgerPanelTests.analyses
    /// Every seed's ledger claims, as the index's ledger table gives them.
    static let indexClaims: [LedgerClaim] = LedgerArticle.ledgerClaims(of: zip(Fixtures.seeds.articles, analyses).map {
        LedgerArticle(article: $0.0, analysis: $0.1)
    }).flatMap { $0 }

    /// What the world groups with: the index's claims, one stamp per article.
    static func grouper(indexedPaths: Set<String>? = nil, claims: [LedgerClaim] = indexClaims) -> IndexedLedgerGrouper {
        let paths = Fixtures.seeds.articles.map(\.path)
        let stamps = claims.map { ClaimBucketGrouping.stamp(article: Int64(paths.firstIndex(of: $0.id.path) ?? -1), version: 0) }
        return IndexedLedgerGrouper(claims: claims, stamps: stamps, indexedPaths: indexedPaths ?? Set(paths), kept: [:])
    }

    /// The world's answer to what `state` asks now, grouped as the loader groups it.
    static func answer(_ state: inout AppState, verdicts: [String: [AnchoredAnnotation]] = [:],
                       grouper: IndexedLedgerGrouper = grouper()) -> IndexedLedgerAnswer {
        guard case .loadLedger(let request) = state.requestIndexedLedger() else { preconditionFailure("a request") }
        var grouper = grouper
        return grouper.answer(request, verdicts: verdicts)
    }

    /// Gives `state` the world's answer to what it asks now.
    static func receiveAnswer(_ state: inout AppState, verdicts: [String: [AnchoredAnnotation]] = [:]) {
        let answer = answer(&state, verdicts: verdicts)
        state.update(.indexedLedger(answer))
    }

    /// The seeds as a list from the index: the first two read and analysed, the others not read.
    func state() -> AppState {
        let seeds = Fixtures.seeds.articles
        let records = seeds.enumerated().map { index, article in
            index < 2 ? ArticleRecord(article: article) : ArticleRecord(summary: ArticleSummary(article: article))
        }
        var state = AppState(records: records, problems: [], size: Size(width: 100, height: 16), colorMode: .none)
        state.indexAnswersLedger = true
        for index in 0..<2 {
            state.update(.analyzed(index: index, analysis: Self.analyses[index]))
            state.update(.annotations(index: index, update: .loaded([])))
        }
        return state
    }

    /// The panel on the index's ledger, with the first claim of `article` selected.
    func ledgerOnFirstClaim(ofArticle article: Int) throws -> AppState {
        var state = state()
        state.type("L")
        Self.receiveAnswer(&state)
        let row = try #require(claimRows(of: state, article: article).first)
        var panel = try #require(state.panel)
        panel.move(by: row - panel.selected, visibleRows: state.panelRows)
        state.panel = panel
        return state
    }

    func claimRows(of state: AppState, article: Int) -> [Int] {
        (state.panel?.rows ?? []).indices.filter { row in
            if case .claim(article, _, _) = state.panel?.rows[row].target { return true }
            return false
        }
    }

    @Test func lAsksTheIndexOnceAndSaysItIsReadingUntilTheAnswer() {
        var state = state()
        guard case .loadLedger(let request) = state.update(.key(.character("L"))) else {
            Issue.record("L asks the world for the ledger")
            return
        }
        #expect(request.analysed.map(\.path) == Fixtures.seeds.articles[0..<2].map(\.path), "the articles analysed here go with it")
        #expect(state.panel?.kind == .ledger)
        #expect(state.render().lines[2].hasPrefix(" Reading the ledger from the corpus index…"))
        // Closed and opened again while the answer is awaited: not asked twice.
        state.press(.escape)
        #expect(state.update(.key(.character("L"))) == AppCommand.none)
        #expect(state.render().lines[2].hasPrefix(" Reading the ledger from the corpus index…"))
        // An analysis arriving meanwhile does not replace the wait with the analysed articles' ledger.
        state.update(.analyzed(index: 0, analysis: Self.analyses[0]))
        #expect(state.render().lines[2].hasPrefix(" Reading the ledger from the corpus index…"))
        var grouper = Self.grouper()
        state.update(.indexedLedger(grouper.answer(request, verdicts: [:])))
        let title = state.render().lines[1]
        // Every seed's shared groups, as when all four are analysed here.
        #expect(title.hasPrefix(" Claim ledger: 4 groups · from the corpus index"))
        // Articles 2 and 3 were never read, yet their claims are listed; the claims of the analysed
        // articles are listed once (their analyses here stand for the index's rows).
        #expect(!claimRows(of: state, article: 2).isEmpty)
        #expect(!claimRows(of: state, article: 3).isEmpty)
        #expect(state.panel?.rows.contains { $0.text.contains("still") } == false, "the index analysed every article")
        // Opened again later: the index's ledger is kept, the world is not asked again.
        state.press(.escape)
        #expect(state.update(.key(.character("L"))) == AppCommand.none)
        #expect(state.panel?.title.hasSuffix("from the corpus index") == true)
    }

    @Test func theIndexsClaimsOfAnAnalysedArticleGiveWayToItsAnalysisHere() {
        var inMemory = state()
        inMemory.indexAnswersLedger = false
        inMemory.type("L")
        let rowsHere = claimRows(of: inMemory, article: 0).count
        #expect(rowsHere > 0)
        var state = state()
        state.type("L")
        Self.receiveAnswer(&state)
        #expect(claimRows(of: state, article: 0).count == rowsHere)
    }

    @Test func anIndexThatCannotBeReadLeavesTheAnalysedArticlesLedgerAndSaysWhy() {
        var state = state()
        state.type("L")
        state.update(.indexedLedger(.failed("could not be read (disk I/O error)")))
        #expect(state.message == "Ledger from the corpus index: could not be read (disk I/O error); showing the articles analysed so far")
        #expect(state.panel?.title.hasPrefix("Claim ledger: ") == true)
        #expect(state.panel?.title.contains("corpus index") == false)
        #expect(state.panel?.rows.last?.text == "(2 articles still being analysed)")
        #expect(claimRows(of: state, article: 2).isEmpty)
    }

    @Test func enterOnAClaimOfAnArticleNotReadYetReadsItAndFocusesTheClaimOnceAnalysed() throws {
        var state = try ledgerOnFirstClaim(ofArticle: 2)
        guard case .claim(2, let range, let kind)? = state.panel?.selectedRow?.target else {
            Issue.record("the claim of article 2 is not selected")
            return
        }
        // The article's file is not read: the world is asked to read it.
        #expect(state.update(.key(.enter)) == .readArticle(2))
        #expect(state.panel == nil)
        state.update(.articleRead(index: 2, article: Fixtures.seeds.articles[2], annotations: .loaded([])))
        #expect(state.view?.index == 2)
        #expect(state.view?.focused == nil)
        // Its analysis arrives: the claim is focused.
        state.update(.analyzed(index: 2, analysis: Self.analyses[2]))
        let focused = try #require(state.view?.focused)
        #expect(focused.range == range)
        #expect(focused.kind == .claim(kind))
    }

    /// A verdict needs the article's text to anchor on: `v` on a claim the index listed from an
    /// article not read yet asks the world to read it, and gives the verdict once it is read and
    /// analysed (the panel stays open); the evidence and note prompts still ask to open it first.
    @Test func aVerdictOnAClaimOfAnArticleNotReadYetReadsItAndGivesTheVerdict() throws {
        var state = try ledgerOnFirstClaim(ofArticle: 2)
        guard case .claim(2, let range, _)? = state.panel?.selectedRow?.target else {
            Issue.record("the claim of article 2 is not selected")
            return
        }
        #expect(state.update(.key(.character("e"))) == AppCommand.none)
        #expect(state.message?.hasPrefix("This article is not read yet") == true)
        #expect(state.update(.key(.character("v"))) == .readArticle(2))
        #expect(state.message?.hasPrefix("Reading 002_") == true)
        #expect(state.records[2].annotations.isEmpty)
        // Read, not yet analysed: the verdict waits for the claim's analysis.
        #expect(state.update(.articleRead(index: 2, article: Fixtures.seeds.articles[2], annotations: .loaded([]))) == AppCommand.none)
        guard case .changeAnnotations(2, .add(let annotation)) = state.update(.analyzed(index: 2, analysis: Self.analyses[2])) else {
            Issue.record("the verdict is given once the article is analysed")
            return
        }
        #expect(annotation.verdict?.status == VerdictStatus.cycled(from: nil, by: 1))
        #expect(annotation.target.position.start == range.lowerBound && annotation.target.position.end == range.upperBound)
        #expect(state.panel?.kind == .ledger, "the panel stays: the article is not opened")
        #expect(state.message?.hasPrefix("Verdict: ") == true)
        // Given once.
        #expect(state.update(.analyzed(index: 2, analysis: Self.analyses[2])) == AppCommand.none)
    }

    @Test func aVerdictOnAnArticleThatCannotBeReadSaysWhy() throws {
        var state = try ledgerOnFirstClaim(ofArticle: 2)
        #expect(state.update(.key(.character("v"))) == .readArticle(2))
        state.update(.articleUnreadable(index: 2, problem: "permission denied"))
        #expect(state.message == "No verdict given: permission denied")
        #expect(state.pendingVerdict == nil)
    }

    @Test func aClickOnAClaimOfAnArticleNotReadYetReadsItToo() throws {
        var state = state()
        state.type("L")
        Self.receiveAnswer(&state)
        let panel = try #require(state.panel)
        let row = try #require((claimRows(of: state, article: 2) + claimRows(of: state, article: 3)).min())
        #expect(row - panel.top < state.panelRows, "the row is on the first page")
        guard case .claim(let article, _, _) = panel.rows[row].target else { return }
        #expect(state.update(.mouse(MouseEvent(action: .click, x: 5, y: row - panel.top + 2))) == .readArticle(article))
    }

    @Test func theVerdictsOfAnArticleNotReadComeFromItsSidecarUntilItIsRead() throws {
        var state = state()
        state.type("L")
        let claim = try #require(Self.indexClaims.first { $0.id.path == Fixtures.seeds.articles[3].path })
        let text = Fixtures.seeds.articles[3].slice(claim.id.start..<claim.id.end)
        let annotation = Annotation(created: "2026-12-01T12:00:00.000Z", modified: "2026-12-01T12:00:00.000Z",
                                    target: AnnotationTarget(quote: TextQuoteSelector(exact: text, prefix: "", suffix: ""),
                                                             position: TextPositionSelector(start: claim.id.start, end: claim.id.end)),
                                    verdict: ClaimVerdict(status: .disputed, date: "2026-12-01T12:00:00.000Z"))
        let stored = [AnchoredAnnotation(annotation: annotation, state: .anchored, range: claim.id.start..<claim.id.end)]
        Self.receiveAnswer(&state, verdicts: [claim.id.path: stored])
        #expect(state.panel?.title.hasSuffix("· 1 disputed · 0 false · from the corpus index") == true)
        let row = try #require(claimRows(of: state, article: 3).first { row in
            if case .claim(_, let range, _) = state.panel?.rows[row].target { return range == claim.id.start..<claim.id.end }
            return false
        })
        #expect(state.panel?.rows[row].text.hasSuffix("[disputed]") == true)
        // Once the article is read, its own annotations say (here the sidecar was emptied since).
        state.update(.articleRead(index: 3, article: Fixtures.seeds.articles[3], annotations: .loaded([])))
        #expect(state.panel?.title.contains("disputed") == false)
        #expect(state.panel?.rows[row].text.hasSuffix("[disputed]") == false)
    }
}
